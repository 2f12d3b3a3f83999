import { foldLine } from './fold.ts';
import { furnitureKind, isPageLine } from './furniture.ts';
import { readLabel, readNameLine, type Label } from './labels.ts';
import { splitNames } from './lead.ts';
import { peopleInList, type Mention } from './people.ts';
import { HOST, isSamePerson, People, RANK } from './speakers.ts';
import type { DroppedLine, TranscriptParagraph, TranscriptQa } from './transcript.ts';
import { BULLET } from './header.ts';
import { isBracketOnly, isHeading, type Line } from './transcriptLines.ts';

/**
 * The transcript proper, walked turn by turn: the host's and the speakers' statements under their section
 * headings, each reporter's question paired with the answer that follows it (over as many paragraphs as it runs),
 * the panel and media the host names, and what is left out (furniture, name lines, unanswered questions).
 */

/** The host naming the panel: 出席今天发布会的有:…, 我们邀请到…, 请来了…. */
const PANEL = /(?:(?:出席|参加)(?:今天|本次|本场|今日)?(?:的)?(?:新闻)?发布会的(?:有|嘉宾有|领导有|是)\s*:?|邀请到了?|请到了?|请来了|邀请了)/u;
/** The host naming the media: 参加本场新闻发布会的媒体有:…. */
const MEDIA_LIST = /(?:参加|出席)(?:今天|本次|本场|今日)?(?:的)?(?:新闻)?发布会的(?:新闻)?媒体(?:单位)?有\s*:?/u;

/** What the transcript proper gives: statements, Q&A, the media named, what was left out, the host. */
export interface Body {
  statements: TranscriptParagraph[];
  qa: TranscriptQa[];
  media: string[];
  dropped: DroppedLine[];
  notes: string[];
  host?: Mention;
  /** The host's first words, where the release's subject is often said (请他们介绍…情况). */
  hostOpening: string[];
}

/** Walks the transcript proper turn by turn; `presetHost` is the host the preamble named. */
export function readBody(lines: readonly Line[], known: ReadonlySet<string>, people: People, presetHost: Mention | undefined): Body {
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
  // The next line with text; blank runs are short, so this stays linear (a slice per line would not).
  const nextLine = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text.length > 0) return lines[j];
    return undefined;
  };
  /** Only the host has spoken so far: the host's first words say what the release is about. */
  let hostOnly = true;

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
          body.qa.push({ question: '', answer: '', line, ...(label.outlet ? { askedBy: label.outlet } : {}) });
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
          pair.askedBy ??= intro.outlet;
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
      // (A bullet before a crosshead, ■家电以旧换新加快落地, is layout, not the section's name.)
      section = rest.replace(BULLET, '');
      return;
    }
    if (who === hostName()) {
      readHostWords(rest, people, body.media, known);
      if (hostOnly) body.hostOpening.push(rest);
    }
    if (who !== HOST) hostOnly = false;
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

/** Joins the paragraphs of a question or an answer, keeping the paragraph break. */
function join(a: string, b: string): string {
  return a.length === 0 ? b : `${a}\n${b}`;
}
