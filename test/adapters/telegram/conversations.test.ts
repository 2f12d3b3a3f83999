import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/index.ts';
import { startFakeBotApi, TEST_TOKEN } from './fake-bot-api.ts';
import { startHarness, sentMessages, type Harness } from './harness.ts';
import { botMessage, messageUpdate, person, privateChat, supergroup } from './updates.ts';

// One engine for the file (nodejieba loads in about 2 s); one bot and one fake Bot API per test.
let engine: Engine;
let h: Harness | undefined;
beforeAll(async () => {
  engine = await createEngine();
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const alice = person(501);
const chat = privateChat(alice);

describe('Telegram adapter in a private chat', () => {
  it('answers a question with the quote and its citation in HTML, replying to the question', async () => {
    h = await startHarness(engine);
    const update = messageUpdate(h.fake, chat, alice, '累计签约金额是多少？');
    await h.deliver(update);

    const [reply, ...more] = sentMessages(h.fake, chat.id);
    expect(more).toHaveLength(0);
    expect(reply!.payload.parse_mode).toBe('HTML');
    expect(reply!.payload.text).toContain('<b>累计签约金额：535.35万元</b>');
    expect(reply!.payload.text).toMatch(/<blockquote>[^<]*累计签约金额535\.35万元。<\/blockquote>/u);
    expect(reply!.visibleText).toContain('——《安徽“双创汇”走进宿州活动新闻发布会》（2023年12月29日，宿州市政府新闻办），市科技局副局长王慧，');
    expect(reply!.payload.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
    expect(reply!.payload.link_preview_options).toEqual({ is_disabled: true });
  });

  it('shows the typing indicator before the answer', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, alice, '活动什么时候举办的'));
    const methods = h.fake.callsInChat(chat.id).map((c) => `${c.method}${c.payload.action ? `:${c.payload.action}` : ''}`);
    expect(methods).toEqual(['sendChatAction:typing', 'sendMessage']);
  });

  it('answers a Traditional question in Traditional', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, alice, '累計簽約金額是多少？'));
    const [reply] = sentMessages(h.fake, chat.id);
    expect(reply!.visibleText).toContain('累計簽約金額：535.35萬元');
    expect(reply!.visibleText).toContain('——《安徽“雙創匯”走進宿州活動新聞發布會》');
    expect(reply!.visibleText).not.toContain('签约');
  });

  it('quotes an official answer in full with the official question', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, alice, '下一步有什么谋划'));
    const [reply] = sentMessages(h.fake, chat.id);
    expect(reply!.visibleText).toContain('问：您好,请问下一步对举办安徽“双创汇”走进宿州系列活动有什么谋划?');
    expect(reply!.visibleText).toContain('将活动办出宿州,办出安徽,全面促进创新创业跨地区、跨界合作。');
    expect(reply!.visibleText).toContain('答记者问');
  });

  it('escapes a hostile question instead of letting it break the HTML', async () => {
    h = await startHarness(engine);
    const hostile = '<b>签约</b> & <script>';
    await h.deliver(messageUpdate(h.fake, chat, alice, hostile));
    const replies = sentMessages(h.fake, chat.id);
    // The fake parses HTML like Telegram: an unescaped <script> would have been refused with 400.
    expect(replies).toHaveLength(1);
    expect(h.fake.calls.filter((c) => c.status === 400)).toHaveLength(0);
    expect(replies[0]!.payload.text).not.toMatch(/<script>|<b>签约/u);
  });

  it('refuses what the release does not say, with suggestion buttons, in valid HTML', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, alice, '<i>宿州学院</i>的录取分数线是多少 & 为什么'));
    const [reply] = sentMessages(h.fake, chat.id);
    expect(reply!.payload.parse_mode).toBe('HTML');
    expect(reply!.visibleText).toContain('没有提到');
    expect(reply!.payload.reply_markup.inline_keyboard.length).toBeGreaterThan(0);
  });

  it('asks for a shorter question when it is over 500 characters, without searching', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, alice, '签约金额'.repeat(126)));
    const replies = sentMessages(h.fake, chat.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.visibleText).toBe('问题太长了（504个字），请缩短到500个字以内再问。');
    expect(h.fake.accepted('sendChatAction', chat.id)).toHaveLength(0);
  });

  it('greets a greeting with how to ask and example buttons', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, alice, '你好'));
    const [reply] = sentMessages(h.fake, chat.id);
    expect(reply!.visibleText).toContain('直接输入问题即可');
    expect(reply!.payload.reply_markup.inline_keyboard).toHaveLength(3);
  });

  it('never writes the token into a log line', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, alice, '累计签约金额是多少？'));
    const logs = h.logs;
    expect(await h.stop()).toBe(0);
    h = undefined;
    expect(logs.some((line) => line.includes('answered'))).toBe(true);
    const secretPart = TEST_TOKEN.split(':')[1]!;
    expect(logs.filter((line) => line.includes(secretPart) || line.includes(TEST_TOKEN))).toEqual([]);
  });
});

const bob = person(601);
const carol = person(602);
const group = supergroup(-100_601);

describe('Telegram adapter in a group', () => {
  it('stays silent for a message that does not address the bot: no call at all', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, group, bob, '累计签约金额是多少？'));
    expect(h.fake.callsInChat(group.id)).toEqual([]);
  });

  it('answers /ask with the question, replying to it', async () => {
    h = await startHarness(engine);
    const update = messageUpdate(h.fake, group, bob, '/ask 累计签约金额是多少？');
    await h.deliver(update);
    const [reply, ...more] = sentMessages(h.fake, group.id);
    expect(more).toEqual([]);
    expect(reply!.visibleText).toContain('累计签约金额：535.35万元');
    expect(reply!.payload.reply_parameters.message_id).toBe(update.message!.message_id);
  });

  it('answers /ask@botname and ignores /ask@anotherbot', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, group, bob, '/ask@other_qa_bot 累计签约金额是多少？'));
    expect(h.fake.callsInChat(group.id)).toEqual([]);
    await h.deliver(messageUpdate(h.fake, group, bob, '/ask@Press_QA_Bot 累计签约金额是多少？'));
    expect(sentMessages(h.fake, group.id)).toHaveLength(1);
    expect(sentMessages(h.fake, group.id)[0]!.visibleText).toContain('535.35万元');
  });

  it('answers a reply to one of its own messages, but not a reply to someone else', async () => {
    h = await startHarness(engine);
    const earlierAnswer = botMessage(group, h.fake.newMessageId(group.id), '累计签约金额：535.35万元');
    await h.deliver(messageUpdate(h.fake, group, bob, '签了多少个项目？', { replyTo: earlierAnswer }));
    expect(sentMessages(h.fake, group.id)).toHaveLength(1);
    expect(sentMessages(h.fake, group.id)[0]!.visibleText).toContain('35个');

    const carolsMessage = messageUpdate(h.fake, group, carol, '我也想知道').message!;
    await h.deliver(messageUpdate(h.fake, group, bob, '签了多少个项目？', { replyTo: carolsMessage }));
    expect(sentMessages(h.fake, group.id)).toHaveLength(1);
  });

  it('answers a message that @mentions it, without the mention in the question', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, group, bob, '@press_qa_bot，累计签约金额是多少？'));
    const replies = sentMessages(h.fake, group.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.visibleText).toContain('累计签约金额：535.35万元');
    await h.deliver(messageUpdate(h.fake, group, bob, '@carol_someone 累计签约金额是多少？'));
    expect(sentMessages(h.fake, group.id)).toHaveLength(1);
  });

  it('keeps the answer and the typing indicator in the forum topic of the question', async () => {
    h = await startHarness(engine);
    const forum = supergroup(-100_602, { is_forum: true });
    const topicStart = { ...botMessage(forum, h.fake.newMessageId(forum.id), ''), from: carol, forum_topic_created: { name: '发布会', icon_color: 0 } };
    const inTopic = { extra: { message_thread_id: topicStart.message_id, is_topic_message: true as const } };
    // Every message in a topic "replies" to the topic's first message; that is not addressing the bot.
    await h.deliver(messageUpdate(h.fake, forum, bob, '累计签约金额是多少？', { ...inTopic, replyTo: topicStart }));
    expect(h.fake.callsInChat(forum.id)).toEqual([]);

    await h.deliver(messageUpdate(h.fake, forum, bob, '/ask 累计签约金额是多少？', { ...inTopic, replyTo: topicStart }));
    const calls = h.fake.callsInChat(forum.id);
    expect(calls.map((c) => c.method)).toEqual(['sendChatAction', 'sendMessage']);
    expect(calls.every((c) => c.payload.message_thread_id === topicStart.message_id)).toBe(true);
  });

  it('stays silent for commands it does not know or that name another bot', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, group, bob, '/weather 宿州'));
    await h.deliver(messageUpdate(h.fake, group, bob, '/help@other_qa_bot'));
    expect(h.fake.callsInChat(group.id)).toEqual([]);
    await h.deliver(messageUpdate(h.fake, group, bob, '/help@press_qa_bot'));
    expect(sentMessages(h.fake, group.id)[0]!.visibleText).toContain('/ask 问题');
  });

  it('treats the caption of a photo as text', async () => {
    h = await startHarness(engine);
    const caption = '@press_qa_bot 累计签约金额是多少？';
    const photo = { photo: [{ file_id: 'p1', file_unique_id: 'u1', width: 10, height: 10 }], caption, caption_entities: [{ type: 'mention' as const, offset: 0, length: 13 }] };
    await h.deliver(messageUpdate(h.fake, group, bob, undefined, { extra: photo }));
    expect(sentMessages(h.fake, group.id)[0]!.visibleText).toContain('535.35万元');
  });
});

const dave = person(701);
const daveChat = privateChat(dave);

describe('Telegram adapter and what it ignores', () => {
  it('ignores edits, stickers, photos without caption, service messages and other bots, without error', async () => {
    h = await startHarness(engine);
    const otherBot = person(702, { is_bot: true, username: 'some_other_bot' });
    const group = supergroup(-100_701);
    const updates = [
      messageUpdate(h.fake, daveChat, dave, '累计签约金额是多少？', { edited: true }),
      messageUpdate(h.fake, daveChat, dave, undefined, { extra: { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } } }),
      messageUpdate(h.fake, daveChat, dave, undefined, { extra: { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] } }),
      messageUpdate(h.fake, daveChat, dave, undefined, { extra: { document: { file_id: 'd', file_unique_id: 'd' } } }),
      messageUpdate(h.fake, group, dave, undefined, { extra: { new_chat_members: [dave] } }),
      messageUpdate(h.fake, group, dave, undefined, { extra: { pinned_message: { message_id: 1, date: 0, chat: group } as never } }),
      messageUpdate(h.fake, daveChat, otherBot, '累计签约金额是多少？'),
      messageUpdate(h.fake, group, otherBot, '/ask@press_qa_bot 累计签约金额是多少？'),
    ];
    for (const update of updates) await h.deliver(update);
    expect(h.fake.calls.filter((c) => c.method !== 'getUpdates' && c.method !== 'getMe' && c.method !== 'deleteWebhook' && c.method !== 'setMyCommands')).toEqual([]);
    expect(h.logs.filter((line) => / error /u.test(line))).toEqual([]);
  });

  it('answers a question sent by an anonymous group admin', async () => {
    h = await startHarness(engine);
    const group = supergroup(-100_702);
    const anonymous = person(1087968824, { is_bot: true, username: 'GroupAnonymousBot' });
    await h.deliver(messageUpdate(h.fake, group, anonymous, '/ask 累计签约金额是多少？', { extra: { sender_chat: group } }));
    expect(sentMessages(h.fake, group.id)).toHaveLength(1);
  });

  it('answers questions that waited under 10 minutes while it was down, once, and skips older ones', async () => {
    const fake = await startFakeBotApi();
    try {
      const old = messageUpdate(fake, daveChat, dave, '现场签约项目有多少个？', { ageSeconds: 11 * 60 });
      const recent = messageUpdate(fake, daveChat, dave, '累计签约金额是多少？', { ageSeconds: 5 * 60 });
      fake.pushUpdate(old);
      const recentId = fake.pushUpdate(recent);
      h = await startHarness(engine, { fake });
      await h.handled(recentId);
      expect(h.logs.filter((line) => line.includes('skipped stale message'))).toHaveLength(1);
      expect(await h.stop()).toBe(0);
      h = undefined;
      const replies = sentMessages(fake, daveChat.id);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.payload.reply_parameters.message_id).toBe(recent.message!.message_id);
      expect(replies[0]!.visibleText).toContain('535.35万元');

      // Started again, it must not answer the same questions a second time.
      h = await startHarness(engine, { fake });
      await h.deliver(messageUpdate(fake, daveChat, dave, '活动什么时候举办的'));
      expect(sentMessages(fake, daveChat.id)).toHaveLength(2);
      expect(sentMessages(fake, daveChat.id)[1]!.visibleText).toContain('2023年5月23日');
    } finally {
      await h?.stop();
      h = undefined;
      await fake.close();
    }
  });
});
