import qrcodeTerminal from 'qrcode-terminal';
import { types, WechatyBuilder, type PuppetModuleName, type Wechaty, type WechatyOptions } from 'wechaty';
import type { WechatConfig } from '../../src/index.ts';
import { describeError, type Logger } from './log.ts';

/**
 * Builds the wechaty bot for the configured puppet. The fixed name makes wechaty keep the login session in
 * `<name>.memory-card.json`, so a restart logs straight back in without a new scan.
 */
export function buildWechaty(config: WechatConfig): Wechaty {
  return WechatyBuilder.build(wechatyOptions(config));
}

/** The wechaty options for the configured puppet: its npm name, and the service token when there is one. */
export function wechatyOptions(config: WechatConfig): WechatyOptions {
  return {
    name: config.name,
    // The name was checked against the wechaty-puppet-* pattern in config.ts; wechaty imports it by name.
    puppet: config.puppet as PuppetModuleName,
    ...(config.puppetToken ? { puppetOptions: { token: config.puppetToken } } : {}),
  };
}

/** Options for {@link attachLifecycle}. */
export interface LifecycleOptions {
  log: Logger;
  /** Where the QR code and login URL are printed. Default standard output. */
  print?: (text: string) => void;
  /** The clock for folding repeated errors; injected by tests. Default `Date.now`. */
  now?: () => number;
}

/** The same wechaty error is logged in full once, then at most once a minute with a repeat count. */
const REPEAT_LOG_MS = 60_000;

/**
 * Logs the bot's life (scan, login, logout, errors) and prints the login QR code in the terminal. The QR
 * code is drawn locally: it is a login credential and is never sent to a QR-image website.
 */
export function attachLifecycle(bot: Wechaty, options: LifecycleOptions): void {
  const { log } = options;
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));

  bot.on('scan', (qrcode, status) => {
    if (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout) {
      qrcodeTerminal.generate(qrcode, { small: true }, (drawn) => print(drawn));
      print(`Scan this QR code with the WeChat app to log in (status: ${types.ScanStatus[status]}).`);
      print(`Login URL (for a QR tool on this machine only): ${qrcode}`);
    } else {
      log.info(`scan status: ${types.ScanStatus[status] ?? status}`);
    }
  });
  bot.on('login', (user) => log.info(`logged in as ${user.name()}`));
  // wechaty emits 'stop' before the puppet logs out as part of stopping; that logout is expected, not news.
  let stopping = false;
  bot.on('start', () => {
    stopping = false;
  });
  bot.on('stop', () => {
    stopping = true;
  });
  bot.on('logout', (user, reason) => {
    if (stopping) {
      log.info(`logged out (${user.name()}) as the bot stops`);
      return;
    }
    // The puppet starts a new login by itself; staying up means the next QR code appears in this terminal.
    log.warn(`logged out (${user.name()})${reason ? `: ${reason}` : ''}; waiting for the next QR code`);
  });
  // A puppet that cannot reach WeChat retries several times a second, each with a stack; fold the repeats.
  const now = options.now ?? Date.now;
  const seen = new Map<string, { lastLoggedAt: number; suppressed: number }>();
  bot.on('error', (error) => {
    const key = error.message;
    const entry = seen.get(key);
    if (!entry) {
      if (seen.size >= 100) seen.clear();
      seen.set(key, { lastLoggedAt: now(), suppressed: 0 });
      log.error(`wechaty error: ${describeError(error)}`);
    } else if (now() - entry.lastLoggedAt >= REPEAT_LOG_MS) {
      log.error(`wechaty error again (${entry.suppressed + 1} times since last logged): ${key}`);
      entry.lastLoggedAt = now();
      entry.suppressed = 0;
    } else {
      entry.suppressed++;
    }
  });
}
