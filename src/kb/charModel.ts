import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toScript } from '../text/script.ts';

/**
 * How likely a run of Chinese text is, character by character: the judge that tells a garbled run (顒庸灿嬚骷夹)
 * from real text (活動共計征技術), and picks the likeliest of several repairs. It is a character bigram model
 * counted from nodejieba's own dictionary (350,000 words with frequencies), so it needs no corpus of ours.
 */
export interface CharModel {
  /** Natural-log likelihood of the text (folded to Simplified), summed over its characters. */
  logLikelihood(text: string): number;
  /** Natural-log probability of one character on its own, ignoring context; low for rare characters. */
  charLogProb(ch: string): number;
}

/** Weight of the in-word bigram estimate against the character's own frequency. */
const BIGRAM_WEIGHT = 0.6;
/** Added to every character count, so characters the dictionary never uses still get a (low) probability. */
const SMOOTHING = 0.5;
/** Fixed costs for what the dictionary cannot count: punctuation is common, a lone Latin letter inside Chinese is not. */
const LOG_PUNCTUATION = Math.log(0.01);
/** Marks by how often news text uses them, per character: commas everywhere, exclamation marks hardly ever. */
const LOG_MARK: Record<string, number> = Object.fromEntries(
  Object.entries({ ',': 0.06, '，': 0.06, '。': 0.03, '、': 0.02, '“': 0.01, '”': 0.01, ':': 0.004, '：': 0.004, ';': 0.004, '；': 0.004, '(': 0.003, ')': 0.003, '（': 0.003, '）': 0.003, '!': 0.001, '！': 0.001, '?': 0.001, '？': 0.001 }).map(
    ([mark, p]) => [mark, Math.log(p)],
  ),
);
const LOG_DIGIT = Math.log(0.01);
const LOG_LATIN = Math.log(2e-6);
const LOG_OTHER = Math.log(1e-6);

const CJK = /\p{Script=Han}/u;
const PUNCTUATION = /[\p{P}\s]/u;

let shared: CharModel | undefined;

/** The process's one character model, built from nodejieba's dictionary on first use (about a second). */
export function charModel(): CharModel {
  shared ??= buildCharModel(readFileSync(jiebaDictionaryPath(), 'utf8'));
  return shared;
}

/** Builds a character model from dictionary text in jieba's format (`word frequency tag` per line). */
export function buildCharModel(dictionary: string): CharModel {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  let total = 0;
  let start = 0;
  while (start < dictionary.length) {
    let end = dictionary.indexOf('\n', start);
    if (end < 0) end = dictionary.length;
    const space = dictionary.indexOf(' ', start);
    if (space > start && space < end) {
      const word = dictionary.slice(start, space);
      const next = dictionary.indexOf(' ', space + 1);
      const frequency = Number(dictionary.slice(space + 1, next > space && next < end ? next : end));
      if (Number.isFinite(frequency) && frequency > 0) {
        let previous: string | undefined;
        for (const ch of word) {
          unigrams.set(ch, (unigrams.get(ch) ?? 0) + frequency);
          total += frequency;
          if (previous !== undefined) bigrams.set(previous + ch, (bigrams.get(previous + ch) ?? 0) + frequency);
          previous = ch;
        }
      }
    }
    start = end + 1;
  }
  const denominator = total + SMOOTHING * (unigrams.size + 20_000);

  const unigramProb = (ch: string): number => ((unigrams.get(ch) ?? 0) + SMOOTHING) / denominator;
  const charLogProb = (ch: string): number => {
    if (CJK.test(ch)) return Math.log(unigramProb(ch));
    if (/\d/u.test(ch)) return LOG_DIGIT;
    if (PUNCTUATION.test(ch)) return LOG_MARK[ch] ?? LOG_PUNCTUATION;
    if (/[A-Za-z]/u.test(ch)) return LOG_LATIN;
    return LOG_OTHER;
  };

  return {
    charLogProb: (ch) => charLogProb(toScript(ch, 'simplified')),
    logLikelihood(text: string): number {
      let sum = 0;
      let previous: string | undefined;
      for (const ch of toScript(text, 'simplified')) {
        if (!CJK.test(ch)) {
          sum += charLogProb(ch);
          previous = undefined;
          continue;
        }
        const own = unigramProb(ch);
        const count = previous === undefined ? 0 : (unigrams.get(previous) ?? 0);
        const inWord = count > 0 ? (bigrams.get(previous + ch) ?? 0) / count : 0;
        sum += Math.log(BIGRAM_WEIGHT * inWord + (1 - BIGRAM_WEIGHT) * own);
        previous = ch;
      }
      return sum;
    },
  };
}

/** Where nodejieba keeps its main dictionary (it exports the path as `DEFAULT_DICT`). */
function jiebaDictionaryPath(): string {
  const nodejieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string };
  return nodejieba.DEFAULT_DICT;
}
