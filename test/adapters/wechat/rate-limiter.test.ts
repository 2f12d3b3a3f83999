import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../../adapters/wechat/rate-limiter.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('RateLimiter', () => {
  it('allows up to the limit, notifies once, then stays silent', async () => {
    const rl = new RateLimiter({ limit: 3, windowMs: 60_000 });
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await rl.take('a'));
    expect(verdicts).toEqual(['allow', 'allow', 'allow', 'notify', 'silent', 'silent']);
  });

  it('keeps keys apart', async () => {
    const rl = new RateLimiter({ limit: 1, windowMs: 60_000 });
    expect([await rl.take('alice'), await rl.take('bob'), await rl.take('alice'), await rl.take('bob')]).toEqual(['allow', 'allow', 'notify', 'notify']);
  });

  it('starts afresh when the window ends, and a new stretch over the limit gets a new notice', async () => {
    // rate-limiter-flexible reads the system clock; only Date is faked, timers stay real.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2024-01-07T10:00:00Z') });
    const rl = new RateLimiter({ limit: 2, windowMs: 60_000 });
    await rl.take('a');
    vi.setSystemTime(Date.now() + 30_000);
    await rl.take('a');
    expect(await rl.take('a')).toBe('notify');
    expect(await rl.take('a')).toBe('silent');
    vi.setSystemTime(Date.now() + 30_001); // the window that began with the first question is over
    expect(await rl.take('a')).toBe('allow');
    expect(await rl.take('a')).toBe('allow');
    expect(await rl.take('a')).toBe('notify');
  });

  it('gives back a question another limit refused', async () => {
    const rl = new RateLimiter({ limit: 1, windowMs: 60_000 });
    expect(await rl.take('a')).toBe('allow');
    await rl.giveBack('a');
    expect(await rl.take('a')).toBe('allow');
    expect(await rl.take('a')).toBe('notify');
  });

  it('rejects a limit or window that would block everything', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1 })).toThrow(/limit must be at least 1, got 0/u);
    expect(() => new RateLimiter({ limit: 1, windowMs: 0 })).toThrow(/windowMs must be positive/u);
  });
});
