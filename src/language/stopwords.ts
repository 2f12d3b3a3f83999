import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../text/script.ts';

/**
 * Words that carry no topic in any release: the general stop-word lists of nodejieba (its keyword extractor's
 * list) and stopwords-iso (Chinese and English), folded like all text. They never decide which passage is
 * relevant and never count as something a release fails to mention. Question words are not here: the question
 * frames read them first (src/question/frames.ts), and an office's own words go in its knowledge folder.
 */

let general: ReadonlySet<string> | undefined;

/** Words both lists agree carry no topic, but that a release uses as content and a question asks about. */
const CONTENT_AFTER_ALL = new Set(['人', '人们', '年', '月', '日', '时', '秒', '点', '区', '分', '含', '共', '光', '结果', '开外', '逐步', '全体', '全部', '有关', '首先', '当地', '本地', '对方', '小', '大']);

/**
 * Whether a word is content though jieba tags it a function word: 本地 is a pronoun to it, yet 本地个案 are local
 * cases, not imported ones.
 */
export function contentAfterAll(word: string): boolean {
  return CONTENT_AFTER_ALL.has(word);
}

/**
 * The general-corpus IDF of the words above, as jieba's IDF table gives it (`dict/idf.utf8`; single characters it
 * has none for), which its keyword extractor will not give: it drops its stop words before weighing. Written out
 * here rather than read from the 6 MB table at run time; a test checks them against the table.
 */
export const CONTENT_AFTER_ALL_IDF: ReadonlyMap<string, number> = new Map([
  ['人们', 4.68147665157],
  ['结果', 4.94561670134],
  ['开外', 9.54396882529],
  ['逐步', 5.53314523511],
  ['全体', 7.09384829158],
  ['全部', 4.92796015258],
  ['有关', 4.69374307313],
  ['首先', 5.28219220908],
  ['当地', 5.862165631],
  ['本地', 7.42678695562],
  ['对方', 6.10379730919],
]);

/** Negation particles, which neither list holds: 没 in 没 领到 says the asker did not, not what about. */
const NEGATIONS = ['没', '没有', '未', '不', '别'];

/** The general stop words, folded; loaded on first use (a few thousand words, under a millisecond to read). */
export function generalStopwords(): ReadonlySet<string> {
  if (general === undefined) {
    const require = createRequire(import.meta.url);
    const { DEFAULT_STOP_WORD_DICT } = require('nodejieba') as { DEFAULT_STOP_WORD_DICT: string };
    const iso = require('stopwords-iso') as Record<string, string[]>;
    const words = [...readFileSync(DEFAULT_STOP_WORD_DICT, 'utf8').split(/\r?\n/u), ...(iso.zh ?? []), ...(iso.en ?? []), ...NEGATIONS];
    general = new Set(words.map((w) => fold(w.trim())).filter((w) => w.length > 0 && !/^[\p{P}\p{S}\d]+$/u.test(w) && !CONTENT_AFTER_ALL.has(w)));
  }
  return general;
}
