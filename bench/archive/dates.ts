import type { Random } from './random.ts';

/** A calendar day; months and days count from 1. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A dated event's date, as the schema stores it and as a release writes it. */
export interface EventDate {
  /** First day, month or year: `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** Last day or month of a range. */
  endDate?: string;
  /** The date as printed, e.g. `2022年6月至8月`. */
  dateText: string;
  /** The year the event starts in, for names such as `2022年春季招聘会`. */
  year: number;
}

const DAY_MS = 86_400_000;

/** The day `n` days after (or before, when negative) `day`. */
export function addDays(day: Day, n: number): Day {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day) + n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD`. */
export function isoDay(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** Whether two days are the same day. */
export function sameDay(a: Day, b: Day): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A uniformly chosen day from 1 January of `fromYear` to 31 December of `toYear`. */
export function randomDay(rng: Random, from: Day, to: Day): Day {
  const first = Date.UTC(from.year, from.month - 1, from.day);
  const last = Date.UTC(to.year, to.month - 1, to.day);
  return addDays(from, rng.int(0, Math.round((last - first) / DAY_MS)));
}

/**
 * A past event's date before the release day `release`, in one of the four ways releases print dates:
 * a day (2024年3月15日), days (2024年5月10日至12日), a month (2021年9月) or months (2022年6月至8月).
 * Every range ends at least a few days before the release, so the release reports it as done.
 */
export function randomEventDate(rng: Random, release: Day): EventDate {
  const kind = rng.pick(['day', 'day', 'day', 'days', 'month', 'months'] as const);
  const start = addDays(release, -rng.int(kind === 'months' || kind === 'month' ? 120 : 10, 720));
  const { year, month, day } = start;
  if (kind === 'days') {
    const end = addDays(start, rng.int(1, 4));
    if (end.year === year) {
      const endText = end.month === month ? `${end.day}日` : `${end.month}月${end.day}日`;
      return { date: isoDay(start), endDate: isoDay(end), dateText: `${year}年${month}月${day}日至${endText}`, year };
    }
  }
  if (kind === 'months' && month <= 10) {
    const endMonth = month + rng.int(1, 2);
    return { date: `${year}-${pad(month)}`, endDate: `${year}-${pad(endMonth)}`, dateText: `${year}年${month}月至${endMonth}月`, year };
  }
  if (kind === 'month') return { date: `${year}-${pad(month)}`, dateText: `${year}年${month}月`, year };
  return { date: isoDay(start), dateText: `${year}年${month}月${day}日`, year };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
