import { dayOf } from './dates.ts';
import { foldLine } from './fold.ts';
import { furnitureKind, isPageLine, newsCreditLength, readPageLine, type PageLine } from './furniture.ts';
import { isDateLine, readHeaderLine, type HeaderField, type HeaderLine } from './header.ts';
import { readLabel, readNameLine, type Label } from './labels.ts';
import { isLeadSentence, readLead, splitNames, type LeadFacts } from './lead.ts';
import { looksLikeName, peopleInList, readMention, type Mention, type Person } from './people.ts';
import { findTitle, titleAbove, withoutSuffix, type TitleCandidate } from './title.ts';

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

/** The host's label in both scripts. */
export const HOST = '主持人';

interface Line {
  text: string;
  folded: string;
  /** 1-based line number in the transcript. */
  line: number;
  /** The line began with whitespace: a continuation of the header field above it. */
  indented: boolean;
}

/** Section headings: 一、… 二、… 三是…, (一)…, 第一、. */
const HEADING = /^(?:[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[、,，])/u;
/** The host naming the panel: 出席今天发布会的有:…, 我们邀请到…, 请来了…. */
const PANEL = /(?:(?:出席|参加)(?:今天|本次|本场|今日)?(?:的)?(?:新闻)?发布会的(?:有|嘉宾有|领导有|是)\s*:?|邀请到了?|请到了?|请来了|邀请了)/u;
/** The host naming the media: 参加本场新闻发布会的媒体有:…. */
const MEDIA_LIST = /(?:参加|出席)(?:今天|本次|本场|今日)?(?:的)?(?:新闻)?发布会的(?:新闻)?媒体(?:单位)?有\s*:?/u;

/** Ranks of where a post was read: a header beats a label, a label a lead sentence, a lead sentence the host's words. */
const RANK = { header: 0, label: 1, lead: 2, panel: 3, bare: 4 } as const;

/** Takes a transcript apart; never throws: what it cannot place becomes a paragraph of the current speaker. */
export function parseTranscript(text: string): Transcript {
  const lines: Line[] = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((raw, i) => {
      const t = raw.trim();
      return { text: t, folded: foldLine(t), line: i + 1, indented: /^\s/u.test(raw) && t.length > 0 };
    });
  const known = knownNames(lines);
  const people = new People();
  const bodyStart = findBodyStart(lines, known);
  const pre = readPreamble(lines.slice(0, bodyStart), known, people);
  const body = readBody(lines.slice(bodyStart), known, people, pre.host);
  return assemble(pre, body, people);
}

/** Names used as labels on their own (吴建平:): they settle where a name ends elsewhere. */
function knownNames(lines: readonly Line[]): Set<string> {
  const names = new Set<string>();
  for (const { folded } of lines) {
    const bracketed = /^[【[]\s*([^】\]\s]{2,4})\s*[】\]]$/u.exec(folded.trim());
    if (bracketed && looksLikeName(bracketed[1]!)) names.add(bracketed[1]!);
    const colon = folded.indexOf(':');
    if (colon < 2 || colon > 5) continue;
    const label = folded.slice(0, colon).trim();
    if (looksLikeName(label) && !readHeaderLine(folded, folded)) names.add(label);
  }
  return names;
}

/** A header line stands as a header unless it is the host's or a speaker's first words (主持人:各位记者朋友,…). */
function isHeaderValue(h: HeaderLine): boolean {
  if (h.bracketed) return true;
  if (h.field === 'host' || h.field === 'speakers') return h.value.length > 0 && !/[。!?！？]/u.test(h.value);
  return true;
}

/** Index of the first line of the transcript proper: the first turn label after the preamble. */
function findBodyStart(lines: readonly Line[], known: ReadonlySet<string>): number {
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

/** A line that is one bracketed phrase, 【周晓峰】: a turn label, or a page link such as 【打印】. */
function isBracketOnly(folded: string): boolean {
  return /^\s*[【[][^】\]]{1,40}[】\]]\s*$/u.test(folded);
}

/** Whether a mention names the host. */
function isSamePerson(person: Mention, host: Mention | undefined): boolean {
  return host !== undefined && foldLine(person.name) === foldLine(host.name);
}

function isTitleLine(folded: string): boolean {
  return /(?:发布会|记者会|通气会|吹风会|答记者问|采访|实录)/u.test(folded);
}

/** Everyone named, keyed by folded name, with the most reliable post found. */
class People {
  private readonly byName = new Map<string, { person: Person; rank: number }>();

  add(mention: Mention, rank: number): string {
    const key = foldLine(mention.name);
    const seen = this.byName.get(key);
    if (!seen) this.byName.set(key, { person: { name: mention.name, ...(mention.post ? { post: mention.post } : {}) }, rank: mention.post ? rank : RANK.bare });
    else if (mention.post && (seen.person.post === undefined || rank < seen.rank)) {
      seen.person.post = mention.post;
      seen.rank = rank;
    }
    return this.byName.get(key)!.person.name;
  }

  has(name: string): boolean {
    return this.byName.has(foldLine(name));
  }

  list(): Person[] {
    return [...this.byName.values()].map((v) => v.person);
  }
}

interface Preamble {
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

function readPreamble(lines: readonly Line[], known: ReadonlySet<string>, people: People): Preamble {
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

function addPeople(list: string, people: People, known: ReadonlySet<string>, rank: number): void {
  const folded = foldLine(list);
  const found = peopleInList(list, folded, known);
  if (found.length > 0) for (const p of found) people.add(p, rank);
  else for (const name of splitNames(list)) people.add({ name }, rank);
}

interface Body {
  statements: TranscriptParagraph[];
  qa: TranscriptQa[];
  media: string[];
  dropped: DroppedLine[];
  notes: string[];
  host?: Mention;
  /** The host's first words, where the release's subject is often said (请他们介绍…情况). */
  hostOpening: string[];
}

function readBody(lines: readonly Line[], known: ReadonlySet<string>, people: People, presetHost: Mention | undefined): Body {
  const body: Body = { statements: [], qa: [], media: [], dropped: [], notes: [], hostOpening: [], ...(presetHost ? { host: presetHost } : {}) };
  // The host's paragraphs are cited as 主持人, named or not, as the bundled release has them: the host is not a 发布人.
  const hostName = () => HOST;
  let mode: 'statement' | 'question' | 'answer' = 'statement';
  let speaker: string | undefined;
  let section: string | undefined;
  /** The last question is waiting for its answer: the host may speak in between (请王慧局长回答). */
  let awaiting = false;
  const answerers = new Map<TranscriptQa, Set<string>>();
  const unnamed = new Set<TranscriptQa>();
  const nextLine = (i: number) => lines.slice(i + 1).find((l) => l.text.length > 0);

  const speak = (name: string) => {
    if (name !== speaker) section = undefined;
    speaker = name;
    mode = 'statement';
  };
  const answer = (name: string | undefined) => {
    const pair = body.qa[body.qa.length - 1]!;
    mode = 'answer';
    awaiting = false;
    if (name === undefined) unnamed.add(pair);
    else answerers.set(pair, new Set([...(answerers.get(pair) ?? []), name]));
  };

  lines.forEach(({ text, folded, line }, i) => {
    if (text.length === 0) return;
    if (isPageLine(folded)) {
      body.dropped.push({ line, text, why: 'page line' });
      return;
    }
    let label: Label | undefined = readLabel(text, folded, known);
    const kind = label && isBracketOnly(folded) ? undefined : furnitureKind(folded);
    if (kind) {
      body.dropped.push({ line, text, why: kind });
      return;
    }
    if (!label) {
      const person = readNameLine(text, folded, known);
      if (person) {
        const next = nextLine(i);
        const nextLabel = next && readLabel(next.text, next.folded, known);
        if (!isSamePerson(person, body.host)) people.add(person, RANK.label);
        if (nextLabel?.kind === 'speaker' && foldLine(nextLabel.person.name) === foldLine(person.name)) {
          // The page prints the speaker's post and name on a line of its own before the turn (市科技局副局長王慧).
          body.dropped.push({ line, text, why: 'name line' });
          return;
        }
        label = { kind: 'speaker', person, rest: '' };
      }
    }
    let rest = text;
    if (label) {
      rest = label.rest;
      switch (label.kind) {
        case 'host':
          if (label.person) body.host ??= label.person;
          speak(hostName());
          break;
        case 'question':
          body.qa.push({ question: '', answer: '', line });
          if (label.outlet) body.media.push(label.outlet);
          mode = 'question';
          awaiting = true;
          break;
        case 'answer':
          if (body.qa.length === 0) {
            rest = text; // an answer to no question is text
            break;
          }
          answer(label.name === undefined ? undefined : people.add({ name: label.name }, RANK.bare));
          break;
        case 'speaker': {
          if (isSamePerson(label.person, body.host)) {
            speak(HOST);
            break;
          }
          const name = people.add(label.person, label.person.post ? RANK.label : RANK.bare);
          if (mode === 'question' || mode === 'answer' || (awaiting && body.qa.length > 0)) answer(name);
          else speak(name);
          break;
        }
        case 'post': {
          // 市长: labels the one speaker whose post ends so (陈志远, 佛山市市长).
          const holders = people.list().filter((p) => p.post !== undefined && foldLine(p.post).endsWith(foldLine(label.post)));
          const name = holders.length === 1 ? holders[0]!.name : label.post;
          if (mode === 'question' || mode === 'answer' || (awaiting && body.qa.length > 0)) answer(name);
          else speak(name);
          if (holders.length !== 1) body.notes.push(`the label ${label.post} on line ${line} names a post, and ${holders.length === 0 ? 'no' : 'more than one'} speaker holds it`);
          break;
        }
      }
    }
    if (rest.length === 0) return;
    if (mode === 'question' || mode === 'answer') {
      const pair = body.qa[body.qa.length - 1]!;
      if (mode === 'question' && pair.question.length === 0) {
        // 问:我是洛阳日报记者。… / 问:(成都日报记者)…: the reporter names the outlet, which goes to the media.
        const intro = outletIntro(rest);
        if (intro) {
          body.media.push(intro.outlet);
          body.dropped.push({ line, text: intro.text, why: 'reporter’s outlet (to media)' });
          rest = rest.slice(intro.text.length).trim();
        }
      }
      if (mode === 'question') pair.question = join(pair.question, rest);
      else pair.answer = join(pair.answer, rest);
      return;
    }
    const who = speaker ?? hostName();
    if (isHeading(rest, foldLine(rest), nextLine(i), known)) {
      section = rest;
      return;
    }
    if (who === hostName()) {
      readHostWords(rest, people, body.media, known);
      if (body.statements.every((p) => p.speaker === who)) body.hostOpening.push(rest);
    }
    body.statements.push({ speaker: who, ...(section === undefined ? {} : { section }), text: rest, line });
  });

  for (const pair of body.qa) {
    const named = answerers.get(pair);
    if (named && named.size === 1 && !unnamed.has(pair)) pair.answeredBy = [...named][0]!;
    else if (named && (named.size > 1 || unnamed.has(pair))) body.notes.push(`the answer to the question on line ${pair.line} is given by ${[...named].join(' and ')}${unnamed.has(pair) ? ' and 答' : ''}: answeredBy is left out`);
  }
  // 答: with one speaker on the panel: that speaker answered.
  const panel = people.list();
  if (panel.length === 1) for (const pair of unnamed) if (!answerers.has(pair)) pair.answeredBy = panel[0]!.name;
  body.qa = body.qa.filter((pair) => {
    if (pair.question.length > 0 && pair.answer.length > 0) return true;
    const what = pair.answer.length === 0 ? 'question with no answer (the page ends, or the next turn is not an answer)' : 'answer with no question';
    body.dropped.push({ line: pair.line, text: pair.question || pair.answer, why: what });
    return false;
  });
  return body;
}

/** A reporter's self-introduction opening a question: 我是洛阳日报记者。 or (成都日报记者). */
function outletIntro(text: string): { outlet: string; text: string } | undefined {
  const folded = foldLine(text);
  const m = /^\s*(?:(?:我是|我是来自)\s*([^,。:;!?()]{2,24}?)的?记者(?:[\p{Script=Han}]{2,3})?\s*[。,.:]|\(([^()]{2,24}?)记者\))\s*/u.exec(folded);
  if (!m) return undefined;
  const outlet = m[1] ?? m[2]!;
  const at = folded.indexOf(outlet);
  return { outlet: text.slice(at, at + outlet.length), text: text.slice(0, m[0].length).trim() };
}

/** Reads the host's words for the panel (出席今天发布会的有:…) and the media (参加…的媒体有:…). */
function readHostWords(text: string, people: People, media: string[], known: ReadonlySet<string>): void {
  const folded = foldLine(text);
  const mediaList = MEDIA_LIST.exec(folded);
  if (mediaList) {
    const from = mediaList.index + mediaList[0].length;
    const to = endOfSentence(folded, from);
    media.push(...splitNames(text.slice(from, to)));
  }
  const panel = PANEL.exec(folded);
  if (panel && !(mediaList && panel.index === mediaList.index)) {
    const from = panel.index + panel[0].length;
    const to = endOfSentence(folded, from);
    for (const p of peopleInList(text.slice(from, to), folded.slice(from, to), known)) people.add(p, RANK.panel);
  }
}

function endOfSentence(folded: string, from: number): number {
  const end = folded.slice(from).search(/[。!?]/u);
  return end < 0 ? folded.length : from + end;
}

/**
 * A section heading: numbered (一、… 二是… (三)…), or a crosshead, a short line with no closing punctuation
 * standing before more text of the same speaker.
 */
function isHeading(text: string, folded: string, next: Line | undefined, known: ReadonlySet<string>): boolean {
  if (HEADING.test(folded)) return folded.length <= 40 && !/[。!?]./u.test(folded);
  if (folded.length < 4 || folded.length > 24 || /[。!?;:,、…]/u.test(folded) || !/\p{Script=Han}/u.test(folded)) return false;
  if (!next || isDateLine(folded)) return false;
  return !readLabel(next.text, next.folded, known) && !readNameLine(next.text, next.folded, known) && furnitureKind(next.folded) === undefined;
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
  const office = pick(
    [pre.header.office?.value, 'header', pre.header.office?.line],
    [pre.lead.office, 'lead sentence'],
    [opening.welcomingOffice, 'host’s opening words'],
    [pre.titleFacts.office, 'title'],
    [pre.site?.value, 'site name', pre.site?.line],
    // 来源:本报综合 or 来源:新华社 names a newspaper, not an office.
    [isOfficeName(pre.page.source) ? pre.page.source : undefined, 'page line', pre.page.line],
  );
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

/** Joins the paragraphs of a question or an answer, keeping the paragraph break. */
function join(a: string, b: string): string {
  return a.length === 0 ? b : `${a}\n${b}`;
}
