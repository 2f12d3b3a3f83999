import { LRUCache } from 'lru-cache';

/** One answered turn of a conversation, as much as a follow-up needs of it. */
export interface Turn {
  /** The question as the bot understood it (a follow-up resolved to a whole question). */
  understood: string;
  /** Its content: the question without its frame words (第一阶段 干啥 → 第一阶段). */
  content: string;
  /** The frame words (干啥, 是多少, 什么时候), for asking the same of a new subject. */
  cues: string;
  /** The person the answer named, when it named one (主持人是谁 → 胡亚琴), for 她/他/这位. */
  person?: string;
  /** The people the answer named, in the order it named them (发布人：王慧，李黎), for 第二位, 排第二的那位. */
  people?: string[];
  /** The date the answer gave, for 那天 and 当时. */
  date?: string;
  /** The stable id of the passage quoted (`releaseKey:localKey`), for 详细说说 and 原文. */
  passage?: string;
}

/** Options for {@link ConversationMemory}. */
export interface ConversationMemoryOptions {
  /** How long a conversation is remembered after its last turn, in ms. Default: 5 minutes. */
  ttlMs?: number;
  /** Turns kept per conversation. Default: 3. */
  turns?: number;
  /** Conversations kept at once; the least recently used go first. Default: 10,000. */
  conversations?: number;
  /** The clock, in ms (for tests). Default: `performance.now()`. */
  now?: () => number;
}

const defaults = { ttlMs: 5 * 60_000, turns: 3, conversations: 10_000 };

/**
 * A short memory per asker (per chat in Telegram, per person per room in WeChat, per console session): the last
 * few answered turns, for a few minutes, bounded in memory and never written to disk.
 */
export class ConversationMemory {
  private readonly cache: LRUCache<string, Turn[]>;
  private readonly turns: number;

  constructor(options: ConversationMemoryOptions = {}) {
    const { ttlMs, turns, conversations, now } = { ...defaults, ...options };
    this.turns = turns;
    this.cache = new LRUCache<string, Turn[]>({ max: conversations, ttl: ttlMs, updateAgeOnGet: false, ...(now ? { perf: { now }, ttlResolution: 0 } : {}) });
  }

  /** The last answered turn of a conversation, if it is still remembered. */
  last(conversation: string): Turn | undefined {
    const turns = this.cache.get(conversation);
    return turns?.[turns.length - 1];
  }

  /** Remembers an answered turn. */
  remember(conversation: string, turn: Turn): void {
    const turns = [...(this.cache.get(conversation) ?? []), turn].slice(-this.turns);
    this.cache.set(conversation, turns);
  }

  /** Forgets a conversation (a new session, /start). */
  forget(conversation: string): void {
    this.cache.delete(conversation);
  }

  /** How many conversations are remembered, for tests and figures. */
  get size(): number {
    return this.cache.size;
  }
}
