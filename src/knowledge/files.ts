import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../paths.ts';

/** The bundled knowledge folder, beside `src/`. */
export const DEFAULT_KNOWLEDGE_DIR = projectPath('knowledge');

/** File names in a knowledge folder that hold the lexicon rather than a release. */
const LEXICON_FILES = new Set(['dictionary.yaml', 'synonyms.yaml', 'stopwords.yaml']);

/**
 * A release draft written by `kb import` when the transcript lacks a required field (`x.draft.yaml`): `kb check`
 * names it, the bots do not load it until it is completed and renamed.
 */
export function isDraftFile(file: string): boolean {
  return /\.draft\.ya?ml$/iu.test(path.basename(file));
}

/** The YAML files of a knowledge folder, lexicon first, then releases in name order, searched recursively; drafts are left out. */
export async function listYamlFiles(dir: string): Promise<string[]> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.') && !isDraftFile(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const lexicon = files.filter((f) => LEXICON_FILES.has(path.basename(f)) && path.resolve(path.dirname(f)) === path.resolve(dir));
  return [...lexicon, ...files.filter((f) => !lexicon.includes(f))];
}

