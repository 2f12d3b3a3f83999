import { LRUCache } from 'lru-cache';
import { isInDictionary } from '../language/general-words.ts';
import { jieba } from '../text/jieba.ts';
import { normalise } from '../text/pipeline.ts';
import type { AnswerUnit } from './units.ts';

/**
 * The passages' own words (keys and text) as one normalised string, for finding a word jieba cut differently in
 * the question than in the release: the release's 改造老旧小区 may be indexed as 改造 / 老旧小区 while a
 * question's 老旧 stands alone, and a question's word is mentioned if a passage holds it as a string at all.
 * Built on first use, once per index: a fast native substring search then answers "which passages hold this".
 */
export class PassageText {
  private constructor(
    private readonly text: string,
    /** Where each unit's text starts in `text`, ascending. */
    private readonly starts: Uint32Array,
    private readonly units: readonly AnswerUnit[],
  ) {}

  /** Each unit's keys normalised, made when first asked for. */
  private readonly keys: (string | undefined)[] = [];

  /** Joins the normalised keys and text of every unit, each unit's run ended by a separator no text holds. */
  static of(units: readonly AnswerUnit[]): PassageText {
    const starts = new Uint32Array(units.length);
    const parts: string[] = [];
    let at = 0;
    units.forEach((unit, id) => {
      starts[id] = at;
      const run = `${normalise(`${unit.keys} ${unit.text}`)}\u0000`;
      parts.push(run);
      at += run.length;
    });
    return new PassageText(parts.join(''), starts, units);
  }

  /** Answers of the whole-text searches below, by their arguments: the same words come back question after question. */
  private readonly searches = new LRUCache<string, number[]>({ max: 2000 });

  /** The units whose own words hold `word` (normalised), in unit order, at most `limit`. */
  unitsContaining(word: string, limit = 500): number[] {
    const key = `c\u0000${limit}\u0000${word}`;
    let found = this.searches.get(key);
    if (found === undefined) {
      found = this.searchContaining(word, limit);
      this.searches.set(key, found);
    }
    // A copy: callers add to what they get.
    return found.slice();
  }

  /**
   * The units whose own words hold a number as a string, not inside a longer one (100日 in 加梯100日攻坚, not in
   * 1100日 or 2.100日): a number the release prints within a name, which the index does not hold as a figure.
   */
  unitsHoldingNumber(number: string, limit = 500): number[] {
    return this.unitsContaining(number, limit).filter((unit) => {
      const end = unit + 1 < this.starts.length ? this.starts[unit + 1]! : this.text.length;
      for (let at = this.text.indexOf(number, this.starts[unit]!); at >= 0 && at < end; at = this.text.indexOf(number, at + 1)) {
        if (!/[\d.]/u.test(this.text[at - 1] ?? '') && !/\d/u.test(this.text[at + number.length] ?? '')) return true;
      }
      return false;
    });
  }

  private searchContaining(word: string, limit: number): number[] {
    const found: number[] = [];
    if (word.length === 0 || word.includes('\u0000')) return found;
    for (let at = this.text.indexOf(word); at >= 0 && found.length < limit; at = this.text.indexOf(word, at + 1)) {
      const unit = this.unitAt(at);
      if (found[found.length - 1] !== unit) found.push(unit);
      // Jump to the next unit: one mention per unit is enough.
      at = (unit + 1 < this.starts.length ? this.starts[unit + 1]! : this.text.length) - 1;
    }
    return found;
  }

  /**
   * The units whose own words spell an abbreviation out: its characters in order, the first one first, at most
   * `maxGap` characters (two unless told) between them and no punctuation (技校 in 技工院校, 文旅季 in 文化旅游季).
   */
  unitsSpelling(abbreviation: string, limit = 100, maxGap = 2): number[] {
    const key = `s\u0000${limit}\u0000${maxGap}\u0000${abbreviation}`;
    let found = this.searches.get(key);
    if (found === undefined) {
      found = this.searchSpelling(abbreviation, limit, maxGap);
      this.searches.set(key, found);
    }
    return found.slice();
  }

  private searchSpelling(abbreviation: string, limit: number, maxGap: number): number[] {
    const chars = [...abbreviation];
    // (省市 spells 省、市两级 too: a list's comma may stand between the characters.)
    const gap = `[\\p{Script=Han}\\p{L}\\d、]{0,${maxGap}}?`;
    const pattern = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join(gap), 'gu');
    const found: number[] = [];
    for (const match of this.text.matchAll(pattern)) {
      if (match[0].length === chars.length) continue; // the word itself would have been found as it is
      const unit = this.unitAt(match.index);
      if (found[found.length - 1] !== unit) found.push(unit);
      if (found.length >= limit) break;
    }
    return found;
  }

  /**
   * The units whose own words hold a two-character `word` that jieba cut across (供水管/网 for 管网 in 老旧供水管网,
   * where jieba prefers its rare 供水管): where it reads as a word preceded by a word of two characters or more and
   * followed by nothing or such a word (供水 管网), each one jieba's dictionary holds. Counted only for a word fewer
   * than `limit` units hold: a common one is cut right.
   */
  unitsCuttingAcross(word: string, limit = 100): number[] {
    const key = `x\u0000${limit}\u0000${word}`;
    let found = this.searches.get(key);
    if (found === undefined) {
      found = [];
      const holding = [...word].length === 2 ? this.unitsContaining(word, limit) : [];
      if (holding.length < limit) for (const unitId of holding) if (cutAcross(this.unitText(unitId), word)) found.push(unitId);
      this.searches.set(key, found);
    }
    return found.slice();
  }

  /** One unit's own words (its keys, a space, its text), normalised as the pipeline reads them. */
  unitText(unitId: number): string {
    const start = this.starts[unitId];
    if (start === undefined) return '';
    const end = unitId + 1 < this.starts.length ? this.starts[unitId + 1]! : this.text.length;
    return this.text.slice(start, end - 1);
  }

  /** One unit's keys (a figure's label, an event's name, a question), normalised: 目標 in a Traditional release is 目标. */
  unitKeys(unitId: number): string {
    let keys = this.keys[unitId];
    if (keys === undefined) {
      keys = normalise(this.units[unitId]?.keys ?? '');
      this.keys[unitId] = keys;
    }
    return keys;
  }

  /** Whether one unit's own words hold `word` (normalised). */
  unitHolds(unitId: number, word: string): boolean {
    const start = this.starts[unitId];
    if (start === undefined || word.length === 0) return false;
    const end = unitId + 1 < this.starts.length ? this.starts[unitId + 1]! : this.text.length;
    // Within the unit only: indexOf from its start would scan the rest of every release when it is not there.
    return this.text.slice(start, end).includes(word);
  }

  private unitAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Whether jieba cut `word` across two words somewhere in `text`, as unitsCuttingAcross reads it. */
function cutAcross(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let start = at;
    while (start > 0 && at - start < 8 && /\p{Script=Han}/u.test(text[start - 1]!)) start--;
    let end = at + word.length;
    while (end < text.length && end - at < 10 && /\p{Script=Han}/u.test(text[end]!)) end++;
    // Where each word of the run starts and ends, as offsets in the text.
    let offset = start;
    let before: string | undefined;
    let after: string | undefined;
    for (const token of jieba().cut(text.slice(start, end))) {
      const tokenEnd = offset + token.length;
      // The word's first character closes one word, its second opens the next.
      if (offset < at && tokenEnd === at + 1) before = text.slice(offset, at);
      if (offset === at + 1 && tokenEnd > at + 1) after = text.slice(at + 2, tokenEnd);
      offset = tokenEnd;
    }
    if (before !== undefined && after !== undefined && [...before].length >= 2 && isInDictionary(before) && (after.length === 0 || ([...after].length >= 2 && isInDictionary(after)))) return true;
  }
  return false;
}

const texts = new WeakMap<readonly AnswerUnit[], PassageText>();

/** The passage text of a set of units, built once and kept as long as the units are. */
export function passageTextOf(units: readonly AnswerUnit[]): PassageText {
  let text = texts.get(units);
  if (text === undefined) {
    text = PassageText.of(units);
    texts.set(units, text);
  }
  return text;
}
