import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** The WeChat adapter's settings, read once from the environment (and `.env`) at start-up. */
export interface WechatConfig {
  /** The wechaty puppet's npm name. Default `wechaty-puppet-wechat4u` (free, web protocol). */
  puppet: string;
  /** Token for `wechaty-puppet-service`; never printed. */
  puppetToken?: string;
  /** Fixed bot name: wechaty saves the login session as `<name>.memory-card.json`. Default `press-qa-bot`. */
  name: string;
  /** Room topics the bot may answer in; empty means every room. */
  rooms: string[];
  /** Prefix that addresses the bot in a room without an @mention. Default `问：`. */
  trigger: string;
  /** Questions one person may ask per window, across rooms and direct chat. Default 6. */
  personLimit: number;
  /** Questions one room may ask per window, all members together. Default 20. */
  roomLimit: number;
  /** The rate-limit window in milliseconds. Default 60,000. */
  rateWindowMs: number;
  /** Least time between two messages the bot sends, in milliseconds. Default 1,000. */
  sendIntervalMs: number;
  /** A send that has not finished after this many milliseconds is given up and logged, so it cannot hold the queue. Default 15,000. */
  sendTimeoutMs: number;
  /** At a stop, how long the send in progress may still finish, in milliseconds; waiting sends are dropped at once. Default 5,000. */
  stopGraceMs: number;
  /** Names or ids of other bots whose messages are ignored, to stop reply loops. */
  ignoreContacts: string[];
}

/** A setting the adapter cannot start with; names the variable, never echoes a secret's value. */
export class WechatConfigError extends Error {
  override name = 'WechatConfigError';
}

/**
 * Splits a list variable: a JSON array (for room topics that contain commas) or items separated by
 * commas (ASCII or full-width) or new lines.
 */
function parseList(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const text = raw.trim();
  if (text.startsWith('[')) {
    const parsed: unknown = JSON.parse(text);
    return z.array(z.string()).parse(parsed).map((s) => s.trim()).filter(Boolean);
  }
  return text.split(/[,，\n]/u).map((s) => s.trim()).filter(Boolean);
}

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().optional().transform((n) => n ?? fallback);

// Empty strings in .env files mean "not set", so they fall back to the defaults like absent variables.
const emptyAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const envSchema = z.object({
  WECHATY_PUPPET: z.preprocess(
    emptyAsUnset,
    z.string().regex(/^(@[\w.-]+\/)?wechaty-puppet-[\w.-]+$/u, 'must be a wechaty puppet package name such as wechaty-puppet-wechat4u').default('wechaty-puppet-wechat4u'),
  ),
  WECHATY_PUPPET_SERVICE_TOKEN: z.preprocess(emptyAsUnset, z.string().optional()),
  WECHATY_NAME: z.preprocess(emptyAsUnset, z.string().regex(/^[\w.-]+$/u, 'must be letters, digits, dot, dash or underscore (it names the session file)').default('press-qa-bot')),
  WECHAT_ROOMS: z.string().optional(),
  WECHAT_TRIGGER: z.preprocess(emptyAsUnset, z.string().default('问：')),
  WECHAT_PERSON_LIMIT: z.preprocess(emptyAsUnset, positiveInt(6)),
  WECHAT_ROOM_LIMIT: z.preprocess(emptyAsUnset, positiveInt(20)),
  WECHAT_RATE_WINDOW_SECONDS: z.preprocess(emptyAsUnset, positiveInt(60)),
  WECHAT_SEND_INTERVAL_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).optional().transform((n) => n ?? 1000)),
  WECHAT_IGNORE_CONTACTS: z.string().optional(),
  WECHAT_SEND_TIMEOUT_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(300).optional().transform((n) => n ?? 15)),
  WECHAT_STOP_GRACE_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(60).optional().transform((n) => n ?? 5)),
});

/**
 * Validates an environment object into a {@link WechatConfig}; throws a {@link WechatConfigError}
 * listing every bad variable.
 */
export function readWechatConfig(env: Record<string, string | undefined>): WechatConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    // zod's issue messages name the rule, not the value, so the token cannot leak through here.
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new WechatConfigError(`wechat: bad configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = result.data;
  const list = (name: 'WECHAT_ROOMS' | 'WECHAT_IGNORE_CONTACTS') => {
    try {
      return parseList(e[name]);
    } catch (cause) {
      throw new WechatConfigError(`wechat: bad configuration: ${name}: must be a JSON array of strings or a comma-separated list`, { cause });
    }
  };
  return {
    puppet: e.WECHATY_PUPPET,
    ...(e.WECHATY_PUPPET_SERVICE_TOKEN ? { puppetToken: e.WECHATY_PUPPET_SERVICE_TOKEN } : {}),
    name: e.WECHATY_NAME,
    rooms: list('WECHAT_ROOMS'),
    trigger: e.WECHAT_TRIGGER.trim(),
    personLimit: e.WECHAT_PERSON_LIMIT,
    roomLimit: e.WECHAT_ROOM_LIMIT,
    rateWindowMs: e.WECHAT_RATE_WINDOW_SECONDS * 1000,
    sendIntervalMs: e.WECHAT_SEND_INTERVAL_MS,
    sendTimeoutMs: e.WECHAT_SEND_TIMEOUT_SECONDS * 1000,
    stopGraceMs: e.WECHAT_STOP_GRACE_SECONDS * 1000,
    ignoreContacts: list('WECHAT_IGNORE_CONTACTS'),
  };
}

/** Loads `.env` (without overriding variables already set) and validates the result, once per process. */
export function loadWechatConfig(): WechatConfig {
  loadDotenv({ quiet: true });
  return readWechatConfig(process.env);
}

/** A one-line summary for the start-up log, with the token shown only as set or not set. */
export function describeConfig(config: WechatConfig): string {
  return [
    `puppet=${config.puppet}`,
    `token=${config.puppetToken ? 'set' : 'not set'}`,
    `name=${config.name}`,
    `rooms=${config.rooms.length > 0 ? config.rooms.join('|') : '(all)'}`,
    `trigger=${config.trigger}`,
    `limits=${config.personLimit}/person,${config.roomLimit}/room per ${config.rateWindowMs / 1000}s`,
    `sendInterval=${config.sendIntervalMs}ms`,
    `sendTimeout=${config.sendTimeoutMs / 1000}s`,
    `stopGrace=${config.stopGraceMs / 1000}s`,
  ].join(' ');
}
