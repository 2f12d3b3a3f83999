/** The executables tried, in order: Debian's package, then the name other distributions use. */
export const CHROMIUM_CANDIDATES: readonly string[];
/** Where pretest leaves the reason it could not install Chromium, for the test to repeat. */
export const PRETEST_NOTE: string;
/** The first Chromium executable found, or undefined. */
export function findChromium(): string | undefined;
/** What pretest said when it could not install Chromium, or undefined when it did not try or succeeded. */
export function pretestNote(): string | undefined;
