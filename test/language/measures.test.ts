import { describe, expect, it } from 'vitest';
import { kindOfUnit, kindsAgree, quantityKindOfNoun } from '../../src/language/measures.ts';
import { numberKinds } from '../../src/search/units.ts';

describe('the kind of a printed unit', () => {
  it.each([
    ['800余人', 'people'],
    ['名', 'people'],
    ['万元', 'money'],
    // A measure word after 万 or 亿 counts what it counts alone: 38.6万名 are people, 6.8万辆 vehicles.
    ['万名', 'people'],
    ['万户', 'people'],
    ['万辆', 'vehicles'],
    ['万人次以上', 'people'],
    // Doses and the like are counted things.
    ['万剂', 'count'],
    ['万剂次', 'count'],
    // Calls and payments are counted by what happens (21.6万通 来电, 86万笔); 18周岁 is an age, not weeks.
    ['万通', 'occurrences'],
    ['万笔', 'occurrences'],
    ['18周岁以上', 'age'],
    // Seats and parking spaces are counted things too (156席, 312格).
    ['156席', 'count'],
    ['312格', 'count'],
    // Couples are counted in 对 (1.24万对 结婚登记).
    ['万对', 'count'],
    // 个 before another measure word is that word's: 6个班次 are runs, 3个人 people.
    ['个班次', 'occurrences'],
    ['个人', 'people'],
    ['个月', 'time'],
  ])('reads %s as %s', (unit, kind) => {
    expect(kindOfUnit(unit.replace(/^\d+/u, ''))).toBe(kind);
  });

  it('has no kind for a bare number or an unknown unit', () => {
    expect(kindOfUnit('')).toBeUndefined();
    expect(kindOfUnit('万')).toBeUndefined();
  });

  it('lets the generic 个 take any countable kind and people (几个人), and nothing else cross kinds', () => {
    expect(kindsAgree('count', 'count')).toBe(true);
    expect(kindsAgree('count', 'people', true)).toBe(true);
    expect(kindsAgree('count', 'people')).toBe(false);
    expect(kindsAgree('money', 'people')).toBe(false);
    expect(kindsAgree('count', 'money', true)).toBe(false);
  });
});

describe('the kind of quantity a noun names', () => {
  it('reads nouns ending in a money morpheme as money, but not 免费 or 免税, which say there is no charge', () => {
    expect(quantityKindOfNoun('学费')).toBe('money');
    expect(quantityKindOfNoun('销售额')).toBe('money');
    expect(quantityKindOfNoun('高温津贴')).toBe('money');
    expect(quantityKindOfNoun('免费')).toBeUndefined();
    expect(quantityKindOfNoun('免税')).toBeUndefined();
  });

  it('reads 配额 (a quota) and 份额 (a share) as no money: they are as many of whatever is allotted', () => {
    expect(quantityKindOfNoun('单车配额')).toBeUndefined();
    expect(quantityKindOfNoun('份额')).toBeUndefined();
    expect(quantityKindOfNoun('限额')).toBe('money');
  });

  it('reads a measure word made a noun by 次 or 数 as a number of what it counts', () => {
    expect(quantityKindOfNoun('场次')).toBe('occurrences');
    expect(quantityKindOfNoun('批次')).toBe('occurrences');
    expect(quantityKindOfNoun('户数')).toBe('people');
    expect(quantityKindOfNoun('家数')).toBe('sites');
    expect(quantityKindOfNoun('件数')).toBe('count');
    // (A rank and the digits of a number are no count; a number of days is left to the release's words.)
    expect(quantityKindOfNoun('名次')).toBeUndefined();
    expect(quantityKindOfNoun('位数')).toBeUndefined();
    expect(quantityKindOfNoun('天数')).toBeUndefined();
    expect(quantityKindOfNoun('车次')).toBeUndefined();
  });
});

describe('the kinds of number a text states', () => {
  it('reads 个 before a noun of a measure word as that word, and 个 before any other noun as a count', () => {
    expect(numberKinds('由每晚4個班次增加至6個班次')).toEqual(['occurrences']);
    expect(numberKinds('涉及12个部门')).toEqual(['count']);
  });

  it('reads 工作天 and 钟头 as times, as Hong Kong and Guangdong write them', () => {
    expect(numberKinds('新卡會在7個工作天內寄出')).toEqual(['time']);
    expect(numberKinds('排队要两个钟头')).toEqual(['time']);
  });

  it('reads a concentration written out in words as one', () => {
    expect(numberKinds('氨气浓度不超过0.3毫克每立方米')).toEqual(['concentration']);
    // A mass qualified before its volume: nanograms of toxic equivalent per cubic metre, and a mass per a mass.
    expect(numberKinds('排放浓度均值为0.05纳克毒性当量/立方米')).toEqual(['concentration']);
    expect(numberKinds('农药残留不超过0.2毫克/千克')).toEqual(['concentration']);
    expect(numberKinds('每人每天摄入不超过5克')).toEqual(['weight']);
  });

  it('reads a currency named after the number as money, whatever the region calls it', () => {
    expect(numberKinds('工程總投資7.86億鏡洲元')).toEqual(['money']);
    expect(numberKinds('每月津贴300港元')).toEqual(['money']);
    expect(numberKinds('约合2.5亿新台币')).toEqual(['money']);
    // (Not a unit of a building, 第3单元, nor 多元化.)
    expect(numberKinds('第3单元')).toEqual([]);
    expect(numberKinds('推出12个多元化项目')).toEqual(['count']);
  });
});
