import * as z from 'zod/mini';
import type { Environment } from './environment.ts';
import { optionalText, parseSection, textOr, wholeNumber } from './settings.ts';

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

const listRule = 'must be a JSON array of strings or a comma-separated list';

/**
 * A list variable: a JSON array (for room topics that contain commas) or items separated by commas (ASCII or
 * full-width) or new lines.
 */
const list = z.pipe(
  optionalText(z.refine((text: string) => !text.startsWith('[') || isStringArray(text), listRule)),
  z.transform((text: string | undefined): string[] => {
    if (text === undefined) return [];
    const items: string[] = text.startsWith('[') ? (JSON.parse(text) as string[]) : text.split(/[,，\n]/u);
    return items.map((s) => s.trim()).filter(Boolean);
  }),
);

function isStringArray(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

const schema = z.object({
  WECHATY_PUPPET: textOr('wechaty-puppet-wechat4u', z.regex(/^(@[\w.-]+\/)?wechaty-puppet-[\w.-]+$/u, 'must be a wechaty puppet package name such as wechaty-puppet-wechat4u')),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText(),
  WECHATY_NAME: textOr('press-qa-bot', z.regex(/^[\w.-]+$/u, 'must be letters, digits, dot, dash or underscore (it names the session file)')),
  WECHAT_ROOMS: list,
  WECHAT_TRIGGER: textOr('问：'),
  WECHAT_PERSON_LIMIT: wholeNumber(6, 1, 100_000, 'questions'),
  WECHAT_ROOM_LIMIT: wholeNumber(20, 1, 100_000, 'questions'),
  WECHAT_RATE_WINDOW_SECONDS: wholeNumber(60, 1, 86_400, 'seconds'),
  WECHAT_SEND_INTERVAL_MS: wholeNumber(1000, 0, 600_000, 'milliseconds'),
  WECHAT_IGNORE_CONTACTS: list,
  WECHAT_SEND_TIMEOUT_SECONDS: wholeNumber(15, 1, 300, 'seconds'),
  WECHAT_STOP_GRACE_SECONDS: wholeNumber(5, 0, 60, 'seconds'),
});

/**
 * Validates the WeChat adapter's settings into a {@link WechatConfig}; throws a `ConfigError` listing every
 * bad variable, each with the rule it breaks and never its value.
 */
export function wechatConfig(env: Environment): WechatConfig {
  const e = parseSection(schema, env);
  return {
    puppet: e.WECHATY_PUPPET,
    ...(e.WECHATY_PUPPET_SERVICE_TOKEN ? { puppetToken: e.WECHATY_PUPPET_SERVICE_TOKEN } : {}),
    name: e.WECHATY_NAME,
    rooms: e.WECHAT_ROOMS,
    trigger: e.WECHAT_TRIGGER,
    personLimit: e.WECHAT_PERSON_LIMIT,
    roomLimit: e.WECHAT_ROOM_LIMIT,
    rateWindowMs: e.WECHAT_RATE_WINDOW_SECONDS * 1000,
    sendIntervalMs: e.WECHAT_SEND_INTERVAL_MS,
    sendTimeoutMs: e.WECHAT_SEND_TIMEOUT_SECONDS * 1000,
    stopGraceMs: e.WECHAT_STOP_GRACE_SECONDS * 1000,
    ignoreContacts: e.WECHAT_IGNORE_CONTACTS,
  };
}
