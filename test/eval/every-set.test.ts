import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import { compareResults, scoreDevset, scoreEverySet, totalOf } from '../../src/eval/devset.ts';

describe('compareResults', () => {
  it('lists what passes now and did not, and the other way round, of the keys both runs scored', () => {
    const before = { 'tune/r1/r1-01': true, 'tune/r1/r1-02': false, 'tune/r1/r1-03': true, 'tune/r1/gone': true };
    const now = { 'tune/r1/r1-01': true, 'tune/r1/r1-02': true, 'tune/r1/r1-03': false, 'tune/r1/new': false };
    expect(compareResults(before, now)).toEqual({ gained: ['tune/r1/r1-02'], lost: ['tune/r1/r1-03'] });
    expect(compareResults(now, now)).toEqual({ gained: [], lost: [] });
  });
});

describe('scoreEverySet', () => {
  it('scores a set as the set commands do, keyed per question and conversation, with a line per failure', async () => {
    const engines = new Map<string, Promise<Engine>>();
    const engineFor = (dirs: string[]) => {
      const key = dirs.join(':');
      if (!engines.has(key)) engines.set(key, createEngine({ knowledgeDirs: dirs, cacheDir: false }));
      return engines.get(key)!;
    };
    const finished: string[] = [];
    const { results, totals, failures } = await scoreEverySet(engineFor, (half) => finished.push(half), ['tune']);
    expect(finished).toEqual(['tune']);
    const alone = totalOf(await scoreDevset('tune', async (dirs) => { const e = await engineFor(dirs); return (q) => e.answer(q); }, ['alone']), 'alone');
    expect(totals[0]!.answerable).toEqual(alone.answerable);
    expect(totals[0]!.refused).toEqual(alone.refused);
    const questions = Object.keys(results).filter((k) => !k.includes('/conversation/'));
    expect(questions).toHaveLength(alone.answerable[1] + alone.refused[1]);
    // (Conversations are scored alone and beside; the set's total counts those alone.)
    const conversations = Object.keys(results).filter((k) => k.includes('/conversation/'));
    expect(conversations).toHaveLength(2 * totals[0]!.conversations[1]);
    const failed = Object.entries(results).filter(([k, passed]) => !passed && !k.includes('/conversation/beside/')).length;
    expect(failures).toHaveLength(failed);
    expect(failures.every((line) => line.split('\t').length === 5)).toBe(true);
  });
});
