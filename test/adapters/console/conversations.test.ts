import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/index.ts';
import { ConsoleChat } from '../../../adapters/console/chat.ts';
import { bundledEngine } from '../../helpers/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

/** What the console prints for a line. */
async function ask(chat: ConsoleChat, line: string): Promise<string> {
  const reply = await chat.handleLine(line);
  if (reply.kind !== 'print') throw new Error('the console quit');
  return reply.text;
}

describe('follow-up questions in the console', () => {
  it('reads a follow-up with the session\'s last question and says how it read it, first', async () => {
    const chat = new ConsoleChat(engine);
    await ask(chat, '谁作的报告？');
    const reply = await ask(chat, '他是哪个单位的？');
    expect(reply.split('\n')[0]).toMatch(/^（接上题：李克强.*）$/u);
    expect(reply).toMatch(/\n——《/u);
  });

  it('keeps two sessions on one engine apart, their questions interleaved', async () => {
    const alice = new ConsoleChat(engine);
    const bob = new ConsoleChat(engine);
    expect(alice.conversation).not.toBe(bob.conversation);
    await ask(alice, '谁作的报告？');
    await ask(bob, '走访了几家企业');
    const aliceFollowUp = await ask(alice, '他是哪个单位的？');
    const bobFollowUp = await ask(bob, '详细说说');
    expect(aliceFollowUp).toMatch(/^（接上题：李克强/u);
    expect(bobFollowUp).toContain('第一阶段进行技术需求征集');
    expect(bobFollowUp).not.toContain('李克强');
    // A third session that never asked anything has no context at all.
    expect(await ask(new ConsoleChat(engine), '他是哪个单位的？')).not.toContain('接上题');
  });

  it('forgets the context at /start', async () => {
    const chat = new ConsoleChat(engine);
    await ask(chat, '谁作的报告？');
    await ask(chat, '/start');
    expect(await ask(chat, '他是哪个单位的？')).not.toContain('接上题');
  });

  it('lets a suggestion be picked by number for five minutes, as the reply says', async () => {
    let now = 0;
    const chat = new ConsoleChat(engine, { now: () => now });
    const refusal = await ask(chat, '宿州学院的录取分数线是多少');
    expect(refusal.split('\n').at(-1)).toBe('回复数字（如 1）即可提问，5 分钟内有效。');
    const first = /\n1\. (.+)/u.exec(refusal)![1]!;
    now += 4 * 60_000;
    const picked = await chat.handleLine('1');
    expect(picked.kind === 'print' && picked.answer?.question).toBe(first);
    await ask(chat, '宿州学院的录取分数线是多少');
    now += 5 * 60_000;
    const late = await chat.handleLine('1');
    expect(late.kind === 'print' && late.answer?.band).toBe('usage');
  });
});
