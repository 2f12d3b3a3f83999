import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../adapters/telegram/addressing.ts';
import { entitiesFor, person, privateChat, supergroup } from './updates.ts';

const me = { id: 123456789, username: 'press_qa_bot' };
const user = person(1);
const group = supergroup(-100);

function message(chat: Message['chat'], text: string | undefined, extra: Partial<Message> = {}): Message {
  const entities = text === undefined ? [] : entitiesFor(text);
  return { message_id: 1, date: 0, chat, from: user, ...(text !== undefined ? { text, entities } : {}), ...extra } as Message;
}

describe('deciding whether a message is addressed to the bot', () => {
  it('takes every private text as a question', () => {
    expect(classifyMessage(message(privateChat(user), '  累计签约金额是多少？ '), me)).toEqual({ kind: 'question', question: '累计签约金额是多少？' });
  });

  it('reads commands with and without the bot name, lower-cased, with their payload', () => {
    expect(classifyMessage(message(group, '/ASK@Press_QA_bot  签约金额'), me)).toEqual({ kind: 'command', command: 'ask', payload: '签约金额' });
    expect(classifyMessage(message(group, '/start'), me)).toEqual({ kind: 'command', command: 'start', payload: '' });
  });

  it('ignores commands addressed to another bot', () => {
    expect(classifyMessage(message(group, '/ask@other_bot 签约'), me).kind).toBe('ignore');
  });

  it('takes a group message that mentions the bot, without the mention', () => {
    expect(classifyMessage(message(group, '请问 @press_qa_bot 签约金额'), me)).toEqual({ kind: 'question', question: '请问 签约金额' });
    expect(classifyMessage(message(group, '@PRESS_QA_BOT：签约金额'), me)).toEqual({ kind: 'question', question: '签约金额' });
  });

  it('takes a text mention of the bot by user id', () => {
    const m = message(group, '机器人 签约金额', { entities: [{ type: 'text_mention', offset: 0, length: 3, user: { id: me.id, is_bot: true, first_name: 'Press QA' } }] });
    expect(classifyMessage(m, me)).toEqual({ kind: 'question', question: '签约金额' });
  });

  it('counts mention offsets in UTF-16 units, so emoji before the mention do not shift it', () => {
    expect(classifyMessage(message(group, '😀😀 @press_qa_bot 签约金额'), me)).toEqual({ kind: 'question', question: '😀😀 签约金额' });
  });

  it('takes a reply to the bot, but not to a topic opener or to someone else', () => {
    const fromBot = { message_id: 9, date: 0, chat: group, from: { id: me.id, is_bot: true, first_name: 'Press QA' } } as Message;
    expect(classifyMessage(message(group, '签约金额', { reply_to_message: fromBot as never }), me).kind).toBe('question');
    expect(classifyMessage(message(group, '签约金额', { reply_to_message: { ...fromBot, forum_topic_created: { name: 't', icon_color: 0 } } as never }), me).kind).toBe('ignore');
    expect(classifyMessage(message(group, '签约金额', { reply_to_message: { ...fromBot, from: user } as never }), me).kind).toBe('ignore');
  });

  it('ignores group chatter, bots, channel auto-forwards and messages without text', () => {
    expect(classifyMessage(message(group, '签约金额'), me)).toEqual({ kind: 'ignore', reason: 'not addressed to the bot' });
    expect(classifyMessage(message(privateChat(user), '签约', { from: person(2, { is_bot: true }) }), me)).toEqual({ kind: 'ignore', reason: 'from a bot' });
    expect(classifyMessage(message(group, '@press_qa_bot 签约', { is_automatic_forward: true }), me).kind).toBe('ignore');
    expect(classifyMessage(message(privateChat(user), undefined, { sticker: {} as never }), me)).toEqual({ kind: 'ignore', reason: 'no text' });
  });

  it('reads a caption like text', () => {
    const m = message(privateChat(user), undefined, { caption: '签约金额', photo: [] });
    expect(classifyMessage(m, me)).toEqual({ kind: 'question', question: '签约金额' });
  });
});

