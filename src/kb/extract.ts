import type { Figure, ReleaseEvent } from '../knowledge/schema.ts';
import { DATE_TEXT, datesOf, datesOfYearless, YEARLESS_DATE_TEXT, type ParsedDate } from './dates.ts';
import { foldLine } from './fold.ts';
import { MEASURE_WORDS } from '../language/measures.ts';
import { escapeRegExp } from '../text/pipeline.ts';

/**
 * Pulls the events (dated sentences: 2023年5月23日,… / 2023年6月至8月,…) and the key figures (number + unit + what
 * it counts: 走訪企業105家) out of statement paragraphs, quoting the release's own sentences. A curator may
 * rename them afterwards; the sentences stay verbatim.
 */

/** A statement paragraph's text: all extraction needs of it. */
export interface StatementText {
  text: string;
}

/**
 * A dated sentence opens with a date that names at least a month, then a comma: 2023年5月23日, 2023年6月至8月,;
 * 起, 以来 or 前 may stand between (2024年1月1日起,): they are not part of the date text.
 */
const DATED = new RegExp(`${DATE_TEXT.source}(?=(?:起|以来|前)?[,，])`, 'u');
/** The same without a year (7月1日, 今年3月至5月), read in the release's year. */
const YEARLESS_DATED = new RegExp(`${YEARLESS_DATE_TEXT.source}(?=(?:起|以来|前)?[,，])`, 'u');
/**
 * Verbs of something that happened or will happen on a day: a date without its year opens an event only with
 * one of them, since 1—6月, or 6月份 opens a statistical period, not an event.
 */
const ACTION = /(?:举办|舉辦|举行|舉行|召开|召開|开展|開展|启动|啟動|印发|印發|实施|實施|开通|開通|上线|上線|签署|簽署|揭牌|开工|開工|通车|通車|投用|开幕|開幕|闭幕|閉幕|成立|挂牌|掛牌|出台|施行|落地|发布了|發布了|举办了|舉辦了)/u;

/**
 * A figure's unit, matched on the folded sentence (Simplified, half-width): an optional 余/多 (about), then a
 * magnitude (万, 亿, 万亿 …) and/or a measure word, or a percent sign. The measure words are the ones questions are
 * read with (MEASURE_WORDS: 元, 人次, 只, 枚, 个月 …) and a few units only releases print (千瓦时, 欧元, 辆次), the
 * longest first, so 剂次 is not read as 剂 and 个月 not as 个; not a date's (年, 日, 季度), a name's (3号线, 5号楼), a
 * word's that a number opens (一路, 三门), nor one opening with a magnitude (万元, 千米), which MAGNITUDE and the
 * shorter unit read. A whole measure word is tried before a magnitude, so 120千瓦时 is not 120千.
 */
const MAGNITUDE = '(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千)';
const NOT_A_FIGURE_UNIT = /^(?:[万亿千百]|号|年$|日$|周$|星期$|季度$|里$|路$|门$|道$|席$|格$|成$|%$)/u;
const MEASURE = `(?:${[...new Set([...MEASURE_WORDS.filter((w) => !NOT_A_FIGURE_UNIT.test(w)), '立方米', '千瓦时', '千瓦', '欧元', '港元', '辆次', '架次', '班次', '车次', '毫米', '分', '度'])]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;
/** What may follow a figure as part of it: 45万人次左右, 30分钟以内, 200场以上. */
const QUALIFIER = '(?:以上|以内|以下|左右)?';
const UNIT = `(?:(?:(?:余|多)?(?:${MEASURE}|${MAGNITUDE}(?:余|多)?${MEASURE}?)|%|‰|℃)${QUALIFIER})`;
// (1,046個 and 1,386萬人次 print thousands separators: the number is read whole, as printed.)
const FIGURE = new RegExp(`(?<![\\d.,A-Za-z])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(${UNIT})`, 'gu');

/** Verbs that introduce an event's name: what follows the last of them in the clause is the name. */
const EVENT_VERB = /(?:再次|又|先後|先后|共同)?(承辦了|承办了|承辦|承办|舉辦了|举办了|舉辦|举办|主辦了|主办了|主辦|主办|召開了|召开了|召開|召开|舉行了|举行了|舉行|举行|開展了|开展了|開展|开展)/gu;
/** Names of bodies that organise: an office, a bureau, a government, a school … */
const ORGANISATION = /(局|廳|厅|委|辦|办|院|校|學|学|會|会|政府|部|中心|公司|集團|集团|協會|协会|處|处|站|所)$/u;

/** The sentences of a paragraph, each with its closing mark. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。!！?？]+[。!！?？]*/gu)?.map((s) => s.trim()).filter((s) => s.length > 0) ?? [];
}

/**
 * The events of the statements: each dated sentence with the sentences after it in its paragraph, up to the next
 * dated sentence or the first sentence that reports figures (those stand as figures).
 */
export function extractEvents(statements: readonly StatementText[], options: { year?: string } = {}): ReleaseEvent[] {
  const events: ReleaseEvent[] = [];
  const datedAt = (sentence: string): { dated: RegExpExecArray; dates: ParsedDate } | undefined => {
    const full = DATED.exec(sentence);
    const dates = full && full[2] !== undefined ? datesOf(full) : undefined;
    if (full && dates) return { dated: full, dates };
    if (options.year === undefined) return undefined;
    const yearless = YEARLESS_DATED.exec(foldLine(sentence));
    const read = yearless && ACTION.test(sentence) ? datesOfYearless(yearless, options.year) : undefined;
    return yearless && read ? { dated: yearless, dates: read } : undefined;
  };
  for (const { text } of statements) {
    const sentences = sentencesOf(text);
    for (let i = 0; i < sentences.length; i++) {
      const found = datedAt(sentences[i]!);
      if (!found) continue;
      const { dated, dates } = found;
      const description = [sentences[i]!];
      for (let j = i + 1; j < sentences.length && !datedAt(sentences[j]!) && extractFigures([{ text: sentences[j]! }]).length === 0; j++) description.push(sentences[j]!);
      const clause = firstClauseAfterDate(sentences[i]!, dated[0].length);
      const { name, organisers } = nameAndOrganisers(clause);
      events.push({ ...dates, dateText: sentences[i]!.slice(0, dated[0].length), name, organisers, description: description.join('') });
    }
  }
  // In date order, as a reader follows them; sort is stable, so events on one date keep the text's order.
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** The figures of the statements, in order: value, unit and label from the clause the number stands in. */
export function extractFigures(statements: readonly StatementText[]): Figure[] {
  const figures: Figure[] = [];
  for (const { text } of statements) {
    for (const sentence of sentencesOf(text)) {
      const folded = foldLine(sentence);
      for (const match of folded.matchAll(FIGURE)) {
        const at = match.index;
        const end = at + match[0].length;
        // 2024年 is a year, 3月 a month; 65岁以上 says who, not how many.
        if (/^[年月日号]/u.test(folded[end] ?? '') || /^(?:周岁|岁)(?:以上|以下)$/u.test(match[2]!)) continue;
        const label = labelBefore(sentence, folded, at);
        if (label.length === 0) continue;
        figures.push({ label, value: sentence.slice(at, at + match[1]!.length), unit: sentence.slice(at + match[1]!.length, end), sentence });
      }
    }
  }
  return figures;
}

/**
 * What a number counts: its clause up to the number, without a leading 共計/合計 or enumerator (活動共計征集技術需求
 * → 征集技術需求; 一是新增托育服务托位 → 新增托育服务托位) and without the verb or qualifier just before the number
 * (比例为, 达到, 逾, 超过).
 */
function labelBefore(sentence: string, folded: string, at: number): string {
  const clauseStart = Math.max(...[',', '、', ';', ':', '。'].map((m) => folded.lastIndexOf(m, at - 1))) + 1;
  let from = clauseStart;
  let to = at;
  const clause = folded.slice(from, to);
  const lead = /^\s*(?:.*?(?:共计|合计|总计|共有)|(?:[一二三四五六七八九十]+是|其中|同时|此外|另外)\s*)/u.exec(clause);
  if (lead) from += lead[0].length;
  const tail = /(?:达到|达|为|逾|超过|约|近)\s*$/u.exec(folded.slice(from, to));
  if (tail && tail.index > 0) to = from + tail.index;
  return sentence.slice(from, to).trim();
}

/** The clause after the date: up to the first comma or full stop outside quotes. */
function firstClauseAfterDate(sentence: string, dateLength: number): string {
  const rest = sentence.slice(dateLength).replace(/^(?:起|以来|以來|前)?[,，]\s*/u, '');
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (ch === '“' || ch === '「') depth++;
    else if ((ch === '”' || ch === '」') && depth > 0) depth--;
    else if (depth === 0 && /[,，。;；]/u.test(ch)) return rest.slice(0, i);
  }
  return rest;
}

/**
 * The event's name (what follows the last organising verb outside quotes) and its organisers: the bodies that
 * 共同舉辦 it, and the subject that 承辦 it, marked （承辦）.
 */
function nameAndOrganisers(clause: string): { name: string; organisers: string[] } {
  const verbs = [...clause.matchAll(EVENT_VERB)].filter((m) => !insideQuotes(clause, m.index));
  const last = verbs[verbs.length - 1];
  if (!last) return { name: clause, organisers: [] };
  const name = clause.slice(last.index + last[0].length).trim() || clause;
  const organisers: string[] = [];
  const firstVerb = verbs[0]!;
  // 市發展改革委組織召開…: the body is the subject without the verb that leads into the event verb.
  const subject = clause.slice(0, firstVerb.index).trim().replace(/(組織|组织|牽頭|牵头|負責|负责)+$/u, '');
  if (verbs.length >= 2) {
    // 甲承辦了乙、丙、丁共同舉辦…: the hosts between the two verbs, then the subject that ran it.
    const hosts = clause.slice(firstVerb.index + firstVerb[0].length, last.index).split(/[、,，和与與及]/u);
    organisers.push(...hosts.map((h) => h.trim()).filter((h) => ORGANISATION.test(h)));
  }
  // The subject that 承辦 (ran) the event is marked so, in the transcript's own script: （承辦） or （承办）.
  const ran = /^(承辦|承办)/u.exec(firstVerb[1]!);
  if (ORGANISATION.test(subject)) organisers.push(ran ? `${subject}（${ran[1]}）` : subject);
  return { name, organisers };
}

function insideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '“' || text[i] === '「') depth++;
    else if ((text[i] === '”' || text[i] === '」') && depth > 0) depth--;
  }
  return depth > 0;
}
