import type { Outcome } from '../log/entry.ts';

/** How the report names each outcome; press officers read Chinese. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  answered: '已回答',
  suggested: '给出建议',
  refused: '拒答',
  usage: '问候/帮助',
};

const CHANNEL_LABELS: Record<string, string> = { console: '控制台', telegram: 'Telegram', wechat: '微信', all: '全部' };

/** How the report names a channel; an unknown channel keeps its own name. */
export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? channel;
}

/** `MM-DD` of a `YYYY-MM-DD` day, for tight table columns. */
export function shortDay(day: string): string {
  return day.slice(5);
}
