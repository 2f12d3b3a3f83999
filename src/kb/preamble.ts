import { foldLine } from './fold.ts';
import { furnitureKind, isPageLine, newsCreditLength, readPageLine, type PageLine } from './furniture.ts';
import { isDateLine, readHeaderLine, type HeaderField, type HeaderLine } from './header.ts';
import { readLabel, readNameLine } from './labels.ts';
import { isLeadSentence, readLead, splitNames, type LeadFacts } from './lead.ts';
import { peopleInList, readMention, type Mention } from './people.ts';
import { addPeople, isSamePerson, People, RANK } from './speakers.ts';
import { findTitle, titleAbove, withoutSuffix, type TitleCandidate } from './title.ts';
import type { DroppedLine, TranscriptParagraph } from './transcript.ts';
import { isBracketOnly, isHeading, type Line } from './transcriptLines.ts';

/**
 * The preamble: the lines above the first turn label, where a page states its metadata. Page furniture is left
 * out (and listed), header fields and the date line are read, the title is found, and the narration is read as
 * lead sentences (the date, office, place, host and speakers) or, on a news page, as what the presenter said.
 */

/** What the preamble gives: the metadata and where each piece stood, the lead's facts, and what was left out. */
export interface Preamble {
  title?: { value: string; from: string; line?: number };
  header: Partial<Record<HeaderField, { value: string; line: number }>>;
  dateLine?: { text: string; line: number };
  page: PageLine & { line?: number };
  site?: { value: string; line: number };
  lead: LeadFacts;
  titleFacts: LeadFacts;
  host?: Mention;
  media: string[];
  dropped: DroppedLine[];
  /** Reported paragraphs between the lead and the transcript, as the presenter's statements. */
  narration: TranscriptParagraph[];
}

/** A header line stands as a header unless it is the host's or a speaker's first words (主持人:各位记者朋友,…). */
function isHeaderValue(h: HeaderLine): boolean {
  if (h.bracketed) return true;
  if (h.field === 'host' || h.field === 'speakers') return h.value.length > 0 && !/[。!?！？]/u.test(h.value);
  return true;
}

/** Index of the first line of the transcript proper: the first turn label after the preamble. */
export function findBodyStart(lines: readonly Line[], known: ReadonlySet<string>): number {
  let lastField: HeaderField | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { text, folded } = line;
    if (text.length === 0) continue;
    const header = readHeaderLine(text, folded);
    if (!isPageLine(folded) && header && isHeaderValue(header)) {
      lastField = header.field;
      continue;
    }
    if (lastField === 'speakers' && continuesSpeakers(line, known)) continue;
    lastField = undefined;
    if (isPageLine(folded)) continue;
    if (isBracketOnly(folded) && readLabel(text, folded, known)) return i;
    if (furnitureKind(folded) || isDateLine(folded)) continue;
    if (readLabel(text, folded, known)) return i;
    const person = readNameLine(text, folded, known);
    if (person?.post !== undefined && !isTitleLine(folded)) return i;
  }
  return lines.length;
}

/** 发布人 may list one person a line, the later ones indented under the first or standing alone. */
function continuesSpeakers(line: Line, known: ReadonlySet<string>): boolean {
  return (line.indented || readNameLine(line.text, line.folded, known) !== undefined) && peopleInList(line.text, line.folded, known).complete === true;
}

function isTitleLine(folded: string): boolean {
  return /(?:发布会|记者会|通气会|吹风会|答记者问|采访|实录)/u.test(folded);
}

/** Reads the preamble's lines; the people found go to `people`, the host (not a speaker) to the result. */
export function readPreamble(lines: readonly Line[], known: ReadonlySet<string>, people: People): Preamble {
  const pre: Preamble = { header: {}, page: {}, lead: { people: [], media: [] }, titleFacts: { people: [], media: [] }, media: [], dropped: [], narration: [] };
  const candidates: (TitleCandidate & { line: number })[] = [];
  let lastField: HeaderField | undefined;
  lines.forEach(({ text, folded, line, indented }, index) => {
    if (text.length === 0) return;
    if (isPageLine(folded)) {
      const page = readPageLine(text, folded);
      pre.page = { ...page, ...pre.page, line: pre.page.line ?? line };
      pre.dropped.push({ line, text, why: 'page line' });
      lastField = undefined;
      return;
    }
    const header = readHeaderLine(text, folded);
    if (header && isHeaderValue(header)) {
      pre.header[header.field] ??= { value: header.value, line };
      if (header.field === 'speakers') addPeople(header.value, people, known, RANK.header);
      if (header.field === 'host') {
        const host = readMention(header.value, foldLine(header.value), known);
        if (host) {
          pre.host ??= host;
        }
      }
      if (header.field === 'media') pre.media.push(...splitNames(header.value));
      lastField = header.field;
      return;
    }
    if (lastField === 'speakers' && continuesSpeakers({ text, folded, line, indented }, known)) {
      addPeople(text, people, known, RANK.header);
      const field = pre.header.speakers!;
      field.value = `${field.value}，${text}`;
      return;
    }
    lastField = undefined;
    if (isDateLine(folded)) {
      pre.dateLine ??= { text, line };
      return;
    }
    const kind = furnitureKind(folded);
    if (kind) {
      pre.dropped.push({ line, text, why: kind });
      return;
    }
    const credit = newsCreditLength(folded);
    if (credit > 0) pre.dropped.push({ line, text: text.slice(0, credit).trim(), why: 'news credit' });
    candidates.push({ text: text.slice(credit).trim(), folded: folded.slice(credit).trim(), index, line });
  });

  // A headline that names no event stands just above the page line.
  const found = findTitle(candidates) ?? (pre.page.line === undefined ? undefined : titleAbove(candidates, pre.page.line));
  const headerTitle = pre.header.title;
  if (headerTitle) pre.title = { value: withoutSuffix(headerTitle.value), from: 'header', line: headerTitle.line };
  else if (found) pre.title = { value: found.title, from: 'title line', line: candidates[found.used[0]!]!.line };
  const firstTitleLine = found ? found.used[0]! : candidates.length;
  const leads: typeof candidates = [];
  const narration: typeof candidates = [];
  candidates.forEach((c, i) => {
    if (found?.used.includes(i)) return;
    const short = c.folded.length <= 30 && !/[。!?,;:]/u.test(c.folded);
    // Above the title, or at the top of a page without one: the site's name.
    if ((i < firstTitleLine || (!found && leads.length === 0)) && short) {
      pre.site ??= { value: c.text, line: c.line };
      pre.dropped.push({ line: c.line, text: c.text, why: 'site name' });
      return;
    }
    // The lead runs while paragraphs say when, who and where; after it, a news page reports what was presented.
    if (narration.length === 0 && (leads.length === 0 || isLeadSentence(c.folded))) {
      leads.push(c);
      pre.dropped.push({ line: c.line, text: c.text, why: 'lead sentence (read for the metadata)' });
    } else narration.push(c);
  });
  pre.lead = readLead(
    leads.map((l) => l.text),
    leads.map((l) => l.folded),
    known,
  );
  if (pre.title) pre.titleFacts = readLead([pre.title.value], [foldLine(pre.title.value)], known);
  pre.host ??= pre.lead.host;
  for (const person of [...pre.lead.people, ...pre.titleFacts.people]) if (!isSamePerson(person, pre.host)) people.add(person, RANK.lead);
  readNarration(narration, pre, people, known);
  pre.dropped.sort((a, b) => a.line - b.line);
  return pre;
}

/**
 * The paragraphs a news page prints between its lead and the questions: what the presenter the lead names
 * (…局长郭振华介绍…) presented, reported under crossheads. They are the presenter's statements; with no presenter
 * named they are listed as left out, since nobody can be cited for them.
 */
function readNarration(narration: readonly (TitleCandidate & { line: number })[], pre: Preamble, people: People, known: ReadonlySet<string>): void {
  const presenter = pre.lead.presenter;
  const speaker = presenter ? people.add(presenter, RANK.lead) : undefined;
  let section: string | undefined;
  narration.forEach((c, i) => {
    if (speaker === undefined) {
      pre.dropped.push({ line: c.line, text: c.text, why: 'reported text before the transcript (the lead names no presenter to cite)' });
      return;
    }
    const next = narration[i + 1];
    if (isHeading(c.text, c.folded, next ? { text: next.text, folded: next.folded, line: next.line, indented: false } : undefined, known)) {
      section = c.text;
      return;
    }
    pre.narration.push({ speaker, ...(section === undefined ? {} : { section }), text: c.text, line: c.line });
  });
}
