import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/index.ts';
import { scoreConversations, scoreDevset, totalOf, type DevsetHalf } from '../src/eval/devset.ts';

/**
 * The development set's floors (test/fixtures/devset): releases the code was not written for, questions written
 * blind. A change that loses ground here loses it on the next release an office publishes. The figures each
 * floor stands under are in the README (npm run eval -- --devset tune|tune2|holdout|holdout2|holdout3|tune4|holdout4 [--conversations]).
 */
const FLOORS: Record<DevsetHalf, { answerable: number; refused: number; conversations: number }> = {
  tune: { answerable: 0.78, refused: 0.85, conversations: 0.8 },
  tune2: { answerable: 0.73, refused: 0.9, conversations: 0.72 },
  // Scored once (alone 105/140 and 30/42, beside 105/140 and 28/42, conversations 19/30 and 19/30), then tuned on.
  holdout: { answerable: 0.78, refused: 0.76, conversations: 0.72 },
  // Scored once (alone 106/140 and 33/42, beside 104/140 and 33/42, conversations 23/30), then tuned on.
  holdout2: { answerable: 0.74, refused: 0.78, conversations: 0.72 },
  // Scored once at the end of the round (alone 106/140 and 29/42, beside 108/140 and 29/42, conversations 20/30).
  holdout3: { answerable: 0.72, refused: 0.64, conversations: 0.63 },
  // Written blind for the next round and tuned on (before it: alone 94/140 and 34/42, conversations 18/30).
  tune4: { answerable: 0.66, refused: 0.78, conversations: 0.58 },
  // Written blind with tune4, kept untouched until the end of the round.
  holdout4: { answerable: 0, refused: 0, conversations: 0 },
};

const engines = new Map<string, Promise<Engine>>();
function engineFor(dirs: string[]): Promise<Engine> {
  const key = dirs.join(':');
  if (!engines.has(key)) engines.set(key, createEngine({ knowledgeDirs: dirs, cacheDir: false }));
  return engines.get(key)!;
}

describe.each(['tune', 'tune2', 'holdout', 'holdout2', 'holdout3', 'tune4'] as const)('development set, %s half', (half) => {
  it('keeps its floors with each release alone and beside the bundled one', async () => {
    const scores = await scoreDevset(half, async (dirs) => {
      const engine = await engineFor(dirs);
      return (q) => engine.answer(q);
    }, ['alone', 'beside']);
    for (const mode of ['alone', 'beside'] as const) {
      const { answerable: [ap, at], refused: [rp, rt] } = totalOf(scores, mode);
      console.log(`${half} ${mode}: answerable ${ap}/${at}, refused ${rp}/${rt}`);
      expect(ap / at).toBeGreaterThanOrEqual(FLOORS[half].answerable);
      expect(rp / rt).toBeGreaterThanOrEqual(FLOORS[half].refused);
    }
  });

  it('keeps its floor on the last turn of its conversations', async () => {
    const results = await scoreConversations(half, async (dirs) => {
      const engine = await engineFor(dirs);
      return (conversation, q) => engine.converse(conversation, q);
    });
    const passed = results.filter((r) => r.passed).length;
    console.log(`${half} conversations: ${passed}/${results.length}`);
    expect(passed / results.length).toBeGreaterThanOrEqual(FLOORS[half].conversations);
  });
});
