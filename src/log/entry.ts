import type { Answer, AnswerBand } from '../answer/types.ts';
import { pseudonym } from '../privacy/pseudonym.ts';
import { scrubPersonalIds } from '../privacy/scrub.ts';

/** The transports that answer questions. */
export type Channel = 'console' | 'telegram' | 'wechat';

/** Whether the question came in a one-to-one chat or a group (Telegram group, WeChat room). */
export type ChatType = 'private' | 'group';

/**
 * What became of a question. `usage` (greetings, help, empty input) is its own outcome, not a refusal:
 * a "你好" is no gap in the knowledge, so the report leaves it out of the answer/suggest/refuse rates.
 */
export type Outcome = 'answered' | 'suggested' | 'refused' | 'usage';

/** Every outcome, in the order reports show them. */
export const OUTCOMES: readonly Outcome[] = ['answered', 'suggested', 'refused', 'usage'];

/** What an adapter hands the log for one question it answered. */
export interface QuestionLogEntry {
  channel: Channel;
  chatType: ChatType;
  /** The platform's id of who asked (Telegram user id, WeChat contact id); stored only as a salted hash. */
  asker?: string;
  /** The engine's answer; the question as typed and as understood, outcome, kind, cited release and score are read from it. */
  answer: Answer;
  /** Milliseconds from receiving the message to having the answer. */
  latencyMs: number;
}

/** One row of the `questions` table, as written and as read back. */
export interface QuestionRow {
  /** Unix milliseconds. */
  askedAt: number;
  channel: string;
  /** Null for rows migrated from schema v1, which did not record it. */
  chatType: ChatType | null;
  /** HMAC of the asker's platform id; null when unknown or when no `LOG_SALT` is set. */
  asker: string | null;
  /** The question as typed (scrubbed). */
  question: string;
  /** The question as the bot understood it when it read the message as a follow-up; null otherwise and for rows before schema v3. */
  understood: string | null;
  outcome: Outcome;
  kind: string;
  releaseId: string | null;
  score: number;
  latencyMs: number | null;
}

/** Questions are stored up to this many characters; the engine reads no further than 500. */
export const MAX_STORED_QUESTION_CHARS = 1000;

const CHANNEL = /^[a-z][a-z0-9_-]{0,31}$/u;

/** The outcome an answer's band stands for. */
export function outcomeOf(band: AnswerBand): Outcome {
  switch (band) {
    case 'answer':
      return 'answered';
    case 'suggest':
      return 'suggested';
    case 'usage':
      return 'usage';
    default:
      return 'refused';
  }
}

/**
 * The stored stand-in for an asker: HMAC-SHA256 keyed with `LOG_SALT` over channel and id, 32 hex digits
 * (see {@link pseudonym}).
 */
export function hashAsker(salt: string, channel: string, asker: string): string {
  return pseudonym(salt, channel, asker);
}

/** Turns an adapter's entry into a row; throws a `TypeError` naming the field when the entry is malformed. */
export function toRow(entry: QuestionLogEntry, askedAt: number, salt: string | undefined): QuestionRow {
  if (typeof entry !== 'object' || entry === null) throw new TypeError('entry must be an object');
  const { channel, chatType, asker, answer, latencyMs } = entry;
  if (typeof channel !== 'string' || !CHANNEL.test(channel)) throw new TypeError(`channel ${JSON.stringify(channel)} is not a channel name`);
  if (chatType !== 'private' && chatType !== 'group') throw new TypeError(`chatType ${JSON.stringify(chatType)} is neither private nor group`);
  if (typeof answer !== 'object' || answer === null || typeof answer.question !== 'string') throw new TypeError('answer must be the engine\'s Answer');
  const hasAsker = typeof asker === 'string' && asker.length > 0;
  return {
    askedAt,
    channel,
    chatType,
    asker: hasAsker && salt !== undefined ? hashAsker(salt, channel, asker) : null,
    // The engine has scrubbed it already; an answer made elsewhere (or by older code) is scrubbed here.
    question: scrubPersonalIds(answer.question.slice(0, MAX_STORED_QUESTION_CHARS)),
    // (One question of a message that asked several is no follow-up: the message is logged as typed.)
    understood: typeof answer.understood === 'string' && answer.understoodAs !== 'part' ? scrubPersonalIds(answer.understood.slice(0, MAX_STORED_QUESTION_CHARS)) : null,
    outcome: outcomeOf(answer.band),
    kind: typeof answer.kind === 'string' ? answer.kind : 'none',
    releaseId: typeof answer.citation?.releaseId === 'string' ? answer.citation.releaseId : null,
    score: Number.isFinite(answer.score) ? answer.score : 0,
    latencyMs: typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs >= 0 ? latencyMs : null,
  };
}
