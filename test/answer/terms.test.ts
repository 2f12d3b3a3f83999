/**
 * How a question's words are weighed against the releases (real nodejieba, real MiniSearch index of a development
 * release): which words bind an answer to them.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/answer/understand.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { normalise } from '../../src/text/pipeline.ts';

let heating: KnowledgeIndex;
let barrierFree: KnowledgeIndex;
let toilets: KnowledgeIndex;
let signs: KnowledgeIndex;

beforeAll(async () => {
  heating = buildKnowledgeIndex(await loadKnowledge([path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r76')]));
  barrierFree = buildKnowledgeIndex(await loadKnowledge([path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r83')]));
  toilets = buildKnowledgeIndex(await loadKnowledge([path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r91')]));
  signs = buildKnowledgeIndex(await loadKnowledge([path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r121')]));
});

const term = (question: string, word: string) => understandQuestion(heating, normalise(question)).terms.find((t) => t.term === word);

describe('binding words', () => {
  it('does not bind an answer to a time the question only compares with (比往年早), as it does to one it asks of', () => {
    expect(term('今年比往年提前了几天供暖', '往年')?.binding).toBe(false);
    expect(term('往年什么时候开始供暖', '往年')?.binding).toBe(true);
  });

  it('binds no answer to the part of the day before a clock time (晚上 of 晚上22时), but to the time', () => {
    // (r91 prints 晚上 elsewhere, so the word is known there.)
    const terms = understandQuestion(toilets, normalise('晚上十点以后公厕保洁多久巡查一次')).terms;
    expect(terms.find((t) => t.term === '晚上')?.binding ?? false).toBe(false);
    expect(terms.find((t) => t.term === '晚上')).toBeDefined();
    expect(terms.find((t) => t.term === '22')?.binding).toBe(true);
  });

  it('binds no answer to a verb jieba files as a place (上路), as it does to a place', () => {
    // (The release says 上线, which CC-CEDICT links to 上路: the word is known, and jieba tags it ns.)
    const taxi = understandQuestion(barrierFree, normalise('首批无障碍出租车是哪天上路的')).terms.find((t) => t.term === '上路');
    expect(taxi?.known).toBe(true);
    expect(taxi?.binding).toBe(false);
  });
});

describe('cutting again by the releases\' words', () => {
  it('does not cut a word of everyday speech (现在) to make a string the releases print (全市现有)', () => {
    const terms = understandQuestion(signs, normalise('全市现在一共有多少块招牌')).terms.map((t) => t.term);
    expect(terms).toContain('全市');
    expect(terms).not.toContain('全市现');
  });

  it('reads a verb and its result the releases do not print (拆掉) as the verb, but not a light verb\'s (办完)', () => {
    const terms = (q: string) => understandQuestion(signs, normalise(q)).terms.map((t) => t.term);
    expect(terms('老字号的招牌会被拆掉吗')).toContain('拆');
    expect(terms('老字号的招牌会被拆掉吗')).not.toContain('拆掉');
    expect(terms('审批要多久能办完')).not.toContain('办');
  });

  it('reads a place jieba cut across (芷 城镇) as one name, not a 城镇 the releases speak of', async () => {
    const sewage = buildKnowledgeIndex(await loadKnowledge([path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r123')]));
    const terms = understandQuestion(sewage, normalise('芷城镇的镇区污水处理厂一天能处理多少吨')).terms;
    expect(terms.map((t) => t.term)).toContain('芷城镇');
    expect(terms.map((t) => t.term)).not.toContain('城镇');
  });
});

describe('weights', () => {
  it('weighs a quantifier jieba tags as a noun (全部) as grammar, far below a word the question is about', () => {
    const terms = understandQuestion(heating, normalise('全部小区什么时候能供暖')).terms;
    const all = terms.find((t) => t.term === '全部');
    const estates = terms.find((t) => t.term === '小区');
    expect(all).toBeDefined();
    expect(all!.weight).toBeLessThan(0.25 * estates!.weight);
  });
});
