import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { detectScript, type Engine } from '../../../src/index.ts';
import { bundledEngine } from '../../helpers/engine.ts';
import { renderAnswer } from '../../../adapters/wechat/render.ts';
import { attachAdapter, BOT_NAME, deliver, deliveredSince, mark, say, startMockWorld, type MockWorld, type TestAdapter } from './harness.ts';

// One engine and one logged-in bot for the file (nodejieba takes seconds to load); each test gets a fresh
// adapter, so limits, suggestion memory and clock start clean, and fresh contacts, so no test sees another's chat.
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

afterEach(() => t?.detach());

const AT = '\u2005'; // WeChat ends an @mention with a four-per-em space

describe('direct chats', () => {
  it('answers a direct question with the quoted figure and its citation', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('小王');
    const before = mark(world);
    const outcome = await t.outcomeOf(say(world, alice, '累计签约金额是多少？', world.botUser));

    expect(outcome.status).toBe('answered');
    const sent = deliveredSince(world, before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.listenerId).toBe(alice.id);
    const lines = sent[0]!.text.split('\n');
    expect(sent[0]!.text).toContain('535.35万元');
    expect(lines.some((line) => line.startsWith('「') && line.endsWith('」'))).toBe(true);
    expect(lines.some((line) => line.startsWith('——') && line.includes('安徽“双创汇”走进宿州活动新闻发布会') && line.includes('2023年12月29日'))).toBe(true);
  });

  it('answers an official Q&A question under 【官方答复】 with the reporter question and a citation line', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('小张');
    const before = mark(world);
    await t.outcomeOf(say(world, alice, '下一步有什么打算？', world.botUser));

    const [reply] = deliveredSince(world, before);
    const lines = reply!.text.split('\n');
    expect(lines[0]).toBe('【官方答复】');
    expect(lines.some((line) => line.startsWith('答：下一步'))).toBe(true);
    expect(lines.some((line) => line.startsWith('问：'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^——《.+》（2023年12月29日，宿州市政府新闻办）.*答记者问$/u);
  });

  it('answers a Traditional question in Traditional, its own words included', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('陳記者');
    const before = mark(world);
    await t.outcomeOf(say(world, alice, '累計簽約金額是多少？', world.botUser));

    const [reply] = deliveredSince(world, before);
    expect(reply!.text).toContain('535.35萬元');
    expect(reply!.text).toContain('安徽“雙創匯”走進宿州活動新聞發布會');
    expect(detectScript(reply!.text)).toBe('traditional');
  });

  it('stays silent on its own messages', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('小李');
    const before = mark(world);
    const outcome = await t.outcomeOf(say(world, world.botUser, '累计签约金额是多少？', alice));

    expect(outcome).toMatchObject({ status: 'ignored', reason: 'self' });
    // The only bot message is the one the test made it say.
    expect(deliveredSince(world, before)).toEqual([{ text: '累计签约金额是多少？', listenerId: alice.id }]);
  });

  it('stays silent on an image', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('小赵');
    const before = mark(world);
    const outcome = await t.outcomeOf(deliver(world, alice, world.botUser, { type: types.Message.Image, timestamp: t.clock.now() }));

    expect(outcome).toMatchObject({ status: 'ignored', reason: 'not-text' });
    expect(deliveredSince(world, before)).toEqual([]);
  });

  it('stays silent on a message older than two minutes, as replayed after login', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('小钱');
    const before = mark(world);
    const old = await t.outcomeOf(deliver(world, alice, world.botUser, { text: '累计签约金额是多少？', timestamp: t.clock.now() - 2 * 60_000 - 1_000 }));
    const recent = await t.outcomeOf(deliver(world, alice, world.botUser, { text: '累计签约金额是多少？', timestamp: t.clock.now() - 60_000 }));

    expect(old).toMatchObject({ status: 'ignored', reason: 'old' });
    expect(recent.status).toBe('answered');
    expect(deliveredSince(world, before)).toHaveLength(1);
  });

  it('stays silent on an official account', async () => {
    t = attachAdapter(world, engine);
    const account = world.person('宿州发布', { type: types.Contact.Official });
    const before = mark(world);
    const outcome = await t.outcomeOf(say(world, account, '累计签约金额是多少？', world.botUser));

    expect(outcome).toMatchObject({ status: 'ignored', reason: 'official' });
    expect(deliveredSince(world, before)).toEqual([]);
  });

  it('stays silent on another bot, named in WECHAT_IGNORE_CONTACTS or recognised by its answer layout', async () => {
    t = attachAdapter(world, engine, { WECHAT_IGNORE_CONTACTS: '群助手' });
    const listedBot = world.person('群助手');
    const otherBot = world.person('另一个机器人');
    const before = mark(world);
    const listed = await t.outcomeOf(say(world, listedBot, '累计签约金额是多少？', world.botUser));
    const copycat = await t.outcomeOf(say(world, otherBot, '【官方答复】下一步,要充分调动各县区的积极性。\n——《安徽“双创汇”走进宿州活动新闻发布会》', world.botUser));

    expect(listed).toMatchObject({ status: 'ignored', reason: 'bot' });
    expect(copycat).toMatchObject({ status: 'ignored', reason: 'bot' });
    expect(deliveredSince(world, before)).toEqual([]);
  });
});

describe('rooms', () => {
  it('answers an @mention in the room, @-mentioning the asker, with the mention stripped from the question', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('王记者');
    const room = world.room('记者群', [alice]);
    const before = mark(world);
    const outcome = await t.outcomeOf(say(world, alice, `@${BOT_NAME}${AT}累计签约金额是多少？`, room, [world.botUser]));

    expect(outcome.status).toBe('answered');
    expect(outcome.status === 'answered' && outcome.answer.question).toBe('累计签约金额是多少？');
    const sent = deliveredSince(world, before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.roomId).toBe(room.id);
    expect(sent[0]!.text).toMatch(/^@王记者\s/u);
    expect(sent[0]!.text).toContain('535.35万元');
  });

  it('answers `@name` in the text when the puppet reports no mention', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('周记者');
    const room = world.room('记者群二', [alice]);
    const before = mark(world);
    const outcome = await t.outcomeOf(say(world, alice, `@${BOT_NAME} 累计签约金额是多少？`, room));

    expect(outcome.status === 'answered' && outcome.answer.question).toBe('累计签约金额是多少？');
    expect(deliveredSince(world, before)[0]!.text).toMatch(/^@周记者\s[\s\S]*535\.35万元/u);
  });

  it('stays silent on a room message with neither mention nor trigger', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('吴记者');
    const room = world.room('闲聊群', [alice]);
    const before = mark(world);
    const outcome = await t.outcomeOf(say(world, alice, '累计签约金额是多少？', room));

    expect(outcome).toMatchObject({ status: 'ignored', reason: 'not-addressed' });
    expect(deliveredSince(world, before)).toEqual([]);
  });

  it('answers a room message that starts with the trigger 问：, and with ？ or a custom trigger', async () => {
    t = attachAdapter(world, engine, { WECHAT_TRIGGER: '小助手：' });
    const alice = world.person('郑记者');
    const room = world.room('记者群三', [alice]);
    const before = mark(world);
    const custom = await t.outcomeOf(say(world, alice, '小助手：累计签约金额是多少？', room));
    const question = await t.outcomeOf(say(world, alice, '？累计签约金额是多少？', room));
    const defaultTrigger = await t.outcomeOf(say(world, alice, '问：累计签约金额是多少？', room));

    expect(custom.status === 'answered' && custom.answer.question).toBe('累计签约金额是多少？');
    expect(question.status === 'answered' && question.answer.question).toBe('累计签约金额是多少？');
    // With a custom trigger the default one no longer addresses the bot.
    expect(defaultTrigger).toMatchObject({ status: 'ignored', reason: 'not-addressed' });
    const sent = deliveredSince(world, before);
    expect(sent).toHaveLength(2);
    expect(sent.every((m) => m.roomId === room.id && m.text.startsWith('@郑记者'))).toBe(true);
  });

  it('answers the default trigger 问： and its Traditional form 問:', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('冯记者');
    const room = world.room('记者群四', [alice]);
    const before = mark(world);
    const simplified = await t.outcomeOf(say(world, alice, '问：累计签约金额是多少？', room));
    const traditional = await t.outcomeOf(say(world, alice, '問:累計簽約金額是多少？', room));

    expect(simplified.status).toBe('answered');
    expect(traditional.status).toBe('answered');
    const sent = deliveredSince(world, before);
    expect(sent[0]!.text).toContain('535.35万元');
    expect(sent[1]!.text).toContain('535.35萬元');
  });
});

describe('numbered suggestions', () => {
  it('asks suggestion 2 when the asker replies just `2` in a direct chat', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('何记者');
    const first = mark(world);
    const refused = await t.outcomeOf(say(world, alice, '宿州学院的录取分数线是多少', world.botUser));
    expect(refused.status === 'answered' && refused.answer.answered).toBe(false);
    const offered = refused.status === 'answered' ? refused.answer.suggestions : [];
    expect(offered.length).toBeGreaterThanOrEqual(2);
    const [list] = deliveredSince(world, first);
    expect(list!.text).toContain(`1. ${offered[0]!.text}`);
    expect(list!.text).toContain(`2. ${offered[1]!.text}`);

    const second = mark(world);
    const picked = await t.outcomeOf(say(world, alice, '2', world.botUser));
    const expected = engine.answer(engine.suggestionText(offered[1]!.id, 'simplified')!);
    expect(picked.status === 'answered' && picked.answer.question).toBe(expected.question);
    expect(deliveredSince(world, second)[0]!.text).toBe(renderAnswer(expected));
  });

  it('picks by number in a room only for the person who was offered the list', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('吕记者');
    const bob = world.person('施记者');
    const room = world.room('记者群五', [alice, bob]);
    const refused = await t.outcomeOf(say(world, alice, `@${BOT_NAME}${AT}宿州学院的录取分数线是多少`, room, [world.botUser]));
    const offered = refused.status === 'answered' ? refused.answer.suggestions : [];
    expect(offered.length).toBeGreaterThanOrEqual(2);

    const before = mark(world);
    const fromBob = await t.outcomeOf(say(world, bob, '2', room));
    const fromAlice = await t.outcomeOf(say(world, alice, '2', room));

    expect(fromBob).toMatchObject({ status: 'ignored', reason: 'not-addressed' });
    expect(fromAlice.status === 'answered' && fromAlice.answer.question).toBe(engine.suggestionText(offered[1]!.id, 'simplified'));
    const sent = deliveredSince(world, before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text.startsWith('@吕记者')).toBe(true);
  });

  it('forgets the suggestions after five minutes', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('张记者');
    const room = world.room('记者群六', [alice]);
    await t.outcomeOf(say(world, alice, `@${BOT_NAME}${AT}宿州学院的录取分数线是多少`, room, [world.botUser]));

    t.clock.advance(5 * 60_000 + 1);
    const before = mark(world);
    const late = await t.outcomeOf(deliver(world, alice, room, { text: '2', timestamp: t.clock.now() }));

    expect(late).toMatchObject({ status: 'ignored', reason: 'not-addressed' });
    expect(deliveredSince(world, before)).toEqual([]);
  });

  it('answers a picked suggestion in Traditional when the list was offered in Traditional', async () => {
    t = attachAdapter(world, engine);
    const alice = world.person('孔記者');
    await t.outcomeOf(say(world, alice, '宿州學院的錄取分數線是多少', world.botUser));
    const before = mark(world);
    const picked = await t.outcomeOf(say(world, alice, '１', world.botUser));

    expect(picked.status === 'answered' && picked.answer.script).toBe('traditional');
    expect(detectScript(deliveredSince(world, before)[0]!.text)).toBe('traditional');
  });
});
