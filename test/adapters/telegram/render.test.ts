import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, renderPlainText, toScript, type Answer, type Engine } from '../../../src/index.ts';
import { renderAnswer, renderSources, renderStart } from '../../../adapters/telegram/render.ts';
import { startHarness, sentMessages, type Harness } from './harness.ts';
import { parseTelegramHtml } from './telegram-html.ts';
import { messageUpdate, person, privateChat } from './updates.ts';

// A made-up release, written for this file, whose one official answer is 120 numbered sentences (every
// tenth with & < >): 5,556 characters, well over Telegram's 4096, so the bot must split it.
const LONG_ANSWER = Array.from({ length: 120 }, (_, i) => `第${i + 1}项安排是围绕长篇答复测试专项开展第${i + 1}轮演练${(i + 1) % 10 === 0 ? '（A&B<C>对照组）' : ''}，确保各环节衔接顺畅并形成书面记录备查。`).join('');
const LONG_RELEASE = `id: 2024-01-02-long-answer-fixture
shortName: 长篇答复测试
title: 长篇答复测试专项新闻发布会
date: 2024-01-02
place: 测试发布厅
office: 测试新闻办
summary: 供测试使用的发布会
speakers: [{ name: 张测试, post: 测试办主任 }]
statements: [{ speaker: 张测试, text: 今天介绍长篇答复测试专项的有关情况。 }]
qa:
  - question: 请问长篇答复测试专项的演练是怎样安排的?
    answeredBy: 张测试
    answer: ${JSON.stringify(LONG_ANSWER)}
`;

// One engine for the file (nodejieba loads in about 2 s): the bundled knowledge plus the long release.
let fixtureDir: string;
let engine: Engine;
let h: Harness | undefined;
beforeAll(async () => {
  fixtureDir = await mkdtemp(path.join(tmpdir(), 'telegram-long-'));
  await writeFile(path.join(fixtureDir, 'long-answer.yaml'), LONG_RELEASE);
  engine = await createEngine({ knowledgeDirs: [fileURLToPath(new URL('../../../knowledge', import.meta.url)), fixtureDir] });
});
afterAll(async () => {
  await rm(fixtureDir, { recursive: true, force: true });
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** Every part as Telegram would show it, after checking it parses. */
function visible(parts: string[]): string {
  return parts.map((p) => parseTelegramHtml(p).text).join('\n');
}

describe('rendering answers for Telegram', () => {
  it('renders a fact as headline, quote and citation', () => {
    const { parts, keyboard } = renderAnswer(engine.answer('累计签约金额是多少？'));
    expect(parts).toHaveLength(1);
    expect(parseTelegramHtml(parts[0]!).tags).toEqual(['b', 'blockquote', 'i']);
    expect(keyboard).toBeUndefined();
  });

  it('writes the layout\'s words in the asker\'s script, as the console does, in HTML', () => {
    const answer = engine.answer('下一步有什麼謀劃');
    const text = visible(renderAnswer(answer).parts);
    expect(text).toContain(toScript('【官方答复】', 'traditional'));
    expect(text).toBe(renderPlainText(answer));
  });

  it('escapes markup in every field of an answer, knowledge and question alike', () => {
    const hostile = '<b>x</b> & <script>';
    const answer: Answer = {
      ...engine.answer('累计签约金额是多少？'),
      question: hostile,
      headline: hostile,
      officialQuestion: hostile,
      quote: hostile,
      message: hostile,
      citation: { releaseId: 'r', title: hostile, date: '2024-01-01', dateText: hostile, office: hostile, speaker: { name: hostile, post: hostile }, section: hostile },
      suggestions: [{ id: 'x:1', text: hostile }],
    };
    const { parts, keyboard } = renderAnswer(answer, { echoQuestion: true });
    expect(parts.join('')).not.toContain('<script>');
    // The echoed question, headline, quote, message and six citation fields (a fact shows no official question).
    expect(visible(parts).split(hostile).length - 1).toBe(10);
    const official = renderAnswer({ ...answer, kind: 'qa' }).parts;
    expect(official.join('')).not.toContain('<script>');
    expect(visible(official)).toContain(`问：${hostile}`);
    // Button labels are plain text to Telegram: no escaping there, or users would see &lt;.
    expect(keyboard!.inline_keyboard[0]![0]!.text).toBe(hostile);
  });

  it('introduces suggestion buttons unless the core\'s message already does', () => {
    const refusal = engine.answer('宿州学院的录取分数线是多少');
    expect(visible(renderAnswer(refusal).parts)).toMatch(/没有提到[^]*\n您可以这样问：$/u);
    const alreadySaid = { ...refusal, band: 'suggest' as const, message: '您是不是想问：' };
    expect(visible(renderAnswer(alreadySaid).parts)).toBe('您是不是想问：');
    expect(renderAnswer(alreadySaid).keyboard!.inline_keyboard).toHaveLength(refusal.suggestions.length);
  });

  it('introduces the same fact in other releases as buttons under a lead line', async () => {
    const both = await createEngine({ knowledgeDirs: [fileURLToPath(new URL('../../../knowledge', import.meta.url)), fileURLToPath(new URL('../../fixtures/second-release', import.meta.url))] });
    const answer = both.answer('累计签约金额是多少？');
    expect(answer.answered).toBe(true);
    const rendered = renderAnswer(answer);
    expect(rendered.parts.join('')).toContain('其他发布会也提到：');
    expect(rendered.keyboard?.inline_keyboard.flat().map((b) => b.text)).toEqual(answer.suggestions.map((s) => s.text));
  });

  it('falls back to the plain text when an answer has no parts it knows', () => {
    const bare: Answer = { question: 'q', answered: false, band: 'usage', kind: 'none', script: 'simplified', suggestions: [], score: 0, text: '纯文本 <答复>' };
    expect(visible(renderAnswer(bare).parts)).toBe('纯文本 <答复>');
  });

  it('drops a suggestion button whose id would not fit in callback data, keeping the others', () => {
    const refusal = engine.answer('宿州学院的录取分数线是多少');
    const answer = { ...refusal, suggestions: [{ id: 'x'.repeat(70), text: '太长' }, ...refusal.suggestions] };
    expect(renderAnswer(answer).keyboard!.inline_keyboard.flat().map((b) => b.text)).toEqual(refusal.suggestions.map((s) => s.text));
  });

  it('renders /start and /sources from the engine\'s releases', () => {
    const examples = engine.examples('simplified');
    const start = renderStart(engine.releases('simplified'), examples, 'simplified');
    expect(visible(start.parts)).toContain('• 长篇答复测试（2024年1月2日）\n• 双创汇走进宿州（2023年12月29日）');
    expect(start.keyboard!.inline_keyboard.flat().map((b) => b.text)).toEqual(examples.slice(0, 3).map((e) => e.text));
    expect(visible(renderSources([], 'traditional').parts)).toBe('目前沒有收錄任何發布會。');
  });
});

const kim = person(1101);
const chat = privateChat(kim);

describe('Telegram adapter and long answers', () => {
  it('splits an answer over 4096 characters on sentence ends into valid messages, in order', async () => {
    h = await startHarness(engine);
    const update = messageUpdate(h.fake, chat, kim, '长篇答复测试专项的演练是怎样安排的？');
    await h.deliver(update);
    const parts = sentMessages(h.fake, chat.id);
    expect(LONG_ANSWER.length).toBeGreaterThan(4096);

    // Every part passed the fake's Telegram checks (length, HTML balance); none was refused.
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage' && c.status !== 200)).toEqual([]);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) {
      expect(part.payload.text.length).toBeLessThanOrEqual(4096);
      expect(part.payload.parse_mode).toBe('HTML');
    }
    // Only the first part replies to the question; the rest follow it.
    expect(parts[0]!.payload.reply_parameters.message_id).toBe(update.message!.message_id);
    expect(parts.slice(1).every((p) => p.payload.reply_parameters === undefined)).toBe(true);

    // The quote, put back together from the parts' blockquotes, is the whole official answer, in order.
    const quoted = parts.map((p) => [...p.payload.text.matchAll(/<blockquote>(?:<b>答：<\/b>)?([^]*?)<\/blockquote>/gu)].map((m) => m[1]).join('')).join('');
    expect(quoted.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>')).toBe(LONG_ANSWER);
    // Each cut falls after a sentence end.
    for (const part of parts.slice(0, -1)) {
      const lastQuote = [...part.payload.text.matchAll(/<blockquote>([^]*?)<\/blockquote>/gu)].at(-1)?.[1] ?? '';
      expect(lastQuote.endsWith('。')).toBe(true);
    }
    expect(parts.at(-1)!.visibleText).toContain('——《长篇答复测试专项新闻发布会》');
  });
});
