/**
 * The bot against a Bot API that misbehaves the way networks and Telegram do: answers cut off, connections
 * dropped after the message went out, 5xx after delivery, calls that never return, 429s, outages. The figures
 * each test prints are from this run; the assertions are orderings and generous bounds, not targets.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toScript, type Engine } from '../../../src/index.ts';
import { defaultDeliveryConfig, type DeliveryConfig } from '../../../src/index.ts';
import { bundledEngine } from '../../helpers/engine.ts';
import { FAILURES, type FakeBotApi } from './fake-bot-api.ts';
import { idInLog, startHarness, type Harness, type HarnessOptions } from './harness.ts';
import { messageUpdate, person, privateChat } from './updates.ts';

let engine: Engine;
let h: Harness | undefined;
beforeAll(async () => {
  engine = await bundledEngine();
  // The first answer and the adapter's first script check load OpenCC's tables (~1 s here, once per process);
  // warmed here so the figures below are about the faults.
  engine.answer(QUESTION);
  toScript(QUESTION, 'traditional');
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const QUESTION = '累计签约金额是多少？';
const DUPLICATE_WARNING = 'the chat may get it twice';

function start(delivery: Partial<DeliveryConfig> = {}, options: HarnessOptions = {}) {
  return startHarness(engine, { ...options, config: { delivery: { ...defaultDeliveryConfig, ...delivery }, ...options.config } });
}

/** A person in a private chat with the bot; their id is also the chat id. */
function asker(id: number) {
  const user = person(id);
  return { user, chat: privateChat(user) };
}

/** Pushes a question from each asker at once (as Telegram hands them over in one batch) and returns when each was pushed. */
function askAll(fake: FakeBotApi, askers: ReturnType<typeof asker>[]): { id: number; at: number }[] {
  return askers.map(({ user, chat }) => ({ id: fake.pushUpdate(messageUpdate(fake, chat, user, QUESTION)), at: Date.now() }));
}

/** Milliseconds from a question to the first delivery of a reply in its chat. */
function answeredAfter(fake: FakeBotApi, chatId: number, askedAt: number): number {
  const [first] = fake.delivered('sendMessage', chatId);
  if (!first) throw new Error(`chat ${chatId} got no reply`);
  return first.at - askedAt;
}

describe('Telegram adapter under faults', () => {
  it('answers other chats within seconds while one chat’s answer is cut off, and delivers that answer once', async () => {
    h = await start();
    const [cut, ...others] = [1501, 1502, 1503, 1504].map(asker);
    h.fake.failNext('sendMessage', FAILURES.cutOffAfterDelivery(), { chatId: cut!.chat.id });
    const asked = askAll(h.fake, [cut!, ...others]);
    await Promise.all(asked.map(({ id }) => h!.handled(id)));

    const waits = others.map((o, i) => answeredAfter(h!.fake, o.chat.id, asked[i + 1]!.at));
    console.log(`cut-off answer: other chats answered after ${waits.join(', ')} ms`);
    for (const wait of waits) expect(wait).toBeLessThan(5000);
    expect(h.fake.delivered('sendMessage', cut!.chat.id)).toHaveLength(1);
    expect(h.logs.some((l) => l.includes("reply delivered; Telegram's answer was lost") && l.includes(`chat=${idInLog(cut!.chat.id)}`))).toBe(true);
    expect(h.logs.some((l) => l.includes(DUPLICATE_WARNING))).toBe(false);
  });

  it('answers other chats while one chat waits out a 429 with retry_after 8, then answers that chat once', async () => {
    h = await start();
    const [slow, ...others] = [1511, 1512, 1513, 1514, 1515, 1516].map(asker);
    h.fake.failNext('sendMessage', FAILURES.tooManyRequests(8), { chatId: slow!.chat.id });
    const asked = askAll(h.fake, [slow!, ...others]);
    await Promise.all(asked.map(({ id }) => h!.handled(id, 30_000)));

    const waits = others.map((o, i) => answeredAfter(h!.fake, o.chat.id, asked[i + 1]!.at));
    const slowWait = answeredAfter(h.fake, slow!.chat.id, asked[0]!.at);
    console.log(`429 retry_after 8 in one chat: that chat answered after ${slowWait} ms; the other five after ${waits.join(', ')} ms`);
    expect(slowWait).toBeGreaterThanOrEqual(8000);
    for (const wait of waits) expect(wait).toBeLessThan(slowWait - 3000);
    expect(h.fake.delivered('sendMessage', slow!.chat.id)).toHaveLength(1);
  }, 40_000);

  it('keeps one chat’s updates in order while another chat is answered in between', async () => {
    h = await start();
    const a = asker(1521);
    const b = asker(1522);
    h.fake.failNext('sendMessage', FAILURES.slow(1500), { chatId: a.chat.id });
    const first = h.fake.pushUpdate(messageUpdate(h.fake, a.chat, a.user, '累计签约金额是多少？'));
    const second = h.fake.pushUpdate(messageUpdate(h.fake, a.chat, a.user, '活动什么时候举办的'));
    const other = h.fake.pushUpdate(messageUpdate(h.fake, b.chat, b.user, QUESTION));
    await Promise.all([first, second, other].map((id) => h!.handled(id)));

    const inA = h.fake.delivered('sendMessage', a.chat.id).map((c) => c.visibleText);
    expect(inA).toHaveLength(2);
    expect(inA[0]).toContain('535.35万元');
    expect(inA[1]).toContain('2023年5月23日');
    // B's answer went out while A's first answer was still held by the slow Bot API.
    const bDone = h.fake.calls.indexOf(h.fake.delivered('sendMessage', b.chat.id)[0]!);
    const aFirstDone = h.fake.calls.indexOf(h.fake.delivered('sendMessage', a.chat.id)[0]!);
    expect(bDone).toBeLessThan(aFirstDone);
  });

  it('handles at most TELEGRAM_CONCURRENCY updates at once', async () => {
    h = await start({ concurrency: 2 });
    const askers = [1531, 1532, 1533, 1534, 1535].map(asker);
    for (const { chat } of askers) h.fake.failNext('sendMessage', FAILURES.slow(400), { chatId: chat.id });
    const asked = askAll(h.fake, askers);
    await Promise.all(asked.map(({ id }) => h!.handled(id)));
    console.log(`concurrency 2: at most ${h.fake.maxConcurrent.get('sendMessage')} answers in flight at once`);
    expect(h.fake.maxConcurrent.get('sendMessage')).toBe(2);
    for (const { chat } of askers) expect(h.fake.delivered('sendMessage', chat.id)).toHaveLength(1);
  });

  it('gives up on a call that gets no answer after the request timeout, sends it again once with a log line, and answers other chats meanwhile', async () => {
    h = await start({ requestTimeoutSeconds: 3 });
    const [hung, ...others] = [1541, 1542, 1543].map(asker);
    h.fake.failNext('sendMessage', FAILURES.hangAfterDelivery(), { chatId: hung!.chat.id });
    const asked = askAll(h.fake, [hung!, ...others]);
    await Promise.all(asked.map(({ id }) => h!.handled(id)));

    const hungDeliveries = h.fake.delivered('sendMessage', hung!.chat.id);
    const waits = others.map((o, i) => answeredAfter(h!.fake, o.chat.id, asked[i + 1]!.at));
    const resentAfter = hungDeliveries[1]!.at - asked[0]!.at;
    console.log(`no answer at all: resent after ${resentAfter} ms (timeout 3 s); other chats answered after ${waits.join(', ')} ms`);
    expect(resentAfter).toBeGreaterThanOrEqual(3000);
    for (const wait of waits) expect(wait).toBeLessThan(resentAfter);
    expect(hungDeliveries).toHaveLength(2);
    expect(h.logs.filter((l) => l.includes(DUPLICATE_WARNING) && l.includes(`chat=${idInLog(hung!.chat.id)}`))).toHaveLength(1);
  });

  it('logs every reply that may arrive twice: 20 askers, 5 of them hit by a fault', async () => {
    h = await start({ requestTimeoutSeconds: 3 });
    const askers = Array.from({ length: 20 }, (_, i) => asker(1600 + i));
    const faults = [
      FAILURES.cutOffAfterDelivery(),
      FAILURES.dropAfterDelivery(),
      FAILURES.internalErrorAfterDelivery(),
      FAILURES.hangAfterDelivery(),
      FAILURES.dropConnection(),
    ];
    faults.forEach((failure, i) => h!.fake.failNext('sendMessage', failure, { chatId: askers[i * 4]!.chat.id }));
    const asked = askAll(h.fake, askers);
    await Promise.all(asked.map(({ id }) => h!.handled(id)));

    const deliveries = askers.map(({ chat }) => h!.fake.delivered('sendMessage', chat.id).length);
    const warned = askers.filter(({ chat }) => h!.logs.some((l) => l.includes(DUPLICATE_WARNING) && l.includes(`chat=${idInLog(chat.id)}`)));
    const total = deliveries.reduce((a, b) => a + b, 0);
    console.log(`20 askers, 5 faults: ${total} deliveries; ${deliveries.filter((d) => d > 1).length} askers got two, ${warned.length} resends logged as possible duplicates`);
    expect(deliveries.every((d) => d >= 1 && d <= 2)).toBe(true);
    askers.forEach(({ chat }, i) => {
      if (deliveries[i]! > 1) expect(warned.map((w) => w.chat.id)).toContain(chat.id);
    });
    expect(total).toBeLessThanOrEqual(20 + warned.length);
  });

  it('drops an answer whose 429 asks to wait longer than the cap, with a log line, and answers the next one', async () => {
    h = await start({ maxRetryAfterSeconds: 2 });
    const a = asker(1551);
    h.fake.failNext('sendMessage', FAILURES.tooManyRequests(60), { chatId: a.chat.id });
    await h.deliver(messageUpdate(h.fake, a.chat, a.user, QUESTION));
    expect(h.fake.delivered('sendMessage', a.chat.id)).toHaveLength(0);
    expect(h.logs.some((l) => l.includes('reply failed') && l.includes(`chat=${idInLog(a.chat.id)}`) && l.includes('retry after 60'))).toBe(true);
    await h.deliver(messageUpdate(h.fake, a.chat, a.user, QUESTION));
    expect(h.fake.delivered('sendMessage', a.chat.id)).toHaveLength(1);
  });

  it('logs a Bot API outage once when it starts and once when it ends, and answers what was asked meanwhile', async () => {
    h = await start();
    const a = asker(1561);
    const started = Date.now();
    const outage = h.fake.outage(4000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const id = h.fake.pushUpdate(messageUpdate(h.fake, a.chat, a.user, QUESTION));
    await outage;
    await h.handled(id, 20_000);
    const down = h.logs.filter((l) => l.includes('Bot API unreachable'));
    const up = h.logs.filter((l) => l.includes('Bot API reachable again'));
    console.log(`4 s outage: answered ${Date.now() - started} ms after it began; log: ${[...down, ...up].map((l) => l.replace(/^\S+ /u, '')).join(' | ')}`);
    expect(down).toHaveLength(1);
    expect(up).toHaveLength(1);
    expect(h.fake.delivered('sendMessage', a.chat.id)).toHaveLength(1);
  });

  it('stops polling at once and exits within the grace period when a call hangs, naming the update cut short', async () => {
    h = await start({ stopGraceSeconds: 1 });
    const a = asker(1571);
    h.fake.failNext('sendMessage', FAILURES.hangAfterDelivery(), { chatId: a.chat.id });
    const id = h.fake.pushUpdate(messageUpdate(h.fake, a.chat, a.user, QUESTION));
    await h.fake.waitFor(() => h!.fake.inFlight.has('sendMessage'));
    const fake = h.fake;
    const logs = h.logs;
    const stoppedAt = Date.now();
    const code = await h.stop();
    const took = Date.now() - stoppedAt;
    h = undefined;
    console.log(`stop with a hung sendMessage and a 1 s grace period: ${took} ms`);
    expect(code).toBe(0);
    expect(took).toBeLessThan(6000);
    expect(logs.some((l) => l.includes('update cut short by the stop') && l.includes(`update=${id}`))).toBe(true);
    // No long poll after the stop; the one getUpdates after it only confirms the offset (timeout 0).
    const pollsAfter = fake.calls.filter((c) => c.method === 'getUpdates' && c.at > stoppedAt);
    expect(pollsAfter.map((c) => c.payload.timeout)).toEqual([0]);
    expect(pollsAfter[0]!.payload.offset).toBe(id + 1);
  });

  it('stops at once when asked while a start-up call hangs', async () => {
    h = await start({}, { expectFailure: true, beforeStart: (fake) => fake.failNext('setMyCommands', FAILURES.hangAfterDelivery()) });
    await h.fake.waitFor(() => h!.fake.inFlight.has('setMyCommands'));
    const stoppedAt = Date.now();
    const code = await h.stop();
    const took = Date.now() - stoppedAt;
    h = undefined;
    console.log(`stop during a hung setMyCommands: ${took} ms`);
    expect(code).toBe(0);
    expect(took).toBeLessThan(5000);
  });
});
