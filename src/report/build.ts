import { OUTCOMES, type Outcome, type QuestionRow } from '../log/entry.ts';
import { groupByMeaning, wordingOf, type QuestionGroup } from './grouping.ts';
import { dayKey, daysFrom, type ReportPeriod } from './period.ts';

/** The channels every report shows, even with no question, so a silent channel is visible as zero. */
export const KNOWN_CHANNELS = ['console', 'telegram', 'wechat'] as const;

/** Options for {@link buildReport}. */
export interface ReportOptions {
  period: ReportPeriod;
  /** How many groups the unanswered and answered lists hold. */
  top: number;
  /** When the report is made (Unix ms); only stamped on it. */
  now: number;
  /** Keys questions by meaning; `byMeaning` false means the knowledge did not load and keys are folded text. */
  grouper: { key(question: string): string; readonly byMeaning: boolean };
}

/** Questions on one day, per channel and per outcome. */
export interface DayCount {
  day: string;
  total: number;
  byChannel: Record<string, number>;
  outcomes: Record<Outcome, number>;
}

/** What became of one channel's questions (or all of them, as channel `all`). */
export interface ChannelOutcomes {
  channel: string;
  /** Every message handled, greetings and help included. */
  total: number;
  /** Real questions: `total` less `usage`; the rates are shares of this. */
  questions: number;
  outcomes: Record<Outcome, number>;
  /** Distinct hashed askers. */
  askers: number;
}

/** An unanswered group, with when (if ever) the bot later answered the same question in the period. */
export interface UnansweredGroup extends QuestionGroup {
  /** The first answered ask after the last unanswered one: someone has since added the answer. */
  answeredSince?: number;
}

/** A message read as a follow-up of the asker's last turn: as typed, as understood, and how often. */
export interface FollowUp {
  typed: string;
  understood: string;
  count: number;
}

/** Everything a report shows, computed once and rendered as text, HTML or a draft FAQ. */
export interface Report {
  generatedAt: number;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  groupedByMeaning: boolean;
  channels: string[];
  days: DayCount[];
  all: ChannelOutcomes;
  byChannel: ChannelOutcomes[];
  /** The most asked unanswered (suggested or refused) groups, at most `top`. */
  unanswered: UnansweredGroup[];
  /** How many unanswered groups there are in all. */
  unansweredGroups: number;
  /** The most asked groups still unanswered at the end of the period, at most `top`: the FAQ drafts. */
  drafts: UnansweredGroup[];
  /** The most asked answered groups, at most `top`; a follow-up counts as the question it was understood as. */
  answered: QuestionGroup[];
  /** How many messages were read as follow-ups of the asker's last turn. */
  followUpCount: number;
  /** The most frequent follow-up readings (as typed → as understood), at most `top`: where a wrong reading would show. */
  followUps: FollowUp[];
}

/** Builds the report from logged rows; rows outside the period's days are ignored. */
export function buildReport(rows: readonly QuestionRow[], options: ReportOptions): Report {
  const { period } = options;
  const dated = rows.map((row) => ({ row, day: dayKey(row.askedAt, period.timeZone) }));
  const firstDay = period.firstDay ?? dated.reduce((min, d) => (d.day < min ? d.day : min), period.lastDay);
  const inPeriod = dated.filter((d) => d.day >= firstDay && d.day <= period.lastDay);
  const kept = inPeriod.map((d) => d.row);

  const channels = [...new Set([...KNOWN_CHANNELS, ...kept.map((r) => r.channel).sort()])];
  const days = new Map(daysFrom(firstDay, period.lastDay).map((day) => [day, { day, total: 0, byChannel: zeroes(channels), outcomes: zeroOutcomes() }]));
  for (const { row, day } of inPeriod) {
    const count = days.get(day)!;
    count.total++;
    count.byChannel[row.channel] = (count.byChannel[row.channel] ?? 0) + 1;
    count.outcomes[row.outcome]++;
  }

  const unansweredRows = kept.filter((r) => r.outcome === 'suggested' || r.outcome === 'refused');
  const unansweredAll = groupByMeaning(unansweredRows, (q) => options.grouper.key(q));
  const answeredAt = new Map<string, number[]>();
  for (const row of kept) {
    if (row.outcome !== 'answered') continue;
    const key = options.grouper.key(row.question);
    const times = answeredAt.get(key);
    if (times === undefined) answeredAt.set(key, [row.askedAt]);
    else times.push(row.askedAt);
  }

  const unanswered: UnansweredGroup[] = unansweredAll.map((group) => {
    const later = (answeredAt.get(group.key) ?? []).filter((at) => at > group.lastAsked);
    return later.length > 0 ? { ...group, answeredSince: Math.min(...later) } : group;
  });

  return {
    generatedAt: options.now,
    timeZone: period.timeZone,
    firstDay,
    lastDay: period.lastDay,
    groupedByMeaning: options.grouper.byMeaning,
    channels,
    days: [...days.values()],
    all: outcomesOf('all', kept),
    byChannel: channels.map((channel) => outcomesOf(channel, kept.filter((r) => r.channel === channel))),
    unanswered: unanswered.slice(0, options.top),
    unansweredGroups: unanswered.length,
    drafts: unanswered.filter((g) => g.answeredSince === undefined).slice(0, options.top),
    answered: groupByMeaning(
      // 他是哪个单位的 read as 李克强是哪个单位的 is that question: grouped and shown as understood.
      kept.filter((r) => r.outcome === 'answered').map((r) => (r.understood === null ? r : { ...r, question: r.understood })),
      (q) => options.grouper.key(q),
    ).slice(0, options.top),
    followUpCount: kept.filter((r) => r.understood !== null).length,
    followUps: followUpsOf(kept).slice(0, options.top),
  };
}

/** The follow-up readings in the rows, the most frequent first (then the most recent). */
function followUpsOf(rows: readonly QuestionRow[]): FollowUp[] {
  const readings = new Map<string, FollowUp & { last: number }>();
  for (const row of rows) {
    if (row.understood === null) continue;
    const typed = wordingOf(row.question);
    const understood = wordingOf(row.understood);
    const key = `${typed}\u0000${understood}`;
    const seen = readings.get(key);
    if (seen === undefined) readings.set(key, { typed, understood, count: 1, last: row.askedAt });
    else {
      seen.count++;
      seen.last = Math.max(seen.last, row.askedAt);
    }
  }
  return [...readings.values()].sort((a, b) => b.count - a.count || b.last - a.last).map(({ typed, understood, count }) => ({ typed, understood, count }));
}

/** Past this many days the daily tables list only the days with questions; the chart still shows every day. */
export const FULL_DAILY_TABLE_DAYS = 31;

/** The days a daily table lists: all of a short period, only the days with questions of a long one. */
export function tableDays(report: Report): DayCount[] {
  return report.days.length > FULL_DAILY_TABLE_DAYS ? report.days.filter((d) => d.total > 0) : report.days;
}

/** A share as a percentage with one decimal, or 0 when there is nothing to share. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

function outcomesOf(channel: string, rows: readonly QuestionRow[]): ChannelOutcomes {
  const outcomes = zeroOutcomes();
  const askers = new Set<string>();
  for (const row of rows) {
    outcomes[row.outcome]++;
    if (row.asker !== null) askers.add(row.asker);
  }
  return { channel, total: rows.length, questions: rows.length - outcomes.usage, outcomes, askers: askers.size };
}

function zeroes(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

function zeroOutcomes(): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
}
