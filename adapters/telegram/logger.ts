import { randomBytes } from 'node:crypto';
import { pseudonym } from '../../src/index.ts';

/** Fields attached to a log line; errors are written as their name and message. */
export type LogFields = Record<string, string | number | boolean | undefined | null | unknown>;

/** Where the adapter writes what it did and what went wrong. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** Strings that must never be written (the bot token, the webhook secret); replaced by `[redacted]`. */
  secrets?: readonly (string | undefined)[];
  /** Receives each finished line. Default: standard error. */
  write?: (line: string) => void;
  /**
   * The secret people's ids are hashed with in `user` and `chat` fields (`LOG_SALT`, so a line's `u:…` matches
   * the question log's asker). Default: a random secret per process, so a line can still be matched with
   * another line of the same run.
   */
  idSalt?: string;
}

/** Fields that hold a Telegram user id, or a chat id, which for a private chat is the user's id. */
const ID_FIELDS = new Set(['user', 'chat']);

/**
 * A person's id as a log line shows it: `u:` and 12 hex digits of its keyed hash. Group and channel chats
 * (negative ids) are not people and stay as they are, so an operator can still find the group.
 */
export function loggedId(value: unknown, salt: string): unknown {
  const id = typeof value === 'number' || typeof value === 'bigint' ? value : typeof value === 'string' && /^-?\d+$/u.test(value) ? Number(value) : undefined;
  if (id === undefined || id < 0) return value;
  return `u:${pseudonym(salt, 'telegram', String(value)).slice(0, 12)}`;
}

// Bot tokens look like 123456789:AA…; catch them even when they are not the configured one (a stale token
// in a URL inside an error, say), and the `/bot<token>/` path segment grammy builds URLs with.
const TOKEN_PATTERN = /\d{3,}:[A-Za-z0-9_-]{20,}/gu;

/**
 * Removes secrets from text: each configured secret, anything shaped like a bot token, and the token part
 * of Bot API URLs. Every log line and every error text the adapter prints goes through this.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out.replace(TOKEN_PATTERN, '[redacted]');
}

/**
 * A logger writing one line per event, `time level message key=value …`, with secrets redacted and people's
 * ids (`user`, and `chat` for private chats) written only as keyed hashes.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const idSalt = options.idSalt ?? randomBytes(16).toString('hex');
  const log = (level: string, message: string, fields: LogFields = {}): void => {
    const rest = Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${formatValue(ID_FIELDS.has(key) ? loggedId(value, idSalt) : value)}`);
    write(redact([new Date().toISOString(), level, message, ...rest].join(' '), secrets));
  };
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

/**
 * One line for any thrown value: `Name: message`, then what lies underneath (grammY's `HttpError` keeps the
 * network's error in `error`, others in `cause`), e.g. `HttpError: Network request for 'getUpdates' failed!
 * (fetch failed: connect ECONNREFUSED 127.0.0.1:8081)`; newlines flattened so a log line stays one line.
 */
export function describeError(error: unknown): string {
  let text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const reasons: string[] = [];
  if (error instanceof Error) {
    const inner = (error as { error?: unknown }).error ?? error.cause;
    for (let e = inner, depth = 0; e !== undefined && e !== null && depth < 4; e = e instanceof Error ? e.cause : undefined, depth++) {
      const reason = e instanceof Error ? e.message : String(e);
      if (reason !== '' && !reasons.includes(reason) && !text.includes(reason)) reasons.push(reason);
    }
  }
  if (reasons.length > 0) text += ` (${reasons.join(': ')})`;
  return text.replace(/\s*\n\s*/gu, ' | ');
}

function formatValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(describeError(value));
  if (typeof value === 'string') return /^[^\s"=]+$/u.test(value) ? value : JSON.stringify(value);
  return String(value);
}
