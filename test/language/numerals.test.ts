import { describe, expect, it } from 'vitest';
import { arabicNumerals } from '../../src/language/numerals.ts';

describe('Chinese numerals as people type them', () => {
  it.each([
    ['一百一十二项需求', '112项需求'],
    ['分三个阶段', '分3个阶段'],
    ['八百多人参加', '800多人参加'],
    ['签了五百多万', '签了500多万'],
    ['三百多万人次', '300多万人次'],
    ['三十几个项目', '30几个项目'],
    ['占两成', '占20%'],
    ['百分之三十', '30%'],
    ['三分之二以上', '66.7%以上'],
    ['一万二千人', '12000人'],
    ['一万二', '12000'],
    ['三百五十万元', '350万元'],
    ['三点五亿元', '3.5亿元'],
    // 万 closing a number of 亿 is part of it: the whole in 亿, as releases print it (not 700009000万元).
    ['七亿九千万元', '7.9亿元'],
    ['一亿零五百万元', '1.05亿元'],
    ['二〇二三年五月二十三日', '2023年5月23日'],
    ['十二月二十九号', '12月29号'],
    ['两批', '2批'],
    ['近万人', '近1万人'],
    // A hedge stays with its number, before the unit, as in 800多人.
    ['多了两成多', '多了20多%'],
    ['百分之二十多', '20多%'],
    // An ordinal typed in digits before a word that is no measure is written as the releases write it.
    ['第1阶段做什么', '第一阶段做什么'],
    ['第2批', '第2批'],
    ['第12届', '第12届'],
    // A quarter is named, not counted; three of them are counted.
    ['前三季度', '前三季度'],
    ['三个季度', '3个季度'],
    // The start of a span of months or days counts what its end counts.
    ['一到九月', '1到9月'],
    ['三至五日', '3至5日'],
    // A number in characters right after one in digits is another number: 20、21两天 is no 212天.
    ['5月20、21两天', '5月20、21 2天'],
  ])('reads %s as %s', (typed, digits) => {
    expect(arabicNumerals(typed)).toBe(digits);
  });

  it.each(['千年回响', '百年老店', '这十分重要', '千万不要', '一些企业', '一线', '统一部署', '唯一一家', '第一阶段', '一个平台', '多少万元', '成为', '汽车及零部件', '零售额', '零星降雨'])(
    'leaves the words in %s alone',
    (text) => {
      expect(arabicNumerals(text)).toBe(text);
    },
  );

  it('reads 一 after a word that picks one out as "the one", not a count: 上一年, 下一批, 同一天', () => {
    for (const t of ['比上一年提高了多少', '下一批', '同一天', '每一个']) expect(arabicNumerals(t)).toBe(t);
    expect(arabicNumerals('五月一日')).toBe('5月1日');
  });

  it('reads two neighbouring digits before a unit as the rough range people mean (六七十岁 is 60至70岁, not 670)', () => {
    expect(arabicNumerals('六七十岁的低龄老人')).toBe('60至70岁的低龄老人');
    expect(arabicNumerals('五六万元')).toBe('5万至6万元');
    expect(arabicNumerals('一百二十')).toBe('120');
  });

  it('reads a run of digits and three places as a number wherever it stands: 的一千九百万资金', () => {
    expect(arabicNumerals('市级的一千九百万资金')).toBe('市级的1900万资金');
  });
});

describe('千 as the prefix of a unit', () => {
  it('is kept in 千克, 千米 and 千瓦, after a number or alone, and read as a thousand elsewhere', () => {
    expect(arabicNumerals('缴获氯胺酮38.9千克')).toBe('缴获氯胺酮38.9千克');
    expect(arabicNumerals('每千克补贴')).toBe('每千克补贴');
    expect(arabicNumerals('三千米长跑')).toBe('3千米长跑');
    expect(arabicNumerals('三千元')).toBe('3000元');
  });
  it('leaves an idiom of a lone 千 answered by 万 (千家万户) as words, not a count of a thousand households', () => {
    expect(arabicNumerals('菜市场连着千家万户的餐桌')).toBe('菜市场连着千家万户的餐桌');
    expect(arabicNumerals('近千家企业参加')).toBe('近1000家企业参加');
  });
});
