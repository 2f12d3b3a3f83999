import { MEASURE_WORDS } from '../language/measures.ts';

/**
 * Numbers, dates and ranges kept whole, in folded (half-width, Simplified, digits) text. jieba alone splits
 * `535.35` into single digits and `2023年5月23日` into seven pieces, which makes figures unsearchable. A
 * number keeps its approximation (余, 多), its 万/亿 and its unit or measure word (个, 万人次, 公里, %).
 */
export const NUMERIC_PATTERN =
  String.raw`(?:\d{4}年)?\d{1,2}(?:月(?:\d{1,2}[日号]|底|初|末)?(?:[至到~—–-](?:\d{4}年)?\d{1,2}[月日号](?:\d{1,2}[日号])?)?|[至到~—–-]\d{1,2}月)` +
  String.raw`|\d{4}年(?:底|末|初(?![步次级期中心始审稿选]))?` +
  String.raw`|\d+(?:\.\d+)?(?:[余多几来])?(?:万亿|万|亿)?(?:[余多几来])?(?:` +
  MEASURE_WORDS.filter((w) => !/^[万亿]/u.test(w) || w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|') +
  ')?';

const DATE_PART = /(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?/u;
const RANGE_SEPARATOR = /[至到~—–-]/u;

/** Named parts of a year and the months they span, so 上半年 meets 1—6月 and 一季度 meets 1月至3月. */
const PERIODS: [from: number, to: number, names: string[]][] = [
  [1, 6, ['上半年']],
  [7, 12, ['下半年']],
  // (第三季度 is 第 and 三季度: the quarter is the same word with or without it.)
  [1, 3, ['一季度']],
  [4, 6, ['二季度']],
  [7, 9, ['三季度']],
  [10, 12, ['四季度']],
  [1, 9, ['前三季度']],
  // (年度目标 and 全年目标 are the same year's.)
  [1, 12, ['全年', '年度', '全年度']],
];
/** The other names of the same part of the year (年度 for 全年). */
export function samePeriod(name: string): string[] {
  return PERIODS.find(([, , names]) => names.includes(name))?.[2].filter((other) => other !== name) ?? [];
}
/** The months a named part of the year spans (前三季度 → 1 to 9), if the word names one. */
export function monthsOfPeriod(name: string): [from: number, to: number] | undefined {
  const period = PERIODS.find(([, , names]) => names.includes(name));
  return period === undefined ? undefined : [period[0], period[1]];
}

/** The names of the parts of a year (上半年, 一季度, 前三季度): a question naming one is about that period. */
export const PERIOD_NAMES: ReadonlySet<string> = new Set(PERIODS.flatMap(([, , names]) => names));
const AMOUNT = /^(\d+(?:\.\d+)?)([余多几来])?(.*)$/u;

/**
 * The tokens one numeric span stands for, the whole span first: `2023年5月23日` also answers to `5月23日`,
 * `2023年5月` and `2023年`; `800余人` to `800` and `800人`; `6月至8月` to `6月` and `8月`.
 */
export function numericTokens(span: string): string[] {
  const tokens = new Set<string>();
  // 5月23号 is 5月23日; 3号线 is a line's name and keeps its 号.
  const whole = /月\d{1,2}号|^\d{1,2}号$/u.test(span) ? span.replace(/号/gu, '日') : span;
  tokens.add(whole);
  if (/[年月]/u.test(whole)) {
    const [bare = '', end] = whole.split(RANGE_SEPARATOR);
    // 1—6月 and 1至4月: the start takes the end's 月.
    const start = end !== undefined && /^\d{1,2}$/u.test(bare) && /^\d{1,2}月/u.test(end) ? `${bare}月` : bare;
    const first = dateParts(start);
    const last = end === undefined ? undefined : dateParts(end);
    if (last) {
      // A range written 2023年6月至8月 keeps the year of its start for its end.
      last.year ??= first.year;
      if (!last.month && last.day) last.month = first.month;
      if (first.month && last.month) {
        tokens.add(`${first.month}月至${last.month}月`);
        for (const [from, to, names] of PERIODS) if (Number(first.month) === from && Number(last.month) === to && !first.day && !last.day) names.forEach((n) => tokens.add(n));
        // 1月至10月 is the first ten months: 前10个月 (头十个月, 首十个月) asks it.
        if (Number(first.month) === 1 && !first.day && !last.day) tokens.add(`${Number(last.month)}个月`);
      }
    }
    for (const part of last ? [first, last] : [first]) {
      const { year, month, day } = part;
      if (year && month && day) tokens.add(`${year}年${month}月${day}日`);
      if (month && day) {
        tokens.add(`${month}月${day}日`);
        // The third of the month it falls in: 6月13日 is in 6月中旬.
        const xun = Number(day) <= 10 ? '上旬' : Number(day) <= 20 ? '中旬' : '下旬';
        tokens.add(`${month}月${xun}`);
        tokens.add(xun);
        // (6月30日 is 6月底, the end of the month as people say it; 7月1日 its start, 7月初.)
        if (Number(day) >= 28) tokens.add(`${month}月底`);
        if (Number(day) <= 3) tokens.add(`${month}月初`);
      }
      if (year && month) tokens.add(`${year}年${month}月`);
      // (6月底, 6月初 are in 6月, and 月末 is 月底.)
      const edge = /^(?:\d{4}年)?\d{1,2}月([底初末])$/u.exec(part === first ? start : end ?? '')?.[1];
      if (month && edge !== undefined) tokens.add(`${month}月${edge === '末' ? '底' : edge}`);
      if (month) tokens.add(`${month}月`);
      if (year) tokens.add(`${year}年`);
      // (2025年底 is a 年底, as 年底要达到多少 asks it; 年末 is 年底.)
      const yearEdge = /^\d{4}年([底初末中])$/u.exec(part === first ? start : end ?? '')?.[1];
      if (yearEdge !== undefined) tokens.add(`年${yearEdge === '末' ? '底' : yearEdge}`);
      // (12月31日前 and 12月底 are the year's end too: 年底要增加到多少 asks of them.)
      if (month !== undefined && Number(month) === 12 && ((day !== undefined && Number(day) >= 28) || (edge !== undefined && edge !== '初'))) tokens.add('年底');
    }
    return [...tokens];
  }
  const amount = AMOUNT.exec(whole);
  if (amount) {
    const [, value = '', qualifier, unit = ''] = amount;
    tokens.add(value);
    if (qualifier && unit) tokens.add(value + unit);
    // The unit alone too: 多少万元 asks about an amount in 万元.
    if (unit) tokens.add(unit);
  }
  return [...tokens];
}

interface DateParts {
  year?: string;
  month?: string;
  day?: string;
}

function dateParts(text: string): DateParts {
  const m = DATE_PART.exec(text);
  const strip = (s: string | undefined) => (s === undefined ? undefined : String(Number(s)));
  return { year: m?.[1], month: strip(m?.[2]), day: strip(m?.[3]) };
}

/** An ISO date as releases print it: `2023-12-29` → `2023年12月29日`. */
export function chineseDate(iso: string): string {
  return iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/u, '$1年$2月$3日');
}

/** The parts of the day and the hours they hold (晚上 from 17:00 to 2:00, past midnight counted on as 26). */
const PARTS_OF_DAY: Readonly<Record<string, readonly [number, number]>> = {
  凌晨: [0, 6],
  早上: [5, 10],
  早晨: [5, 10],
  清晨: [5, 10],
  早间: [5, 10],
  上午: [6, 12],
  中午: [11, 14],
  午间: [11, 14],
  下午: [12, 19],
  午后: [12, 19],
  傍晚: [16, 20],
  晚上: [17, 26],
  晚间: [17, 26],
  夜间: [17, 26],
  夜里: [17, 26],
  夜晚: [17, 26],
  // (Late at night, past 22:00 and into the small hours.)
  深夜: [22, 29],
  半夜: [22, 29],
  午夜: [23, 26],
  白天: [6, 18],
  日间: [6, 18],
  昼间: [6, 18],
};
const PART_OF_DAY = new RegExp(Object.keys(PARTS_OF_DAY).join('|'), 'u');
/** Per name of a part of the day, its other names: those of the same hours (夜间 for 晚上). */
const OTHER_NAMES_OF_DAY = otherNamesIn(PARTS_OF_DAY);

/** That evening, every evening, this evening (当晚, 每晚, 今晚, 当夜): the evening of a day a passage speaks of. */
const EVENING_OF = /[当每今昨明]晚|[当每今昨]夜/u;

/**
 * Whether a passage says what it says in the part of the day a word names: another name of it (夜间 for 晚上), the
 * evening of its day (开幕式当晚) for the evening; false for other words.
 */
export function saidInPartOfDay(word: string, text: string): boolean {
  const hours = PARTS_OF_DAY[word];
  if (hours === undefined) return false;
  return OTHER_NAMES_OF_DAY.get(word)!.some((other) => text.includes(other)) || (hours[1] > 24 && EVENING_OF.test(text)) || (!PART_OF_DAY.test(text) && startsInHours(text, hours));
}

/**
 * Whether a passage gives a time that starts in these hours (12:00至16:00 for 中午, 20时 for 晚上): an hour printed
 * with its minutes or as 时, not a bare 点 of a count. (Only of a passage that names no part of the day: in 晚上7时和
 * 8时, 8 is in the evening too.)
 */
function startsInHours(text: string, [from, to]: readonly [number, number]): boolean {
  return [...text.matchAll(/(?<![\d.])(\d{1,2})(?::\d{2}|：\d{2}|时)/gu)].some((m) => {
    const hour = Number(m[1]);
    return hour <= 24 && ((hour >= from && hour < to) || (hour + 24 >= from && hour + 24 < to));
  });
}

/**
 * Parts of the year by the months they hold (暑期 of a city in China: July and August), as a question names them and a
 * passage dates them: 暑期禁毒夏令营 is the one a passage holds from 7月10日至8月20日.
 */
const PARTS_OF_YEAR: Readonly<Record<string, readonly number[]>> = {
  暑期: [7, 8],
  暑假: [7, 8],
  暑假期间: [7, 8],
  暑期间: [7, 8],
  寒假: [1, 2],
  寒假期间: [1, 2],
  春季: [3, 4, 5],
  春天: [3, 4, 5],
  夏季: [6, 7, 8],
  夏天: [6, 7, 8],
  秋季: [9, 10, 11],
  秋天: [9, 10, 11],
  冬季: [12, 1, 2],
  冬天: [12, 1, 2],
};

/** Per name in a table of spans (of the year by months, of the day by hours), its other names: those of the same span. */
function otherNamesIn(table: Readonly<Record<string, readonly number[]>>): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(table).map(([word, span]) => [word, Object.keys(table).filter((other) => other !== word && table[other]!.join() === span.join())]));
}

/** Per name of a part of the year, its other names: those spanning the same months. */
const OTHER_NAMES = otherNamesIn(PARTS_OF_YEAR);

/** The other names of the part of the year a word names (春季 for 春天, 暑假 for 暑期); empty for other words. */
export function otherNamesOfPartOfYear(word: string): readonly string[] {
  return OTHER_NAMES.get(word) ?? [];
}

/**
 * Whether a passage dates what it says in the part of the year a word names: 7月10日 for 暑期, or another name of that
 * part, 春季 (of 春季学期) for 春天; false for other words.
 */
export function datedInPartOfYear(word: string, text: string): boolean {
  const months = PARTS_OF_YEAR[word];
  if (months === undefined) return false;
  if (otherNamesOfPartOfYear(word).some((other) => text.includes(other))) return true;
  for (const [, month] of text.matchAll(/(?<![\d.])(\d{1,2})月/gu)) if (months.includes(Number(month))) return true;
  return false;
}

/**
 * The part of the day a question of the hour asks in and the hours it holds (晚上 of 室外场地晚上开到几点): named in its
 * last clause, not in a condition before it (晚上下雪的话，主干道几点前要清完 asks the morning's deadline).
 */
export function partOfDayAsked(content: string): { word: string; hours: readonly [number, number] } | undefined {
  const clause = content.split(/[，,；;。]|的话/u).filter((c) => c.trim().length > 0).at(-1) ?? '';
  const word = PART_OF_DAY.exec(clause)?.[0];
  return word === undefined ? undefined : { word, hours: PARTS_OF_DAY[word]! };
}
