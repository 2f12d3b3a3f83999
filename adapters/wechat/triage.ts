import { types, type Contact, type Message, type Room } from 'wechaty';
import { toScript } from '../../src/index.ts';
import { parseSuggestionNumber, stripLeadingMentions, stripNameMention, stripTrigger } from './addressing.ts';
import type { SuggestionMemory } from './suggestion-memory.ts';

/** Why a message got no reply. Every one of these is silent and not an error. */
export type IgnoreReason =
  | 'self'
  | 'not-text'
  | 'old'
  | 'official'
  | 'bot'
  | 'room-not-allowed'
  | 'not-addressed';

/** A message addressed to the bot: who asked, where, and the question with any mention or trigger removed. */
export interface Addressed {
  talker: Contact;
  room?: Room;
  /** The room id, or `dm:<contact id>` for a direct chat: the scope of suggestion memory. */
  conversationId: string;
  question: string;
}

/** What {@link triageMessage} needs from the adapter. */
export interface TriageContext {
  now: () => number;
  /** Messages older than this (history replayed after login) are ignored. */
  maxAgeMs: number;
  /** Allowed room topics; empty allows every room. */
  rooms: readonly string[];
  /** Trigger prefixes, from `triggerPrefixes()`. */
  triggers: readonly string[];
  /** Names or ids of contacts never answered (other bots). */
  ignoreContacts: readonly string[];
  memory: SuggestionMemory;
}

// WeChat's own service accounts talk through these ids; they are never people asking.
const SYSTEM_CONTACT_IDS = new Set(['weixin', 'filehelper', 'fmessage', 'newsapp']);

/**
 * Decides whether a message is a question for the bot and extracts it; otherwise says why it stays silent.
 * Checks run cheapest first, and nothing is sent from here.
 */
export async function triageMessage(msg: Message, ctx: TriageContext): Promise<Addressed | { ignored: IgnoreReason }> {
  if (msg.self()) return { ignored: 'self' };
  if (msg.type() !== types.Message.Text) return { ignored: 'not-text' };
  if (ctx.now() - msg.date().getTime() > ctx.maxAgeMs) return { ignored: 'old' };

  const talker = msg.talker();
  if (talker.type() === types.Contact.Official || SYSTEM_CONTACT_IDS.has(talker.id)) return { ignored: 'official' };
  const text = msg.text();
  if (isIgnoredContact(talker, ctx.ignoreContacts) || looksLikeBotReply(text)) return { ignored: 'bot' };

  const room = msg.room();
  if (!room) {
    // In a direct chat every text is a question; a habitual trigger prefix is dropped all the same.
    return { talker, conversationId: `dm:${talker.id}`, question: stripTrigger(text, ctx.triggers) ?? text.trim() };
  }

  if (ctx.rooms.length > 0) {
    const topic = (await room.topic()).trim();
    if (!ctx.rooms.includes(topic)) return { ignored: 'room-not-allowed' };
  }
  const question = await roomQuestion(msg, room, talker, text, ctx);
  if (question === undefined) return { ignored: 'not-addressed' };
  return { talker, room, conversationId: room.id, question };
}

/**
 * The question in a room message, or `undefined` when the message is not for the bot. Addressed means:
 * an @mention the puppet reports, else `@<bot name>` in the text (puppets differ), else the trigger prefix,
 * else a bare suggestion number from someone the bot just offered suggestions to in this room.
 */
async function roomQuestion(msg: Message, room: Room, talker: Contact, text: string, ctx: TriageContext): Promise<string | undefined> {
  const names = await botNames(msg, room);
  if (await msg.mentionSelf()) return stripLeadingMentions(await msg.mentionText(), names);
  const unreported = stripNameMention(text, names);
  if (unreported !== undefined) return unreported;
  const triggered = stripTrigger(text, ctx.triggers);
  if (triggered !== undefined) return triggered;
  if (parseSuggestionNumber(text) !== undefined && ctx.memory.has(room.id, talker.id)) return text.trim();
  return undefined;
}

/** The names people @ the bot by in this room: its WeChat name and its alias in the room. */
async function botNames(msg: Message, room: Room): Promise<string[]> {
  const self = msg.wechaty.currentUser;
  const names = [self.name()];
  try {
    const alias = await room.alias(self);
    if (alias) names.push(alias);
  } catch {
    // Some puppets cannot look up room aliases; the account name still works.
  }
  return names.filter((name) => name !== '');
}

function isIgnoredContact(talker: Contact, ignore: readonly string[]): boolean {
  return ignore.length > 0 && (ignore.includes(talker.id) || ignore.includes(talker.name()));
}

/**
 * Whether a text has the shape of this bot's answers (another instance, or a bot quoting one): replying to
 * it could start two bots answering each other forever.
 */
export function looksLikeBotReply(text: string): boolean {
  const simplified = toScript(text, 'simplified');
  return simplified.includes('【官方答复】') || /^\(\d+\/\d+\) /u.test(text) || /\n——\S/u.test(text);
}
