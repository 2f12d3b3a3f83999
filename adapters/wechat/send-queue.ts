import { setTimeout as delay } from 'node:timers/promises';
import PQueue from 'p-queue';

/** Options for {@link SendQueue}. */
export interface SendQueueOptions {
  /** Least time between the start of two sends, in milliseconds. Default 1,000. */
  intervalMs?: number;
  /** A send not finished after this long is given up (it rejects with {@link SendTimeoutError}). Default 15,000. */
  timeoutMs?: number;
  /** The clock; injected by tests. Default `Date.now`. */
  now?: () => number;
  /** How to wait between sends; injected by tests. Default a timer promise. */
  sleep?: (ms: number) => Promise<unknown>;
}

/** A send that did not finish within the queue's timeout; the message may still arrive late, or never. */
export class SendTimeoutError extends Error {
  override name = 'SendTimeoutError';
  /** The timeout that passed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`the send did not finish within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** A send that failed (the puppet rejected it); the puppet's error is the cause. */
export class SendFailedError extends Error {
  override name = 'SendFailedError';

  constructor(cause: unknown) {
    super(`the send failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** A send dropped because the queue was stopped before its turn. */
export class SendQueueStoppedError extends Error {
  override name = 'SendQueueStoppedError';

  constructor() {
    super('the bot is stopping; the send was dropped');
  }
}

/** What {@link SendQueue.stop} left behind. */
export interface StopReport {
  /** Replies dropped before their turn. */
  dropped: number;
  /** Whether a send was still running when the grace period ended. */
  unfinished: boolean;
}

/**
 * Sends one message at a time, across all chats, in the order asked, with a pause between sends: WeChat's risk
 * control limits the account, not the chat, and concurrent handlers would otherwise interleave the parts of two
 * long answers. The queue is a p-queue of concurrency 1; the pause is kept here, because p-queue's `interval`
 * counts fixed windows and lets two sends start closer together than the interval. Each send has a timeout, so
 * one that hangs cannot hold every chat behind it, and a stop drops what waits.
 */
export class SendQueue {
  readonly #queue = new PQueue({ concurrency: 1 });
  readonly #intervalMs: number;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<unknown>;
  #lastSendAt = Number.NEGATIVE_INFINITY;
  #stopped = false;
  /** Replies not yet started, with how to reject them: p-queue's clear() would leave their promises unsettled. */
  readonly #waiting = new Set<(error: Error) => void>();
  readonly #stopping = new AbortController();

  /** Creates an empty queue with the given pause, timeout and clock. */
  constructor(options: SendQueueOptions = {}) {
    this.#intervalMs = options.intervalMs ?? 1000;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? ((ms) => delay(ms));
  }

  /**
   * Runs `send` after every send queued before it and after the pause; resolves with it, or rejects with
   * {@link SendFailedError}, {@link SendTimeoutError} or {@link SendQueueStoppedError}.
   */
  enqueue<T>(send: () => Promise<T>): Promise<T> {
    return this.#add(() => this.#paced(send));
  }

  /**
   * Sends several messages back to back (pauses still apply) so no other send comes between them. A part that
   * fails or times out drops the parts after it: a reply with a hole in the middle would read as complete.
   */
  enqueueAll(sends: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
    return this.#add(async () => {
      for (const send of sends) {
        if (this.#stopped) throw new SendQueueStoppedError();
        await this.#paced(send);
      }
    });
  }

  /** Replies waiting for their turn. */
  get waiting(): number {
    return this.#waiting.size;
  }

  /**
   * Stops sending: replies waiting are dropped at once (rejecting with {@link SendQueueStoppedError}), a pause
   * in progress ends, and the send in progress gets up to `graceMs` to finish.
   */
  async stop(graceMs: number): Promise<StopReport> {
    this.#stopped = true;
    const dropped = this.#waiting.size;
    for (const reject of this.#waiting) reject(new SendQueueStoppedError());
    this.#waiting.clear();
    this.#queue.clear();
    this.#stopping.abort();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      this.#queue.onIdle().then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(timer);
    return { dropped, unfinished: !finished };
  }

  #add<T>(task: () => Promise<T>): Promise<T> {
    if (this.#stopped) return Promise.reject(new SendQueueStoppedError());
    return new Promise<T>((resolve, reject) => {
      this.#waiting.add(reject);
      this.#queue
        .add(async () => {
          // Dropped by stop() already: its promise is settled, and nothing more is sent.
          if (!this.#waiting.delete(reject)) return;
          resolve(await task());
        })
        .catch(reject);
    });
  }

  /** Sleeps `ms`, or less if the queue is stopped meanwhile. */
  async #pause(ms: number): Promise<void> {
    let onStop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => {
      onStop = resolve;
      this.#stopping.signal.addEventListener('abort', onStop, { once: true });
    });
    try {
      await Promise.race([this.#sleep(ms), stopped]);
    } finally {
      this.#stopping.signal.removeEventListener('abort', onStop);
    }
  }

  /** Waits out the pause since the last send, then sends with the timeout. */
  async #paced<T>(send: () => Promise<T>): Promise<T> {
    const wait = this.#lastSendAt + this.#intervalMs - this.#now();
    if (wait > 0) await this.#pause(wait);
    if (this.#stopped) throw new SendQueueStoppedError();
    this.#lastSendAt = this.#now();
    const sending = send().catch((cause: unknown) => Promise.reject(new SendFailedError(cause)));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new SendTimeoutError(this.#timeoutMs)), this.#timeoutMs)));
    try {
      return await Promise.race([sending, timeout]);
    } finally {
      clearTimeout(timer);
      // A send given up on may still settle later; its failure then has no one left to tell.
      sending.catch(() => undefined);
    }
  }
}
