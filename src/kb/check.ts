import path from 'node:path';
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/errors.ts';
import { isDraftFile, listKnowledgeFiles } from '../knowledge/files.ts';
import { checkFile, checkRelease, loadKnowledge, readKnowledgeText } from '../knowledge/load.ts';
import { dictionarySchema, releaseSchema, type Release } from '../knowledge/schema.ts';
import { fold } from '../text/script.ts';
import type { CharModel } from './charModel.ts';
import { parseDateText } from './dates.ts';
import { findMojibake } from './mojibake.ts';
import { repairGarbling } from './repair.ts';
import { cutFolded, teachDictionary } from './segment.ts';
import { LOST_CHARACTER } from './shift.ts';

/**
 * `kb check`: the loader's own validation (errors: the bot would refuse to start), then what a curator should look
 * at though the bot would run (warnings): garbling left in the text, duplicate official questions, figures that do
 * not stand in their sentence, event dates that do not parse, dictionary words nodejieba still splits.
 */

/** What `kb check` found. */
export interface CheckReport {
  /** Problems that stop the bot from loading the knowledge. */
  errors: KnowledgeProblem[];
  /** Things a curator should fix; the bot still runs. */
  warnings: KnowledgeProblem[];
  /** Release files read, valid or not. */
  releases: number;
  /** Drafts found (`*.draft.yaml`), each also named among the errors. */
  drafts: number;
}

/** Options for {@link checkKnowledge}. */
export interface CheckOptions {
  /** The plausibility judge for garbling; default: the model counted from nodejieba's dictionary. */
  model?: CharModel;
}

/**
 * Official questions at least this similar (1 − edit distance / length of the longer, after folding) are
 * near-duplicates. The seed's two distinct questions, which share their topic, score 0.67.
 */
const NEAR_DUPLICATE = 0.8;

/** Checks every knowledge file under `dirs`; never throws for bad data, only reports it. */
export async function checkKnowledge(dirs: readonly string[], options: CheckOptions = {}): Promise<CheckReport> {
  const errors: KnowledgeProblem[] = [];
  await loadKnowledge(dirs).catch((error: unknown) => {
    if (error instanceof KnowledgeError) errors.push(...error.problems);
    else throw error;
  });
  const warnings: KnowledgeProblem[] = [];
  const releases: LocatedRelease[] = [];
  let releaseFiles = 0;
  const dictionaries: { file: string; text: string }[] = [];
  let drafts = 0;
  for (const dir of dirs) {
    // The loader's listing: links inside the folder are checked like files, the others are named as warnings.
    const listing = await listKnowledgeFiles(dir, { drafts: true }).catch(() => ({ files: [], refused: [] }));
    warnings.push(...listing.refused);
    for (const file of listing.files) {
      const base = path.basename(file);
      if (isDraftFile(file)) {
        drafts++;
        errors.push(...(await draftProblems(file)));
        continue;
      }
      // The loader has already reported files it refuses (too large, not UTF-8); they are read no further here.
      const text = await readKnowledgeText(file, []);
      if (text === undefined || ['synonyms.yaml', 'stopwords.yaml'].includes(base) || isFaq(dir, file)) continue;
      if (base === 'dictionary.yaml') dictionaries.push({ file, text });
      else {
        releaseFiles++;
        const check = checkFile(file, text, releaseSchema);
        if (check.value) releases.push({ file, release: check.value, lineOf: check.lineOf ?? (() => undefined) });
      }
    }
  }
  for (const r of releases) {
    warnings.push(...garblingWarnings(r, options), ...figureWarnings(r), ...eventWarnings(r));
  }
  warnings.push(...duplicateQuestionWarnings(releases), ...dictionaryWarnings(dictionaries));
  return { errors, warnings, releases: releaseFiles, drafts };
}

/**
 * A draft `kb import` wrote because the transcript lacked required fields: named as an error (the bots do not load
 * it), with what it still lacks, until it is completed and renamed without `.draft`.
 */
async function draftProblems(file: string): Promise<KnowledgeProblem[]> {
  const problems: KnowledgeProblem[] = [];
  const text = await readKnowledgeText(file, problems);
  const complete = path.basename(file).replace(/\.draft(\.ya?ml)$/iu, '$1');
  problems.unshift({ file, field: '', problem: `a draft from \`kb import\`: the bots do not load it; complete it, then rename it to ${complete}` });
  if (text === undefined) return problems;
  const check = checkRelease(file, text);
  // zod says a missing field is "expected string, received undefined": say what it means here.
  return [...problems, ...check.problems.map((p) => ({ ...p, problem: p.problem.replace(/^Invalid input: expected \w+, received undefined$/u, 'missing: the transcript did not give it') }))];
}

interface LocatedRelease {
  file: string;
  release: Release;
  lineOf: (p: (string | number)[]) => number | undefined;
}

/** Every text field a reader sees, with its path; `repairs` and `source` are left out (garbled on purpose, or not text). */
function textFields(release: Release): { path: (string | number)[]; text: string }[] {
  const fields: { path: (string | number)[]; text: string }[] = [];
  for (const key of ['shortName', 'title', 'place', 'office', 'summary'] as const) {
    const value = release[key];
    if (value !== undefined) fields.push({ path: [key], text: value });
  }
  release.speakers.forEach((s, i) => {
    fields.push({ path: ['speakers', i, 'name'], text: s.name });
    if (s.post !== undefined) fields.push({ path: ['speakers', i, 'post'], text: s.post });
  });
  release.media.forEach((m, i) => fields.push({ path: ['media', i], text: m }));
  release.statements.forEach((p, i) => {
    if (p.section !== undefined) fields.push({ path: ['statements', i, 'section'], text: p.section });
    fields.push({ path: ['statements', i, 'text'], text: p.text });
  });
  release.qa.forEach((q, i) => fields.push({ path: ['qa', i, 'question'], text: q.question }, { path: ['qa', i, 'answer'], text: q.answer }));
  release.events.forEach((e, i) => {
    fields.push({ path: ['events', i, 'name'], text: e.name }, { path: ['events', i, 'description'], text: e.description });
    e.organisers.forEach((o, j) => fields.push({ path: ['events', i, 'organisers', j], text: o }));
  });
  release.figures.forEach((f, i) => fields.push({ path: ['figures', i, 'label'], text: f.label }, { path: ['figures', i, 'sentence'], text: f.sentence }));
  return fields;
}

function garblingWarnings({ file, release, lineOf }: LocatedRelease, options: CheckOptions): KnowledgeProblem[] {
  const warnings: KnowledgeProblem[] = [];
  for (const { path: p, text } of textFields(release)) {
    const where = { file, line: lineOf(p), field: formatPath(p) };
    const marks = /[\uFFFD〓\uE000-\uF8FF]/u.exec(text);
    if (marks) warnings.push({ ...where, problem: `suspected garbling: ${describeMark(marks[0])} in "${around(text, marks.index)}"` });
    for (const span of findMojibake(text, options.model)) {
      const fix = span.repaired.length > 0 ? ` (would become "${span.repaired}")` : '';
      warnings.push({ ...where, problem: `suspected garbling: "${span.published}"${fix}: ${span.why}` });
    }
    if (!text.includes('?')) continue;
    for (const note of repairGarbling(text, options.model ? { model: options.model } : {}).notes) {
      const fix = note.published === note.repaired ? '' : ` (would become "${note.repaired}")`;
      warnings.push({ ...where, problem: `suspected garbling: "${note.published}"${fix}: ${note.why}` });
    }
  }
  return warnings;
}

function figureWarnings({ file, release, lineOf }: LocatedRelease): KnowledgeProblem[] {
  const warnings: KnowledgeProblem[] = [];
  const texts = [...release.statements.map((p) => p.text), ...release.qa.map((q) => q.answer)];
  release.figures.forEach((f, i) => {
    const at = (key: string) => ({ file, line: lineOf(['figures', i, key]), field: `figures[${i}].${key}` });
    // The schema already refuses a value missing from its sentence; these are the subtler misses.
    if (f.sentence.includes(f.value) && !standsAlone(f.sentence, f.value)) warnings.push({ ...at('value'), problem: `${f.value} appears in its sentence only inside a longer number` });
    else if (f.unit !== '' && !f.sentence.includes(`${f.value}${f.unit}`)) warnings.push({ ...at('unit'), problem: `"${f.value}${f.unit}" does not appear in its sentence` });
    if (!texts.some((t) => t.includes(f.sentence))) warnings.push({ ...at('sentence'), problem: 'the sentence does not appear verbatim in the statements or answers' });
  });
  return warnings;
}

function eventWarnings({ file, release, lineOf }: LocatedRelease): KnowledgeProblem[] {
  const warnings: KnowledgeProblem[] = [];
  release.events.forEach((e, i) => {
    const at = (key: string) => ({ file, line: lineOf(['events', i, key]), field: `events[${i}].${key}` });
    for (const key of ['date', 'endDate'] as const) {
      const value = e[key];
      if (value !== undefined && !isCalendarDate(value)) warnings.push({ ...at(key), problem: `${value} is not a date on the calendar` });
    }
    // A date text without its year (7月1日) is read in the release's year, as the importer writes it.
    const parsed = parseDateText(e.dateText, release.date.slice(0, 4));
    if (!parsed) warnings.push({ ...at('dateText'), problem: `"${e.dateText}" does not parse as a date or a date range` });
    else if (parsed.date !== e.date || parsed.endDate !== e.endDate) {
      const says = parsed.endDate ? `${parsed.date} to ${parsed.endDate}` : parsed.date;
      const has = e.endDate ? `${e.date} to ${e.endDate}` : e.date;
      warnings.push({ ...at('dateText'), problem: `"${e.dateText}" says ${says}, but date says ${has}` });
    }
  });
  return warnings;
}

function duplicateQuestionWarnings(releases: readonly LocatedRelease[]): KnowledgeProblem[] {
  const warnings: KnowledgeProblem[] = [];
  const seen: { file: string; field: string; folded: string }[] = [];
  for (const { file, release, lineOf } of releases) {
    release.qa.forEach((q, i) => {
      const folded = foldQuestion(q.question);
      const field = `qa[${i}].question`;
      for (const other of seen) {
        const where = other.file === file ? other.field : `${other.file} ${other.field}`;
        const similarity = folded === other.folded ? 1 : editSimilarity(folded, other.folded);
        if (similarity === 1) warnings.push({ file, line: lineOf(['qa', i, 'question']), field, problem: `duplicate of ${where}` });
        else if (similarity >= NEAR_DUPLICATE) warnings.push({ file, line: lineOf(['qa', i, 'question']), field, problem: `near-duplicate of ${where} (similarity ${similarity.toFixed(2)})` });
      }
      seen.push({ file, field, folded });
    });
  }
  return warnings;
}

function dictionaryWarnings(dictionaries: readonly { file: string; text: string }[]): KnowledgeProblem[] {
  const warnings: KnowledgeProblem[] = [];
  const checked = dictionaries.map(({ file, text }) => ({ file, check: checkFile(file, text, dictionarySchema) }));
  // Teach every dictionary first, as the core does, so a word is judged with all the others known.
  for (const { check } of checked) if (check.value) teachDictionary(check.value.words);
  for (const { file, check } of checked) {
    check.value?.words.forEach((word, i) => {
      const pieces = cutFolded(word);
      if (pieces.length > 1) warnings.push({ file, line: check.lineOf?.(['words', i]), field: `words[${i}]`, problem: `nodejieba still splits "${word}" into ${pieces.join(' / ')}` });
    });
  }
  return warnings;
}

/** A question folded for comparison: Simplified, half-width, no punctuation, no greeting. */
export function foldQuestion(question: string): string {
  return fold(question)
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .replace(/^(您好|你好|请问|请教)+/u, '');
}

/** 1 − Levenshtein distance / length of the longer text: 1 for the same text, 0 for nothing in common. */
function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return 1 - previous[b.length]! / longer;
}

function standsAlone(sentence: string, value: string): boolean {
  const escaped = value.replace(/\./gu, '\\.');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`, 'u').test(sentence);
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y!, m, 0)).getUTCDate();
}

function describeMark(ch: string): string {
  if (ch === '\uFFFD') return 'U+FFFD (a byte the decoder could not read)';
  if (ch === LOST_CHARACTER) return `${LOST_CHARACTER} (a character marked lost by \`kb import\`)`;
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase()} (a Private Use character: a GBK code no page can print)`;
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 8), at + 9);
}

function formatPath(p: (string | number)[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function isFaq(dir: string, file: string): boolean {
  return path.relative(dir, file).split(path.sep)[0] === 'faq';
}
