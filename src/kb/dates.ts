/**
 * Dates as releases write them (2023年5月23日, 2023年6月至8月, 2023年5月23日至25日), read into the knowledge
 * format's `date` / `endDate` (YYYY, YYYY-MM or YYYY-MM-DD). Shared by the importer, which writes events, and by
 * `kb check`, which warns when an event's date and its date text disagree.
 */

/** A date or date range as the release writes it, anchored at the start of a text. */
export const DATE_TEXT = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日號号])?)?(?:\s*[至到~～—－-]\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})[日號号])?)?/u;

/** A date read from its text: the first (or only) day, month or year, and the last of a range. */
export interface ParsedDate {
  date: string;
  endDate?: string;
}

/**
 * A date or range written without its year (7月1日, 今年3月至5月, 7月12日至14日, 8月中旬, 9月底), anchored at the
 * start of a text; the year is the release's. Groups: 今年, month, day, end month, end day.
 */
export const YEARLESS_DATE_TEXT = /^(今年)?(\d{1,2})月(?:(\d{1,2})[日號号]|初|上旬|中旬|下旬|底)?(?:\s*[至到~～—－-]\s*(?:(\d{1,2})月)?(?:(\d{1,2})[日號号])?)?/u;

/**
 * Reads a whole date text; undefined when it is not a date on the calendar or has text left over. A text without
 * its year (7月1日, 今年3月至5月) is read in `year`, when given: the year of the release that prints it.
 */
export function parseDateText(text: string, year?: string): ParsedDate | undefined {
  const t = text.trim();
  const m = DATE_TEXT.exec(t);
  if (m && m[0].length === t.length) return datesOf(m);
  const y = YEARLESS_DATE_TEXT.exec(t);
  if (!y || y[0].length !== t.length || year === undefined) return undefined;
  return datesOfYearless(y, year);
}

/** `date` / `endDate` from a {@link YEARLESS_DATE_TEXT} match, in `year`. */
export function datesOfYearless(m: RegExpExecArray, year: string): ParsedDate | undefined {
  const [whole, , month, day, endMonth, endDay] = m;
  const synthetic = Object.assign([`${year}年${whole.replace(/^今年/u, '')}`, year, month, day, undefined, endMonth, endDay], { index: 0, input: whole }) as unknown as RegExpExecArray;
  return datesOf(synthetic);
}

/** `date` / `endDate` from a {@link DATE_TEXT} match; undefined when a month or day does not exist. */
export function datesOf(m: RegExpExecArray): ParsedDate | undefined {
  const [whole, year, month, day, endYear, endMonth, endDay] = m;
  const date = compose(year!, month, day);
  if (!date) return undefined;
  const hasRange = /[至到~～—－-]/u.test(whole.slice(whole.indexOf('年') + 1));
  if (!hasRange) return { date };
  if (!endYear && !endMonth && !endDay) return undefined;
  // A range keeps its start's year and month where its end leaves them out: 6月至8月, 23日至25日.
  const endDate = compose(endYear ?? year!, endMonth ?? (endDay ? month : undefined), endDay);
  if (!endDate || endDate < date) return undefined;
  return { date, endDate };
}

function compose(year: string, month: string | undefined, day: string | undefined): string | undefined {
  if (month === undefined) return day === undefined ? year : undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  const ym = `${year}-${month.padStart(2, '0')}`;
  if (day === undefined) return ym;
  const d = Number(day);
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= last ? `${ym}-${day.padStart(2, '0')}` : undefined;
}

/**
 * The first day a text names, as YYYY-MM-DD: 2024年5月30日15:00—16:50, 2024-05-31, (2024年9月2日), 2024/5/30.
 * A day written without its year (2月22日下午) takes `year`, when one is given (the page line's year).
 * Undefined when the text names no day on the calendar.
 */
export function dayOf(text: string, year?: number): string | undefined {
  const full = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/u.exec(text);
  if (full) return compose(full[1]!, full[2], full[3]);
  const monthDay = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/u.exec(text);
  if (monthDay && year !== undefined) return compose(String(year), monthDay[1], monthDay[2]);
  return undefined;
}

/** Whether a text names a day without its year (2月22日), which {@link dayOf} can only read with a year given. */
export function namesDayWithoutYear(text: string): boolean {
  return !/\d{4}\s*(?:年|-|\/|\.)\s*\d{1,2}/u.test(text) && /(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*[日号號]/u.test(text);
}
