/** Options for {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Questions allowed per key within one window. */
  limit: number;
  /** The sliding window, in milliseconds. */
  windowMs: number;
  /** The clock; injected by tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * The verdict on one question: `allow` it; `notify` (over the limit for the first time in this stretch,
 * so send one short notice); or `silent` (over the limit and already told).
 */
export type RateVerdict = 'allow' | 'notify' | 'silent';

interface Bucket {
  /** Times of the questions allowed within the window, oldest first. */
  times: number[];
  /** Whether the over-limit notice went out since the key was last allowed. */
  notified: boolean;
}

/**
 * A sliding-window limiter keyed by person or room. WeChat restricts accounts that send too much too fast,
 * so a busy group must not be able to make the bot answer without pause: over the limit the asker gets one
 * notice, then silence until the oldest question in the window ages out.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  /** Creates a limiter allowing `limit` questions per key in any `windowMs` stretch. */
  constructor(options: RateLimiterOptions) {
    if (!(options.limit >= 1)) throw new RangeError(`RateLimiter: limit must be at least 1, got ${options.limit}`);
    if (!(options.windowMs > 0)) throw new RangeError(`RateLimiter: windowMs must be positive, got ${options.windowMs}`);
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  /** Whether `key` may ask now, without recording anything (so one limiter does not charge for another's refusal). */
  check(key: string): RateVerdict {
    const bucket = this.#fresh(key);
    if (!bucket || bucket.times.length < this.#limit) return 'allow';
    return bucket.notified ? 'silent' : 'notify';
  }

  /** Records one allowed question for `key`. */
  record(key: string): void {
    const bucket = this.#fresh(key) ?? { times: [], notified: false };
    bucket.times.push(this.#now());
    bucket.notified = false;
    this.#buckets.set(key, bucket);
  }

  /** Records that `key` was told it is over the limit, so the next refusal is silent. */
  markNotified(key: string): void {
    const bucket = this.#fresh(key);
    if (bucket) bucket.notified = true;
  }

  /** Keys tracked now; stale ones are dropped as they are touched and by {@link RateLimiter.sweep}. */
  get size(): number {
    return this.#buckets.size;
  }

  /** Drops every key whose window has passed, so a long-running bot does not keep every asker forever. */
  sweep(): void {
    for (const key of [...this.#buckets.keys()]) this.#fresh(key);
  }

  /** The bucket with expired times dropped; deleted (and `undefined`) once empty. */
  #fresh(key: string): Bucket | undefined {
    const bucket = this.#buckets.get(key);
    if (!bucket) return undefined;
    const cutoff = this.#now() - this.#windowMs;
    while (bucket.times.length > 0 && bucket.times[0]! <= cutoff) bucket.times.shift();
    if (bucket.times.length === 0) {
      // The window passed: forget the key, notice flag included, so the next stretch gets a notice again.
      this.#buckets.delete(key);
      return undefined;
    }
    if (bucket.times.length < this.#limit) bucket.notified = false;
    return bucket;
  }
}
