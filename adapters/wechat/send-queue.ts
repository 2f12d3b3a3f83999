import { setTimeout as delay } from 'node:timers/promises';

/** Options for {@link SendQueue}. */
export interface SendQueueOptions {
  /** Least time between the start of two sends, in milliseconds. Default 1,000. */
  intervalMs?: number;
  /** The clock; injected by tests. Default `Date.now`. */
  now?: () => number;
  /** How to wait; injected by tests. Default a timer promise. */
  sleep?: (ms: number) => Promise<unknown>;
}

/**
 * Sends one message at a time, in the order asked, with a pause between sends. WeChat's risk control
 * restricts accounts that send bursts, and concurrent handlers would otherwise interleave the parts of
 * two long answers.
 */
export class SendQueue {
  readonly #intervalMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<unknown>;
  #tail: Promise<unknown> = Promise.resolve();
  #lastSendAt = Number.NEGATIVE_INFINITY;

  /** Creates an empty queue with the given pause and clock. */
  constructor(options: SendQueueOptions = {}) {
    this.#intervalMs = options.intervalMs ?? 1000;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? ((ms) => delay(ms));
  }

  /** Runs `send` after every send queued before it and after the pause; resolves or rejects with it. */
  enqueue<T>(send: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const wait = this.#lastSendAt + this.#intervalMs - this.#now();
      if (wait > 0) await this.#sleep(wait);
      this.#lastSendAt = this.#now();
      return send();
    };
    const result = this.#tail.then(run, run);
    // One failed send must not block the queue; its caller sees the rejection through `result`.
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Sends several messages back to back (pauses still apply) so no other send comes between them. */
  enqueueAll(sends: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
    return this.enqueue(async () => {
      for (const [i, send] of sends.entries()) {
        if (i > 0) {
          const wait = this.#lastSendAt + this.#intervalMs - this.#now();
          if (wait > 0) await this.#sleep(wait);
          this.#lastSendAt = this.#now();
        }
        await send();
      }
    });
  }
}
