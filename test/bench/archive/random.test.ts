import { describe, expect, it } from 'vitest';
import { Random, releaseSeed } from '../../../bench/archive/random.ts';

const draws = (rng: Random, n: number) => Array.from({ length: n }, () => rng.next());

describe('the archive’s random numbers', () => {
  it('repeat exactly for the same seed and differ for another', () => {
    expect(draws(new Random(42), 100)).toEqual(draws(new Random(42), 100));
    expect(draws(new Random(42), 100)).not.toEqual(draws(new Random(43), 100));
  });

  it('follow the reference mulberry32, so an archive does not drift with the Node version', () => {
    // Tommy Ettinger's mulberry32 as commonly published for JavaScript (bryc's PRNG collection), verbatim.
    function mulberry32(a: number) {
      return function () {
        let t = (a += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    for (const seed of [0, 1, 42, 0xffffffff]) {
      const reference = mulberry32(seed);
      expect(draws(new Random(seed), 50)).toEqual(Array.from({ length: 50 }, reference));
    }
  });

  it('stay in range and reach both ends of an integer range', () => {
    const rng = new Random(7);
    const ints = Array.from({ length: 2000 }, () => rng.int(3, 9));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(9);
    const floats = draws(rng, 2000);
    expect(floats.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('sample distinct items and refuse to pick from nothing', () => {
    const sample = new Random(1).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    expect(new Random(1).sample([1, 2], 5).sort()).toEqual([1, 2]);
    expect(() => new Random(1).pick([])).toThrow('Random: cannot pick from an empty list');
  });

  it('give every release of an archive its own seed', () => {
    const seeds = Array.from({ length: 20_000 }, (_, i) => releaseSeed(1, i));
    expect(new Set(seeds).size).toBe(20_000);
    expect(releaseSeed(1, 0)).not.toBe(releaseSeed(2, 0));
  });
});
