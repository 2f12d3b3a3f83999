import type { Script, Suggestion } from '../../src/index.ts';

/** Options for {@link SuggestionMemory}. */
export interface SuggestionMemoryOptions {
  /** How long offered suggestions can be picked by number, in milliseconds. Default 5 minutes. */
  ttlMs?: number;
  /** The clock; injected by tests. Default `Date.now`. */
  now?: () => number;
  /** Most conversations remembered at once; the oldest are dropped first. Default 10,000. */
  maxEntries?: number;
}

/** What a person was last offered in one conversation. */
interface Entry {
  suggestions: Suggestion[];
  script: Script;
  expiresAt: number;
}

/** A suggestion picked by number, with the script it was offered in. */
export interface PickedSuggestion {
  suggestion: Suggestion;
  script: Script;
}

const defaultOptions = { ttlMs: 5 * 60_000, now: Date.now, maxEntries: 10_000 } satisfies Required<SuggestionMemoryOptions>;

/**
 * Remembers the numbered suggestions each person was last offered in each room (or direct chat), so a reply
 * of just `2` asks the second one. In memory only, with expiry: a restart forgets, which costs the user one
 * retyped question and keeps nobody's chat history on disk.
 */
export class SuggestionMemory {
  readonly #options: Required<SuggestionMemoryOptions>;
  readonly #entries = new Map<string, Entry>();

  /** Creates an empty memory with the given expiry and clock. */
  constructor(options: SuggestionMemoryOptions = {}) {
    this.#options = { ...defaultOptions, ...options };
  }

  /** Remembers the suggestions offered to `personId` in `conversationId`; an empty list forgets the old ones. */
  remember(conversationId: string, personId: string, suggestions: readonly Suggestion[], script: Script): void {
    const key = keyOf(conversationId, personId);
    this.#entries.delete(key);
    if (suggestions.length === 0) return;
    this.#entries.set(key, { suggestions: [...suggestions], script, expiresAt: this.#options.now() + this.#options.ttlMs });
    this.#prune();
  }

  /** Whether `personId` has unexpired suggestions in `conversationId`. */
  has(conversationId: string, personId: string): boolean {
    return this.#live(keyOf(conversationId, personId)) !== undefined;
  }

  /** The unexpired suggestion numbered `n` (1-based) for this person and conversation, if there is one. */
  pick(conversationId: string, personId: string, n: number): PickedSuggestion | undefined {
    const entry = this.#live(keyOf(conversationId, personId));
    const suggestion = entry?.suggestions[n - 1];
    return entry && suggestion ? { suggestion, script: entry.script } : undefined;
  }

  /** How many conversations are remembered now (expired ones included until they are next touched). */
  get size(): number {
    return this.#entries.size;
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#options.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #prune(): void {
    const now = this.#options.now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
    // Maps iterate in insertion order, and remember() re-inserts, so the first keys are the oldest.
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.#options.maxEntries) break;
      this.#entries.delete(key);
    }
  }
}

function keyOf(conversationId: string, personId: string): string {
  return `${conversationId}\u0000${personId}`;
}
