import { LRUCache } from 'lru-cache';
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.ts';

/**
 * Near-synonyms from a general resource (CC-CEDICT glosses, see scripts/near-synonyms.ts), so a question that
 * says 收集 finds a release that says 征集, and 成效 finds 效果, without a list written for any question. Each
 * link has a strength 0–1; weak links count for little.
 */

/** The generated data files, beside this module's source. */
export const LANGUAGE_DATA_DIR = projectPath('src', 'language', 'data');

let table: Map<string, string> | undefined;
const parsed = new LRUCache<string, [string, number][]>({ max: 5_000 });
let verbs: Set<string> | undefined;

function readLines(file: string): string[] {
  return readFileSync(`${LANGUAGE_DATA_DIR}/${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** The near-synonyms of a folded word with their strengths, strongest first; empty when it has none. */
export function nearSynonymsOf(word: string): readonly [string, number][] {
  if (table === undefined) {
    // Kept as the file's text per word and read when asked: most of the 22,000 words are never asked about.
    table = new Map();
    for (const line of readLines('near-synonyms.tsv')) {
      const tab = line.indexOf('\t');
      if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  let links = parsed.get(word);
  if (links === undefined) {
    links = (table.get(word) ?? '')
      .split(' ')
      .filter((entry) => entry.length > 0)
      .map((entry) => {
        const at = entry.lastIndexOf(':');
        return [entry.slice(0, at), Number(entry.slice(at + 1))] as [string, number];
      });
    parsed.set(word, links);
  }
  return links;
}

let regional: Map<string, readonly string[]> | undefined;

/**
 * The words other regions use for a folded word (计程车, Taiwan's, for 出租车; 的士 for 出租车 in Cantonese), from
 * CC-CEDICT's regional senses (see scripts/near-synonyms.ts): the same thing, not a near one.
 */
export function regionalVariantsOf(word: string): readonly string[] {
  regional ??= readWordLists('regional-variants.tsv');
  return regional.get(word) ?? [];
}

let erhua: Map<string, readonly string[]> | undefined;

/**
 * The stem of an erhua word, 活 of 活儿, 事 of 事儿 (CC-CEDICT reads them with a final neutral-tone r, see
 * scripts/near-synonyms.ts): the same word said the northern way, which releases write without 儿. Undefined for
 * any other word, 女儿 among them.
 */
export function erhuaStem(word: string): string | undefined {
  erhua ??= readWordLists('erhua.tsv');
  return erhua.get(word)?.[0];
}

/** A table of `key<TAB>word word …` lines: the words by their key. */
function readWordLists(file: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of readLines(file)) {
    const [key, words] = line.split('\t');
    if (key && words) table.set(key, words.split(' '));
  }
  return table;
}

/** Whether a word jieba tags as a noun is only ever a verb in CC-CEDICT (汇总 "to collect and summarize"). */
export function isVerbTaggedAsNoun(word: string): boolean {
  verbs ??= new Set(readLines('verbs-tagged-as-nouns.txt'));
  return verbs.has(word);
}

let twoCharacterWords: Set<string> | undefined;

/** Whether CC-CEDICT holds a two-character word nodejieba's dictionary lacks (醉驾, 半马): a word, not two. */
export function isCedictWord(word: string): boolean {
  twoCharacterWords ??= new Set(readLines('two-character-words.txt'));
  return twoCharacterWords.has(word);
}

let abbreviations: Map<string, string[]> | undefined;

/**
 * The Chinese terms a Latin-letter abbreviation stands for, from CC-CEDICT's glosses (`npm run
 * lexicon:abbreviations`): gdp → 生产总值. Empty for anything else.
 */
export function expansionsOf(abbreviation: string): readonly string[] {
  abbreviations ??= readWordLists('latin-abbreviations.tsv');
  return abbreviations.get(abbreviation.toLowerCase()) ?? [];
}

let charMeanings: Map<string, string> | undefined;

/** Whether two characters share a narrow CC-CEDICT gloss (音 and 声 "sound", 店 and 铺 "shop"; `npm run lexicon:synonyms`). */
export function sameMeaningChars(a: string, b: string): boolean {
  return charsOfSameMeaning(a).includes(b);
}

/** The characters sharing a narrow CC-CEDICT gloss with one (狗: 犬). */
export function charsOfSameMeaning(char: string): string {
  if (charMeanings === undefined) {
    charMeanings = new Map();
    for (const line of readLines('char-synonyms.tsv')) {
      const [key, others] = line.split('\t');
      if (key && others) charMeanings.set(key, others);
    }
  }
  return charMeanings.get(char) ?? '';
}

let classifiers: Map<string, readonly string[]> | undefined;

/**
 * The specific measure words CC-CEDICT gives a folded noun, or the longest ending of it that it gives them for
 * (求救电话 is counted as 电话 is, in 通; 交通事故 as 事故, in 起), without the generic 个 and without those it gives
 * many nouns (座 counts mountains, bridges and houses alike; the table is written so by scripts/near-synonyms.ts).
 */
export function classifiersOfNoun(noun: string): readonly string[] {
  // (A noun with an empty list is known to be counted in no specific measure word: its endings are not read.)
  classifiers ??= new Map(readLines('classifiers.tsv').map((line) => line.split('\t')).map(([word, measures]) => [word!, measures ? measures.split(' ') : []]));
  const chars = [...noun];
  for (let i = 0; i < chars.length; i++) {
    const found = classifiers.get(chars.slice(i).join(''));
    if (found !== undefined) return found;
  }
  return [];
}
