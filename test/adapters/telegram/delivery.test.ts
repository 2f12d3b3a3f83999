import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/index.ts';
import { FAILURES } from './fake-bot-api.ts';
import { startHarness, sentMessages, type Harness } from './harness.ts';
import { messageUpdate, person, privateChat, supergroup } from './updates.ts';

let engine: Engine;
let h: Harness | undefined;
beforeAll(async () => {
  engine = await createEngine();
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const gina = person(901);
const chat = privateChat(gina);
const question = '累计签约金额是多少？';

describe('Telegram adapter delivery', () => {
  it('waits out a 429 with retry_after: 1 and delivers the answer exactly once', async () => {
    h = await startHarness(engine);
    h.fake.failNext('sendMessage', FAILURES.tooManyRequests(1));
    const started = Date.now();
    await h.deliver(messageUpdate(h.fake, chat, gina, question));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(sentMessages(h.fake, chat.id)).toHaveLength(1);
    expect(sentMessages(h.fake, chat.id)[0]!.visibleText).toContain('535.35万元');
  });

  it('retries after a 500 and delivers the answer once', async () => {
    h = await startHarness(engine);
    h.fake.failNext('sendMessage', FAILURES.internalError());
    await h.deliver(messageUpdate(h.fake, chat, gina, question));
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([500, 200]);
    expect(sentMessages(h.fake, chat.id)).toHaveLength(1);
  }, 15_000);

  it('retries when the connection drops and delivers the answer once', async () => {
    h = await startHarness(engine);
    h.fake.failNext('sendMessage', FAILURES.dropConnection());
    await h.deliver(messageUpdate(h.fake, chat, gina, question));
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([0, 200]);
    expect(sentMessages(h.fake, chat.id)).toHaveLength(1);
  });

  it('logs a reply that still fails with the chat id and keeps serving others', async () => {
    h = await startHarness(engine);
    h.fake.failNext('sendMessage', FAILURES.blocked());
    await h.deliver(messageUpdate(h.fake, chat, gina, question));
    expect(sentMessages(h.fake, chat.id)).toEqual([]);
    const failure = h.logs.find((line) => line.includes('reply failed'));
    // A private chat's id is the person's id: logged only as its hash.
    expect(failure).toMatch(/ chat=u:[0-9a-f]{12} /u);
    expect(failure).not.toContain(`chat=${chat.id}`);
    expect(failure).toContain('bot was blocked by the user');

    const hank = person(902);
    await h.deliver(messageUpdate(h.fake, privateChat(hank), hank, question));
    expect(sentMessages(h.fake, hank.id)).toHaveLength(1);
  });

  it('apologises for an update whose handler fails and answers the next one', async () => {
    // The real engine, made to fail on one question: stands in for any bug in a handler.
    const failing: Engine = Object.assign(Object.create(engine) as Engine, {
      converse: (conversation: string, q: string) => {
        if (q === '引发故障') throw new Error('boom');
        return engine.converse(conversation, q);
      },
    });
    h = await startHarness(failing);
    await h.deliver(messageUpdate(h.fake, chat, gina, '引发故障'));
    await h.deliver(messageUpdate(h.fake, chat, gina, question));
    const replies = sentMessages(h.fake, chat.id);
    expect(replies).toHaveLength(2);
    expect(replies[0]!.visibleText).toBe('抱歉，处理您的问题时出错了，请稍后再试。');
    expect(replies[1]!.visibleText).toContain('累计签约金额：535.35万元');
    const logged = h.logs.find((line) => line.includes('handler failed'));
    expect(logged).toMatch(/update=\d+ chat=u:[0-9a-f]{12} error="Error: boom"/u);
  });

  it('does not apologise in a group for a failure on a message that was not for it', async () => {
    const failing: Engine = Object.assign(Object.create(engine) as Engine, {
      converse: () => {
        throw new Error('boom');
      },
    });
    h = await startHarness(failing);
    const group = supergroup(-100_901);
    await h.deliver(messageUpdate(h.fake, group, gina, '引发故障'));
    expect(h.fake.callsInChat(group.id)).toEqual([]);
    await h.deliver(messageUpdate(h.fake, group, gina, '/ask 引发故障'));
    expect(sentMessages(h.fake, group.id).map((r) => r.visibleText)).toEqual(['抱歉，处理您的问题时出错了，请稍后再试。']);
  });

  it('sends a flooding user one polite notice, then silence, while others are answered', async () => {
    h = await startHarness(engine, { botOptions: { rateLimit: { limit: 3, windowMs: 60_000 } } });
    for (let i = 0; i < 6; i++) await h.deliver(messageUpdate(h.fake, chat, gina, question));
    const texts = sentMessages(h.fake, chat.id).map((r) => r.visibleText);
    expect(texts).toHaveLength(4);
    expect(texts.slice(0, 3).every((t) => t?.includes('535.35万元'))).toBe(true);
    expect(texts[3]).toBe('您提问太快了，请稍等一会儿再问。');

    const ivan = person(903);
    await h.deliver(messageUpdate(h.fake, privateChat(ivan), ivan, question));
    expect(sentMessages(h.fake, ivan.id)).toHaveLength(1);
  });

  it('finishes the update in hand when stopped, then exits 0', async () => {
    h = await startHarness(engine);
    h.fake.failNext('sendMessage', FAILURES.slow(300));
    h.fake.pushUpdate(messageUpdate(h.fake, chat, gina, question));
    await h.fake.waitFor(() => h!.fake.inFlight.has('sendMessage'));
    const fake = h.fake;
    const code = await h.stop();
    h = undefined;
    expect(code).toBe(0);
    expect(sentMessages(fake, chat.id)).toHaveLength(1);
  });

  it('ends with a clear message and exit code 1 when another instance is polling (409)', async () => {
    h = await startHarness(engine, { expectFailure: true, beforeStart: (fake) => fake.failNext('getUpdates', FAILURES.conflict()) });
    const exit = (h as Harness & { exit: Promise<number> }).exit;
    expect(await exit).toBe(1);
    expect(h.logs.some((line) => line.includes('Another instance is already receiving this bot') && line.includes('--webhook'))).toBe(true);
  });

  it('ends with a clear message and exit code 1 when the token is revoked (401)', async () => {
    h = await startHarness(engine, { expectFailure: true, beforeStart: (fake) => fake.failNext('getMe', FAILURES.unauthorized()) });
    const exit = (h as Harness & { exit: Promise<number> }).exit;
    expect(await exit).toBe(1);
    const line = h.logs.find((l) => l.includes('Telegram rejected the bot token'));
    expect(line).toContain('@BotFather');
    expect(line).toContain('TELEGRAM_BOT_TOKEN');
  });
});
