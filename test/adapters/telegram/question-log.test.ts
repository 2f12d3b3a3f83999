import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/index.ts';
import { openQuestionLog, type QuestionLog } from '../../../src/log/index.ts';
import { startHarness, sentMessages, type Harness } from './harness.ts';
import { messageUpdate, person, privateChat, supergroup } from './updates.ts';

let engine: Engine;
let log: QuestionLog;
let dbPath: string;
let h: Harness | undefined;

beforeAll(async () => {
  engine = await createEngine();
  dbPath = path.join(await mkdtemp(path.join(tmpdir(), 'telegram-log-')), 'questions.db');
  log = openQuestionLog({ path: dbPath, enabled: true, salt: 'test-salt', logger: { warn: () => {} } });
});

afterAll(async () => {
  await h?.stop();
  log.close();
});

describe('Telegram questions in the question log', () => {
  it('records private and group questions with a hashed asker, never the Telegram id', async () => {
    h = await startHarness(engine, { botOptions: { questionLog: log } });
    const carol = person(77_001);
    await h.deliver(messageUpdate(h.fake, privateChat(carol), carol, '累计签约金额是多少？'));
    const group = supergroup(-100_77);
    await h.deliver(messageUpdate(h.fake, group, carol, '/ask 宿州学院有几个校区'));
    expect(sentMessages(h.fake, group.id)).toHaveLength(1);
    log.flush();

    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT channel, chat_type, asker, question, outcome, release_id FROM questions ORDER BY id').all() as Record<string, string | null>[];
    db.close();
    expect(rows.map((r) => [r.channel, r.chat_type, r.outcome])).toEqual([
      ['telegram', 'private', 'answered'],
      ['telegram', 'group', 'refused'],
    ]);
    expect(rows[0]!.release_id).toBe('2023-12-29-suzhou-shuangchuanghui');
    expect(rows[1]!.question).toBe('宿州学院有几个校区');
    expect(rows[0]!.asker).toMatch(/^[0-9a-f]{32}$/u);
    expect(JSON.stringify(rows)).not.toContain('77001');
  });
});
