import type { Figure, ReleaseEvent } from '../../src/knowledge/schema.ts';
import type { EventDate } from './dates.ts';
import { NUMERALS } from './phrases.ts';
import type { Random } from './random.ts';
import type { EventTemplate, FactTemplate } from './topics/index.ts';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from './wordlists.ts';

/** A placeholder's value: a fixed string, or a function called at each occurrence for a fresh draw. */
export type Fill = Record<string, string | (() => string)>;

/**
 * Fills `{key}` placeholders from `values`. An unknown placeholder is a bug in the word lists, so it throws
 * rather than print braces into a release.
 */
export function fill(template: string, values: Fill): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`archive: no value for {${key}} in "${template}"`);
    return typeof value === 'function' ? value() : value;
  });
}

/** A sentence of statement text with the figures and the event it states. */
export interface StatedSentence {
  text: string;
  figures: Figure[];
  event?: ReleaseEvent;
}

/**
 * Numbers the seed release owns; a value that contains one is drawn again, so no generated figure can be
 * mistaken for the seed's 累计签约金额.
 */
const SEED_NUMBERS = ['535.35'];

/** A value for a fact, printed as releases print numbers: no separators, no trailing zeros after the point. */
export function factValue(rng: Random, fact: FactTemplate): string {
  for (;;) {
    const raw = fact.min + rng.next() * (fact.max - fact.min);
    const printed = fact.decimals ? String(Number(raw.toFixed(fact.decimals))) : String(Math.round(raw));
    if (!SEED_NUMBERS.some((n) => printed.includes(n))) return printed;
  }
}

/**
 * One sentence stating one to three facts after an opener (`2023年以来，全市…`, already filled), with a figure
 * for each fact, every figure quoting the whole sentence as the schema asks.
 */
export function figureSentence(rng: Random, opener: string, facts: readonly FactTemplate[], values: Fill): StatedSentence {
  const printed = facts.map((fact) => ({ fact, value: factValue(rng, fact) }));
  const text = `${fill(opener, values)}${printed.map(({ fact, value }) => fill(fact.phrase, { v: value })).join('，')}。`;
  return { text, figures: printed.map(({ fact, value }) => ({ label: fact.label, value, unit: fact.unit, sentence: text })) };
}

/**
 * One sentence telling a dated event (`2024年3月15日，市教育局举办…。`), with the event record whose
 * description is that very sentence.
 */
export function eventSentence(template: EventTemplate, when: EventDate, values: Fill): StatedSentence {
  const local: Fill = { ...values, year: String(when.year) };
  const name = fill(template.name, local);
  const text = `${when.dateText}，${fill(template.sentence, { ...local, name })}。`;
  // Only a sentence that names the bureau says who organised the event; 平台正式上线 names nobody.
  const organisers = template.sentence.includes('{bureau}') ? [fill('{bureau}', values)] : [];
  const event: ReleaseEvent = { date: when.date, dateText: when.dateText, name, organisers, description: text };
  if (when.endDate !== undefined) event.endDate = when.endDate;
  return { text, figures: [], event };
}

/** Names the seed release gives to people; generated speakers never bear them. */
const SEED_PEOPLE = new Set(['王慧', '李黎', '李克强']);

/** `count` distinct personal names: a surname and one or two given-name characters. */
export function personNames(rng: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const given = rng.chance(0.35) ? rng.pick(GIVEN_NAME_CHARACTERS) : `${rng.pick(GIVEN_NAME_CHARACTERS)}${rng.pick(GIVEN_NAME_CHARACTERS)}`;
    const name = `${rng.pick(SURNAMES)}${given}`;
    if (!SEED_PEOPLE.has(name)) names.add(name);
  }
  return [...names];
}

/** Titles a post may end with, longest first so 副院长 is found before 院长. */
const TITLES = ['秘书长', '支队长', '总经理', '副院长', '副主任', '副局长', '副主席', '院长', '主任', '局长', '科长', '处长', '校长', '馆长', '会长', '主席'];

/**
 * How the host names a speaker: name and title, 副 dropped as is customary (市科技局副局长王慧 is 王慧局长).
 */
export function addressOf(name: string, post: string): string {
  const title = TITLES.find((t) => post.endsWith(t));
  return title === undefined ? `${name}同志` : `${name}${title.replace(/^副/, '')}`;
}

/** An ordinal numeral such as 三 for 第三届; from 二 up, since a first edition is rarely news. */
export function ordinal(rng: Random): string {
  return NUMERALS[rng.int(1, NUMERALS.length - 1)]!;
}

/** Section numbers: 一、 二、 …. */
export function sectionNumber(index: number): string {
  const numeral = NUMERALS[index];
  if (numeral === undefined) throw new Error(`archive: no numeral for section ${index + 1}`);
  return `${numeral}、`;
}
