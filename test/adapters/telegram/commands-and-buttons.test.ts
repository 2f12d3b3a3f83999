import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/index.ts';
import { COMMAND_MENU } from '../../../adapters/telegram/bot.ts';
import { startHarness, sentMessages, type Harness } from './harness.ts';
import { botMessage, buttonPress, messageUpdate, person, privateChat, supergroup } from './updates.ts';

let engine: Engine;
let h: Harness | undefined;
beforeAll(async () => {
  engine = await createEngine();
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const erin = person(801);
const chat = privateChat(erin);

/** The bot message a sendMessage call produced, as Telegram would include it in a callback query. */
function messageOf(call: { result?: any }): any {
  return call.result;
}

describe('Telegram adapter commands and buttons', () => {
  it('registers its command menu at start', async () => {
    h = await startHarness(engine);
    const [call] = h.fake.accepted('setMyCommands');
    expect(call!.payload.commands).toEqual(COMMAND_MENU);
    expect(COMMAND_MENU.map((c) => c.command)).toEqual(['ask', 'start', 'help', 'sources']);
  });

  it('greets /start with the releases it knows and three example questions as buttons', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, erin, '/start'));
    const [greeting] = sentMessages(h.fake, chat.id);
    expect(greeting!.visibleText).toContain('双创汇走进宿州（2023年12月29日）');
    const buttons = greeting!.payload.reply_markup.inline_keyboard.flat();
    expect(buttons).toHaveLength(3);
    for (const button of buttons) {
      expect(button.callback_data).toMatch(/^q:s:/u);
      // The button carries an id, not the question it shows.
      expect(button.callback_data).not.toContain(button.text);
      expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
    }
  });

  it('greets /start with a deep-link payload the same way', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, erin, '/start from_website'));
    expect(sentMessages(h.fake, chat.id)[0]!.visibleText).toContain('目前收录的发布会');
  });

  it('greets a Traditional Chinese client in Traditional', async () => {
    h = await startHarness(engine);
    const frank = person(802, { language_code: 'zh-hant' });
    await h.deliver(messageUpdate(h.fake, privateChat(frank), frank, '/start'));
    const [greeting] = sentMessages(h.fake, frank.id);
    expect(greeting!.visibleText).toContain('雙創匯走進宿州');
    expect(greeting!.visibleText).toContain('目前收錄的發布會');
    expect(greeting!.payload.reply_markup.inline_keyboard.flat()[0].callback_data).toMatch(/^q:t:/u);
  });

  it('asks an example question when its button is pressed, and answers the press', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, erin, '/start'));
    const [greetingCall] = sentMessages(h.fake, chat.id);
    const [button] = greetingCall!.payload.reply_markup.inline_keyboard[0];
    const press = buttonPress(erin, messageOf(greetingCall!), button.callback_data);
    await h.deliver(press);

    const answered = h.fake.accepted('answerCallbackQuery');
    expect(answered.map((c) => c.payload.callback_query_id)).toEqual([press.callback_query!.id]);
    const [, answer] = sentMessages(h.fake, chat.id);
    // The chat never saw the question typed, so the answer repeats it.
    expect(answer!.visibleText).toContain(`❓ ${button.text}`);
    expect(answer!.visibleText).toMatch(/\n——《/u);
    expect(answer!.payload.reply_parameters.message_id).toBe(greetingCall!.result.message_id);
  });

  it('asks a suggested question when a "did you mean" button is pressed in a group', async () => {
    h = await startHarness(engine);
    const group = supergroup(-100_801);
    await h.deliver(messageUpdate(h.fake, group, erin, '/ask 宿州学院的录取分数线是多少'));
    const [refusal] = sentMessages(h.fake, group.id);
    expect(refusal!.visibleText).toContain('没有提到');
    expect(refusal!.visibleText).toContain('您可以这样问：');
    const buttons = refusal!.payload.reply_markup.inline_keyboard.flat();
    expect(buttons.length).toBeGreaterThan(0);
    const someoneElse = person(803);
    await h.deliver(buttonPress(someoneElse, messageOf(refusal!), buttons[0].callback_data));
    const [, answer] = sentMessages(h.fake, group.id);
    expect(answer!.visibleText).toContain(buttons[0].text);
    expect(answer!.visibleText).toMatch(/\n——《/u);
    expect(h.fake.accepted('answerCallbackQuery')).toHaveLength(1);
  });

  it('answers a press on an outdated button with a notice and asks nothing', async () => {
    h = await startHarness(engine);
    const old = botMessage(chat, h.fake.newMessageId(chat.id), '旧消息');
    await h.deliver(buttonPress(erin, old, 'q:s:no-such-id'));
    await h.deliver(buttonPress(erin, old, 'something-from-an-old-version'));
    const answered = h.fake.accepted('answerCallbackQuery');
    expect(answered.map((c) => c.payload.text)).toEqual(['这个问题按钮已过期，请直接输入问题。', '这个问题按钮已过期，请直接输入问题。']);
    expect(sentMessages(h.fake, chat.id)).toEqual([]);
  });

  it('answers every button press, even from a user over the rate limit, who gets one notice', async () => {
    h = await startHarness(engine, { botOptions: { rateLimit: { limit: 1, windowMs: 60_000 } } });
    await h.deliver(messageUpdate(h.fake, chat, erin, '/start'));
    const [greeting] = sentMessages(h.fake, chat.id);
    const [button] = greeting!.payload.reply_markup.inline_keyboard[0];
    const presses = [buttonPress(erin, messageOf(greeting!), button.callback_data), buttonPress(erin, messageOf(greeting!), button.callback_data)];
    for (const press of presses) await h.deliver(press);
    expect(h.fake.accepted('answerCallbackQuery').map((c) => c.payload.callback_query_id)).toEqual(presses.map((p) => p.callback_query!.id));
    expect(sentMessages(h.fake, chat.id).map((m) => m.visibleText)).toEqual([greeting!.visibleText, '您提问太快了，请稍等一会儿再问。']);
  });

  it('explains in /help what it answers and how to ask in groups', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, erin, '/help'));
    const text = sentMessages(h.fake, chat.id)[0]!.visibleText!;
    expect(text).toContain('官方答记者问');
    expect(text).toContain('群聊：发送 /ask 问题，或回复我的消息，或 @press_qa_bot 加问题。');
  });

  it('lists the releases in /sources with date and publishing office', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, erin, '/sources'));
    const reply = sentMessages(h.fake, chat.id)[0]!;
    expect(reply.visibleText).toContain('安徽“双创汇”走进宿州活动新闻发布会');
    expect(reply.visibleText).toContain('2023年12月29日 · 宿州市政府新闻办');
    expect(reply.payload.text).toContain('<b>已收录的发布会：</b>');
  });

  it('answers an unknown command in a private chat with the help text', async () => {
    h = await startHarness(engine);
    await h.deliver(messageUpdate(h.fake, chat, erin, '/weather'));
    expect(sentMessages(h.fake, chat.id)[0]!.visibleText).toContain('/sources');
  });
});
