import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, telegramConfig as readTelegramConfig, withDotenv } from '../../src/config/index.ts';

const token = '7000000001:AAE_config-test-token-0123456789abcd';

function configError(env: NodeJS.ProcessEnv, argv: string[] = []): ConfigError {
  try {
    readTelegramConfig(env, argv);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the Telegram section of the configuration', () => {
  it('reads the token from TELEGRAM_BOT_TOKEN, or from BOT_TOKEN', () => {
    expect(readTelegramConfig({ TELEGRAM_BOT_TOKEN: token })).toMatchObject({ token, tokenVariable: 'TELEGRAM_BOT_TOKEN', mode: 'polling' });
    expect(readTelegramConfig({ BOT_TOKEN: token })).toMatchObject({ token, tokenVariable: 'BOT_TOKEN' });
  });

  it('names the variable when the token is missing', () => {
    const error = configError({});
    expect(error.variable).toBe('TELEGRAM_BOT_TOKEN');
    expect(error.message).toMatch(/^TELEGRAM_BOT_TOKEN is not set/u);
  });

  it('names the variable when the token is malformed, without printing it', () => {
    const malformed = 'not-a-token-but-a-secret-anyway';
    const error = configError({ BOT_TOKEN: malformed });
    expect(error.variable).toBe('BOT_TOKEN');
    expect(error.message).not.toContain(malformed);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('takes TELEGRAM_API_ROOT without a trailing slash', () => {
    expect(readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).apiRoot).toBe('http://127.0.0.1:8081');
    expect(configError({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'localhost' }).variable).toBe('TELEGRAM_API_ROOT');
  });

  it('needs WEBHOOK_SECRET in webhook mode and reads PORT and WEBHOOK_PATH', () => {
    expect(configError({ TELEGRAM_BOT_TOKEN: token }, ['--webhook']).variable).toBe('WEBHOOK_SECRET');
    const config = readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_SECRET: 's3cret-s3cret-s3cret', PORT: '9000', WEBHOOK_PATH: '/tg' }, ['--webhook']);
    expect(config.mode).toBe('webhook');
    expect(config.webhook).toEqual({ port: 9000, path: '/tg', secret: 's3cret-s3cret-s3cret', url: undefined });
    expect(configError({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_SECRET: 's3cret-s3cret-s3cret', PORT: '99999' }, ['--webhook']).variable).toBe('PORT');
  });

  it('reads ADMIN_IDS as a set of user ids and refuses anything else', () => {
    expect([...readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, ADMIN_IDS: '12, 34' }).adminIds]).toEqual([12, 34]);
    expect(configError({ TELEGRAM_BOT_TOKEN: token, ADMIN_IDS: 'alice' }).variable).toBe('ADMIN_IDS');
  });

  it('reads the request timeout, concurrency, stop grace and 429 cap, with stated defaults, and names a bad one', () => {
    expect(readTelegramConfig({ TELEGRAM_BOT_TOKEN: token }).delivery).toEqual({ requestTimeoutSeconds: 15, concurrency: 32, stopGraceSeconds: 5, maxRetryAfterSeconds: 30 });
    const tuned = readTelegramConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_REQUEST_TIMEOUT_SECONDS: '20',
      TELEGRAM_CONCURRENCY: '8',
      TELEGRAM_STOP_GRACE_SECONDS: '0',
      TELEGRAM_MAX_RETRY_AFTER_SECONDS: '',
    });
    expect(tuned.delivery).toEqual({ requestTimeoutSeconds: 20, concurrency: 8, stopGraceSeconds: 0, maxRetryAfterSeconds: 30 });
    expect(configError({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_REQUEST_TIMEOUT_SECONDS: '0' }).variable).toBe('TELEGRAM_REQUEST_TIMEOUT_SECONDS');
    expect(configError({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_CONCURRENCY: 'many' }).message).toContain('whole number of updates');
    expect(configError({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_STOP_GRACE_SECONDS: '120' }).variable).toBe('TELEGRAM_STOP_GRACE_SECONDS');
  });

  it('refuses unknown arguments', () => {
    expect(configError({ TELEGRAM_BOT_TOKEN: token }, ['--webhok']).message).toContain('--webhok');
  });

  it('reads a .env file without overriding variables already set', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'telegram-env-'));
    try {
      const file = path.join(dir, '.env');
      await writeFile(file, `TELEGRAM_BOT_TOKEN=${token}\nADMIN_IDS=1\n`);
      const env = withDotenv({ ADMIN_IDS: '2' }, file);
      expect(readTelegramConfig(env)).toMatchObject({ token, adminIds: new Set([2]) });
      expect(withDotenv({}, path.join(dir, 'missing.env'))).toEqual({});
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
