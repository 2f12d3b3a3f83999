import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeProblem } from './errors.ts';
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

/** The YAML files of a knowledge folder, and the links among them that are not followed, each with why. */
export interface KnowledgeListing {
  /** Lexicon first, then releases in name order, searched recursively; links are listed under their own name. */
  files: string[];
  /** Links to YAML files that are refused: they point outside the folder, at a folder, or nowhere. */
  refused: KnowledgeProblem[];
}

const isYamlName = (name: string) => /\.ya?ml$/iu.test(name) && !name.startsWith('.');

/**
 * Lists a knowledge folder. A symbolic link to a file inside the folder is followed, and a file reached under
 * two names is listed once; a link that points outside the folder, at a folder, or nowhere is refused by name,
 * never skipped in silence: the knowledge is what the folder holds, and a link outside could be anything.
 */
export async function listKnowledgeFiles(dir: string, { drafts = false }: { drafts?: boolean } = {}): Promise<KnowledgeListing> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  const root = await realpath(dir);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const plain: string[] = [];
  const linked: string[] = [];
  const refused: KnowledgeProblem[] = [];
  for (const entry of entries) {
    // Drafts are left out, unless asked for (`kb check` names them).
    if (!isYamlName(entry.name) || (!drafts && isDraftFile(entry.name))) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) plain.push(file);
    else if (entry.isSymbolicLink()) {
      const problem = await checkLink(file, root);
      if (problem === undefined) linked.push(file);
      else refused.push({ file, field: '', problem });
    }
  }
  // One file reached under two names (itself and a link, or two links) is loaded once, under its own name.
  // readdir does not enter linked folders, so a plain file's real path is the folder's real path and the rest.
  const seen = new Set(plain.map((f) => path.join(root, path.relative(dir, f))));
  const files = [...plain];
  for (const link of linked.sort()) {
    const target = await realpath(link);
    if (seen.has(target)) continue;
    seen.add(target);
    files.push(link);
  }
  files.sort();
  refused.sort((a, b) => a.file.localeCompare(b.file));
  const lexicon = files.filter((f) => LEXICON_FILES.has(path.basename(f)) && path.resolve(path.dirname(f)) === path.resolve(dir));
  return { files: [...lexicon, ...files.filter((f) => !lexicon.includes(f))], refused };
}

/** The YAML files of a knowledge folder, lexicon first, then releases in name order, searched recursively. */
export async function listYamlFiles(dir: string): Promise<string[]> {
  return (await listKnowledgeFiles(dir)).files;
}

/** Why a link is not followed, or undefined when it points at a file inside the knowledge folder. */
async function checkLink(link: string, root: string): Promise<string | undefined> {
  let target: string;
  try {
    target = await realpath(link);
  } catch {
    return 'a symbolic link to nothing (its target does not exist); not loaded';
  }
  const inside = path.relative(root, target);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return `a symbolic link to ${target}, outside the knowledge folder; not loaded (copy the file in instead)`;
  if (!(await stat(target)).isFile()) return `a symbolic link to ${target}, which is not a file; not loaded`;
  return undefined;
}
