import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashAsker, openQuestionLog, type QuestionLogEntry } from '../../src/log/index.ts';
import { fakeClock, nextTurn, readRows, recordingLogger, sampleAnswers, tempDir, type SampleAnswers } from './helpers.ts';

let answers: SampleAnswers;
let temp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  answers = await sampleAnswers();
});
afterEach(() => temp?.cleanup());

function setup(options: { salt?: string; env?: NodeJS.ProcessEnv } = {}) {
  temp = tempDir();
  const file = path.join(temp.dir, 'questions.db');
  const clock = fakeClock();
  const logger = recordingLogger();
  const log = openQuestionLog({ path: file, now: clock.now, logger, env: options.env ?? {}, ...(options.salt === undefined ? {} : { salt: options.salt }) });
  return { file, clock, logger, log };
}

describe('the question log', () => {
  it('records time, channel, chat type, question, outcome, kind, cited release, score and latency of every answer', async () => {
    const { file, clock, logger, log } = setup({ salt: 's' });
    const entries: QuestionLogEntry[] = [
      { channel: 'telegram', chatType: 'private', asker: '42', answer: answers.answered, latencyMs: 1.25 },
      { channel: 'wechat', chatType: 'group', asker: 'wxid_x', answer: answers.suggested, latencyMs: 2 },
      { channel: 'console', chatType: 'private', answer: answers.refused, latencyMs: 0.5 },
      { channel: 'telegram', chatType: 'group', asker: '42', answer: answers.usage, latencyMs: 0.1 },
    ];
    for (const entry of entries) {
      log.record(entry);
      clock.advance(1000);
    }
    log.close();

    const rows = readRows(file);
    expect(rows.map((r) => [r.channel, r.chat_type, r.question, r.outcome, r.kind])).toEqual([
      ['telegram', 'private', '累计签约金额是多少？', 'answered', answers.answered.kind],
      ['wechat', 'group', '这次对接活动分成几步走的', 'suggested', 'none'],
      ['console', 'private', '宿州学院的录取分数线是多少', 'refused', 'none'],
      ['telegram', 'group', '你好', 'usage', 'none'],
    ]);
    expect(rows[0]).toMatchObject({ release_id: answers.answered.citation!.releaseId, score: answers.answered.score, latency_ms: 1.25, asked_at: Date.parse('2024-01-07T10:00:00+08:00') });
    expect(rows.map((r) => r.asked_at)).toEqual([0, 1, 2, 3].map((i) => Date.parse('2024-01-07T10:00:00+08:00') + i * 1000));
    expect(rows.slice(1).map((r) => r.release_id)).toEqual([null, null, null]);
    expect(logger.warnings).toEqual([]);
  });

  it('never stores who asked, only a salted hash that is the same for one person on one channel', () => {
    const { file, log } = setup({ salt: 'secret-salt' });
    const telegramId = '987654321';
    log.record({ channel: 'telegram', chatType: 'private', asker: telegramId, answer: answers.answered, latencyMs: 1 });
    log.record({ channel: 'telegram', chatType: 'group', asker: telegramId, answer: answers.refused, latencyMs: 1 });
    log.record({ channel: 'wechat', chatType: 'private', asker: telegramId, answer: answers.refused, latencyMs: 1 });
    log.close();

    const [first, second, third] = readRows(file).map((r) => r.asker as string);
    expect(first).toMatch(/^[0-9a-f]{32}$/u);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
    expect(first).toBe(hashAsker('secret-salt', 'telegram', telegramId));
    expect(first).not.toBe(hashAsker('another-salt', 'telegram', telegramId));
    // Not in any column, nor anywhere in the file (WAL checkpointed into it by close).
    expect(readFileSync(file).includes(Buffer.from(telegramId))).toBe(false);
  });

  it('records no asker when LOG_SALT is not set, and says so once', () => {
    const { file, logger, log } = setup({ env: { LOG_SALT: '' } });
    for (let i = 0; i < 3; i++) log.record({ channel: 'telegram', chatType: 'private', asker: String(i), answer: answers.answered, latencyMs: 1 });
    log.close();
    expect(readRows(file).map((r) => r.asker)).toEqual([null, null, null]);
    expect(logger.warnings).toEqual(['question log: LOG_SALT is not set, so who asked is not recorded']);
  });

  it('takes the salt from LOG_SALT in the environment', () => {
    const { file, log } = setup({ env: { LOG_SALT: 'from-the-environment' } });
    log.record({ channel: 'wechat', chatType: 'private', asker: 'wxid_1', answer: answers.answered, latencyMs: 1 });
    log.close();
    expect(readRows(file)[0]!.asker).toBe(hashAsker('from-the-environment', 'wechat', 'wxid_1'));
  });

  it('records nothing and creates no file when QA_LOG is off', async () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const log = openQuestionLog({ path: file, env: { QA_LOG: 'off' } });
    log.record({ channel: 'console', chatType: 'private', answer: answers.answered, latencyMs: 1 });
    await nextTurn();
    log.close();
    expect(log.enabled).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it('writes off the answering path: the row lands on the next turn of the event loop', async () => {
    const { file, log } = setup();
    log.record({ channel: 'console', chatType: 'private', answer: answers.answered, latencyMs: 1 });
    expect(readRows(file)).toHaveLength(0);
    await nextTurn();
    expect(readRows(file)).toHaveLength(1);
    log.close();
  });

  it('writes every question once when hundreds of chats are answered concurrently', async () => {
    const { file, clock, log } = setup({ salt: 's' });
    const questions = Array.from({ length: 300 }, (_, i) => i);
    // Each simulated chat waits a different number of turns before its answer is logged, as replies interleave.
    await Promise.all(
      questions.map(async (i) => {
        for (let turn = 0; turn < (i * 7) % 5; turn++) await nextTurn();
        clock.advance(1);
        log.record({ channel: i % 2 === 0 ? 'telegram' : 'wechat', chatType: 'group', asker: `user-${i}`, answer: { ...answers.refused, question: `问题 ${i}` }, latencyMs: i });
      }),
    );
    await nextTurn();
    const rows = readRows(file);
    log.close();
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r.question)).size).toBe(300);
    expect(new Set(rows.map((r) => r.asker)).size).toBe(300);
  });

  it('turns a malformed entry into one warning and never throws', () => {
    const { file, logger, log } = setup();
    const bad = [null, {}, { channel: 'telegram', chatType: 'channel', answer: answers.answered, latencyMs: 1 }, { channel: 'Tele gram', chatType: 'private', answer: answers.answered, latencyMs: 1 }];
    for (const entry of bad) expect(() => log.record(entry as unknown as QuestionLogEntry)).not.toThrow();
    log.record({ channel: 'console', chatType: 'private', answer: answers.answered, latencyMs: Number.NaN });
    log.close();
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(/^question log: ignored an entry/u);
    expect(readRows(file).map((r) => r.latency_ms)).toEqual([null]);
  });

  it('ignores questions recorded after it is closed', () => {
    const { file, log } = setup();
    log.close();
    expect(() => log.record({ channel: 'console', chatType: 'private', answer: answers.answered, latencyMs: 1 })).not.toThrow();
    expect(readRows(file)).toHaveLength(0);
  });
});
