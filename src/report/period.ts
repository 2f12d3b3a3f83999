/** The report's default time zone: the press office's. Questions are counted by its calendar days. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A bad command-line value for the report, with a message fit to print as is. */
export class ReportOptionError extends Error {
  override readonly name = 'ReportOptionError';
}

/** The calendar days a report covers, as `YYYY-MM-DD` in its time zone. */
export interface ReportPeriod {
  /** First day counted; undefined for `--since all` (the first day with a question). */
  firstDay: string | undefined;
  /** Today, in the report's time zone. */
  lastDay: string;
  timeZone: string;
}

const DAY_MS = 86_400_000;
// No time zone is more than 14 hours from UTC: a day's questions lie within this margin of its UTC midnight.
const ZONE_MARGIN_MS = 14 * 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Checks a time zone name and returns it; throws {@link ReportOptionError} for one Intl does not know. */
export function checkTimeZone(timeZone: string): string {
  try {
    dayFormatter(timeZone);
    return timeZone;
  } catch {
    throw new ReportOptionError(`--tz: unknown time zone "${timeZone}" (try Asia/Shanghai or UTC)`);
  }
}

/**
 * Reads `--since`: `7d` is today and the six days before, `2w` fourteen days, `2024-01-01` from that day,
 * `all` everything; throws {@link ReportOptionError} for anything else.
 */
export function parseSince(text: string, now: number, timeZone: string): ReportPeriod {
  const lastDay = dayKey(now, timeZone);
  const value = text.trim().toLowerCase();
  if (value === 'all') return { firstDay: undefined, lastDay, timeZone };
  const relative = /^(\d{1,4})\s*([dw])$/u.exec(value);
  if (relative) {
    const days = Number(relative[1]) * (relative[2] === 'w' ? 7 : 1);
    if (days < 1) throw new ReportOptionError(`--since: "${text}" covers no day; use 1d or more`);
    return { firstDay: addDays(lastDay, 1 - days), lastDay, timeZone };
  }
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && addDays(value, 0) === value) {
    if (value > lastDay) throw new ReportOptionError(`--since: ${value} is after today (${lastDay})`);
    return { firstDay: value, lastDay, timeZone };
  }
  throw new ReportOptionError(`--since: "${text}" is not a period; use 7d, 2w, a date like 2024-01-01, or all`);
}

/** The calendar day (`YYYY-MM-DD`) a moment falls on in a time zone. */
export function dayKey(ms: number, timeZone: string): string {
  const parts = dayFormatter(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A moment as `YYYY-MM-DD HH:mm` in a time zone, for "generated at" lines. */
export function formatMoment(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${dayKey(ms, timeZone)} ${get('hour')}:${get('minute')}`;
}

/** The day `n` days after (or before, for negative `n`) a `YYYY-MM-DD` day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Unix-millisecond bounds that surely contain every moment of the period's days, for the database query. */
export function queryBounds(period: ReportPeriod): { from: number; to: number } {
  return {
    from: period.firstDay === undefined ? Number.MIN_SAFE_INTEGER : Date.parse(`${period.firstDay}T00:00:00Z`) - ZONE_MARGIN_MS,
    to: Date.parse(`${period.lastDay}T00:00:00Z`) + DAY_MS + ZONE_MARGIN_MS,
  };
}

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The first moment (Unix ms) of a calendar day in a time zone, to the minute: where `--purge-before DAY`
 * cuts. Found by bisection over the hours around the day's UTC midnight, as no zone is more than 14 hours off.
 */
export function startOfDay(day: string, timeZone: string): number {
  const MINUTE = 60_000;
  let low = Date.parse(`${day}T00:00:00Z`) - ZONE_MARGIN_MS - MINUTE; // surely the day before, even at UTC+14
  let high = Date.parse(`${day}T00:00:00Z`) + ZONE_MARGIN_MS; // surely the day itself, there
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (dayKey(middle, timeZone) < day) low = middle;
    else high = middle;
  }
  return high;
}

/** Reads a `YYYY-MM-DD` day for an option, throwing {@link ReportOptionError} naming the option otherwise. */
export function parseDay(option: string, text: string): string {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && addDays(value, 0) === value) return value;
  throw new ReportOptionError(`${option}: "${text}" is not a date; use YYYY-MM-DD, e.g. 2024-01-01`);
}
