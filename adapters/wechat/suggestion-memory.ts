import { LRUCache } from 'lru-cache';
import type { Script, Suggestion } from '../../src/index.ts';

/** Options for {@link SuggestionMemory}. */
export interface SuggestionMemoryOptions {
  /** How long offered suggestions can be picked by number, in milliseconds. Default 5 minutes. */
  ttlMs?: number;
  /** The clock; injected by tests. Default `Date.now`. */
  now?: () => number;
  /** Most conversations remembered at once; the least recently used are dropped first. Default 10,000. */
  maxEntries?: number;
}

/** What a person was last offered in one conversation. */
interface Entry {
  suggestions: Suggestion[];
  script: Script;
}

/** A suggestion picked by number, with the script it was offered in. */
export interface PickedSuggestion {
  suggestion: Suggestion;
  script: Script;
}

const defaultOptions = { ttlMs: 5 * 60_000, now: Date.now, maxEntries: 10_000 } satisfies Required<SuggestionMemoryOptions>;

/**
 * Remembers the numbered suggestions each person was last offered in each room (or direct chat), so a reply
 * of just `2` asks the second one. In memory only, with expiry and a bound (lru-cache): a restart forgets,
 * which costs the user one retyped question and keeps nobody's chat history on disk.
 */
export class SuggestionMemory {
  readonly #entries: LRUCache<string, Entry>;

  /** Creates an empty memory with the given expiry, bound and clock. */
  constructor(options: SuggestionMemoryOptions = {}) {
    const { ttlMs, now, maxEntries } = { ...defaultOptions, ...options };
    // ttlResolution 0: the injected clock is read at every check, so a test's clock moves expiry at once.
    this.#entries = new LRUCache<string, Entry>({ max: maxEntries, ttl: ttlMs, perf: { now }, ttlResolution: 0 });
  }

  /** Remembers the suggestions offered to `personId` in `conversationId`; an empty list forgets the old ones. */
  remember(conversationId: string, personId: string, suggestions: readonly Suggestion[], script: Script): void {
    const key = keyOf(conversationId, personId);
    if (suggestions.length === 0) this.#entries.delete(key);
    else this.#entries.set(key, { suggestions: [...suggestions], script });
  }

  /** Whether `personId` has unexpired suggestions in `conversationId`. */
  has(conversationId: string, personId: string): boolean {
    // get, not has: it drops an expired entry as it finds it.
    return this.#entries.get(keyOf(conversationId, personId)) !== undefined;
  }

  /** The unexpired suggestion numbered `n` (1-based) for this person and conversation, if there is one. */
  pick(conversationId: string, personId: string, n: number): PickedSuggestion | undefined {
    const entry = this.#entries.get(keyOf(conversationId, personId));
    const suggestion = entry?.suggestions[n - 1];
    return entry && suggestion ? { suggestion, script: entry.script } : undefined;
  }

  /** How many conversations are remembered now (expired ones included until they are next touched). */
  get size(): number {
    return this.#entries.size;
  }
}

function keyOf(conversationId: string, personId: string): string {
  return `${conversationId}\u0000${personId}`;
}
