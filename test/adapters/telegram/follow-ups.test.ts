import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/index.ts';
import { openQuestionLog, type QuestionLog } from '../../../src/log/index.ts';
import { bundledEngine } from '../../helpers/engine.ts';
import { startHarness, sentMessages, type Harness } from './harness.ts';
import { messageUpdate, person, privateChat, supergroup } from './updates.ts';

// One engine for the file; one bot and one fake Bot API per test, so no test sees another's conversations.
let engine: Engine;
let h: Harness | undefined;
let log: QuestionLog;
let dbPath: string;
beforeAll(async () => {
  engine = await bundledEngine();
  dbPath = path.join(await mkdtemp(path.join(tmpdir(), 'telegram-follow-ups-')), 'questions.db');
  log = openQuestionLog({ path: dbPath, enabled: true, logger: { warn: () => {} } });
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(() => log.close());

/** The visible text of the last reply in a chat. */
function lastReply(chatId: number): string {
  return sentMessages(h!.fake, chatId).at(-1)!.visibleText!;
}

describe('follow-up questions in Telegram', () => {
  it('reads each chat\'s follow-ups with that chat\'s last question, two chats interleaved', async () => {
    h = await startHarness(engine, { botOptions: { questionLog: log } });
    const alice = person(3101);
    const bob = person(3102);
    const [aliceChat, bobChat] = [privateChat(alice), privateChat(bob)];
    await h.deliver(messageUpdate(h.fake, aliceChat, alice, '谁作的报告？'));
    await h.deliver(messageUpdate(h.fake, bobChat, bob, '走访了几家企业'));
    await h.deliver(messageUpdate(h.fake, aliceChat, alice, '他是哪个单位的？'));
    await h.deliver(messageUpdate(h.fake, bobChat, bob, '详细说说'));

    // Said first, in the core's words, so a wrong reading is visible.
    expect(lastReply(aliceChat.id).split('\n')[0]).toMatch(/^（接上题：李克强.*）$/u);
    expect(lastReply(bobChat.id)).toContain('第一阶段进行技术需求征集');
    expect(lastReply(bobChat.id)).not.toContain('李克强');
    // A chat that asked nothing before has no context to borrow from the others.
    const carol = person(3103);
    await h.deliver(messageUpdate(h.fake, privateChat(carol), carol, '他是哪个单位的？'));
    expect(lastReply(carol.id)).not.toContain('接上题');

    log.flush();
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT question, understood FROM questions ORDER BY id').all() as { question: string; understood: string | null }[];
    db.close();
    expect(rows.find((r) => r.question === '他是哪个单位的？' && r.understood !== null)?.understood).toMatch(/^李克强/u);
    expect(rows.find((r) => r.question === '详细说说')).toBeDefined();
  });

  it('reads a group as one conversation: one member\'s follow-up continues another\'s question', async () => {
    h = await startHarness(engine);
    const group = supergroup(-100_3201);
    await h.deliver(messageUpdate(h.fake, group, person(3201), '/ask 谁作的报告？'));
    await h.deliver(messageUpdate(h.fake, group, person(3202), '/ask 他是哪个单位的？'));
    expect(lastReply(group.id)).toMatch(/^（接上题：李克强/u);
  });

  it('keeps the topics of a forum group apart', async () => {
    h = await startHarness(engine);
    const forum = supergroup(-100_3301, { is_forum: true });
    const inTopic = (topic: number) => ({ extra: { message_thread_id: topic, is_topic_message: true } });
    await h.deliver(messageUpdate(h.fake, forum, person(3301), '/ask 谁作的报告？', inTopic(11)));
    await h.deliver(messageUpdate(h.fake, forum, person(3302), '/ask 他是哪个单位的？', inTopic(12)));
    expect(lastReply(forum.id)).not.toContain('接上题');
    await h.deliver(messageUpdate(h.fake, forum, person(3302), '/ask 他是哪个单位的？', inTopic(11)));
    expect(lastReply(forum.id)).toMatch(/^（接上题：李克强/u);
  });

  it('forgets a chat\'s context at /start', async () => {
    h = await startHarness(engine);
    const dave = person(3401);
    const chat = privateChat(dave);
    await h.deliver(messageUpdate(h.fake, chat, dave, '谁作的报告？'));
    await h.deliver(messageUpdate(h.fake, chat, dave, '/start'));
    await h.deliver(messageUpdate(h.fake, chat, dave, '他是哪个单位的？'));
    expect(lastReply(chat.id)).not.toContain('接上题');
  });
});
