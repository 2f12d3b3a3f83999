import { run } from '@grammyjs/runner';
import type { Api, Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { COMMAND_MENU, createTelegramBot, type TelegramBot, type TelegramBotOptions } from './bot.ts';
import type { Engine, TelegramConfig } from '../../src/index.ts';
import { TelegramFatalError, toFatalError } from './errors.ts';
import type { Logger } from './logger.ts';
import { finishUpdatesInHand } from './stopping.ts';
import { LONG_POLL_SECONDS } from './timeouts.ts';
import { startWebhookServer } from './webhook.ts';

/** What {@link runTelegramBot} needs: validated settings, a loaded engine, and a signal that asks it to stop. */
export interface RunOptions {
  config: TelegramConfig;
  engine: Engine;
  logger: Logger;
  /** Aborting it stops the bot gracefully (SIGINT/SIGTERM in main.ts). */
  signal: AbortSignal;
  /** Overrides of the bot's own options (rate limit, retry timing …), for tests and tuning. */
  botOptions?: Partial<TelegramBotOptions>;
  /** Interface the webhook server binds. Default all interfaces. */
  webhookHost?: string;
  /** Called once the bot is receiving updates. */
  onReady?: (info: { mode: 'polling' | 'webhook'; username: string; port?: number }) => void;
}

// Updates fetched and not finished, at most; past it the runner fetches no more until some finish. Updates of a
// chat waiting for its turn count here, not against the concurrency bound (the runner's own default).
const UPDATES_IN_HAND_LIMIT = 500;
// Between failed long polls: steady, so the bot is back within a second or so of Telegram (the runner's default doubles without end).
const POLL_RETRY_MS = 1000;
// Confirming the last updates at a stop must not hold the exit long when Telegram is unreachable.
const CONFIRM_TIMEOUT_MS = 2000;

/**
 * Runs the bot until `signal` is aborted or Telegram refuses it for good, and returns the exit code:
 * 0 after a graceful stop, 1 when the token is rejected (401), another instance polls (409) or start-up fails.
 */
export async function runTelegramBot(options: RunOptions): Promise<number> {
  const { config, logger, signal } = options;
  const { delivery } = config;
  const app = createTelegramBot(options.engine, {
    token: config.token,
    apiRoot: config.apiRoot,
    adminIds: config.adminIds,
    logger,
    concurrency: delivery.concurrency,
    ...options.botOptions,
    retry: { requestTimeoutSeconds: delivery.requestTimeoutSeconds, maxDelaySeconds: delivery.maxRetryAfterSeconds, ...options.botOptions?.retry },
  });
  const { bot } = app;
  const graceMs = delivery.stopGraceSeconds * 1000;
  const fail = (error: unknown, what: string): number => {
    const fatal = toFatalError(error, config.tokenVariable);
    logger.error(fatal instanceof TelegramFatalError ? fatal.message : `${what} failed`, { error: fatal instanceof TelegramFatalError ? undefined : fatal });
    return 1;
  };

  // Start-up calls hear the stop too: during an outage their retries would otherwise hold a SIGTERM for a minute.
  // grammy types signals with its abort-controller shim; on Node 20 it is the global AbortSignal.
  const startSignal = signal as Parameters<typeof bot.init>[0];
  try {
    await bot.init(startSignal);
  } catch (error) {
    if (signal.aborted) return 0;
    return fail(error, 'getMe');
  }
  try {
    await bot.api.setMyCommands(COMMAND_MENU, undefined, startSignal);
  } catch (error) {
    // Without the menu the bot still answers; a revoked token will surface on the next call anyway.
    if (!signal.aborted) logger.warn('setMyCommands failed', { error });
  }

  // Stopped while starting up: a listener added from here on would never hear the abort.
  if (signal.aborted) return 0;

  if (config.mode === 'webhook') {
    const webhook = config.webhook!;
    if (webhook.url) {
      try {
        await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret }, signal as Parameters<typeof bot.init>[0]);
        logger.info('webhook registered', { url: webhook.url });
      } catch (error) {
        if (signal.aborted) return 0;
        return fail(error, 'setWebhook');
      }
    }
    const server = await startWebhookServer(app, { port: webhook.port, host: options.webhookHost, path: webhook.path, secret: webhook.secret, logger, graceMs });
    logger.info('receiving updates by webhook', { bot: bot.botInfo.username, port: server.port, path: webhook.path });
    options.onReady?.({ mode: 'webhook', username: bot.botInfo.username, port: server.port });
    await waitForAbort(signal);
    logger.info('stopping: no new requests; letting updates in hand finish', { updates: app.inHand().length, graceSeconds: delivery.stopGraceSeconds });
    await server.close();
    logger.info('stopped');
    return 0;
  }

  return poll(app, options, graceMs, fail);
}

/** Long polling with the runner until the signal or a fatal refusal; then the graceful stop. */
async function poll(app: TelegramBot, options: RunOptions, graceMs: number, fail: (error: unknown, what: string) => number): Promise<number> {
  const { logger, signal } = options;
  const { bot } = app;
  try {
    // A webhook left registered makes every getUpdates fail with 409.
    await bot.api.deleteWebhook(undefined, signal as Parameters<typeof bot.init>[0]);
  } catch (error) {
    if (signal.aborted) return 0;
    return fail(error, 'deleteWebhook');
  }
  if (signal.aborted) return 0;
  const lastFetched = trackFetchedUpdates(bot.api);
  const runner = run(bot, {
    runner: { fetch: { timeout: LONG_POLL_SECONDS }, retryInterval: POLL_RETRY_MS, silent: true },
    sink: { concurrency: UPDATES_IN_HAND_LIMIT },
  });
  logger.info('receiving updates by long polling', { bot: bot.botInfo.username });
  options.onReady?.({ mode: 'polling', username: bot.botInfo.username });

  // The runner's task ends only when stopped, or rejects with what it cannot retry (401, 409).
  const polling = runner.task()!.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  const outcome = await Promise.race([polling, waitForAbort(signal).then(() => undefined)]);
  let code = 0;
  if (outcome !== undefined && !signal.aborted) code = fail(outcome.error, 'polling');
  else logger.info('stopping: polling stopped; letting updates in hand finish', { updates: app.inHand().length, graceSeconds: graceMs / 1000 });

  // Aborts the long poll in flight at once; updates already fetched keep running.
  await Promise.resolve(runner.isRunning() ? runner.stop() : undefined).catch(() => undefined);
  await finishUpdatesInHand(app, graceMs, logger);
  if (code !== 0) return code;
  await confirmUpdates(bot.api, lastFetched(), logger);
  logger.info('stopped');
  return 0;
}

/**
 * Tells Telegram the fetched updates are done, so a restart does not get them again (grammY's `bot.stop` does
 * the same; the runner leaves it to the next poll, which never comes).
 */
async function confirmUpdates(api: Api, lastUpdateId: number | undefined, logger: Logger): Promise<void> {
  if (lastUpdateId === undefined) return;
  try {
    await api.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 }, AbortSignal.timeout(CONFIRM_TIMEOUT_MS) as Parameters<Api['getUpdates']>[1]);
  } catch (error) {
    logger.warn('confirming the last updates failed; Telegram may send them again after a restart', { lastUpdate: lastUpdateId, error });
  }
}

/** Installs a transformer that remembers the highest update id getUpdates returned; returns a getter for it. */
function trackFetchedUpdates(api: Api): () => number | undefined {
  let last: number | undefined;
  const track: Transformer = async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (method === 'getUpdates' && response.ok) {
      for (const update of response.result as Update[]) last = Math.max(last ?? update.update_id, update.update_id);
    }
    return response;
  };
  api.config.use(track);
  return () => last;
}

function waitForAbort(signal: AbortSignal): Promise<void> {
  return signal.aborted ? Promise.resolve() : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
