/**
 * Builders for the updates Telegram would send, so tests read as what a person did ("a user writes in a
 * group") rather than as JSON. Entities are computed the way Telegram computes them (UTF-16 offsets).
 */
import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import { BOT_USER, type FakeBotApi } from './fake-bot-api.ts';

/** A person using Telegram. */
export function person(id: number, extra: Partial<User> = {}): User {
  return { id, is_bot: false, first_name: `User ${id}`, language_code: 'zh-hans', ...extra };
}

/** A private chat with a person. */
export function privateChat(user: User): Chat.PrivateChat {
  return { id: user.id, type: 'private', first_name: user.first_name };
}

/** A supergroup (forum or not); ids of groups are negative. */
export function supergroup(id: number, extra: Partial<Chat.SupergroupChat> = {}): Chat.SupergroupChat {
  return { id, type: 'supergroup', title: `Group ${id}`, ...extra };
}

/** The bot's user as it appears in updates (replies to its messages). */
export const botUser: User = { id: BOT_USER.id, is_bot: true, first_name: BOT_USER.first_name, username: BOT_USER.username };

/** Bot commands at the start and @mentions anywhere, as Telegram's clients mark them. */
export function entitiesFor(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/u.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/@[A-Za-z0-9_]{5,32}/gu)) {
    if (m.index === 0 && command) continue;
    entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return entities;
}

/** Options for {@link messageUpdate}. */
export interface MessageOptions {
  /** Seconds ago the message was sent. Default 0. */
  ageSeconds?: number;
  replyTo?: Message;
  /** Fields to add or override, e.g. sticker, photo, caption. */
  extra?: Partial<Message>;
  /** Deliver as an edit of an earlier message instead of a new message. */
  edited?: boolean;
}

/** A text message from `from` in `chat`, with its id registered at the fake so replies to it are valid. */
export function messageUpdate(fake: FakeBotApi, chat: Chat, from: User, text: string | undefined, options: MessageOptions = {}): Omit<Update, 'update_id'> {
  const message = {
    message_id: fake.newMessageId(chat.id),
    date: Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0),
    chat,
    from,
    ...(text !== undefined ? { text, ...(entitiesFor(text).length > 0 ? { entities: entitiesFor(text) } : {}) } : {}),
    ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
    ...options.extra,
  } as Message;
  return options.edited ? { edited_message: { ...message, edit_date: message.date + 1 } as Update['edited_message'] } : { message: message as Update['message'] };
}

/** A press on an inline button with `data`, under the bot message `message`. */
export function buttonPress(from: User, message: Message, data: string, id = `cb-${Math.random().toString(36).slice(2)}`): Omit<Update, 'update_id'> {
  return { callback_query: { id, from, chat_instance: 'ci-1', data, message: message as never } };
}

/** A bot message as Telegram would include it in a reply or a callback query, rebuilt from what the fake accepted. */
export function botMessage(chat: Chat, messageId: number, text: string, extra: Partial<Message> = {}): Message {
  return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from: botUser, text, ...extra } as Message;
}
