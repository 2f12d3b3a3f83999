import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError, redact } from '../../../adapters/telegram/logger.ts';
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
