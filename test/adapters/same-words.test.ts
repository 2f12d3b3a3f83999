/**
 * One answer, laid out once: the same question asked in the console, in Telegram (the real grammY bot against
 * the fake Bot API) and in WeChat (the real wechaty on the mock puppet) gives the same words, citation first
 * of all. Only markup differs (「」 in plain text, a blockquote in Telegram) and how a suggestion is picked
 * (numbered lines and a hint in plain text, buttons in Telegram).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toScript, type Engine } from '../../src/index.ts';
import { ConsoleChat } from '../../adapters/console/chat.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { startHarness, sentMessages, type Harness } from './telegram/harness.ts';
import { messageUpdate, person, privateChat } from './telegram/updates.ts';
import { attachAdapter, deliveredSince, mark, say, startMockWorld, type MockWorld, type TestAdapter } from './wechat/harness.ts';

let engine: Engine;
let telegram: Harness;
let world: MockWorld;
let wechat: TestAdapter;

beforeAll(async () => {
  engine = await bundledEngine();
  telegram = await startHarness(engine);
  world = await startMockWorld();
  wechat = attachAdapter(world, engine);
});

afterAll(async () => {
  wechat?.detach();
  await world?.stop();
  await telegram?.stop();
});

let asker = 9000;

/** What each channel shows for one question, asked by a new person in a private chat. */
async function askEverywhere(question: string): Promise<{ console: string; telegram: string; buttons: string[]; wechat: string }> {
  const chat = new ConsoleChat(engine);
  const printed = await chat.handleLine(question);
  if (printed.kind !== 'print') throw new Error('the console quit');

  const user = person(++asker);
  await telegram.deliver(messageUpdate(telegram.fake, privateChat(user), user, question));
  const replies = sentMessages(telegram.fake, user.id);
  const buttons = (replies.at(-1)?.payload.reply_markup?.inline_keyboard ?? []).flat().map((b: { text: string }) => b.text);

  const someone = world.person(`读者${asker}`);
  const before = mark(world);
  await wechat.outcomeOf(say(world, someone, question, world.botUser));
  const sent = deliveredSince(world, before);

  return { console: printed.text, telegram: replies.map((r) => r.visibleText!).join('\n'), buttons, wechat: sent.map((m) => m.text).join('\n') };
}

const citationOf = (text: string) => text.split('\n').filter((line) => line.startsWith('——'));

const HINT = '回复数字（如 1）即可提问，5 分钟内有效。';
const HINTS = new Set([HINT, toScript(HINT, 'traditional')]);

/** Plain text as Telegram shows it: the quote without its 「」, and no numbered list or hint (buttons instead). */
function asTelegramShowsIt(plain: string): string {
  return plain
    .split('\n')
    .filter((line) => !/^\d\. /u.test(line) && !HINTS.has(line))
    .map((line) => line.replace(/^「([^]*)」$/u, '$1'))
    .join('\n');
}

describe('the same answer in every channel', () => {
  it.each([
    ['a figure', '累计签约金额是多少？'],
    ['an official Q&A', '下一步有什么谋划'],
    ['a Traditional question', '簽約項目有幾個？'],
  ])('cites %s with the same words in the console, Telegram and WeChat', async (_, question) => {
    const seen = await askEverywhere(question);
    const [citation, ...more] = citationOf(seen.console);
    expect(citation).toMatch(/^——《.+》（\d{4}年\d{1,2}月\d{1,2}日，.+）/u);
    expect(more).toEqual([]);
    expect(citationOf(seen.telegram)).toEqual([citation]);
    expect(citationOf(seen.wechat)).toEqual([citation]);
    // Not just the citation: every word.
    expect(seen.wechat).toBe(seen.console);
    expect(seen.telegram).toBe(asTelegramShowsIt(seen.console));
  });

  it('offers the same suggestions, numbered in the console and WeChat and as buttons in Telegram', async () => {
    const seen = await askEverywhere('宿州学院的录取分数线是多少');
    expect(seen.wechat).toBe(seen.console);
    const numbered = seen.console.split('\n').filter((line) => /^\d\. /u.test(line)).map((line) => line.slice(3));
    expect(numbered.length).toBeGreaterThan(0);
    expect(seen.buttons).toEqual(numbered);
    expect(seen.console).toContain('\n您可以这样问：\n1. ');
    expect(seen.console.split('\n').at(-1)).toBe(HINT);
    expect(seen.telegram).toBe(asTelegramShowsIt(seen.console));
  });
});
