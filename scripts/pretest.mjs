// Runs before `npm test` (npm's pretest hook), so a new machine needs nothing but `npm ci && npm test`:
// the HTML report test opens the page in a real browser, and this makes sure one is there. With Chromium
// present it only looks (a few milliseconds). Without it, it installs Debian's chromium package with apt-get
// and says so. It never fails the run: when it cannot install (no apt-get, not root, no network), it says
// why and leaves that reason in .cache/ for the HTML report test, which then fails with it instead of skipping.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium, PRETEST_NOTE } from './chromium.mjs';

const say = (line) => process.stderr.write(`pretest: ${line}\n`);

function giveUp(reason) {
  const note = `${reason} Install it yourself (Debian/Ubuntu: apt-get install chromium) and run npm test again.`;
  say(note);
  mkdirSync(path.dirname(PRETEST_NOTE), { recursive: true });
  writeFileSync(PRETEST_NOTE, `${note}\n`);
  process.exit(0);
}

/** Runs a command quietly; returns its exit status and the end of its output for a failure message. */
function run(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, tail: output.trim().split('\n').slice(-3).join(' | ') };
}

const found = findChromium();
if (found !== undefined) {
  rmSync(PRETEST_NOTE, { force: true });
  say(`Chromium for the HTML report test: ${found}`);
  process.exit(0);
}

if (process.platform !== 'linux' || !run('sh', ['-c', 'command -v apt-get']).ok) giveUp('Chromium is missing (the HTML report test needs it) and apt-get is not available here.');
const asRoot = process.getuid?.() === 0;
if (!asRoot && !run('sudo', ['-n', 'true']).ok) giveUp('Chromium is missing (the HTML report test needs it), and installing it needs root: this user is not root and has no password-less sudo.');
say("Chromium is missing; the HTML report test needs it. Installing Debian's chromium package with apt-get (once; a minute or two).");
const apt = (args) => (asRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));

// Another apt-get (unattended upgrades, a colleague's install) may hold the lock for a while: wait for it.
const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
const update = apt(['update', '-qq', ...lockWait]);
if (!update.ok) say(`apt-get update failed (${update.tail}); trying the install with the package lists already here`);
const install = apt(['install', '-y', '-qq', '--no-install-recommends', ...lockWait, 'chromium']);
const installed = findChromium();
if (!install.ok || installed === undefined) giveUp(`apt-get install chromium failed: ${install.tail || 'no output'}.`);
rmSync(PRETEST_NOTE, { force: true });
say(`installed Chromium: ${installed}`);
