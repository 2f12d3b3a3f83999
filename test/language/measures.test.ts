import { describe, expect, it } from 'vitest';
import { kindOfUnit, kindsAgree, quantityKindOfNoun } from '../../src/language/measures.ts';

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
  ])('reads %s as %s', (unit, kind) => {
    expect(kindOfUnit(unit.replace(/^\d+/u, ''))).toBe(kind);
  });

  it('has no kind for a bare number or an unknown unit', () => {
    expect(kindOfUnit('')).toBeUndefined();
    expect(kindOfUnit('万')).toBeUndefined();
  });

  it('lets the generic 个 take any countable kind, and nothing else cross kinds', () => {
    expect(kindsAgree('count', 'count')).toBe(true);
    expect(kindsAgree('money', 'people')).toBe(false);
  });
});

describe('the kind of quantity a noun names', () => {
  it('reads nouns ending in a money morpheme as money, but not 免费 or 免税, which say there is no charge', () => {
    expect(quantityKindOfNoun('学费')).toBe('money');
    expect(quantityKindOfNoun('销售额')).toBe('money');
    expect(quantityKindOfNoun('免费')).toBeUndefined();
    expect(quantityKindOfNoun('免税')).toBeUndefined();
  });
});
