import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mandarinOf } from '../../src/language/cantonese.ts';
import { expansionsOf } from '../../src/language/near-synonyms.ts';
import { createEngine } from '../../src/index.ts';
import { normalise } from '../../src/text/pipeline.ts';

const DEVSET = path.resolve(import.meta.dirname, '../fixtures/devset/knowledge');

describe('questions typed in written Cantonese', () => {
  it.each([
    ['發布會係邊日開㗎？', '发布会是哪日开?'],
    ['補貼有幾多錢', '补贴有多少钱'],
    ['要等幾耐先有得批', '要等多久先有得批'],
    ['幾時開始登記？', '什么时候开始登记?'],
    ['點樣申請？會唔會冇咗資格', '怎样申请?会不会没有了资格'],
    ['佢而家喺邊度上班', '他现在在哪里上班'],
  ])('reads %s as %s', (cantonese, mandarin) => {
    expect(mandarinOf(normalise(cantonese))).toBe(mandarin);
  });

  it('leaves Mandarin alone, 系 inside its words too', () => {
    for (const text of ['关系体系怎么样', '发布会在哪里开的', '联系电话是多少']) expect(mandarinOf(text)).toBe(text);
  });

  it('answers a Cantonese question from a release in standard written Chinese', async () => {
    const engine = await createEngine({ knowledgeDirs: [path.join(DEVSET, 'r23')], cacheDir: false });
    const answer = engine.answer('邊個局長出席記者會？');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('謝嘉雯');
  });
});

describe('Latin-letter abbreviations', () => {
  it('reads GDP as the term releases write, from CC-CEDICT', async () => {
    expect(expansionsOf('GDP')).toContain('生产总值');
    expect(expansionsOf('国内')).toEqual([]);
    const engine = await createEngine({ knowledgeDirs: [path.join(DEVSET, 'r22')], cacheDir: false });
    const answer = engine.answer('前三季度GDP是多少');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('5862.37亿元');
  });
});
