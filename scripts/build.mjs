// Bundles the run-time entry points (console, ask, the chat bots) into dist/ with esbuild, so `npm start`
// runs plain JavaScript: tsx's loader costs ~0.6 s at every start, a third of the time to first answer.
// Dependencies stay external (nodejieba and better-sqlite3 are native), except zod/mini: bundled, so the start loads
// only the few functions the configuration uses (~15 ms) rather than all of zod (~100 ms). Classic zod, which the
// knowledge validator uses only when the index cache cannot serve, stays external and loads then. `--if-stale` rebuilds only when a
// source file is newer than the last build, which is what npm start and npm run ask do before running.
// Builds that start together (two npm scripts at once) take turns through a lock file, and each build is
// written beside dist/ and swapped in, so no process ever runs a half-written bundle.
import { mkdir, open, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.built');
const lock = path.join(root, '.dist.lock');
const ifStale = process.argv.includes('--if-stale');
// Packages bundled into dist/ rather than loaded from node_modules at run time.
const BUNDLED = /^zod\/mini$/u;

/** Leaves every package external (as `packages: 'external'` does) but those matching {@link BUNDLED}. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.test(args.path) || args.path.startsWith('node:') ? undefined : { path: args.path, external: true }));
  },
};
const entryPoints = {
  console: 'adapters/console/main.ts',
  telegram: 'adapters/telegram/main.ts',
  wechat: 'adapters/wechat/main.ts',
  ask: 'src/cli/ask.ts',
  // The benchmark's child processes, bundled as the bot is, so they measure what npm start runs.
  'first-answer': 'bench/cli/first-answer.ts',
  'bench-warm': 'bench/cli/bench-warm.ts',
};

async function newestSource() {
  let newest = (await stat(path.join(root, 'package-lock.json'))).mtimeMs;
  for (const dir of ['src', 'adapters', 'bench']) {
    for (const entry of await readdir(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
    }
  }
  return newest;
}

const fresh = async () => (await stat(stamp).then((s) => s.mtimeMs, () => 0)) >= (await newestSource());

async function acquireLock() {
  for (let waited = 0; ; waited += 100) {
    try {
      await (await open(lock, 'wx')).close();
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock left by a build that died is taken over after a minute.
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 60_000 || waited > 120_000) await unlink(lock).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

if (ifStale && (await fresh())) process.exit(0);
await acquireLock();
try {
  // Another build may have finished while this one waited for the lock.
  if (!(ifStale && (await fresh()))) {
    const next = `${dist}.next-${process.pid}`;
    const { build } = await import('esbuild'); // only when building: loading it costs ~0.1 s
    await build({
      absWorkingDir: root,
      entryPoints,
      outdir: next,
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [externalPackages],
      sourcemap: 'linked',
      outExtension: { '.js': '.mjs' },
      logLevel: 'warning',
    });
    await writeFile(path.join(next, '.built'), new Date().toISOString());
    const old = `${dist}.old-${process.pid}`;
    await rename(dist, old).catch(() => {});
    await rename(next, dist);
    await rm(old, { recursive: true, force: true });
  }
} finally {
  await unlink(lock).catch(() => {});
}
await mkdir(dist, { recursive: true });
