import * as z from 'zod/mini';
import { ConfigError } from './errors.ts';
import type { Environment } from './environment.ts';
import { optionalText, parseSection, textOr, wholeNumber } from './settings.ts';

/** Everything the Telegram adapter reads from its environment, validated. */
export interface TelegramConfig {
  token: string;
  /** Which variable the token came from, for messages that tell the user what to fix. */
  tokenVariable: 'TELEGRAM_BOT_TOKEN' | 'BOT_TOKEN';
  /** A self-hosted Bot API server (or the tests' fake one), without a trailing slash. Default: Telegram's. */
  apiRoot?: string;
  mode: 'polling' | 'webhook';
  /** Present in webhook mode only. */
  webhook?: WebhookConfig;
  /** Telegram user ids allowed to run /reload. Default: nobody. */
  adminIds: ReadonlySet<number>;
  /** How the bot copes with a slow, failing or unreachable Bot API, and how it stops. */
  delivery: DeliveryConfig;
}

/** Timeouts, concurrency and the stop's grace period; every default is stated here and in the README. */
export interface DeliveryConfig {
  /**
   * Longest wait for one Bot API call, in seconds (`TELEGRAM_REQUEST_TIMEOUT_SECONDS`). Default 15. A long poll
   * waits this long past its own 30 s; the typing indicator and button answers at most 5 s.
   */
  requestTimeoutSeconds: number;
  /** Updates handled at once, across chats (`TELEGRAM_CONCURRENCY`); one chat's updates always run one at a time. Default 32. */
  concurrency: number;
  /** After SIGINT/SIGTERM, how long updates in hand may still finish before their calls are cut (`TELEGRAM_STOP_GRACE_SECONDS`). Default 5. */
  stopGraceSeconds: number;
  /** A 429 asking to wait longer than this drops that one reply with a log line (`TELEGRAM_MAX_RETRY_AFTER_SECONDS`). Default 30. */
  maxRetryAfterSeconds: number;
}

/** The defaults of {@link DeliveryConfig}. */
export const defaultDeliveryConfig: DeliveryConfig = {
  requestTimeoutSeconds: 15,
  concurrency: 32,
  stopGraceSeconds: 5,
  maxRetryAfterSeconds: 30,
};

/** Where the webhook server listens and how it knows a request comes from Telegram. */
export interface WebhookConfig {
  /** Default 8080; 0 picks a free port. */
  port: number;
  /** Default `/telegram`. */
  path: string;
  /** Telegram sends it in `X-Telegram-Bot-Api-Secret-Token` with every update. */
  secret: string;
  /** The public HTTPS address Telegram should post to; when set, the bot registers it with setWebhook at start. */
  url?: string;
}

// BotFather prints tokens as <bot id>:<35 characters>; a looser check than that would let a pasted
// quote or a trailing comment through, a stricter one would break when Telegram lengthens them.
const TOKEN_SHAPE = /^\d{3,}:[A-Za-z0-9_-]{30,}$/u;

const schema = z.object({
  TELEGRAM_BOT_TOKEN: optionalText(),
  BOT_TOKEN: optionalText(),
  TELEGRAM_API_ROOT: z.pipe(
    optionalText(z.regex(/^https?:\/\/[^\s/]+/u, 'expected an http(s) address, e.g. http://127.0.0.1:8081')),
    z.transform((s: string | undefined) => s?.replace(/\/+$/u, '')),
  ),
  PORT: z.pipe(textOr('8080', z.regex(/^\d{1,5}$/u, 'expected a port number 0–65535')), z.transform(Number)).check(
    z.refine((n: number) => n <= 65535, 'expected a port number 0–65535'),
  ),
  WEBHOOK_PATH: textOr('/telegram', z.regex(/^\/[\w\-./~]*$/u, 'expected a path starting with /, e.g. /telegram')),
  // Telegram allows 1–256 of these characters in secret_token.
  WEBHOOK_SECRET: optionalText(z.regex(/^[A-Za-z0-9_-]{16,256}$/u, 'expected 16–256 letters, digits, _ or -')),
  WEBHOOK_URL: optionalText(z.regex(/^https:\/\/\S+$/u, 'expected an https:// address (Telegram posts only to HTTPS)')),
  ADMIN_IDS: textOr('', z.regex(/^(\d+(\s*,\s*\d+)*)?$/u, 'expected Telegram user ids separated by commas, e.g. 12345,67890')),
  // Bounds: under a second no Bot API call is reliable, past a few minutes a hung call is what this setting prevents.
  TELEGRAM_REQUEST_TIMEOUT_SECONDS: wholeNumber(defaultDeliveryConfig.requestTimeoutSeconds, 1, 300, 'seconds'),
  TELEGRAM_CONCURRENCY: wholeNumber(defaultDeliveryConfig.concurrency, 1, 1000, 'updates'),
  // Container runtimes kill 10 s after SIGTERM (docker) or 90 s (systemd); the stop needs about 2 s past the grace.
  TELEGRAM_STOP_GRACE_SECONDS: wholeNumber(defaultDeliveryConfig.stopGraceSeconds, 0, 60, 'seconds'),
  TELEGRAM_MAX_RETRY_AFTER_SECONDS: wholeNumber(defaultDeliveryConfig.maxRetryAfterSeconds, 0, 3600, 'seconds'),
});

/**
 * Validates the Telegram adapter's settings once, at start: the environment, and the command line's own
 * option (`--webhook`). Throws a `ConfigError` naming every bad variable; messages never contain a value, since
 * the token is the most likely one to be wrong.
 */
export function telegramConfig(env: Environment, argv: readonly string[] = []): TelegramConfig {
  const vars = parseSection(schema, env);
  const tokenVariable = vars.TELEGRAM_BOT_TOKEN ? 'TELEGRAM_BOT_TOKEN' : vars.BOT_TOKEN ? 'BOT_TOKEN' : undefined;
  if (tokenVariable === undefined) {
    throw ConfigError.of('TELEGRAM_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN is not set: put the token BotFather gave you in the environment or in .env (BOT_TOKEN also works).');
  }
  const token = vars[tokenVariable]!;
  if (!TOKEN_SHAPE.test(token)) {
    throw ConfigError.of(tokenVariable, `${tokenVariable} does not look like a bot token (expected <bot id>:<secret>, as BotFather prints it).`);
  }

  const unknown = argv.filter((a) => a !== '--webhook');
  if (unknown.length > 0) throw ConfigError.of(unknown[0]!, `unknown argument ${JSON.stringify(unknown[0])}; the only option is --webhook`);
  const mode = argv.includes('--webhook') ? 'webhook' : 'polling';
  if (mode === 'webhook' && vars.WEBHOOK_SECRET === undefined) {
    throw ConfigError.of('WEBHOOK_SECRET', "WEBHOOK_SECRET is not set: webhook mode needs it to tell Telegram's requests from anyone else's.");
  }

  return {
    token,
    tokenVariable,
    apiRoot: vars.TELEGRAM_API_ROOT,
    mode,
    webhook: mode === 'webhook' ? { port: vars.PORT, path: vars.WEBHOOK_PATH, secret: vars.WEBHOOK_SECRET!, url: vars.WEBHOOK_URL } : undefined,
    adminIds: new Set(vars.ADMIN_IDS === '' ? [] : vars.ADMIN_IDS.split(',').map((id) => Number(id.trim()))),
    delivery: {
      requestTimeoutSeconds: vars.TELEGRAM_REQUEST_TIMEOUT_SECONDS,
      concurrency: vars.TELEGRAM_CONCURRENCY,
      stopGraceSeconds: vars.TELEGRAM_STOP_GRACE_SECONDS,
      maxRetryAfterSeconds: vars.TELEGRAM_MAX_RETRY_AFTER_SECONDS,
    },
  };
}
