import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { KnowledgeError, type KnowledgeProblem } from './errors.ts';
import { DEFAULT_KNOWLEDGE_DIR, listKnowledgeFiles } from './files.ts';

export { DEFAULT_KNOWLEDGE_DIR } from './files.ts';
import {
  dictionarySchema,
  faqFileSchema,
  releaseSchema,
  stopwordsSchema,
  synonymsSchema,
  type Dictionary,
  type FaqEntry,
  type Release,
  type Stopwords,
  type Synonyms,
} from './schema.ts';

/** Knowledge files larger than this are refused rather than parsed: no release is anywhere near it. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A release with the file it came from. */
export interface LoadedRelease {
  file: string;
  release: Release;
}

/** Everything the engine needs from the knowledge folders, validated. */
export interface Knowledge {
  releases: LoadedRelease[];
  /** Curated answers from `faq/` folders, each with its file. */
  faq: { file: string; entry: FaqEntry }[];
  dictionary: string[];
  synonyms: Synonyms;
  stopwords: string[];
  /** Every file read, for cache keys and watchers. */
  files: string[];
  /** What was left out without stopping the load: symbolic links that are not followed, each named with why. */
  warnings: KnowledgeProblem[];
}

/** Outcome of validating one file: its value when valid, and every problem found. */
export interface FileCheck<T> {
  value?: T;
  problems: KnowledgeProblem[];
}

/**
 * Loads and validates every knowledge file in `dirs`; throws one {@link KnowledgeError} listing all problems,
 * so the bot never serves part of its knowledge silently.
 */
export async function loadKnowledge(dirs: readonly string[] = [DEFAULT_KNOWLEDGE_DIR]): Promise<Knowledge> {
  const problems: KnowledgeProblem[] = [];
  const knowledge: Knowledge = { releases: [], faq: [], dictionary: [], synonyms: { phrases: [], terms: [] }, stopwords: [], files: [], warnings: [] };
  if (dirs.length === 0) throw new KnowledgeError([{ file: '(none)', field: '', problem: 'no knowledge folder given' }]);

  for (const dir of dirs) {
    const { files, refused } = await listKnowledgeFiles(dir).catch((error: unknown) => {
      problems.push({ file: dir, field: '', problem: describeFsError(error, 'folder') });
      return { files: [], refused: [] };
    });
    knowledge.warnings.push(...refused);
    let releasesHere = 0;
    for (const file of files) {
      knowledge.files.push(file);
      const base = path.basename(file);
      if (base === 'dictionary.yaml') merge(checkFile(file, await readKnowledgeText(file, problems), dictionarySchema), problems, (d: Dictionary) => knowledge.dictionary.push(...d.words));
      else if (base === 'stopwords.yaml') merge(checkFile(file, await readKnowledgeText(file, problems), stopwordsSchema), problems, (s: Stopwords) => knowledge.stopwords.push(...s.words));
      else if (base === 'synonyms.yaml')
        merge(checkFile(file, await readKnowledgeText(file, problems), synonymsSchema), problems, (s: Synonyms) => {
          knowledge.synonyms.phrases.push(...s.phrases);
          knowledge.synonyms.terms.push(...s.terms);
        });
      else if (isFaqFile(dir, file))
        merge(checkFile(file, await readKnowledgeText(file, problems), faqFileSchema), problems, (f) => knowledge.faq.push(...f.entries.map((entry) => ({ file, entry }))));
      else {
        releasesHere++;
        merge(checkRelease(file, await readKnowledgeText(file, problems)), problems, (release: Release) => knowledge.releases.push({ file, release }));
      }
    }
    if (files.length > 0 && releasesHere === 0) problems.push({ file: dir, field: '', problem: 'holds no release (*.yaml)' });
  }

  const seen = new Map<string, string>();
  for (const { file, release } of knowledge.releases) {
    const other = seen.get(release.id);
    if (other !== undefined) problems.push({ file, field: 'id', problem: `duplicate release id "${release.id}", also used by ${other}` });
    seen.set(release.id, file);
  }
  checkFaqSources(knowledge, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  knowledge.releases.sort((a, b) => b.release.date.localeCompare(a.release.date) || a.release.id.localeCompare(b.release.id));
  return knowledge;
}

/** Curated FAQ files live in a `faq/` folder of a knowledge folder. */
function isFaqFile(dir: string, file: string): boolean {
  return path.relative(dir, file).split(path.sep)[0] === 'faq';
}

/** A FAQ entry resting on a release must name a loaded release, and a paragraph that release has. */
function checkFaqSources(knowledge: Knowledge, problems: KnowledgeProblem[]): void {
  const releases = new Map(knowledge.releases.map((r) => [r.release.id, r.release]));
  const indexInFile = new Map<string, number>();
  for (const { file, entry } of knowledge.faq) {
    const i = indexInFile.get(file) ?? 0;
    indexInFile.set(file, i + 1);
    const { release: id, paragraph } = entry.source;
    if (id === undefined) continue;
    const release = releases.get(id);
    if (!release) problems.push({ file, field: `entries[${i}].source.release`, problem: `no release has the id "${id}"` });
    else if (paragraph !== undefined && paragraph >= release.statements.length)
      problems.push({ file, field: `entries[${i}].source.paragraph`, problem: `release "${id}" has ${release.statements.length} statement paragraphs (0–${release.statements.length - 1})` });
  }
}

/** Validates one release file's text: YAML syntax, the schema, and the cross-references zod cannot see. */
export function checkRelease(file: string, source: string | undefined): FileCheck<Release> {
  const result = checkFile(file, source, releaseSchema);
  const release = result.value;
  if (!release) return result;
  if (release.statements.length === 0 && release.qa.length === 0)
    result.problems.push({ file, line: result.lineOf?.(['statements']), field: 'statements', problem: 'a release has at least one statement paragraph or one question and answer' });
  const names = new Set(['主持人', ...release.speakers.map((s) => s.name)]);
  release.statements.forEach((p, i) => {
    if (!names.has(p.speaker))
      result.problems.push({ file, line: result.lineOf?.(['statements', i, 'speaker']), field: `statements[${i}].speaker`, problem: `"${p.speaker}" is not 主持人 nor one of the speakers (${[...names].slice(1).join(', ')})` });
  });
  release.qa.forEach((q, i) => {
    if (q.answeredBy !== undefined && !names.has(q.answeredBy))
      result.problems.push({ file, line: result.lineOf?.(['qa', i, 'answeredBy']), field: `qa[${i}].answeredBy`, problem: `"${q.answeredBy}" is not one of the speakers` });
  });
  if (result.problems.length > 0) delete result.value;
  return result;
}

/** Parses YAML text and validates it against a schema, locating each problem by line. */
export function checkFile<S extends z.ZodType>(
  file: string,
  source: string | undefined,
  schema: S,
): FileCheck<z.output<S>> & { lineOf?: (p: (string | number)[]) => number | undefined } {
  if (source === undefined) return { problems: [] }; // the read error is already recorded
  if (source.includes('\u0000')) return { problems: [{ file, field: '', problem: 'not a text file (contains NUL bytes)' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0].line, field: '', problem: `YAML: ${firstLine(e.message)}` })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return { problems: [{ file, field: '', problem: `YAML: ${firstLine((error as Error).message)}` }] };
  }
  const lineOf = (p: (string | number)[]): number | undefined => {
    for (let depth = p.length; depth >= 0; depth--) {
      const node = doc.getIn(p.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return {
      lineOf,
      problems: parsed.error.issues.map((issue) => {
        const p = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        return { file, line: lineOf(p), field: formatPath(p), problem: issue.message };
      }),
    };
  }
  return { value: parsed.data, problems: [], lineOf };
}

/** `['figures', 2, 'value']` → `figures[2].value`. */
function formatPath(p: (string | number)[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function merge<T>(check: FileCheck<T>, problems: KnowledgeProblem[], use: (value: T) => void): void {
  problems.push(...check.problems);
  if (check.value !== undefined) use(check.value);
}

/**
 * Reads a knowledge file as UTF-8 text, refusing it by its size (a stat, before any byte is read) when it is over
 * {@link MAX_FILE_BYTES}; a problem is recorded and undefined returned for any file that cannot be used.
 */
export async function readKnowledgeText(file: string, problems: KnowledgeProblem[]): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES) {
      problems.push({ file, field: '', problem: tooLarge(info.size) });
      return undefined;
    }
    const bytes = await readFile(file);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch (error) {
    problems.push({ file, field: '', problem: error instanceof TypeError ? 'not valid UTF-8 text' : describeFsError(error, 'file') });
    return undefined;
  }
}

/** The problem text for a file over the size limit. */
export function tooLarge(size: number): string {
  return `too large (${size} bytes; the limit is ${MAX_FILE_BYTES})`;
}

function describeFsError(error: unknown, what: 'file' | 'folder'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${what} does not exist`;
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'EACCES') return `${what} cannot be read (permission denied)`;
  return `${what} cannot be read: ${(error as Error).message}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
