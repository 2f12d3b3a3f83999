import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_PLACEHOLDER, scrubPersonalIds, type Engine } from '../../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import { openLogDatabase, openQuestionLog } from '../../src/log/index.ts';
import { runReport } from '../../src/report/run.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { PUBLIC_EVAL } from '../helpers/paths.ts';
import { readRows, recordingLogger, tempDir } from '../log/helpers.ts';

/** The question from the issue: two people mentioned and the bot, around a real question. */
const MENTIONS = '@alice 签约金额多少 @bot 谢谢 @bob_12345';
const NAMES = ['alice', 'bob_12345', '@bot', '12345'];

let engine: Engine;
let temp: ReturnType<typeof tempDir>;
beforeAll(async () => {
  engine = await bundledEngine();
  temp = tempDir('qa-scrub-');
});
afterAll(() => temp.cleanup());

describe('scrubbing handles and ids from a question', () => {
  it.each([
    [MENTIONS, '@某人 签约金额多少 @某人 谢谢 @某人'],
    ['@张三\u2005签约金额多少', '@某人\u2005签约金额多少'],
    ['请问@王五 签约项目有几个', '请问@某人 签约项目有几个'],
    ['@bob签约金额', '@某人签约金额'],
    ['wxid_abc123def 问录取分数线', '@某人 问录取分数线'],
    ['12345678@chatroom 里有人问', '某群 里有人问'],
    ['@0123456789abcdef0123456789abcdef 你好', '@某人 你好'],
    ['用户ID：123456789 想问签约金额', '用户ID：某号 想问签约金额'],
    ['t.me/alice 和 https://t.me/bob 问 tg://user?id=42', '@某人 和 @某人 问 @某人'],
  ])('turns %j into %j', (question, scrubbed) => {
    expect(scrubPersonalIds(question)).toBe(scrubbed);
  });

  it('leaves e-mail addresses, figures, dates and every question of the public eval as they are', () => {
    for (const text of ['联系 press@example.com', '累计签约金额535.35万元', '2023年12月29日的发布会', 'id 是什么意思']) expect(scrubPersonalIds(text)).toBe(text);
    const questions = (JSON.parse(readFileSync(PUBLIC_EVAL, 'utf8')) as { q: string }[]).map((q) => q.q);
    expect(questions.length).toBeGreaterThan(30);
    for (const q of questions) expect(scrubPersonalIds(q)).toBe(q);
  });

  it('changes nothing when applied again, whatever the text', () => {
    const pieces = fc.constantFrom('@', '@@', '@某人', '某群', '某号', 'alice', '张三', '\u2005', ' ', 'wxid_', '123456789', '@chatroom', 'id:', 'uid=', '签约', 't.me/', 'tg://user?id=', '.', '_', '-', '0123456789abcdef01', '.com', 'x@y.cn');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const once = scrubPersonalIds(parts.join(''));
        expect(scrubPersonalIds(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a question with other people in it', () => {
  it('is answered as if they were not there, and the answer carries the scrubbed question', () => {
    const answer = engine.answer(MENTIONS);
    const without = engine.answer('签约金额多少 谢谢');
    expect(answer.question).toBe('@某人 签约金额多少 @某人 谢谢 @某人');
    expect({ band: answer.band, kind: answer.kind, score: answer.score, text: answer.text }).toEqual({ band: without.band, kind: without.kind, score: without.score, text: without.text });
  });

  it('is refused without echoing the handles it held', () => {
    const answer = engine.answer('@alice 宿州学院的录取分数线是多少 @bob_12345');
    expect(answer.band).toBe('refuse');
    expect(answer.text).toContain('分数线');
    for (const name of ['alice', 'bob', '12345', PERSON_PLACEHOLDER, '某人']) expect(answer.text).not.toContain(name);
  });

  it('reaches the log scrubbed, even from an answer the engine did not scrub', () => {
    const file = path.join(temp.dir, 'log.db');
    const log = openQuestionLog({ path: file, env: {}, salt: 'scrub-test-salt-0123', logger: recordingLogger() });
    log.record({ channel: 'telegram', chatType: 'group', asker: '42', answer: engine.answer(MENTIONS), latencyMs: 1 });
    log.record({ channel: 'wechat', chatType: 'group', asker: 'wxid_x', answer: { ...engine.answer('签约金额多少'), question: MENTIONS }, latencyMs: 1 });
    log.close();
    expect(readRows(file).map((r) => r.question)).toEqual(['@某人 签约金额多少 @某人 谢谢 @某人', '@某人 签约金额多少 @某人 谢谢 @某人']);
    const bytes = readFileSync(file);
    for (const name of NAMES) expect(bytes.includes(Buffer.from(name))).toBe(false);
  });

  it('is reported and exported as an FAQ draft scrubbed, even when an older bot logged it whole', async () => {
    const file = path.join(temp.dir, 'old.db');
    const db = openLogDatabase(file);
    const insert = db.prepare(`INSERT INTO questions (asked_at, channel, chat_type, asker, question, outcome, kind, release_id, score, latency_ms)
                               VALUES (?, 'telegram', 'group', NULL, ?, ?, 'none', NULL, 0.1, 1)`);
    const at = Date.parse('2024-01-07T10:00:00+08:00');
    insert.run(at, '@alice 宿州学院有几个校区 @bob_12345', 'refused');
    insert.run(at + 1000, 'wxid_abc123def 宿州学院有几个校区', 'refused');
    insert.run(at + 2000, MENTIONS, 'answered');
    db.close();

    const drafts = path.join(temp.dir, 'drafts.yaml');
    const result = await runReport({
      db: file, since: '7d', timeZone: 'Asia/Shanghai', top: 10, html: path.join(temp.dir, 'report.html'), exportUnanswered: drafts,
      knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR], now: Date.parse('2024-01-07T20:00:00+08:00'), warn: () => {},
    });
    const outputs = { text: result.text, html: readFileSync(result.htmlFile!, 'utf8'), drafts: readFileSync(drafts, 'utf8') };
    for (const [what, output] of Object.entries(outputs)) {
      expect(output, what).toContain('@某人 宿州学院有几个校区');
      for (const name of [...NAMES, 'wxid_abc123def']) expect(output, what).not.toContain(name);
    }
  });
});
