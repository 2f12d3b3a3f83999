import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_VERSION } from '../text/pipeline.ts';
import { knowledgeIndexFromJson, knowledgeIndexToJson, type KnowledgeIndex, type KnowledgeIndexJson } from './knowledge-index.ts';

/** Bump when the cache file's layout changes. */
const CACHE_FORMAT = 2;

/** How many cache files (one per knowledge set and code version) to keep. */
const KEEP = 8;

/** The running code: the `src/` tree under tsx, or the bundle files in `dist/` when built. */
const THIS_FILE = fileURLToPath(import.meta.url);
const FROM_SOURCE = /[\\/]src[\\/]search[\\/]cache\.ts$/u.test(THIS_FILE);
const CODE_DIR = FROM_SOURCE ? path.dirname(path.dirname(THIS_FILE)) : path.dirname(THIS_FILE);

let codeHash: Promise<string> | undefined;

/**
 * A hash of the running code, so a cache written by other code (a changed pipeline, schema or unit builder)
 * is never trusted even when nobody bumped a version.
 */
function hashOfCode(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    const entries = await readdir(CODE_DIR, { recursive: FROM_SOURCE, withFileTypes: true });
    const files = entries.filter((e) => e.isFile() && (FROM_SOURCE ? /\.ts$/u : /\.mjs$/u).test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(file.slice(CODE_DIR.length)).update('\0').update(await readFile(file)).update('\0');
    return hash.digest('hex');
  })();
  return codeHash;
}

/** The cache key of a set of knowledge files: their paths and bytes, the pipeline version and the code. */
export async function cacheKey(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT} pipeline ${PIPELINE_VERSION} code ${await hashOfCode()}\n`);
  for (const file of files) hash.update(path.resolve(file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

/** Where the cache file of a key lives. */
function cacheFile(dir: string, key: string): string {
  return path.join(dir, `index-${key.slice(0, 32)}.json`);
}

/**
 * Reads the cached index of a key. Returns `undefined` when there is none, or when the file is corrupt,
 * truncated, for another key, or does not restore: a bad cache is rebuilt, never trusted.
 */
export async function readCachedIndex(dir: string, key: string): Promise<KnowledgeIndex | undefined> {
  let text: string;
  try {
    text = await readFile(cacheFile(dir, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as { key?: string; sha256?: string };
    const payload = text.slice(newline + 1);
    if (header.key !== key || header.sha256 !== createHash('sha256').update(payload).digest('hex')) return undefined;
    return knowledgeIndexFromJson(JSON.parse(payload) as KnowledgeIndexJson);
  } catch {
    return undefined;
  }
}

/** Writes an index to the cache atomically (a reader never sees half a file) and prunes old cache files. */
export async function writeCachedIndex(dir: string, key: string, index: KnowledgeIndex): Promise<void> {
  await mkdir(dir, { recursive: true });
  const payload = JSON.stringify(knowledgeIndexToJson(index));
  const header = JSON.stringify({ key, sha256: createHash('sha256').update(payload).digest('hex'), written: new Date().toISOString() });
  const target = cacheFile(dir, key);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, `${header}\n${payload}`);
  await rename(temp, target);
  await prune(dir);
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => /^index-[0-9a-f]+\.json$/u.test(n));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(dir, n)).catch(() => ({ mtimeMs: 0 }))).mtimeMs })));
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(KEEP).map(({ n }) => unlink(path.join(dir, n)).catch(() => undefined)));
}
