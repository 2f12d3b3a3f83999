import { LRUCache } from 'lru-cache';
import * as OpenCC from 'opencc-js';
import type { Script } from '../answer/types.ts';

// OpenCC's phrase-aware tables do this better than any character map of ours (干/幹/乾, 发/發/髮 …).
// 't' is OpenCC's standard Traditional, the form mainland releases print in (發布, not Taiwan's 發佈).
// Each converter is built on first use: the Simplified→Traditional one takes ~170 ms to build and a
// Simplified-only session never needs it.
let toSimplifiedConverter: ((text: string) => string) | undefined;
let toTraditionalConverter: ((text: string) => string) | undefined;

// Short texts folded again and again: a passage's quote read for each question it may answer, a question read for
// its script and then for its words. OpenCC's conversion makes a few kilobytes of garbage each time; the cache
// keeps young-generation collections, which set the slowest answer times, fewer.
const simplifiedOf = new LRUCache<string, string>({ max: 5000 });
const CACHED_LENGTH = 300;

function toSimplified(text: string): string {
  const convert = (toSimplifiedConverter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  if (text.length > CACHED_LENGTH) return convert(text);
  const cached = simplifiedOf.get(text);
  if (cached !== undefined) return cached;
  const simplified = convert(text);
  simplifiedOf.set(text, simplified);
  return simplified;
}

function toTraditional(text: string): string {
  if (toTraditionalConverter === undefined) {
    const standard = OpenCC.Converter({ from: 'cn', to: 't' });
    // Mainland releases printed in Traditional keep 發布 where OpenCC's standard table writes 發佈; our labels
    // follow the releases, so a Traditional asker reads 發布時間 as the release prints it.
    const mainlandUsage = OpenCC.CustomConverter([['發佈', '發布']]);
    toTraditionalConverter = (text) => mainlandUsage(standard(text));
  }
  return toTraditionalConverter(text);
}

/** Simplified text (our own wording, or a question as normalised) in the given script: no conversion for Simplified. */
export function fromSimplified(text: string, script: Script): string {
  return script === 'simplified' ? text : toTraditional(text);
}

/** Converts text to the given script with OpenCC; text already in that script passes through unchanged. */
export function toScript(text: string, script: Script): string {
  return script === 'simplified' ? toSimplified(text) : toTraditional(text);
}

/**
 * Tells which script a text is written in by counting the characters each conversion would change;
 * text with no telling characters (digits, English, shared characters) counts as Simplified, the common case.
 */
export function detectScript(text: string): Script {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const traditionalOnly = countChanged(sample, toSimplified(sample));
  if (traditionalOnly === 0) return 'simplified';
  const simplifiedOnly = countChanged(sample, toTraditional(sample));
  return traditionalOnly > simplifiedOnly ? 'traditional' : 'simplified';
}

/**
 * Folds text for matching: full-width to half-width (NFKC), Traditional to Simplified, lower case,
 * whitespace runs to one space. Index and questions go through the same fold.
 */
export function fold(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The script of a long text such as a release, without building the Simplified→Traditional converter:
 * Traditional text has a good share of characters that fold to Simplified, Simplified text almost none.
 */
export function detectDocumentScript(text: string): Script {
  const sample = text.length > 5000 ? text.slice(0, 5000) : text;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > 0 && countChanged(sample, toSimplified(sample)) / han > 0.03 ? 'traditional' : 'simplified';
}

function countChanged(a: string, b: string): number {
  if (a.length !== b.length) return Math.abs(a.length - b.length) + 1;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}
