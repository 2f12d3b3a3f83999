import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../../src/index.ts';
import { bundledEngine } from '../../helpers/engine.ts';
import { renderAnswer } from '../../../adapters/wechat/render.ts';
import { attachAdapter, BOT_NAME, deliver, deliveredSince, mark, say, startMockWorld, type MockWorld, type TestAdapter } from './harness.ts';

let engine: Engine;
let world: MockWorld;
let t: TestAdapter;

beforeAll(async () => {
  engine = await bundledEngine();
  world = await startMockWorld();
}, 30_000);

afterAll(async () => {
  await world?.stop();
});

afterEach(() => {
  t?.detach();
  vi.restoreAllMocks();
});

const AT = '\u2005';
const LONG_QUESTION = '下一步有什么打算？';

describe('long answers', () => {
  it('splits a long answer on sentence boundaries into numbered parts sent in order', async () => {
    // The release's longest official answer is ~350 characters; a 150-character limit makes it split
    // the way a 1,500-character limit splits a longer one.
    t = attachAdapter(world, engine, {}, { maxMessageLength: 150 });
    const alice = world.person('长答案');
    const before = mark(world);
    await t.outcomeOf(say(world, alice, LONG_QUESTION, world.botUser));

    const sent = deliveredSince(world, before).map((m) => m.text);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    sent.forEach((text, i) => {
      expect(text.startsWith(`(${i + 1}/${sent.length}) `)).toBe(true);
      expect(text.length).toBeLessThanOrEqual(150);
    });
    // Every part but the last ends at a sentence or clause end, and together they are the whole answer, in order.
    for (const text of sent.slice(0, -1)) expect(text).toMatch(/[。！？；，、：\n」]$/u);
    const bodies = sent.map((text) => text.replace(/^\(\d+\/\d+\) /u, '')).join('');
    expect(bodies.replace(/\s/gu, '')).toBe(renderAnswer(engine.answer(LONG_QUESTION)).replace(/\s/gu, ''));
  });

  it('keeps room for the @mention so a room part stays within the limit, mentioning the asker once', async () => {
    t = attachAdapter(world, engine, {}, { maxMessageLength: 150 });
    const alice = world.person('长答案记者');
    const room = world.room('长答案群', [alice]);
    const before = mark(world);
    await t.outcomeOf(say(world, alice, `问：${LONG_QUESTION}`, room));

    const sent = deliveredSince(world, before).map((m) => m.text);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent[0]).toMatch(/^@长答案记者\s\(1\/\d\) /u);
    expect(sent.slice(1).every((text) => !text.startsWith('@'))).toBe(true);
    expect(sent.every((text) => text.length <= 150)).toBe(true);
  });

  it('sends an answer that fits whole and unnumbered at the default 1,500 characters', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('短答案');
    const before = mark(world);
    await t.outcomeOf(say(world, alice, LONG_QUESTION, world.botUser));

    const sent = deliveredSince(world, before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(renderAnswer(engine.answer(LONG_QUESTION)));
  });
});

describe('rate limits', () => {
  it('gives one person one notice over the limit, then silence until the window passes', async () => {
    t = attachAdapter(world, engine, { WECHAT_PERSON_LIMIT: '2', WECHAT_RATE_WINDOW_SECONDS: '60' });
    const alice = world.person('急性子');
    const before = mark(world);
    const ask = () => t.outcomeOf(deliver(world, alice, world.botUser, { text: '累计签约金额是多少？', timestamp: t.clock.now() }));

    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask()).status);
    expect(statuses).toEqual(['answered', 'answered', 'limited', 'limited']);
    const sent = deliveredSince(world, before).map((m) => m.text);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toBe('提问太频繁了，请稍等一分钟再问。');

    // The limiter (rate-limiter-flexible) reads the system clock: move Date, and the test clock with it.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_001 });
    try {
      expect((await ask()).status).toBe('answered');
    } finally {
      vi.useRealTimers();
    }
    expect(deliveredSince(world, before)).toHaveLength(4);
  });

  it('gives a busy room one notice over the room limit, then silence, whoever asks', async () => {
    t = attachAdapter(world, engine, { WECHAT_PERSON_LIMIT: '5', WECHAT_ROOM_LIMIT: '3' });
    const people = ['甲', '乙', '丙', '丁', '戊'].map((name) => world.person(`群友${name}`));
    const room = world.room('热闹群', people);
    const before = mark(world);

    const statuses = [];
    for (const person of people) {
      statuses.push((await t.outcomeOf(say(world, person, `问：累计签约金额是多少？`, room))).status);
    }
    expect(statuses).toEqual(['answered', 'answered', 'answered', 'limited', 'limited']);
    const sent = deliveredSince(world, before).map((m) => m.text);
    expect(sent).toHaveLength(4);
    expect(sent[3]).toBe('@群友丁 本群提问太频繁了，请稍等一分钟再问。');

    // The room limit does not reach direct chats.
    const direct = await t.outcomeOf(say(world, people[4]!, '累计签约金额是多少？', world.botUser));
    expect(direct.status).toBe('answered');
  });

  it('writes the notice in the asker\'s script', async () => {
    t = attachAdapter(world, engine, { WECHAT_PERSON_LIMIT: '1' });
    const alice = world.person('繁體用戶');
    const before = mark(world);
    await t.outcomeOf(say(world, alice, '累計簽約金額是多少？', world.botUser));
    await t.outcomeOf(say(world, alice, '累計簽約金額是多少？', world.botUser));

    expect(deliveredSince(world, before)[1]!.text).toBe('提問太頻繁了，請稍等一分鐘再問。');
  });
});

describe('errors', () => {
  it('logs a failed send with the message id, apologises, and answers the next message normally', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('倒霉蛋');
    // WeChat refusing one send is the failure; the mock puppet stands in for WeChat's servers.
    vi.spyOn(world.puppet, 'messageSendText').mockRejectedValueOnce(new Error('WeChat refused the message'));
    const before = mark(world);

    const failedId = say(world, alice, '累计签约金额是多少？', world.botUser);
    const failed = await t.outcomeOf(failedId);
    expect(failed.status).toBe('failed');
    expect(t.logs.some((line) => line.startsWith(`error message ${failedId}: send failed`) && line.includes('WeChat refused the message'))).toBe(true);
    expect(deliveredSince(world, before).map((m) => m.text)).toEqual(['抱歉，这条消息没能处理，请稍后再试。']);

    const next = await t.outcomeOf(say(world, alice, '累计签约金额是多少？', world.botUser));
    expect(next.status).toBe('answered');
    expect(deliveredSince(world, before)[1]!.text).toContain('535.35万元');
  });
});

describe('a send that hangs', () => {
  it('is given up after WECHAT_SEND_TIMEOUT_SECONDS and logged, and the next reply goes out instead of waiting behind it', async () => {
    t = attachAdapter(world, engine, { WECHAT_SEND_TIMEOUT_SECONDS: '1' });
    const alice = world.person('卡住的人');
    const bob = world.person('排在后面的人');
    // WeChat never acknowledging one send is the fault; the mock puppet stands in for WeChat's servers.
    vi.spyOn(world.puppet, 'messageSendText').mockImplementationOnce(() => new Promise(() => {}));
    const before = mark(world);
    const started = Date.now();
    const stuckId = say(world, alice, '累计签约金额是多少？', world.botUser);
    const nextId = say(world, bob, '累计签约金额是多少？', world.botUser);

    const stuck = await t.outcomeOf(stuckId);
    const next = await t.outcomeOf(nextId);
    const took = Date.now() - started;
    console.log(`a hung WeChat send with a 1 s timeout: the next chat answered after ${took} ms`);
    expect(stuck.status).toBe('failed');
    expect(next.status).toBe('answered');
    expect(took).toBeLessThan(10_000);
    expect(t.logs.some((line) => line.startsWith(`warn message ${stuckId}: a send timed out after 1000 ms`))).toBe(true);
    expect(deliveredSince(world, before).map((m) => m.listenerId)).toEqual([bob.id]);
  });

  it('does not hold the stop: waiting replies are dropped and stop() returns within the grace period', async () => {
    t = attachAdapter(world, engine, { WECHAT_SEND_TIMEOUT_SECONDS: '60', WECHAT_STOP_GRACE_SECONDS: '1' });
    const alice = world.person('停机时卡住的人');
    const bob = world.person('停机时排队的人');
    vi.spyOn(world.puppet, 'messageSendText').mockImplementationOnce(() => new Promise(() => {}));
    const stuckId = say(world, alice, '累计签约金额是多少？', world.botUser);
    const waitingId = say(world, bob, '累计签约金额是多少？', world.botUser);
    // Let both reach the queue: one send in progress, one reply waiting behind it.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const started = Date.now();
    const report = await t.adapter.stop();
    const took = Date.now() - started;
    console.log(`WeChat adapter stop with a hung send and a 1 s grace period: ${took} ms`);
    expect(took).toBeLessThan(5000);
    expect(report).toEqual({ dropped: 1, unfinished: true });
    expect((await t.outcomeOf(waitingId)).status).toBe('failed');
    expect(t.logs.some((line) => line.startsWith(`info message ${waitingId}: not sent, the bot is stopping`))).toBe(true);
    expect(t.outcomes.has(stuckId)).toBe(false);
  });
});

describe('WECHAT_ROOMS', () => {
  it('answers only in the listed rooms, and still in direct chats', async () => {
    t = attachAdapter(world, engine, { WECHAT_ROOMS: '发布会记者群,宿州发布群' });
    const alice = world.person('多群成员');
    const listed = world.room('宿州发布群', [alice]);
    const unlisted = world.room('家庭群', [alice]);
    const before = mark(world);

    const outside = await t.outcomeOf(say(world, alice, `@${BOT_NAME}${AT}累计签约金额是多少？`, unlisted, [world.botUser]));
    const inside = await t.outcomeOf(say(world, alice, `@${BOT_NAME}${AT}累计签约金额是多少？`, listed, [world.botUser]));
    const direct = await t.outcomeOf(say(world, alice, '累计签约金额是多少？', world.botUser));

    expect(outside).toMatchObject({ status: 'ignored', reason: 'room-not-allowed' });
    expect(inside.status).toBe('answered');
    expect(direct.status).toBe('answered');
    const sent = deliveredSince(world, before);
    expect(sent.map((m) => m.roomId ?? 'direct')).toEqual([listed.id, 'direct']);
  });
});
