import { peopleAtStart, readMention, type Mention } from './people.ts';

/**
 * Lead sentences: the narration a page prints before the transcript, which carries the metadata the header of
 * other pages gives. `<date>,<office>在<place>举行"<topic>"新闻发布会`, `发布会由<post><name>主持`,
 * `<post><name>介绍…并与<post><name>、…共同回答记者提问`, `<post><name>在<place>接受…采访`,
 * `<A>、<B>等媒体到场报道`, and what the release is about (介绍…情况, 就…等话题). Read on the folded text;
 * everything returned is cut from the text as published.
 */

/** What lead sentences say about the release. */
export interface LeadFacts {
  /** The date as written (2024年5月30日, 2月22日下午), from the first sentence that opens with one. */
  dateText?: string;
  office?: string;
  place?: string;
  /** The clause naming the event, a title for a page that prints none: 国家商贸流通部举行5月例行新闻发布会. */
  titleClause?: string;
  host?: Mention;
  /** The person who presents (介绍, 通报, 发布, 解读): the reported paragraphs after the lead are theirs. */
  presenter?: Mention;
  people: Mention[];
  /** The office the host welcomes people to: 欢迎出席<office>举行的新闻发布会. */
  welcomingOffice?: string;
  media: string[];
  summary?: string;
  /** The topic in quotes of <office>举行“<topic>”新闻发布会: what the release is about when nothing else says. */
  topic?: string;
}

const OPENING_DATE = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:\s*(?:上午|下午|晚上|晚间|晚|中午))?\s*,?\s*/u;
const EVENT_WORD = '(?:新闻发布会|发布会|新闻通气会|通气会|记者会|吹风会|见面会|媒体见面会)';
const HELD = new RegExp(`^(?!欢迎|出席|参加)(.{2,40}?)(?:在([^,;]{2,30}?))?(?:举行|召开|举办)(?:了)?([^,;]{0,60}?)${EVENT_WORD}`, 'u');
const WELCOME = new RegExp(`(?:欢迎)?(?:出席|参加)([^,;。]{2,30}?)(?:举行|举办|召开)的(?:[^,;。]{0,30})?${EVENT_WORD}`, 'u');
const INTERVIEW = /^(.{2,40}?)在([^,;]{2,30}?)接受([^,;]{0,30}?)(?:采访|专访|访谈)/u;
const HOSTED_BY = /(?:发布会|会议|活动)?由([^,;]{2,40}?)主持/u;
const MEDIA = /(?:^|[,;。])\s*([^,;。]{2,80}?)等(?:\d+家)?(?:中央|省|市|新闻)?(?:媒体|新闻单位|新闻媒体)/u;
const SUMMARY = [/(?<=主题(?:是|为)\s*)(?!["“])[^。]{4,80}/u, /(?<=主题(?:是|为)\s*["“])[^"”]{2,40}(?=["”])/u, /(?:介绍|通报|解读|发布)(?!有关|相关|情况)[^,;。]{2,60}(?:有关情况|相关情况|进展情况|工作情况|情况|进展|成效|举措|政策|工作)/u, /就(?!大家|各位|记者|媒体|您|你们)[^,;。]{2,40}?(?:话题|问题|热点)(?:回答记者提问|答记者问)?/u];
const CONNECTIVE = /^(?:并与|并和|并由|同时|并|与|和|及|由|请)\s*/u;

/** Whether a paragraph reads as a lead sentence: it opens with a date or says who held, hosted or attended what. */
export function isLeadSentence(folded: string): boolean {
  return OPENING_DATE.test(folded.replace(/^\s*[【[][^】\]]{0,16}讯[】\]]/u, '').trim()) || new RegExp(`(?:举行|召开|举办)[^。]{0,40}${EVENT_WORD}|主持|等(?:\d+家)?(?:媒体|新闻单位)|接受[^。]{0,20}(?:采访|专访)|回答记者提问`, 'u').test(folded);
}

/** Reads the lead sentences (`texts` as published, `folded` their folded twins); `known` names settle name ends. */
export function readLead(texts: readonly string[], folded: readonly string[], known: ReadonlySet<string> = new Set()): LeadFacts {
  const facts: LeadFacts = { people: [], media: [] };
  texts.forEach((text, i) => readParagraph(text, folded[i]!, known, facts));
  return facts;
}

function readParagraph(text: string, folded: string, known: ReadonlySet<string>, facts: LeadFacts): void {
  for (const { from, to } of spans(folded, /[。!?]/u)) {
    let start = from;
    const date = OPENING_DATE.exec(folded.slice(from, to));
    if (date) {
      facts.dateText ??= text.slice(from, from + date[0].length).replace(/[,，\s]+$/u, '');
      start = from + date[0].length;
    }
    const sentence = folded.slice(start, to);
    const held = HELD.exec(sentence);
    if (held && !peopleAtStart(text.slice(start), sentence).length) {
      facts.office ??= text.slice(start, start + held[1]!.length).trim();
      if (held[2] !== undefined) facts.place ??= text.slice(start + held[1]!.length + 1, start + held[1]!.length + 1 + held[2].length).trim();
      facts.titleClause ??= text.slice(start, start + held[0].length).trim();
      const quoted = /["“]([^"”]{2,40})["”]/u.exec(held[3]!);
      if (quoted) {
        const at = start + held[0].indexOf(held[3]!) + quoted.index + 1;
        facts.topic ??= text.slice(at, at + quoted[1]!.length);
      }
    }
    const interview = INTERVIEW.exec(sentence);
    if (interview) {
      const people = peopleAtStart(text.slice(start), sentence, known);
      if (people.length > 0) {
        facts.place ??= text.slice(start + interview[1]!.length + 1, start + interview[1]!.length + 1 + interview[2]!.length).trim();
        facts.titleClause ??= text.slice(start, start + interview[0].length).trim();
      }
    }
    const hosted = HOSTED_BY.exec(sentence);
    if (hosted) {
      const at = start + hosted.index + hosted[0].indexOf(hosted[1]!);
      const host = readMention(text.slice(at, at + hosted[1]!.length), folded.slice(at, at + hosted[1]!.length), known);
      if (host) facts.host ??= host;
    }
    const welcome = WELCOME.exec(sentence);
    if (welcome) {
      const at = start + welcome.index + welcome[0].indexOf(welcome[1]!);
      facts.welcomingOffice ??= text.slice(at, at + welcome[1]!.length).trim();
    }
    for (const clause of spans(folded, /[,;]/u, start, to)) {
      const lead = CONNECTIVE.exec(folded.slice(clause.from, clause.to))?.[0].length ?? 0;
      const from2 = clause.from + lead;
      const people = peopleAtStart(text.slice(from2, clause.to), folded.slice(from2, clause.to), known);
      const predicate = folded.slice(from2 + people.end, clause.to);
      // <post><name>主持(发布会|采访): the host, not a speaker.
      if (people.length === 1 && /^主持/u.test(predicate)) facts.host ??= people[0]!;
      else {
        if (people.length > 0 && /^(?:介绍|通报|发布|解读|作)/u.test(predicate)) facts.presenter ??= people[0]!;
        facts.people.push(...people);
      }
    }
    const media = MEDIA.exec(folded.slice(start, to));
    if (media) {
      const at = start + media.index + media[0].indexOf(media[1]!);
      facts.media.push(...splitNames(text.slice(at, at + media[1]!.length)));
    }
    if (facts.summary === undefined) {
      for (const pattern of SUMMARY) {
        const m = pattern.exec(sentence);
        if (m) {
          facts.summary = text.slice(start + m.index, start + m.index + m[0].length);
          break;
        }
      }
    }
  }
}

/** Spans of `folded` between separators (each span without its separator), within [from, to). */
function spans(folded: string, separator: RegExp, from = 0, to = folded.length): { from: number; to: number }[] {
  const result: { from: number; to: number }[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || separator.test(folded[i]!)) {
      if (folded.slice(start, i).trim().length > 0) result.push({ from: start, to: i });
      start = i + 1;
    }
  }
  return result;
}

/** Splits a list of names (outlets, offices) at 、,，;； and |｜. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；|｜]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
