import { GrammyError } from 'grammy';

/**
 * Telegram refused the bot in a way retrying cannot fix: a revoked or wrong token (401/404), or another
 * instance already polling with it (409). The bot stops with this message instead of hanging.
 */
export class TelegramFatalError extends Error {
  override name = 'TelegramFatalError';

  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
  }
}

/** Wraps the Bot API errors that must end the process in a {@link TelegramFatalError}; other errors pass through unchanged. */
export function toFatalError(error: unknown, tokenVariable = 'TELEGRAM_BOT_TOKEN'): unknown {
  if (!(error instanceof GrammyError)) return error;
  // Telegram answers 404 (not 401) to a token of the right shape that belongs to no bot.
  if (error.error_code === 401 || (error.error_code === 404 && error.method === 'getMe')) {
    return new TelegramFatalError(
      `Telegram rejected the bot token (${error.error_code} ${error.description}): it was revoked or mistyped. ` +
        `Get the current token from @BotFather and set ${tokenVariable}.`,
      { cause: error },
    );
  }
  if (error.error_code === 409) {
    return new TelegramFatalError(
      `Another instance is already receiving this bot's updates (409 ${error.description}). ` +
        'Stop the other instance, or run every instance in webhook mode (--webhook) behind one address.',
      { cause: error },
    );
  }
  return error;
}

/**
 * Telegram carried a call out (it answered 200) but its answer could not be read, so the result (the sent
 * message) is unknown. For a send this means delivered: the caller must not send it again.
 */
export class DeliveredWithoutAnswerError extends Error {
  override name = 'DeliveredWithoutAnswerError';
  /** The Bot API method, e.g. `sendMessage`. */
  readonly method: string;

  constructor(method: string, options: { cause: unknown }) {
    super(`${method} was carried out, but Telegram's answer was lost`, options);
    this.method = method;
  }
}
