import { createHash } from 'node:crypto';
import { Document } from 'yaml';
import type { KnowledgeProblem } from '../knowledge/errors.ts';
import { checkRelease } from '../knowledge/load.ts';
import type { Release } from '../knowledge/schema.ts';
import type { CharModel } from './charModel.ts';
import { extractEvents, extractFigures } from './extract.ts';
import { textOfCsv, textOfJson } from './exports.ts';
import { isMarkup, textOfMarkup } from './html.ts';
import { mendMojibakeText } from './mojibake.ts';
import { repairGarbling, type RepairNote } from './repair.ts';
import { teachDictionary } from './segment.ts';
import { dayOf } from './dates.ts';
import { parseTranscript, type DroppedLine, type Transcript } from './transcript.ts';

/**
 * Turns a raw transcript into a knowledge file: repair the garbling, take the transcript apart, pull out events
 * and figures, validate with the loader's own check, and write YAML a press officer can read and edit, with the
 * flags the curator must settle at its top.
 */

/** Options for {@link importTranscript}. */
export interface ImportOptions {
  /** The release id (lowercase letters, digits, dashes). Default: the date and a short hash of the title. */
  id?: string;
  /** The short name people use. Default: from the title (安徽“雙創匯”走進宿州活動新聞發布會 → 雙創匯走進宿州). */
  shortName?: string;
  /** Where the text came from, recorded in the file. Default: none. */
  source?: string;
  /** The title, when the transcript gives none (or another is wanted). Default: from the transcript. */
  title?: string;
  /** The date, YYYY-MM-DD, when the transcript gives none. Default: from the transcript. */
  date?: string;
  /** Where it was held. Default: from the transcript; absent (unknown) when it does not say. */
  place?: string;
  /** The publishing office. Default: from the transcript. */
  office?: string;
  /** Domain words nodejieba must keep whole while the repair judges words; usually `knowledge/dictionary.yaml`. */
  dictionary?: readonly string[];
  /** The plausibility judge; default: the model counted from nodejieba's dictionary. */
  model?: CharModel;
}

/** A field the release needs that the transcript did not give, with the option that supplies it. */
export interface MissingField {
  field: 'title' | 'date' | 'office' | 'speakers' | 'statements';
  /** What to do about it, for the console and the draft's top. */
  remedy: string;
}

/** Everything an import produced. */
export interface ImportResult {
  /** The release, when it validates. */
  release?: Release;
  /** The release as far as the transcript gives it, valid or not (a draft lacks its missing fields). */
  draft: ReleaseDraft;
  /** The knowledge file's text (a draft when fields are missing). */
  yaml: string;
  /** Required fields the transcript did not give: the file is a draft until they are supplied. */
  missing: MissingField[];
  /** What the transcript gave, field by field, with where each was found. */
  transcript: Transcript;
  /** Every repair and flag, with its line in the transcript. */
  notes: RepairNote[];
  /** What the loader says is wrong with the file (empty when it validates). */
  problems: KnowledgeProblem[];
  /** Lines left out of the release (page furniture, lead sentences, name lines, unanswered questions), each with why. */
  dropped: DroppedLine[];
}

/** Imports one transcript's text; `file` names the knowledge file the result will be written to (for problems). */
export function importTranscript(text: string, file: string, options: ImportOptions = {}): ImportResult {
  if (options.dictionary) teachDictionary(options.dictionary);
  // (锟斤拷, ？？？ and UTF-8 read as GBK first; then the one-byte shift, whose ? they would otherwise feed.)
  // (A page saved as its source is read as the text a browser shows of it; a content API's JSON response and a
  // spreadsheet's CSV export as the text a person would copy of them.)
  // (Each parsed once: a text that is none of them is read as it stands.)
  const page = textOfJson(text) ?? (isMarkup(text) ? textOfMarkup(text) : (textOfCsv(text) ?? text));
  const mended = mendMojibakeText(normalise(page), options.model);
  const shifted = repairGarbling(mended.text, options.model ? { model: options.model } : {});
  const [repaired, notes] = [shifted.text, [...mended.notes, ...shifted.notes].sort((a, b) => a.line - b.line)];
  const transcript = parseTranscript(repaired);
  const draft = buildRelease(transcript, notes, options);
  const missing = missingFields(draft);
  const yaml = renderRelease(draft, notes, transcript, missing, options);
  const check = checkRelease(file, yaml);
  return { ...(check.value ? { release: check.value } : {}), draft, yaml, missing, transcript, notes, problems: check.problems, dropped: transcript.dropped };
}

/** `2023年12月29日` (or 2023-12-29, 2023/12/29) → `2023-12-29`; undefined when it is not a date. */
export function isoDateOf(text: string | undefined): string | undefined {
  return dayOf(text ?? '');
}

/**
 * A short name from a title: the part from its first quoted name, without quotes and the 新聞發布會 ending; for a
 * spokesperson's answers, what they answered about (…就近期消费市场热点答记者问 → 近期消费市场热点).
 */
export function shortNameOf(title: string): string {
  const answered = /就(.{2,30})答(?:记者|記者)(?:问|問)$/u.exec(title);
  if (answered) return answered[1]!;
  let name = title.replace(/(文字實錄|文字实录|實錄|实录)$/u, '').replace(/(活動|活动)?(新聞|新闻)?(發布會|发布会)$/u, '');
  const quote = name.search(/[“「"]/u);
  if (quote > 0) name = name.slice(quote);
  return name.replace(/[“”「」"]/gu, '') || title;
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

/** A release as far as the transcript (and the options) give it: fields it lacks are left out. */
export type ReleaseDraft = Omit<Release, 'title' | 'date' | 'office'> & { title?: string; date?: string; office?: string };

function buildRelease(t: Transcript, notes: readonly RepairNote[], options: ImportOptions): ReleaseDraft {
  const title = options.title ?? (t.title || undefined);
  const date = options.date ?? t.date?.value;
  const place = options.place ?? t.place?.value;
  const office = options.office ?? t.office?.value;
  const statements = t.statements.map(({ speaker, section, text }) => ({ speaker, ...(section === undefined ? {} : { section }), text }));
  const qa = t.qa.map(({ question, answer, answeredBy, askedBy }) => ({
    question,
    answer,
    ...(answeredBy === undefined ? {} : { answeredBy }),
    ...(askedBy === undefined ? {} : { askedBy }),
  }));
  // Figures and events are found in the answers too: on many pages the answers hold most of the numbers.
  const texts = [...statements, ...qa.map((q) => ({ text: q.answer }))];
  // Key order is the order a press officer reads the file in.
  return {
    id: options.id ?? `${date ?? 'undated'}-${createHash('sha1').update(title ?? t.statements[0]?.text ?? '').digest('hex').slice(0, 6)}`,
    shortName: options.shortName ?? (title === undefined ? '' : shortNameOf(title)),
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
    ...(place === undefined ? {} : { place }),
    ...(office === undefined ? {} : { office }),
    ...(t.summary === undefined ? {} : { summary: t.summary.value }),
    speakers: t.speakers,
    media: t.media,
    ...(options.source === undefined ? {} : { source: options.source }),
    repairs: notes.filter((n) => n.published !== n.repaired).map(({ published, repaired, why }) => ({ published, repaired, why })),
    statements,
    qa,
    events: extractEvents(texts, date === undefined ? {} : { year: date.slice(0, 4) }),
    figures: extractFigures(texts),
  };
}

function missingFields(draft: ReleaseDraft): MissingField[] {
  const missing: MissingField[] = [];
  if (draft.title === undefined) missing.push({ field: 'title', remedy: 'the page prints no title and no lead sentence names the event: pass --title "…"' });
  if (draft.date === undefined) missing.push({ field: 'date', remedy: 'no date of the conference was found (a date without its year needs the page line): pass --date YYYY-MM-DD' });
  if (draft.office === undefined) missing.push({ field: 'office', remedy: 'no publishing office was found (no 发布单位, lead sentence, 来源 or site name): pass --office "…"' });
  if (draft.speakers.length === 0) missing.push({ field: 'speakers', remedy: 'nobody was found speaking: add the speakers (name and post) to the file' });
  if (draft.statements.length === 0 && draft.qa.length === 0) missing.push({ field: 'statements', remedy: 'no statement or question and answer was found: check the transcript' });
  return missing;
}

function renderRelease(release: ReleaseDraft, notes: readonly RepairNote[], t: Transcript, missing: readonly MissingField[], options: ImportOptions): string {
  const flags = notes.filter((n) => n.status === 'flagged');
  const unstated = [
    ...(release.place === undefined ? ['place'] : []),
    ...(release.summary === undefined ? ['summary'] : []),
    ...release.speakers.filter((s) => s.post === undefined).map((s) => `${s.name}'s post`),
  ];
  const header = [
    ` ${release.title ?? '(no title)'} (${release.date ?? 'no date'}), imported with \`npm run kb -- import\`${options.source ? ` from ${options.source}` : ''}.`,
    ...(missing.length === 0
      ? []
      : [
          ` DRAFT: the bots do not load this file. MISSING (${missing.length}): fill these in (or import again with the options`,
          ' named), delete these lines, rename the file without `.draft`, then run `npm run kb -- check`.',
          ...missing.map((m) => ` MISSING ${m.field}: ${m.remedy}`),
        ]),
    ' Text: the published transcript verbatim, in its own script and punctuation, with exactly the repairs listed under',
    ' `repairs`. Events and figures are pulled out of the statements and answers; rename them freely, but keep each',
    ' sentence verbatim.',
    ...(unstated.length === 0 ? [] : [` Not stated in the transcript, so left out (unknown): ${unstated.join(', ')}.`]),
    ...(t.host ? [` Host: ${t.host.name}${t.host.post ? ` (${t.host.post})` : ''}; the host's paragraphs are cited as 主持人.`] : []),
    ...t.notes.map((n) => ` CHECK: ${n}.`),
    ...(t.dropped.length === 0 ? [] : [` Left out (${t.dropped.length}):`, ...t.dropped.map((d) => `   line ${d.line} (${d.why}): ${d.text}`)]),
    ...(flags.length === 0
      ? []
      : [
          ` FLAGS for the curator (${flags.length}): fix the text, record the fix under \`repairs\`, delete these lines,`,
          ' then run `npm run kb -- check`.',
          ...flags.map((f) => ` FLAG transcript line ${f.line}: ${f.published} → ${f.repaired}: ${f.why}`),
        ]),
  ];
  const doc = new Document(release);
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 0 });
}
