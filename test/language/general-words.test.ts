import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CONTENT_AFTER_ALL_IDF } from '../../src/language/stopwords.ts';
import { generalWord, namesSpecificThing, specificity } from '../../src/language/general-words.ts';
import { classifiersOfNoun, isCedictWord, isVerbTaggedAsNoun, nearSynonymsOf, regionalVariantsOf, sameMeaningChars } from '../../src/language/near-synonyms.ts';

describe('general-language statistics', () => {
  it.each(['分数线', '票价', '邮编', '校长', '校区', '电影', '型号'])('takes %s for a specific thing', (word) => {
    expect(namesSpecificThing(word)).toBe(true);
  });

  it.each(['将来', '负责', '涉及', '那次', '第几', '多大', '汇总', '情况', '工作', '开始', '还办'])(
    'never takes %s, a verb, time word, pronoun, frame or phrase, for a specific thing',
    (word) => {
      expect(namesSpecificThing(word)).toBe(false);
    },
  );

  it('ranks generic words below specific ones', () => {
    expect(specificity('情况')).toBeLessThan(0.1);
    expect(specificity('今天')).toBe(0);
    expect(specificity('第三阶段')).toBeGreaterThan(0);
    expect(specificity('票价')).toBeGreaterThan(0.8);
  });

  it('profiles an unknown run of common characters by its content, not as a name', () => {
    expect(generalWord('李黎').known).toBe(false);
    expect(namesSpecificThing('李黎')).toBe(true);
    expect(namesSpecificThing('尾要')).toBe(false);
    // A verb and its complement of direction (列进, like 建成) is a verb.
    expect(generalWord('列进').tag).toBe('v');
    // And of result (挖坏, 撞断): what happened to a thing, not a thing of its own.
    expect(generalWord('挖坏').tag).toBe('v');
    expect(namesSpecificThing('挖坏')).toBe(false);
    // So is a verb of one character said of how (新开, as 新建).
    expect(generalWord('新开').tag).toBe('v');
    expect(namesSpecificThing('新开')).toBe(false);
  });

  it('reads a word that says which span of time (单月, 当日) as a word of time, whatever its dictionary files it as', () => {
    expect(generalWord('单月').tag).toBe('t');
    expect(namesSpecificThing('单月')).toBe(false);
    expect(generalWord('月份').tag).not.toBe('t');
  });

  it('reads a rare word ending in a level of administration as a place name, whatever its dictionary files it as', () => {
    expect(generalWord('禅城区').tag).toBe('ns');
    // (开发区, 示范区 are common: kinds of area, not names.)
    expect(generalWord('开发区').tag).toBe('n');
    expect(generalWord('示范区').tag).toBe('n');
  });

  it('reads a run it does not know ending in a level of administration as a place name, not a word for every one', () => {
    expect(generalWord('岚北县')).toMatchObject({ tag: 'ns', known: false });
    expect(generalWord('各区县').tag).not.toBe('ns');
  });
});

describe('near-synonyms from CC-CEDICT', () => {
  it('reads a demonstrative with its measure word (本场, 该场) as saying nothing specific, whatever jieba files it as', () => {
    expect(specificity('本场')).toBe(0);
    expect(specificity('该场')).toBe(0);
    expect(specificity('此批')).toBe(0);
    // (The noun it points at keeps its weight.)
    expect(specificity('专场')).toBeGreaterThan(0);
  });

  it('knows characters of the same meaning from their glosses (音 and 声), and not those of different ones (区 and 园)', () => {
    expect(sameMeaningChars('音', '声')).toBe(true);
    expect(sameMeaningChars('店', '铺')).toBe(true);
    expect(sameMeaningChars('区', '园')).toBe(false);
    // A literary sense counts for a character: releases write 犬 where askers say 狗.
    expect(sameMeaningChars('狗', '犬')).toBe(true);
  });

  it('links words whose glosses agree, with a strength', () => {
    expect(nearSynonymsOf('收集').map(([w]) => w)).toContain('征集');
    expect(nearSynonymsOf('企业').map(([w]) => w)).toContain('公司');
    // (A note standing in for the object, "participate (in sth)", parts no sense: 参与 and 参加 meet.)
    expect(nearSynonymsOf('参加').map(([w]) => w)).toContain('参与');
  });

  it("knows another region's word for the same thing (Taiwan's 计程车, 脚踏车), not a verb sharing its gloss", () => {
    expect(regionalVariantsOf('计程车')).toContain('出租车');
    expect(regionalVariantsOf('出租车')).toContain('计程车');
    expect(regionalVariantsOf('脚踏车')).toContain('自行车');
    // ("(Tw) taxi" is no "to taxi", nor its second gloss "cab" a truck's cab.)
    expect(regionalVariantsOf('计程车')).not.toContain('滑行');
    expect(regionalVariantsOf('计程车')).not.toContain('驾驶室');
  });

  it('knows two-character words of the general language that jieba lacks (醉驾), not two words that meet (办帮)', () => {
    expect(isCedictWord('醉驾')).toBe(true);
    expect(isCedictWord('办帮')).toBe(false);
    expect(nearSynonymsOf('补贴').find(([w]) => w === '补助')?.[1]).toBeGreaterThan(0.3);
  });

  it('does not link words that share one vague gloss (举办 "to hold", 占据 "to hold")', () => {
    expect(nearSynonymsOf('举办').map(([w]) => w)).not.toContain('占据');
  });

  it('knows the verbs jieba files as nouns', () => {
    expect(isVerbTaggedAsNoun('汇总')).toBe(true);
    expect(isVerbTaggedAsNoun('票价')).toBe(false);
  });
});

describe('words jieba lists as stop words that are content after all', () => {
  it('weighs 结果 by its general-corpus IDF, common, not as a word the corpus never saw', () => {
    expect(generalWord('结果').idf).toBeCloseTo(4.9456, 3);
    expect(specificity('结果')).toBe(0);
  });

  it("has the IDF of jieba's own table written out for each", () => {
    const { DEFAULT_IDF_DICT } = createRequire(import.meta.url)('nodejieba') as { DEFAULT_IDF_DICT: string };
    const table = new Map(readFileSync(DEFAULT_IDF_DICT, 'utf8').split('\n').map((line) => line.split(' ') as [string, string]));
    for (const [word, idf] of CONTENT_AFTER_ALL_IDF) expect(Number(table.get(word))).toBe(idf);
  });
});


describe('classifiers', () => {
  it('gives a noun the specific measure words CC-CEDICT counts it in, by its longest ending it knows', () => {
    expect(classifiersOfNoun('电话')).toContain('通');
    expect(classifiersOfNoun('求救电话')).toContain('通');
    expect(classifiersOfNoun('交通事故')).toContain('起');
    // (Not the generic 个, nor 座, which counts mountains, bridges and houses alike.)
    expect(classifiersOfNoun('房子')).not.toContain('座');
    expect(classifiersOfNoun('电话')).not.toContain('个');
    expect(classifiersOfNoun('的')).toEqual([]);
    // (A noun counted in none but broad ones is known so: its last character's measure words are not its own.)
    expect(classifiersOfNoun('旅游企业')).toEqual([]);
  });
});
