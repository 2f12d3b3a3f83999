import type { Message, MessageEntity } from 'grammy/types';

/** What an incoming message asks of the bot, decided before anything is sent. */
export type Intent =
  | { kind: 'ignore'; reason: string }
  | { kind: 'command'; command: string; payload: string }
  | { kind: 'question'; question: string };

/** The bot's own identity, from getMe. */
export interface BotIdentity {
  id: number;
  username: string;
}

// Anonymous group admins post as this bot account; they are people, not bots.
const ANONYMOUS_ADMIN_BOT = 'GroupAnonymousBot';

/**
 * Decides whether a message is addressed to the bot and what it asks. In a private chat every text is a
 * question; in a group only commands, replies to the bot's messages and @mentions of it are. Messages from
 * other bots, channel auto-forwards and messages without text or caption (stickers, service messages)
 * are ignored. Captions count as text.
 */
export function classifyMessage(message: Message, me: BotIdentity): Intent {
  if (message.from?.is_bot && message.from.username !== ANONYMOUS_ADMIN_BOT) return { kind: 'ignore', reason: 'from a bot' };
  if (message.is_automatic_forward) return { kind: 'ignore', reason: 'automatic forward from a channel' };
  const text = message.text ?? message.caption;
  const entities = message.entities ?? message.caption_entities ?? [];
  if (text === undefined) return { kind: 'ignore', reason: 'no text' };

  const command = readCommand(text, entities, me);
  if (command === 'other bot') return { kind: 'ignore', reason: 'command for another bot' };
  if (command) return { kind: 'command', ...command };

  if (message.chat.type === 'private') return { kind: 'question', question: text.trim() };
  if (message.chat.type !== 'group' && message.chat.type !== 'supergroup') return { kind: 'ignore', reason: `chat type ${message.chat.type}` };

  const mentions = entities.filter((e) => mentionsBot(text, e, me));
  if (mentions.length > 0) return { kind: 'question', question: cleanQuestion(removeSpans(text, mentions)) };
  if (repliesToBot(message, me)) return { kind: 'question', question: cleanQuestion(text) };
  return { kind: 'ignore', reason: 'not addressed to the bot' };
}

/** The command at the start of the text, `'other bot'` for `/cmd@someoneelse`, or undefined if there is none. */
function readCommand(text: string, entities: readonly MessageEntity[], me: BotIdentity): { command: string; payload: string } | 'other bot' | undefined {
  const entity = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity) return undefined;
  const [name = '', target] = text.slice(1, entity.length).split('@');
  if (target !== undefined && target.toLowerCase() !== me.username.toLowerCase()) return 'other bot';
  return { command: name.toLowerCase(), payload: text.slice(entity.length).trim() };
}

function mentionsBot(text: string, entity: MessageEntity, me: BotIdentity): boolean {
  if (entity.type === 'text_mention') return entity.user.id === me.id;
  if (entity.type !== 'mention') return false;
  return text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${me.username.toLowerCase()}`;
}

function repliesToBot(message: Message, me: BotIdentity): boolean {
  const replied = message.reply_to_message;
  // In forum topics every message "replies" to the topic's creation message; that is not a reply to us.
  if (!replied || replied.forum_topic_created) return false;
  return replied.from?.id === me.id;
}

/** The text with the given entity spans cut out (entity offsets are UTF-16, like JavaScript strings). */
function removeSpans(text: string, spans: readonly MessageEntity[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.offset - b.offset)) {
    out += text.slice(at, span.offset);
    at = span.offset + span.length;
  }
  return out + text.slice(at);
}

/** Trims whitespace and the punctuation people put after a mention (`@bot，问题`, `@bot: 问题`). */
function cleanQuestion(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/^[\s,，:：、]+/u, '').trim();
}
