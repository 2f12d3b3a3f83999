import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (where package.json is), found by walking up from this module, so paths hold
 * whether the code runs from `src/` under tsx or bundled in `dist/`.
 */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"press-qa-bot"/u.test(readFileSync(manifest, 'utf8'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..');
  }
}

/** A path inside the project. */
export function projectPath(...parts: string[]): string {
  return path.join(PROJECT_ROOT, ...parts);
}

/** Where the built index is cached by default, keyed by a hash of the knowledge files and the code (git-ignored). */
export const DEFAULT_CACHE_DIR = projectPath('.cache', 'index');

/**
 * The public eval set: the shared folder's beside the repository when there is one, else the repository's own copy
 * (`test/fixtures/shared/eval`, which a test keeps equal to the shared one), so `npm run eval` and `npm run bench`
 * work in a clone in any folder.
 */
export function publicEvalFile(): string {
  const shared = path.resolve(PROJECT_ROOT, '../shared/eval/questions.json');
  return existsSync(shared) ? shared : projectPath('test', 'fixtures', 'shared', 'eval', 'questions.json');
}
