import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Options for {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Questions allowed per key within one window. */
  limit: number;
  /** The window, in milliseconds, from a key's first question. */
  windowMs: number;
}

/**
 * The verdict on one question: `allow` it; `notify` (over the limit for the first time in this window, so send
 * one short notice); or `silent` (over the limit and already told).
 */
export type RateVerdict = 'allow' | 'notify' | 'silent';

/**
 * A limit per person or per room, on rate-limiter-flexible's in-memory limiter. WeChat restricts accounts that
 * send too much too fast, so a busy group must not be able to make the bot answer without pause: over the limit
 * the asker gets one notice, then silence until the window ends. Keys are forgotten when their window ends (the
 * library's own timers), so memory does not grow with every asker.
 */
export class RateLimiter {
  readonly #limiter: RateLimiterMemory;
  readonly #limit: number;

  /** Creates a limiter allowing `limit` questions per key in each `windowMs` window. */
  constructor(options: RateLimiterOptions) {
    if (!(options.limit >= 1)) throw new RangeError(`RateLimiter: limit must be at least 1, got ${options.limit}`);
    if (!(options.windowMs > 0)) throw new RangeError(`RateLimiter: windowMs must be positive, got ${options.windowMs}`);
    this.#limit = options.limit;
    this.#limiter = new RateLimiterMemory({ points: options.limit, duration: options.windowMs / 1000 });
  }

  /**
   * Takes one question from `key`'s allowance. Over the limit, the first refusal of the window is `notify` and
   * the rest `silent`: each refusal is counted too, so the count says which one this is.
   */
  async take(key: string): Promise<RateVerdict> {
    try {
      await this.#limiter.consume(key);
      return 'allow';
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return refusal.consumedPoints === this.#limit + 1 ? 'notify' : 'silent';
    }
  }

  /** Gives back a question taken from `key` that another limit refused, so one limit does not charge for the other's refusal. */
  async giveBack(key: string): Promise<void> {
    await this.#limiter.reward(key);
  }
}
