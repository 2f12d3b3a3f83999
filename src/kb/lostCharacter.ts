import type { CharModel } from './charModel.ts';
import { decodeGbk, gbkBytesOf, isPrivateUse } from './gbk.ts';
import { FULL_WIDTH_MARKS, pageFold } from './garble.ts';
import { taggedWords } from './segment.ts';

/**
 * The one loss a byte-exact repair cannot see. When the out-of-step decoder formed a user-defined code (a Private
 * Use character), the seed's page printed nothing for it; those two bytes were the trail byte of one character and
 * the lead byte of the next, so the repair fuses the two into one plausible character: 征集技術 comes back as
 * 征技術. Every repair could hide such a loss, so this module looks for the sign a reader would notice: a character
 * standing alone where putting back a lost pair would make it part of a word.
 */

/** Characters rarer than this (natural log of their share of the dictionary's characters) look fused. */
const RARE_LOG_PROB = -12.5;

/** Parts of speech that stand alone as one character in normal text (prepositions, particles, adverbs …). */
const FUNCTION_TAGS = /^(p|c|u|d|r|m|q|f|x|y|e|o|t|eng)/u;

let privateUsePairs: Map<number, number[]> | undefined;

/** Second bytes of the two-byte codes that decode to Private Use characters, by first byte; built on first use. */
function unprintablePairs(): Map<number, number[]> {
  if (privateUsePairs) return privateUsePairs;
  const pairs = new Map<number, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      if (isPrivateUse(decodeGbk([lead, trail]))) pairs.set(lead, [...(pairs.get(lead) ?? []), trail]);
    }
  privateUsePairs = pairs;
  return pairs;
}

/** A possible reading with a lost character put back. */
export interface LostCharacterReading {
  /** The restored run with the two characters in place of the fused one. */
  run: string;
  /** The fused character as the repair reads it. */
  fused: string;
  /** The two characters it may stand for. */
  pair: string;
  /** The two characters with one character of context either side, for a message: 征集技術. */
  local: string;
}

/**
 * Readings of a restored run (its first character is the mark) in which one fused character is really two, so that
 * a character standing alone becomes part of a word; best first, at most `limit`. Empty when no character stands
 * alone or no lost pair would help, which is when the repair can be trusted.
 */
export function lostCharacterReadings(
  before: string,
  run: string,
  after: string,
  model: CharModel,
  limit = 3,
): LostCharacterReading[] {
  const words = taggedWords(before + run + after);
  const odd = new Set<number>();
  let at = 0;
  for (const { word, tag } of words) {
    const index = at - before.length; // index of the word in `run`
    at += word.length;
    if (word.length === 1 && !FUNCTION_TAGS.test(tag) && index >= 1 && index < run.length) odd.add(index);
  }
  // A fused character is often rare, and a full-width comma inside a run always fuses into a Latin letter (们s家).
  for (let i = 1; i < run.length; i++) {
    const isFinalAscii = i === run.length - 1 && run.charCodeAt(i) < 0x80;
    if (!isFinalAscii && model.charLogProb(run[i]!) < RARE_LOG_PROB) odd.add(i);
  }
  // The lost pair sits inside the fused character: the odd one itself, or the one next to it (then the odd one
  // must join a word once the pair is back, as 征 joins 集 in 征集技術).
  const found = new Map<string, LostCharacterReading & { score: number }>();
  const tries = [...odd].flatMap((o) => [o - 1, o, o + 1].filter((f) => f >= 1 && f < run.length).map((f) => ({ o, f })));
  for (const { o, f: index } of tries) {
    const fused = run[index]!;
    const code = restoredBytes(fused);
    if (!code) continue;
    const [first, second] = code;
    for (const [lostLead, lostTrails] of unprintablePairs()) {
      const a = printed(decodeGbk([first, lostLead]));
      // A rare character put back would be as odd as the fused one: skip it before asking nodejieba.
      if (a === undefined || (!isMark(a) && model.charLogProb(a) < RARE_LOG_PROB)) continue;
      for (const lostTrail of lostTrails) {
        const b = printed(decodeGbk([lostTrail, second]));
        if (b === undefined || !/\p{Script=Han}/u.test(b) || model.charLogProb(b) < RARE_LOG_PROB) continue;
        const candidate = run.slice(0, index) + a + b + run.slice(index + 1);
        if (found.has(candidate)) continue;
        const text = before + candidate + after;
        const putBack = [...(isMark(a) ? [] : [index]), index + 1].map((i) => before.length + i);
        const oddNow = o === index ? [] : [before.length + (o > index ? o + 1 : o)];
        if (!allInWords(text, putBack, true) || !allInWords(text, oddNow, false)) continue;
        const local = candidate.slice(Math.max(1, index - 1), index + 3);
        found.set(candidate, { run: candidate, fused, pair: a + b, local, score: model.logLikelihood(text) });
      }
    }
  }
  return [...found.values()]
    .sort((x, y) => y.score - x.score)
    .slice(0, limit)
    .map(({ score: _score, ...reading }) => reading);
}

/** The two bytes a restored character had before the page folded it (a Latin letter came from the 0xA3 row). */
function restoredBytes(ch: string): [number, number] | undefined {
  const cp = ch.charCodeAt(0);
  if (cp >= 0x21 && cp <= 0x7e) return [0xa3, cp + 0x80];
  const code = gbkBytesOf(ch);
  return code && code.length === 2 ? [code[0]!, code[1]!] : undefined;
}

/** A decoded character as the page prints it, or undefined when it is not a character anyone would print. */
function printed(ch: string): string | undefined {
  if (ch.length !== 1 || ch === '\uFFFD' || isPrivateUse(ch)) return undefined;
  if (/\p{Script=Han}/u.test(ch)) return ch;
  return FULL_WIDTH_MARKS.includes(ch) ? pageFold(ch) : undefined;
}

function isMark(ch: string): boolean {
  return !/\p{Script=Han}/u.test(ch);
}

/**
 * Whether every character at `indices` of `text` belongs to a word of two or more characters, or (when
 * `functionWordsCount`) is a one-character function word such as 我 or 在.
 */
function allInWords(text: string, indices: number[], functionWordsCount: boolean): boolean {
  if (indices.length === 0) return true;
  let at = 0;
  const last = Math.max(...indices);
  for (const { word, tag } of taggedWords(text)) {
    const end = at + word.length;
    const fits = (word.length >= 2 && tag !== 'x' && tag !== 'eng') || (functionWordsCount && word.length === 1 && FUNCTION_TAGS.test(tag) && tag !== 'x' && tag !== 'eng');
    if (!fits && indices.some((i) => i >= at && i < end)) return false;
    at = end;
    if (at > last) break;
  }
  return true;
}
