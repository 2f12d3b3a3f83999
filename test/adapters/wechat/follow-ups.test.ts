import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/index.ts';
import { openQuestionLog, type QuestionLog } from '../../../src/log/index.ts';
import { bundledEngine } from '../../helpers/engine.ts';
import { attachAdapter, BOT_NAME, deliveredSince, mark, say, startMockWorld, type MockWorld, type TestAdapter } from './harness.ts';

let engine: Engine;
let world: MockWorld;
let t: TestAdapter;
let log: QuestionLog;
let dbPath: string;

beforeAll(async () => {
  engine = await bundledEngine();
  world = await startMockWorld();
  dbPath = path.join(await mkdtemp(path.join(tmpdir(), 'wechat-follow-ups-')), 'questions.db');
  log = openQuestionLog({ path: dbPath, enabled: true, logger: { warn: () => {} } });
}, 30_000);

afterEach(() => t?.detach());

afterAll(async () => {
  log.close();
  await world?.stop();
});

const AT = '\u2005';

describe('follow-up questions in WeChat', () => {
  it('reads each person\'s follow-ups with their own last question, two people in one room interleaved', async () => {
    t = attachAdapter(world, engine, {}, { questionLog: log });
    const alice = world.person('钱记者');
    const bob = world.person('孙记者');
    const room = world.room('跟进群', [alice, bob]);
    const ask = async (who: typeof alice, text: string) => {
      const before = mark(world);
      await t.outcomeOf(say(world, who, `@${BOT_NAME}${AT}${text}`, room, [world.botUser]));
      return deliveredSince(world, before).map((m) => m.text).join('\n');
    };
    await ask(alice, '谁作的报告？');
    await ask(bob, '走访了几家企业');
    const aliceFollowUp = await ask(alice, '他是哪个单位的？');
    const bobFollowUp = await ask(bob, '详细说说');

    // The reply @-mentions the asker, then says first how it read the message.
    expect(aliceFollowUp).toMatch(/^@钱记者\s（接上题：李克强.*）\n/u);
    expect(bobFollowUp).toContain('第一阶段进行技术需求征集');
    expect(bobFollowUp).not.toContain('李克强');

    log.flush();
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT question, understood, chat_type FROM questions ORDER BY id').all() as { question: string; understood: string | null; chat_type: string }[];
    db.close();
    expect(rows.find((r) => r.question === '他是哪个单位的？')).toMatchObject({ chat_type: 'group', understood: expect.stringMatching(/^李克强/u) });
  });

  it('keeps a person\'s room conversation apart from their direct chat and from another room', async () => {
    t = attachAdapter(world, engine);
    const carol = world.person('李记者');
    const roomA = world.room('甲群', [carol]);
    const roomB = world.room('乙群', [carol]);
    await t.outcomeOf(say(world, carol, `@${BOT_NAME}${AT}谁作的报告？`, roomA, [world.botUser]));

    const elsewhere = mark(world);
    await t.outcomeOf(say(world, carol, '他是哪个单位的？', world.botUser));
    await t.outcomeOf(say(world, carol, `@${BOT_NAME}${AT}他是哪个单位的？`, roomB, [world.botUser]));
    expect(deliveredSince(world, elsewhere).some((m) => m.text.includes('接上题'))).toBe(false);

    const here = mark(world);
    await t.outcomeOf(say(world, carol, `@${BOT_NAME}${AT}他是哪个单位的？`, roomA, [world.botUser]));
    expect(deliveredSince(world, here)[0]!.text).toMatch(/^@李记者\s（接上题：李克强/u);
  });
});
