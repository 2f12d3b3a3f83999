import type { Engine } from '../../src/index.ts';
import { COMMAND_MENU, createTelegramBot, type TelegramBotOptions } from './bot.ts';
import type { TelegramConfig } from './config.ts';
import { TelegramFatalError, toFatalError } from './errors.ts';
import type { Logger } from './logger.ts';
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

/**
 * Runs the bot until `signal` is aborted or Telegram refuses it for good, and returns the exit code:
 * 0 after a graceful stop, 1 when the token is rejected (401), another instance polls (409) or start-up fails.
 */
export async function runTelegramBot(options: RunOptions): Promise<number> {
  const { config, logger, signal } = options;
  const app = createTelegramBot(options.engine, {
    token: config.token,
    apiRoot: config.apiRoot,
    adminIds: config.adminIds,
    logger,
    ...options.botOptions,
  });
  const { bot } = app;
  const fail = (error: unknown, what: string): number => {
    const fatal = toFatalError(error, config.tokenVariable);
    logger.error(fatal instanceof TelegramFatalError ? fatal.message : `${what} failed`, { error: fatal instanceof TelegramFatalError ? undefined : fatal });
    return 1;
  };

  try {
    // grammy types signals with its abort-controller shim; on Node 20 it is the global AbortSignal.
    await bot.init(signal as Parameters<typeof bot.init>[0]);
  } catch (error) {
    if (signal.aborted) return 0;
    return fail(error, 'getMe');
  }
  try {
    await bot.api.setMyCommands(COMMAND_MENU);
  } catch (error) {
    // Without the menu the bot still answers; a revoked token will surface on the next call anyway.
    logger.warn('setMyCommands failed', { error });
  }

  // Stopped while starting up: a listener added from here on would never hear the abort.
  if (signal.aborted) return 0;

  if (config.mode === 'webhook') {
    const webhook = config.webhook!;
    if (webhook.url) {
      try {
        await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
        logger.info('webhook registered', { url: webhook.url });
      } catch (error) {
        return fail(error, 'setWebhook');
      }
    }
    const server = await startWebhookServer(app, { port: webhook.port, host: options.webhookHost, path: webhook.path, secret: webhook.secret, logger });
    logger.info('receiving updates by webhook', { bot: bot.botInfo.username, port: server.port, path: webhook.path });
    options.onReady?.({ mode: 'webhook', username: bot.botInfo.username, port: server.port });
    await waitForAbort(signal);
    logger.info('stopping: letting in-flight updates finish');
    await server.close();
    logger.info('stopped');
    return 0;
  }

  const stopPolling = (): void => {
    logger.info('stopping: finishing the current updates');
    bot.stop().catch((error: unknown) => logger.warn('confirming the last updates failed', { error }));
  };
  signal.addEventListener('abort', stopPolling, { once: true });
  try {
    await bot.start({
      onStart: (me) => {
        logger.info('receiving updates by long polling', { bot: me.username });
        options.onReady?.({ mode: 'polling', username: me.username });
      },
    });
  } catch (error) {
    return fail(error, 'polling');
  } finally {
    signal.removeEventListener('abort', stopPolling);
  }
  // bot.start returns once polling ends; an update handed over in the last batch may still be running.
  await app.idle();
  logger.info('stopped');
  return 0;
}

function waitForAbort(signal: AbortSignal): Promise<void> {
  return signal.aborted ? Promise.resolve() : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
