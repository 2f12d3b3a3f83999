/**
 * Runs the real adapter (runTelegramBot: config, grammy Bot, long polling) against a fresh fake Bot API
 * server, with log lines captured, and stops it again. One per test; the engine is shared per file.
 */
import type { Engine } from '../../../src/index.ts';
import type { TelegramBotOptions } from '../../../adapters/telegram/bot.ts';
import { defaultDeliveryConfig, type TelegramConfig } from '../../../src/index.ts';
import { createLogger, loggedId } from '../../../adapters/telegram/logger.ts';
import { runTelegramBot } from '../../../adapters/telegram/run.ts';
import { startFakeBotApi, TEST_TOKEN, type FakeBotApi, type RecordedCall } from './fake-bot-api.ts';

/** The secret the harness's logger hashes people's ids with, so tests can find a chat's log lines. */
const LOG_ID_SALT = 'harness-log-id-salt';

/** How a chat or user id appears in the harness bot's log lines (`chat=u:…` for a person, the id for a group). */
export function idInLog(id: number): string {
  return String(loggedId(id, LOG_ID_SALT));
}

/** A running bot and its fake server. */
export interface Harness {
  fake: FakeBotApi;
  logs: string[];
  /** Queues an update and waits until the bot has handled it. */
  deliver(update: Parameters<FakeBotApi['pushUpdate']>[0]): Promise<number>;
  /** Resolves once the bot has finished the update with this id (at once if it already has). */
  handled(updateId: number, timeoutMs?: number): Promise<void>;
  /** Stops the bot gracefully and returns runTelegramBot's exit code. */
  stop(): Promise<number>;
}

/** Options for {@link startHarness}. */
export interface HarnessOptions {
  config?: Partial<TelegramConfig>;
  botOptions?: Partial<TelegramBotOptions>;
  /** Prepare the fake before the bot starts (scripted failures of getMe, say). */
  beforeStart?: (fake: FakeBotApi) => void;
  /** Do not wait for the bot to be ready (for start-up failures). */
  expectFailure?: boolean;
  /** Reuse a fake server (to restart a bot against the same Telegram); it is then left open by stop(). */
  fake?: FakeBotApi;
}

/** Starts a fake Bot API and the adapter in polling mode against it. */
export async function startHarness(engine: Engine, options: HarnessOptions = {}): Promise<Harness & { exit: Promise<number> }> {
  const fake = options.fake ?? (await startFakeBotApi());
  options.beforeStart?.(fake);
  const logs: string[] = [];
  const logger = createLogger({ secrets: [TEST_TOKEN], write: (line) => logs.push(line), idSalt: LOG_ID_SALT });
  const stopper = new AbortController();
  // The runner fetches the next updates while earlier ones are still being handled, so the fake's confirmed
  // offset no longer says an update is done; the bot's own hook does.
  const done = new Set<number>();
  const doneWaiters = new Map<number, () => void>();
  const handled = (updateId: number, timeoutMs = 60_000): Promise<void> =>
    done.has(updateId)
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`update ${updateId} was not handled within ${timeoutMs} ms; calls: ${fake.calls.map((c) => `${c.method}:${c.status}`).join(', ')}`)), timeoutMs);
          doneWaiters.set(updateId, () => {
            clearTimeout(timer);
            resolve();
          });
        });
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const exit = runTelegramBot({
    config: { token: TEST_TOKEN, tokenVariable: 'TELEGRAM_BOT_TOKEN', apiRoot: fake.apiRoot, mode: 'polling', adminIds: new Set(), delivery: defaultDeliveryConfig, ...options.config },
    engine,
    logger,
    signal: stopper.signal,
    // Retries stay real but short, so failure tests take milliseconds, not seconds.
    botOptions: {
      ...options.botOptions,
      retry: { networkBackoffMs: 20, serverErrorBackoffMs: 50, ...options.botOptions?.retry },
      onUpdateDone: (id) => {
        done.add(id);
        doneWaiters.get(id)?.();
        options.botOptions?.onUpdateDone?.(id);
      },
    },
    onReady: () => ready(),
  });
  if (!options.expectFailure) await Promise.race([readyPromise, exit.then((code) => Promise.reject(new Error(`bot exited with ${code}: ${logs.join('\n')}`)))]);
  return {
    fake,
    logs,
    exit,
    handled,
    deliver: async (update) => {
      const id = fake.pushUpdate(update);
      await handled(id);
      return id;
    },
    stop: async () => {
      stopper.abort();
      const code = await exit;
      if (!options.fake) await fake.close();
      return code;
    },
  };
}

/** The sendMessage calls the fake accepted in a chat, in order. */
export function sentMessages(fake: FakeBotApi, chatId: number): RecordedCall[] {
  return fake.accepted('sendMessage', chatId);
}
