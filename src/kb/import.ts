import { createHash } from 'node:crypto';
import { Document } from 'yaml';
import type { KnowledgeProblem } from '../knowledge/errors.ts';
import { checkRelease } from '../knowledge/load.ts';
import type { Release } from '../knowledge/schema.ts';
import type { CharModel } from './charModel.ts';
import { extractEvents, extractFigures } from './extract.ts';
import { repairGarbling, type RepairNote } from './repair.ts';
import { teachDictionary } from './segment.ts';
import { parseTranscript, type Transcript } from './transcript.ts';

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
  /** Domain words nodejieba must keep whole while the repair judges words; usually `knowledge/dictionary.yaml`. */
  dictionary?: readonly string[];
  /** The plausibility judge; default: the model counted from nodejieba's dictionary. */
  model?: CharModel;
}

/** Everything an import produced. */
export interface ImportResult {
  /** The release, when it validates. */
  release?: Release;
  /** The knowledge file's text. */
  yaml: string;
  /** Every repair and flag, with its line in the transcript. */
  notes: RepairNote[];
  /** What the loader says is wrong with the file (empty when it validates). */
  problems: KnowledgeProblem[];
  /** Lines dropped as page furniture or name lines. */
  dropped: { line: number; text: string }[];
}

/** Imports one transcript's text; `file` names the knowledge file the result will be written to (for problems). */
export function importTranscript(text: string, file: string, options: ImportOptions = {}): ImportResult {
  if (options.dictionary) teachDictionary(options.dictionary);
  const { text: repaired, notes } = repairGarbling(normalise(text), options.model ? { model: options.model } : {});
  const transcript = parseTranscript(repaired);
  const release = buildRelease(transcript, notes, options);
  const yaml = renderRelease(release, notes, transcript, options);
  const check = checkRelease(file, yaml);
  return { ...(check.value ? { release: check.value } : {}), yaml, notes, problems: check.problems, dropped: transcript.dropped };
}

/** `2023年12月29日` (or 2023-12-29, 2023/12/29) → `2023-12-29`; undefined when it is not a date. */
export function isoDateOf(text: string | undefined): string | undefined {
  const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/u.exec(text ?? '');
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

/** A short name from a title: the part from its first quoted name, without quotes and the 新聞發布會 ending. */
export function shortNameOf(title: string): string {
  let name = title.replace(/(活動|活动)?(新聞|新闻)?(發布會|发布会)$/u, '');
  const quote = name.search(/[“「]/u);
  if (quote > 0) name = name.slice(quote);
  return name.replace(/[“”「」"]/gu, '') || title;
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

function buildRelease(t: Transcript, notes: readonly RepairNote[], options: ImportOptions): Release {
  const date = isoDateOf(t.header.date) ?? '';
  const statements = t.statements.map(({ speaker, section, text }) => ({ speaker, ...(section === undefined ? {} : { section }), text }));
  // Key order is the order a press officer reads the file in.
  return {
    id: options.id ?? `${date || 'undated'}-${createHash('sha1').update(t.title).digest('hex').slice(0, 6)}`,
    shortName: options.shortName ?? shortNameOf(t.title),
    title: t.title,
    date,
    place: t.header.place ?? '',
    office: t.header.office ?? '',
    summary: t.header.summary ?? '',
    speakers: t.speakers,
    media: t.media,
    ...(options.source === undefined ? {} : { source: options.source }),
    repairs: notes.filter((n) => n.published !== n.repaired).map(({ published, repaired, why }) => ({ published, repaired, why })),
    statements,
    qa: t.qa.map(({ question, answer, answeredBy }) => ({ question, answer, ...(answeredBy === undefined ? {} : { answeredBy }) })),
    events: extractEvents(statements),
    figures: extractFigures(statements),
  };
}

function renderRelease(release: Release, notes: readonly RepairNote[], t: Transcript, options: ImportOptions): string {
  const flags = notes.filter((n) => n.status === 'flagged');
  const header = [
    ` ${release.title} (${release.date}), imported with \`npm run kb -- import\`${options.source ? ` from ${options.source}` : ''}.`,
    ' Text: the published transcript verbatim, in its own script and punctuation, with exactly the repairs listed under',
    ' `repairs`. Dropped: page furniture and the name line printed before a speaker’s turn',
    ` (${t.dropped.map((d) => d.text).join(', ') || 'none'}). Events and figures are pulled out of the statements;`,
    ' rename them freely, but keep each sentence verbatim.',
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
