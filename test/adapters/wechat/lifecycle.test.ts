import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { attachLifecycle, buildWechaty, wechatyOptions } from '../../../adapters/wechat/lifecycle.ts';
import { wechatConfig as readWechatConfig } from '../../../src/index.ts';
import type { Logger } from '../../../adapters/wechat/log.ts';
import { BOT_NAME, startMockWorld, type MockWorld } from './harness.ts';

const printed: string[] = [];
const logs: string[] = [];
const log: Logger = {
  info: (m) => logs.push(`info ${m}`),
  warn: (m) => logs.push(`warn ${m}`),
  error: (m) => logs.push(`error ${m}`),
};
let world: MockWorld;
let now = 0;

beforeAll(async () => {
  world = await startMockWorld((bot) => attachLifecycle(bot, { log, print: (text) => printed.push(text), now: () => now }));
}, 30_000);

afterAll(async () => {
  await world?.stop();
});

const LOGIN_URL = 'https://login.weixin.qq.com/l/AbCdEf123==';

describe('the bot\'s life', () => {
  it('logs the login with the account name', () => {
    expect(logs).toContain(`info logged in as ${BOT_NAME}`);
  });

  it('prints the QR code in the terminal and the raw login URL while waiting for a scan, and on timeout', () => {
    printed.length = 0;
    world.mocker.scan(LOGIN_URL, types.ScanStatus.Waiting);
    world.mocker.scan(LOGIN_URL, types.ScanStatus.Timeout);
    const urlLines = printed.filter((line) => line.includes(LOGIN_URL));
    expect(urlLines).toHaveLength(2);
    // qrcode-terminal's small mode draws with half-block characters.
    expect(printed.filter((text) => /[▀▄█]/u.test(text))).toHaveLength(2);
    // The URL is printed as it is, never turned into a link to a QR-image website.
    expect(printed.join('\n')).not.toMatch(/https?:\/\/(?!login\.weixin\.qq\.com)/u);
  });

  it('only logs the other scan states', () => {
    printed.length = 0;
    world.mocker.scan(LOGIN_URL, types.ScanStatus.Scanned);
    expect(printed).toEqual([]);
    expect(logs).toContain('info scan status: Scanned');
  });

  it('stays up after a logout, logging it and showing the next QR code', async () => {
    await world.puppet.logout('kicked out by WeChat');
    expect(logs.some((line) => line.startsWith(`warn logged out (${BOT_NAME}): kicked out by WeChat`))).toBe(true);
    expect(world.bot.isLoggedIn).toBe(false);
    printed.length = 0;
    world.mocker.scan(LOGIN_URL, types.ScanStatus.Waiting);
    expect(printed.some((line) => line.includes(LOGIN_URL))).toBe(true);
  });

  it('logs a wechaty error in full once, then folds its repeats into one line a minute', () => {
    const errorLines = () => logs.filter((line) => line.startsWith('error wechaty error'));
    for (let i = 0; i < 5; i++) world.bot.emitError(new Error('getaddrinfo ENOTFOUND login.wx.qq.com'));
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toMatch(/^error wechaty error: .*ENOTFOUND login\.wx\.qq\.com\n\s+at /u);

    now += 60_000;
    world.bot.emitError(new Error('getaddrinfo ENOTFOUND login.wx.qq.com'));
    expect(errorLines()).toHaveLength(2);
    expect(errorLines()[1]).toBe('error wechaty error again (5 times since last logged): getaddrinfo ENOTFOUND login.wx.qq.com');

    world.bot.emitError(new Error('puppet connection lost'));
    expect(errorLines()).toHaveLength(3);
  });
});

describe('wechatyOptions', () => {
  it('names the bot and the puppet, so wechaty saves the session under that name', () => {
    expect(wechatyOptions(readWechatConfig({}))).toEqual({ name: 'press-qa-bot', puppet: 'wechaty-puppet-wechat4u' });
  });

  it('passes the puppet service token through to the puppet', () => {
    const config = readWechatConfig({ WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_token_789', WECHATY_NAME: 'suzhou-bot' });
    expect(wechatyOptions(config)).toEqual({ name: 'suzhou-bot', puppet: 'wechaty-puppet-service', puppetOptions: { token: 'puppet_token_789' } });
  });

  it('builds a bot with that name, not started', () => {
    expect(buildWechaty(readWechatConfig({ WECHATY_NAME: 'lifecycle-test' })).name()).toBe('lifecycle-test');
  });
});

describe('a normal stop', () => {
  it('is not logged as an unexpected logout', async () => {
    const stopLogs: string[] = [];
    const stopLog: Logger = { info: (m) => stopLogs.push(`info ${m}`), warn: (m) => stopLogs.push(`warn ${m}`), error: (m) => stopLogs.push(`error ${m}`) };
    const own = await startMockWorld((bot) => attachLifecycle(bot, { log: stopLog, print: () => {} }));
    await own.stop();
    expect(stopLogs).toContain(`info logged out (${BOT_NAME}) as the bot stops`);
    expect(stopLogs.filter((line) => line.startsWith('warn logged out'))).toEqual([]);
  });
});
