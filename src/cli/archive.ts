/**
 * `npm run archive -- --releases N --out DIR [--seed S] [--force] [--check]`: writes N synthetic releases to
 * DIR/releases/, deterministic for a seed, for tests and benchmarks at archive scale. Load them beside the real
 * knowledge with `--knowledge knowledge --knowledge DIR` (no lexicon is written: the bundled one serves).
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SEED, MAX_RELEASES, writeArchive } from '../archive/archive.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { exitOnStartupError, parseCommandLine } from './options.ts';

const USAGE = `usage: npm run archive -- --releases N --out DIR [--seed S] [--force] [--check]
  --releases N  how many releases, 1 to ${MAX_RELEASES}
  --out DIR     where to write; the releases go to DIR/releases/
  --seed S      a whole number; the same seed and N give the same files (default ${DEFAULT_SEED})
  --force       write into a DIR that is not empty, first deleting the *.yaml files in DIR/releases/
  --check       validate the written archive with the knowledge loader`;

const { values } = parseCommandLine({
  releases: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string', default: String(DEFAULT_SEED) },
  force: { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
});

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const releases = wholeNumber('--releases', values.releases, 1, MAX_RELEASES);
const seed = wholeNumber('--seed', values.seed, 0, 0xffffffff);
if (values.out === undefined || values.out.trim() === '') usageError('--out DIR is required');
const out = path.resolve(values.out);

await prepareOutput(out, values.force).catch(exitOnStartupError);
const summary = await writeArchive(out, { releases, seed }).catch(exitOnStartupError);
const rel = path.relative(process.cwd(), summary.releasesDir) || '.';
console.log(
  `wrote ${summary.releases} release(s) to ${rel}/ (seed ${seed}; ${summary.traditional} in Traditional) — ` +
    `${(summary.bytes / 1024 / 1024).toFixed(2)} MB in ${(summary.milliseconds / 1000).toFixed(2)} s`,
);
if (values.check) {
  const started = performance.now();
  const knowledge = await loadKnowledge([out]).catch(exitOnStartupError);
  console.log(`checked: ${knowledge.releases.length} release(s) valid (${((performance.now() - started) / 1000).toFixed(2)} s)`);
}
console.log(`load it beside the real knowledge: --knowledge knowledge --knowledge ${path.relative(process.cwd(), out) || '.'}`);

function wholeNumber(flag: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined) usageError(`${flag} is required`);
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) usageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function usageError(message: string): never {
  process.stderr.write(`archive: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/**
 * Refuses a DIR that holds anything unless --force; with --force, clears the previous archive's release files
 * so a smaller archive does not leave stale releases behind. Nothing else in DIR is touched.
 */
async function prepareOutput(dir: string, force: boolean): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined) return;
  if (!info.isDirectory()) throw new Error(`archive: ${dir} exists and is not a folder`);
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  if (!force) throw new Error(`archive: ${dir} is not empty (${entries.length} entries); choose an empty folder or pass --force`);
  const releasesDir = path.join(dir, 'releases');
  const old = await readdir(releasesDir).catch(() => [] as string[]);
  await Promise.all(old.filter((f) => /\.ya?ml$/i.test(f)).map((f) => rm(path.join(releasesDir, f))));
}
