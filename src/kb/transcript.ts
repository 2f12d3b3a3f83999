import { dayOf } from './dates.ts';
import { foldLine } from './fold.ts';
import { readLead } from './lead.ts';
import type { Person } from './people.ts';
import { findBodyStart, readPreamble, type Preamble } from './preamble.ts';
import { People } from './speakers.ts';
import { withoutSuffix } from './title.ts';
import { knownNames, readLines } from './transcriptLines.ts';
import { readBody, type Body } from './turns.ts';

export { HOST } from './speakers.ts';

/**
 * Reads a raw press-conference transcript, as copied from a release page, as a grammar of lines. Each line is
 * one of: page furniture, a header field, a date line, the title, a lead sentence (the narration before the
 * transcript), a turn label (the host, a speaker, a reporter's question, an answer), a section heading, or text.
 * The lines before the first turn label are the preamble, where the metadata stands; the rest is the transcript,
 * walked turn by turn. Simplified or Traditional, full- or half-width: lines are matched folded, and everything
 * kept is cut from the line as published.
 */

/** One paragraph as spoken, with its line in the transcript. */
export interface TranscriptParagraph {
  speaker: string;
  section?: string;
  text: string;
  line: number;
}

/** One reporter's question and its answer. */
export interface TranscriptQa {
  question: string;
  answer: string;
  answeredBy?: string;
  /** The outlet the question's label or opening words name. */
  askedBy?: string;
  line: number;
}

/** A line (or part of one) left out of the release, and why: every one is listed for the curator. */
export interface DroppedLine {
  line: number;
  text: string;
  why: string;
}

/** A value found in the transcript, with where it was found (for the import report). */
export interface Found {
  value: string;
  /** Where it came from, in the curator's words: `header 发布时间`, `lead sentence`, `page line`, `site name`. */
  from: string;
  line?: number;
}

/** A transcript taken apart, ready to become a release. */
export interface Transcript {
  /** The title, without the page's suffix; empty when the page prints none and no lead sentence names the event. */
  title: string;
  /** Where the title came from (title line, header, lead sentence) and its line, when it stands on one. */
  titleFrom?: string;
  titleLine?: number;
  /** The conference's day, YYYY-MM-DD, when the text gives it. */
  date?: Found;
  place?: Found;
  office?: Found;
  summary?: Found;
  /** Everyone who speaks or is named as a speaker, in order of first mention; `post` when the text gives one. */
  speakers: Person[];
  /** The host when the text names them: not a speaker, their paragraphs are cited as 主持人. */
  host?: Person;
  media: string[];
  statements: TranscriptParagraph[];
  qa: TranscriptQa[];
  /** Lines dropped: page furniture, lead sentences (read for metadata), name lines, unanswered questions. */
  dropped: DroppedLine[];
  /** Things found that the curator should confirm, e.g. a date taken from the page line. */
  notes: string[];
}

/** Takes a transcript apart; never throws: what it cannot place becomes a paragraph of the current speaker. */
export function parseTranscript(text: string): Transcript {
  const lines = readLines(text);
  const known = knownNames(lines);
  const people = new People();
  const bodyStart = findBodyStart(lines, known);
  const pre = readPreamble(lines.slice(0, bodyStart), known, people);
  const body = readBody(lines.slice(bodyStart), known, people, pre.host);
  return assemble(pre, body, people);
}

function assemble(pre: Preamble, body: Body, people: People): Transcript {
  const notes = [...body.notes];
  const yearOf = (iso: string | undefined) => (iso === undefined ? undefined : Number(iso.slice(0, 4)));
  const headerDate = pre.header.date;
  const yearHint = yearOf(pre.page.date) ?? yearOf(headerDate ? dayOf(headerDate.value) : undefined);
  let date: Found | undefined;
  const tryDate = (text: string | undefined, from: string, line?: number) => {
    if (date || text === undefined) return;
    const day = dayOf(text, yearHint);
    if (day) date = { value: day, from, ...(line === undefined ? {} : { line }) };
  };
  tryDate(headerDate?.value, 'header', headerDate?.line);
  tryDate(pre.dateLine?.text, 'date line', pre.dateLine?.line);
  tryDate(pre.lead.dateText, 'lead sentence');
  if (date?.from === 'lead sentence' && !/\d{4}\s*年/u.test(pre.lead.dateText ?? '')) notes.push(`the date ${pre.lead.dateText} has no year; ${date.value.slice(0, 4)} is the page line's`);
  if (!date && pre.page.date) {
    date = { value: pre.page.date, from: 'page line', ...(pre.page.line === undefined ? {} : { line: pre.page.line }) };
    notes.push(`the date ${pre.page.date} is the page's publication date: the conference may have been earlier`);
  }

  const pick = (...options: [string | undefined, string, number?][]): Found | undefined => {
    for (const [value, from, line] of options) if (value !== undefined && value.trim().length > 0) return { value: value.trim(), from, ...(line === undefined ? {} : { line }) };
    return undefined;
  };
  const opening = readLead(body.hostOpening, body.hostOpening.map(foldLine));
  const place = pick([pre.header.place?.value, 'header', pre.header.place?.line], [pre.lead.place, 'lead sentence'], [pre.titleFacts.place, 'title']);
  const unqualifiedOffice = pick(
    [pre.header.office?.value, 'header', pre.header.office?.line],
    [pre.lead.office, 'lead sentence'],
    [opening.welcomingOffice, 'host’s opening words'],
    [pre.titleFacts.office, 'title'],
    [pre.site?.value, 'site name', pre.site?.line],
    // 来源:本报综合 or 来源:新华社 names a newspaper, not an office.
    [isOfficeName(pre.page.source) ? pre.page.source : undefined, 'page line', pre.page.line],
  );
  // 市政府新闻办 in a lead sentence is the city's the site belongs to (青澜市人民政府门户网站 → 青澜市政府新闻办).
  const office = unqualifiedOffice === undefined ? undefined : { ...unqualifiedOffice, value: qualifiedOffice(unqualifiedOffice.value, pre.site?.value) };
  const summary = pick([pre.header.summary?.value, 'header', pre.header.summary?.line], [pre.lead.summary, 'lead sentence'], [opening.summary, 'host’s opening words'], [pre.lead.topic, 'lead sentence'], [pre.titleFacts.summary, 'title']);
  const title = pre.title?.value ?? (pre.lead.titleClause === undefined ? '' : withoutSuffix(pre.lead.titleClause));
  const titleFrom = pre.title?.from ?? (pre.lead.titleClause === undefined ? undefined : 'lead sentence');
  const titleLine = pre.title?.line;

  const host = body.host ?? pre.host;
  const media: string[] = [];
  for (const m of [...pre.media, ...pre.lead.media, ...body.media]) if (!media.some((x) => foldLine(x) === foldLine(m))) media.push(m);
  const dropped = [...pre.dropped, ...body.dropped].sort((a, b) => a.line - b.line);
  return {
    title,
    ...(titleFrom === undefined ? {} : { titleFrom }),
    ...(titleLine === undefined ? {} : { titleLine }),
    ...(date ? { date } : {}),
    ...(place ? { place } : {}),
    ...(office ? { office } : {}),
    ...(summary ? { summary } : {}),
    speakers: people.list(),
    ...(host ? { host: { name: host.name, ...(host.post ? { post: host.post } : {}) } } : {}),
    media,
    statements: [...pre.narration, ...body.statements],
    qa: body.qa,
    dropped,
    notes,
  };
}

/** Whether a source line names a government body (…局, …办公室, …政府), not an outlet or a desk (本报综合). */
function isOfficeName(name: string | undefined): boolean {
  return name !== undefined && /(?:局|厅|委|委员会|办|办公室|部|府|政府|中心|院|署|处|室|所|站|馆|会)$/u.test(foldLine(name)) && !/^(?:本报|本网|本台|本刊|本站)/u.test(foldLine(name));
}

/** An office named without its place (市政府新闻办), given the place from the site's name when that names one. */
function qualifiedOffice(office: string, site: string | undefined): string {
  const level = /^[市省县区]/u.exec(office)?.[0];
  const place = site === undefined ? undefined : /^(\p{Script=Han}{2,8}?(?:自治区|自治州|省|市|县|区))/u.exec(site.trim())?.[1];
  if (level === undefined || place === undefined || !place.endsWith(level)) return office;
  return `${place}${office.slice(1)}`;
}
