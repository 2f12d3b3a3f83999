import { jieba, type TaggedWord } from '../text/jieba.ts';
import { fold, toScript } from '../text/script.ts';

/**
 * Word segmentation for the knowledge tools, on the core's one nodejieba: the same dictionary words inserted the
 * same way (folded to Simplified), so what the tools see is what the bot's index sees.
 */

/** A measure word after a number (112項, 800余人): the number and its unit are quoted together. */
const MEASURE = /^(余|多)?[項项家個个人元萬万億亿名次場场所件條条位倍天户戶批期屆届]/u;

const inserted = new Set<string>();

/** Teaches nodejieba the domain dictionary, folded to Simplified as the core does; words already taught are skipped. */
export function teachDictionary(words: readonly string[]): void {
  const seg = jieba();
  for (const word of words) {
    const folded = fold(word);
    if (folded.length === 0 || inserted.has(folded)) continue;
    seg.insertWord(folded);
    inserted.add(folded);
  }
}

/** nodejieba's `cut` of a word folded to Simplified: a dictionary word that comes back in pieces is not kept whole. */
export function cutFolded(text: string): string[] {
  return jieba().cut(fold(text));
}

/**
 * The words of a text in its own script and width, with their part of speech; the words concatenate back to the
 * text. Segmentation runs on the Simplified form, so a Traditional text segments as its Simplified twin does.
 */
export function taggedWords(text: string): TaggedWord[] {
  const simplified = toScript(text, 'simplified');
  const tagged = jieba().tag(simplified);
  // OpenCC converts character for character here; if a phrase conversion ever changed the length, the
  // offsets would no longer line up, so fall back to one word per character rather than misplace words.
  if (simplified.length !== text.length || tagged.reduce((n, t) => n + t.word.length, 0) !== text.length) {
    return [...text].map((ch) => ({ word: ch, tag: 'x' }));
  }
  let at = 0;
  return tagged.map((t) => {
    const word = text.slice(at, at + t.word.length);
    at += t.word.length;
    return { word, tag: t.tag };
  });
}

/**
 * Word boundaries (code-unit offsets, 0 and `text.length` included) for quoting context: a number with its unit
 * (112項, 800余人) is one word, and so is a phrase in quotes (“雙創匯”).
 */
export function wordBoundaries(text: string): number[] {
  const words = taggedWords(text).map((t) => t.word);
  const bounds = [0];
  let at = 0;
  // Quote depth is carried along the words, so the whole text is read once (per-offset rescans made long
  // garbled paragraphs quadratic).
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const ch of word) {
      if (ch === '“' || ch === '「') depth++;
      else if ((ch === '”' || ch === '」') && depth > 0) depth--;
    }
    at += word.length;
    const next = words[i + 1];
    if (next === undefined) break;
    if (/\d$/u.test(word) && /^[\d.]/u.test(next)) continue; // jieba sometimes cuts 112 into digits
    if (/\d$/u.test(word) && next.length <= 2 && MEASURE.test(next)) continue;
    if (depth > 0) continue; // strictly inside a “…” or 「…」 phrase
    bounds.push(at);
  }
  bounds.push(text.length);
  return [...new Set(bounds)];
}
