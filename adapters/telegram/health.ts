import { describeError, type Logger } from './logger.ts';

/** Consecutive failed calls that make an outage: one failure alone is a hiccup that a retry absorbs. */
const FAILURES_FOR_OUTAGE = 2;

/**
 * Tells outages of the Bot API from hiccups and logs each outage once when it starts and once when it ends.
 * Every attempt of every call reports here: a call with no answer or a 5xx answer is a failure, any other
 * answer (a 4xx included: Telegram is there) a success.
 */
export class ApiHealth {
  readonly #logger: Logger;
  readonly #now: () => number;
  #failures = 0;
  #failingSince = 0;
  #down = false;

  /** Starts healthy. */
  constructor(logger: Logger, now: () => number = Date.now) {
    this.#logger = logger;
    this.#now = now;
  }

  /** Whether an outage is under way (logged and not yet over). */
  get down(): boolean {
    return this.#down;
  }

  /** Records a call that reached Telegram; ends an outage with one line saying how long it lasted. */
  success(): void {
    if (this.#down) {
      const seconds = Math.round((this.#now() - this.#failingSince) / 1000);
      this.#logger.info('Bot API reachable again', { downSeconds: seconds, failedCalls: this.#failures });
    }
    this.#down = false;
    this.#failures = 0;
  }

  /** Records a call that got no answer or a 5xx; the second in a row starts an outage, logged once. */
  failure(method: string, error: unknown): void {
    if (this.#failures++ === 0) this.#failingSince = this.#now();
    if (this.#down || this.#failures < FAILURES_FOR_OUTAGE) return;
    this.#down = true;
    this.#logger.warn('Bot API unreachable; retrying until it answers', { since: new Date(this.#failingSince).toISOString(), method, error: describeError(error) });
  }
}
