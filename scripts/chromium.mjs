// Where the HTML report test finds its browser: Debian's chromium package, which `npm test` installs through
// scripts/pretest.mjs when it is missing. Shared by that script and test/report/html.test.ts so both look in
// the same places.
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The executables tried, in order: Debian's package, then the name other distributions use. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where pretest leaves the reason it could not install Chromium, for the test to repeat. */
export const PRETEST_NOTE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'chromium-pretest.txt');

/** The first Chromium executable found, or undefined. */
export function findChromium() {
  for (const candidate of CHROMIUM_CANDIDATES) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** What pretest said when it could not install Chromium, or undefined when it did not try or succeeded. */
export function pretestNote() {
  try {
    return readFileSync(PRETEST_NOTE, 'utf8').trim();
  } catch {
    return undefined;
  }
}
