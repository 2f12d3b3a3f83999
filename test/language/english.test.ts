import { describe, expect, it } from 'vitest';
import { readEnglish } from '../../src/language/english.ts';
import { createEngine } from '../../src/index.ts';

/** How often a small release prints each word (what the index would say). */
const printed = new Map([
  ['走访', 3],
  ['访问', 1],
  ['项目', 5],
  ['计划', 1],
  ['主持', 4],
  ['主持人', 2],
  ['战略', 2],
  ['合作', 3],
  ['app', 2],
  ['签署', 1],
  ['协议', 2],
  ['媒体', 2],
  ['研究院', 1],
]);
const frequency = (word: string) => printed.get(word) ?? 0;

describe('English words in a Chinese question', () => {
  it('reads each as the glossed word the releases print most', () => {
    expect(readEnglish('服务团去visit了几家企业', frequency)).toBe('服务团去走访了几家企业');
    expect(readEnglish('签约的project有几个', frequency)).toBe('签约的项目有几个');
  });

  it('leaves the letters of a code with its digits alone (DN1000, pm2.5): the code is one word', () => {
    expect(readEnglish('那dn1000的呢', frequency)).toBe('那dn1000的呢');
    expect(readEnglish('pm2.5浓度多少', frequency)).toBe('pm2.5浓度多少');
  });

  it('reads a plural or a derived form by its base form', () => {
    expect(readEnglish('签了几个projects', frequency)).toBe('签了几个项目');
    expect(readEnglish('签了什么strategic cooperation', frequency)).toBe('签了什么战略合作');
  });

  it('takes the longer of two printed words where one holds the other', () => {
    expect(readEnglish('这次的host是谁', frequency)).toBe('这次的主持人是谁');
  });

  it('reads English question words by a grammar and drops articles and the copula', () => {
    expect(readEnglish("what's the 签约金额", frequency)).toBe('什么签约金额');
    expect(readEnglish('how many 企业', frequency)).toBe('多少企业');
    expect(readEnglish('when is the 揭牌', frequency)).toBe('什么时候揭牌');
  });

  it('reads a phrase that glosses narrowly even when the releases print none of its words', () => {
    expect(readEnglish('这个press conference是哪天开的', frequency)).toBe('这个记者会是哪天开的');
  });

  it('leaves a word the releases print as typed, and one none of whose glosses they print', () => {
    expect(readEnglish('政务app长辈版', frequency)).toBe('政务app长辈版');
    expect(readEnglish('研究院的budget是多少', frequency)).toBe('研究院的 budget 是多少');
    expect(readEnglish('前三季度gdp是多少', frequency)).toBe('前三季度gdp是多少');
    expect(readEnglish('签约金额是多少', frequency)).toBe('签约金额是多少');
  });

  it('reads a sense whose note says what it applies to: sign (an agreement) is 签署, media (esp. news media) 媒体', () => {
    expect(readEnglish('江淮汽车那边sign的是什么agreement', frequency)).toBe('江淮汽车那边签署的是什么协议');
    expect(readEnglish('有哪些media来参加了', frequency)).toBe('有哪些媒体来参加了');
  });

  it('reads a word for a quantity as the quantity asked, printed or not', () => {
    expect(readEnglish('签约的amount总共是多少', frequency)).toBe('签约的数额总共是多少');
  });

  it('reads a word none of whose own glosses are printed as a printed kind of it', () => {
    expect(readEnglish('揭牌的institute叫什么', frequency)).toBe('揭牌的研究院叫什么');
  });

  it('answers a mixed question from the bundled release, and refuses one about what it does not say', async () => {
    const engine = await createEngine({ cacheDir: false });
    const visited = engine.answer('服务团一共visit了多少companies');
    expect(visited.answered, visited.text).toBe(true);
    expect(visited.text).toContain('105家');
    const director = engine.answer('研究院的director是谁');
    expect(director.answered, director.text).toBe(false);
    const amount = engine.answer('签约的amount总共是多少？');
    expect(amount.answered, amount.text).toBe(true);
    expect(amount.text).toContain('535.35');
  });
});
