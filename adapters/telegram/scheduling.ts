import { sequentialize } from '@grammyjs/runner';
import type { Context, MiddlewareFn } from 'grammy';
import PQueue from 'p-queue';
import type { Logger } from './logger.ts';

/** An update the bot has received and not finished, for the stop's log lines. */
export interface UpdateInHand {
  update: number;
  chat?: number;
  /** Whether its handler has started (else it waits for its chat's earlier updates or a free slot). */
  started: boolean;
}

/** Options for {@link UpdateScheduler}. */
export interface SchedulerOptions {
  /** Updates handled at once across chats. */
  concurrency: number;
  logger: Logger;
  /** Called when an update is finished (handled, failed or dropped). Default: nothing. */
  onUpdateDone?: (updateId: number) => void;
}

/**
 * Decides when each update runs: one chat's updates one after another in the order they came (the runner's
 * `sequentialize` by chat), different chats side by side, at most `concurrency` handlers at once. An update
 * waiting for its chat holds no slot, so a chat stuck in a 429 wait or a slow call holds one slot at most,
 * never another chat's turn. The same middleware serves long polling and webhooks.
 */
export class UpdateScheduler {
  readonly #slots: PQueue;
  readonly #logger: Logger;
  readonly #onUpdateDone: ((updateId: number) => void) | undefined;
  readonly #inHand = new Map<number, UpdateInHand>();
  #idleWaiters: (() => void)[] = [];
  #dropping = false;

  /** A scheduler with no update in hand. */
  constructor(options: SchedulerOptions) {
    this.#slots = new PQueue({ concurrency: options.concurrency });
    this.#logger = options.logger;
    this.#onUpdateDone = options.onUpdateDone;
  }

  /** The middleware to install before any handler, in this order. */
  middleware(): MiddlewareFn<Context>[] {
    return [this.#track, sequentialize<Context>(chatKey), this.#takeSlot];
  }

  /** Resolves once no update is in hand. */
  idle(): Promise<void> {
    return this.#inHand.size === 0 ? Promise.resolve() : new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** The updates in hand now, oldest first. */
  inHand(): UpdateInHand[] {
    return [...this.#inHand.values()];
  }

  /** From now on an update whose turn comes is dropped with a log line instead of handled: the bot is stopping. */
  dropWaiting(): void {
    this.#dropping = true;
  }

  readonly #track: MiddlewareFn<Context> = async (ctx, next) => {
    const update = ctx.update.update_id;
    this.#inHand.set(update, { update, chat: ctx.chat?.id, started: false });
    try {
      await next();
    } finally {
      this.#inHand.delete(update);
      this.#onUpdateDone?.(update);
      if (this.#inHand.size === 0) for (const wake of this.#idleWaiters.splice(0)) wake();
    }
  };

  readonly #takeSlot: MiddlewareFn<Context> = async (ctx, next) => {
    await this.#slots.add(async () => {
      const entry = this.#inHand.get(ctx.update.update_id);
      if (this.#dropping) {
        this.#logger.warn('not handled: the bot stopped before its turn', { update: ctx.update.update_id, chat: ctx.chat?.id });
        return;
      }
      if (entry) entry.started = true;
      await next();
    });
  };
}

/** Updates of one chat share a key; one without a chat (an inline query, say) is ordered by its sender. */
function chatKey(ctx: Context): string | undefined {
  const id = ctx.chat?.id ?? ctx.from?.id;
  return id === undefined ? undefined : String(id);
}
