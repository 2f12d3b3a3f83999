import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError, loggedId, redact } from '../../../adapters/telegram/logger.ts';
import { pseudonym } from '../../../src/index.ts';
import { decodeSuggestionPress, encodeSuggestionPress } from '../../../adapters/telegram/callback-data.ts';

const token = '7000000002:AAE_logger-test-token-0123456789abcd';

describe('log lines and redaction', () => {
  it('removes the token, Bot API URLs holding it, and anything shaped like a token', () => {
    expect(redact(`fetch https://api.telegram.org/bot${token}/sendMessage failed`, [token])).toBe('fetch https://api.telegram.org/bot[redacted]/sendMessage failed');
    expect(redact('old token 111222333:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA leaked')).toBe('old token [redacted] leaked');
    expect(redact('webhook secret abcd-1234-efgh', ['abcd-1234-efgh'])).toBe('webhook secret [redacted]');
  });

  it('writes one line per event with fields, errors included, and the token redacted', () => {
    const lines: string[] = [];
    const logger = createLogger({ secrets: [token], write: (line) => lines.push(line) });
    logger.error('reply failed', { chat: -100, error: new Error(`Network request for 'sendMessage' failed! https://x/bot${token}/sendMessage\nsecond line`) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\S+Z error reply failed chat=-100 error="Error: Network request for 'sendMessage' failed! https:\/\/x\/bot\[redacted\]\/sendMessage \| second line"$/u);
  });

  it('says what the network said under grammY\'s HttpError, which names only the method', () => {
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:8081') });
    expect(describeError(new HttpError("Network request for 'getUpdates' failed!", refused))).toBe(
      "HttpError: Network request for 'getUpdates' failed! (fetch failed: connect ECONNREFUSED 127.0.0.1:8081)",
    );
  });
});

describe("people's ids in log lines", () => {
  it('writes user ids and private chat ids as keyed hashes, and group ids as they are', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line), idSalt: 'telegram-logger-test-salt' });
    logger.warn('rate limited', { user: 987654321, chat: 987654321 });
    logger.info('answered', { chat: -1001234567890, update: 7 });
    const hashed = `u:${pseudonym('telegram-logger-test-salt', 'telegram', '987654321').slice(0, 12)}`;
    expect(lines[0]).toMatch(new RegExp(`^\\S+Z warn rate limited user=${hashed} chat=${hashed}$`, 'u'));
    expect(lines[0]).not.toContain('987654321');
    expect(lines[1]).toMatch(/ answered chat=-1001234567890 update=7$/u);
  });

  it('hashes with a secret of its own per process when no LOG_SALT is given', () => {
    const lines: string[] = [];
    createLogger({ write: (line) => lines.push(line) }).warn('reload refused', { user: 42 });
    createLogger({ write: (line) => lines.push(line) }).warn('reload refused', { user: 42 });
    const [first, second] = lines.map((line) => /user=(u:[0-9a-f]{12})$/u.exec(line)?.[1]);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
    expect(loggedId('not an id', 's')).toBe('not an id');
  });
});

describe('suggestion button data', () => {
  it('round-trips the id and the script within 64 bytes', () => {
    const data = encodeSuggestionPress({ id: 'h85hrc:f0', script: 'traditional' })!;
    expect(data).toBe('q:t:h85hrc:f0');
    expect(decodeSuggestionPress(data)).toEqual({ id: 'h85hrc:f0', script: 'traditional' });
  });

  it('refuses ids that would not fit and data it did not write', () => {
    expect(encodeSuggestionPress({ id: '签'.repeat(21), script: 'simplified' })).toBeUndefined();
    expect(decodeSuggestionPress('something-else')).toBeUndefined();
  });
});
