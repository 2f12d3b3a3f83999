import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../adapters/wechat/rate-limiter.ts';

function limiter(limit: number, windowMs: number) {
  let now = 1_000_000;
  const rl = new RateLimiter({ limit, windowMs, now: () => now });
  const ask = (key: string) => {
    const verdict = rl.check(key);
    if (verdict === 'allow') rl.record(key);
    if (verdict === 'notify') rl.markNotified(key);
    return verdict;
  };
  return { rl, ask, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows up to the limit, notifies once, then stays silent', () => {
    const { ask } = limiter(3, 60_000);
    expect(['a', 'a', 'a', 'a', 'a', 'a'].map(ask)).toEqual(['allow', 'allow', 'allow', 'notify', 'silent', 'silent']);
  });

  it('keeps keys apart', () => {
    const { ask } = limiter(1, 60_000);
    expect([ask('alice'), ask('bob'), ask('alice'), ask('bob')]).toEqual(['allow', 'allow', 'notify', 'notify']);
  });

  it('slides: a slot frees when the oldest question ages out, and a new stretch over the limit gets a new notice', () => {
    const { ask, advance } = limiter(2, 60_000);
    ask('a');
    advance(30_000);
    ask('a');
    expect(ask('a')).toBe('notify');
    advance(30_001); // the first question is now out of the window
    expect(ask('a')).toBe('allow');
    expect(ask('a')).toBe('notify');
  });

  it('forgets idle keys so memory does not grow with every asker', () => {
    const { rl, ask, advance } = limiter(2, 60_000);
    ask('a');
    ask('b');
    expect(rl.size).toBe(2);
    advance(60_001);
    rl.sweep();
    expect(rl.size).toBe(0);
  });

  it('rejects a limit or window that would block everything', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1 })).toThrow(/limit must be at least 1, got 0/u);
    expect(() => new RateLimiter({ limit: 1, windowMs: 0 })).toThrow(/windowMs must be positive/u);
  });
});
