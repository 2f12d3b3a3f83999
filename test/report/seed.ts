import type { Engine } from '../../src/index.ts';
import { openQuestionLog, type Channel, type ChatType } from '../../src/log/index.ts';

/** One question to put in a test log: what was asked, where, by whom and when (ISO 8601 with offset). */
export interface SeedQuestion {
  question: string;
  at: string;
  channel?: Channel;
  chatType?: ChatType;
  asker?: string;
  /** Asked in this conversation (`engine.converse`), so a follow-up is read with its last turn; else asked alone. */
  conversation?: string;
}

/** The salt seeded logs hash askers with. */
export const SEED_SALT = 'report-test-salt';

/**
 * Writes questions to a log the way an adapter does: the real engine answers each, the real question log
 * records it, with the clock set to the question's time.
 */
export function seedLog(file: string, engine: Engine, questions: readonly SeedQuestion[]): void {
  let clock = 0;
  const warnings: string[] = [];
  const log = openQuestionLog({ path: file, salt: SEED_SALT, now: () => clock, logger: { warn: (m) => warnings.push(m) }, env: {} });
  for (const q of questions) {
    clock = Date.parse(q.at);
    const answer = q.conversation === undefined ? engine.answer(q.question) : engine.converse(q.conversation, q.question);
    log.record({ channel: q.channel ?? 'telegram', chatType: q.chatType ?? 'private', asker: q.asker, answer, latencyMs: 1.5 });
    log.flush();
  }
  log.close();
  if (warnings.length > 0) throw new Error(`seeding the log warned: ${warnings.join('; ')}`);
}

/** A week of questions in Asia/Shanghai: three channels, all four outcomes, Simplified and Traditional wordings. */
export const WEEK: readonly SeedQuestion[] = [
  // 2024-01-05 (Shanghai): the first evening of use.
  { question: '累计签约金额是多少？', at: '2024-01-05T09:00:00+08:00', channel: 'telegram', asker: '1001' },
  { question: '签约金额多少', at: '2024-01-05T09:30:00+08:00', channel: 'wechat', chatType: 'group', asker: 'wxid_a' },
  { question: '宿州学院有几个校区', at: '2024-01-05T10:00:00+08:00', channel: 'telegram', asker: '1001' },
  { question: '你好', at: '2024-01-05T10:01:00+08:00', channel: 'console' },
  // 23:59 in Shanghai is still the 5th there, though already 15:59 UTC the same day.
  { question: '宿州學院有幾個校區？', at: '2024-01-05T23:59:00+08:00', channel: 'wechat', asker: 'wxid_b' },
  // 2024-01-06: 00:10 in Shanghai is the 6th there but 16:10 UTC on the 5th.
  { question: '宿州学院有几个校区？', at: '2024-01-06T00:10:00+08:00', channel: 'telegram', asker: '1002' },
  { question: '宿州学院的录取分数线是多少', at: '2024-01-06T11:00:00+08:00', channel: 'telegram', chatType: 'group', asker: '1003' },
  { question: '宿州學院的錄取分數線是多少？', at: '2024-01-06T11:05:00+08:00', channel: 'wechat', chatType: 'group', asker: 'wxid_c' },
  { question: '这次对接活动分成几步走的', at: '2024-01-06T12:00:00+08:00', channel: 'console' },
  { question: '簽約金額是多少？', at: '2024-01-06T13:00:00+08:00', channel: 'telegram', asker: '1004' },
  // 2024-01-07
  { question: '活动在哪里举办', at: '2024-01-07T08:00:00+08:00', channel: 'wechat', asker: 'wxid_a' },
  { question: '宿州学院有几个校区', at: '2024-01-07T09:00:00+08:00', channel: 'console' },
  { question: '天气怎么样', at: '2024-01-07T09:30:00+08:00', channel: 'telegram', asker: '1001' },
  { question: '签约金额是多少', at: '2024-01-07T10:00:00+08:00', channel: 'telegram', asker: '1005' },
];

/** The moment the seeded week's report is made: the evening of 2024-01-07 in Shanghai. */
export const WEEK_NOW = Date.parse('2024-01-07T20:00:00+08:00');
