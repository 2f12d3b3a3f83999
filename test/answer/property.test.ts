import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/index.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { scrubPersonalIds } from '../../src/privacy/scrub.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await bundledEngine();
});

/** Every answer, whatever the input, has this shape. */
function expectWellFormed(a: Answer, question: string): void {
  // (The question as answered and logged: other people's @handles are placeholders, `@\u0000` → `@某人`.)
  expect(a.question).toBe(scrubPersonalIds(question));
  expect(typeof a.answered).toBe('boolean');
  expect(['answer', 'suggest', 'refuse', 'usage']).toContain(a.band);
  expect(['qa', 'fact', 'event', 'release', 'none']).toContain(a.kind);
  expect(a.answered).toBe(a.band === 'answer');
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  expect(a.text.length).toBeGreaterThan(0);
  expect(a.suggestions.length).toBeLessThanOrEqual(3);
  if (a.answered) expect(a.citation?.title.length).toBeGreaterThan(0);
  else expect(a.kind).toBe('none');
  // Nothing of the input's control characters or lone surrogates leaks into the reply.
  expect(a.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/u);
  expect(() => JSON.stringify(a)).not.toThrow();
}

const releaseWords = fc.constantFrom('签约', '金额', '双创汇', '李克强', '535.35', '2023年5月23日', '多少', '什么', '吗', '？', '發布會', '😀', '<script>', '&amp;', '\u0000', '\u202E');

describe('any input', () => {
  it('never throws and always returns a well-formed answer, for random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
        expectWellFormed(engine.answer(q), q);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for mixtures of release words, emoji, markup and control characters', () => {
    fc.assert(
      fc.property(fc.array(releaseWords, { maxLength: 30 }).map((w) => w.join('')), (q) => {
        expectWellFormed(engine.answer(q), q);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 10,000-character question quickly and politely', () => {
    const q = '累计签约金额是多少？'.repeat(1000);
    const started = performance.now();
    const a = engine.answer(q);
    expectWellFormed(a, q);
    // Not a timing assertion on the hot path (see npm run bench): a guard that the input is bounded.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('handles emoji-only, markup-only and control-only input as usage', () => {
    for (const q of ['😀😀😀', '<b></b>', '\u0000\u0001\u0002', '\n\n\t', '🇨🇳']) {
      const a = engine.answer(q);
      expectWellFormed(a, q);
      expect(a.answered).toBe(false);
    }
  });

  it('does not treat values that are not strings as a crash', () => {
    for (const q of [undefined, null, 42, {}] as unknown as string[]) {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
    }
  });
});
