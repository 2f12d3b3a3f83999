import { describe, expect, it } from 'vitest';
import { soundKey, soundsLike } from '../../src/language/homophones.ts';
import { bundledEngine } from '../helpers/engine.ts';

/** Words filed by how they sound, as an index files its vocabulary. */
function bySound(words: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) map.set(soundKey(word), [...(map.get(soundKey(word)) ?? []), word]);
  return map;
}

describe('slips of the pinyin input method', () => {
  const vocabulary = bySound(['院士', '依托', '阶段', '扎实', '走访', '研究院']);

  it('reads a word that sounds like one of the vocabulary as that word, tones aside', () => {
    expect(soundsLike('院事', vocabulary)).toEqual(['院士']);
    expect(soundsLike('依拖', vocabulary)).toEqual(['依托']);
    expect(soundsLike('接段', vocabulary)).toEqual(['阶段']);
  });

  it('reads a slip with a character jieba joined to it, at either end', () => {
    expect(soundsLike('院事作', vocabulary)).toEqual(['院士']);
    expect(soundsLike('了走防', vocabulary)).toEqual(['走访']);
  });

  it('hears a word in the reading its characters take together, not in a rarer reading of one of them', () => {
    // (查 is zha only as a surname: 查实 is cha shi, not 扎实.)
    expect(soundsLike('查实', vocabulary)).toEqual([]);
    expect(soundsLike('研究', vocabulary)).toEqual([]);
  });

  it('answers a question with such a slip from the release', async () => {
    const seed = await bundledEngine();
    const a = seed.answer('九月那个新能源汽车报告会上是哪位院事作的报告？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('院士李克强');
  });
});
