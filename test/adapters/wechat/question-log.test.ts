import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/index.ts';
import { openQuestionLog, type QuestionLog } from '../../../src/log/index.ts';
import { bundledEngine } from '../../helpers/engine.ts';
import { attachAdapter, BOT_NAME, say, startMockWorld, type MockWorld } from './harness.ts';

let engine: Engine;
let world: MockWorld;
let log: QuestionLog;
let dbPath: string;

beforeAll(async () => {
  engine = await bundledEngine();
  world = await startMockWorld();
  dbPath = path.join(await mkdtemp(path.join(tmpdir(), 'wechat-log-')), 'questions.db');
  log = openQuestionLog({ path: dbPath, enabled: true, salt: 'test-salt', logger: { warn: () => {} } });
}, 30_000);

afterAll(async () => {
  log.close();
  await world?.stop();
});

describe('WeChat questions in the question log', () => {
  it('records direct and room questions with channel, chat type and a hashed asker, never the WeChat id', async () => {
    const t = attachAdapter(world, engine, {}, { questionLog: log });
    const alice = world.person('小李');
    await t.outcomeOf(say(world, alice, '累计签约金额是多少？', world.botUser));
    const room = world.room('记者群', [alice]);
    await t.outcomeOf(say(world, alice, `@${BOT_NAME}\u2005宿州学院有几个校区`, room, [world.botUser]));
    t.detach();
    log.flush();

    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT channel, chat_type, asker, question, outcome FROM questions ORDER BY id').all() as Record<string, string>[];
    db.close();
    expect(rows.map((r) => [r.channel, r.chat_type, r.outcome])).toEqual([
      ['wechat', 'private', 'answered'],
      ['wechat', 'group', 'refused'],
    ]);
    expect(rows[0]!.question).toBe('累计签约金额是多少？');
    expect(rows[0]!.asker).toMatch(/^[0-9a-f]{32}$/u);
    expect(rows[0]!.asker).toBe(rows[1]!.asker);
    expect(JSON.stringify(rows)).not.toContain(alice.id);
  });
});
