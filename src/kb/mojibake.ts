import { charModel, type CharModel } from './charModel.ts';
import { gbkBytesOf } from './gbk.ts';
import type { RepairNote } from './repair.ts';

/**
 * The other garbling scraped pages carry, besides the one-byte shift {@link repairGarbling} mends:
 * - 锟斤拷 (the UTF-8 bytes of U+FFFD read as GBK), where a decoder had already lost the characters;
 * - a run of question marks (？？？), where a page could not encode them;
 * - UTF-8 read as GBK (鍏ㄥ競 for 全市), which the bytes give back exactly.
 * The first two cannot be restored: they are dropped and said so. The third is restored when the bytes decode as
 * UTF-8 to Chinese far likelier than the published characters.
 */

/** One garbled span of a line. */
export interface Mojibake {
  /** Code-unit offset in the line. */
  at: number;
  published: string;
  /** What the span becomes: the restored text, or '' when nothing can be restored. */
  repaired: string;
  why: string;
  /** Part of the text is lost for good: a curator must read the sentence. */
  lost?: boolean;
}

/** 锟斤拷 and its fragments, repeated: U+FFFD's bytes (EF BF BD) read two at a time as GBK. */
const REPLACEMENT_AS_GBK = /(?:[锟錕]斤拷|斤拷|[锟錕]斤)+[锟錕]?/gu;
/** Three question marks or more where characters stood. */
const QUESTION_RUN = /[?？]{3,}/gu;
/** A GBK lead byte that is also a UTF-8 lead byte of a three-byte Chinese character (U+4000–U+9FFF). */
const UTF8_LEAD = (byte: number) => byte >= 0xe4 && byte <= 0xe9;
/** How much likelier per character (natural log) the decoded text must be than the published one. */
const GAIN_PER_CHARACTER = 2;
/** The longest span tried, in published characters (two bytes each: 30 characters hold 20 Chinese ones). */
const LONGEST = 30;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every garbled span of one line, left to right, not overlapping. */
export function findMojibake(line: string, model: CharModel = charModel()): Mojibake[] {
  const found: Mojibake[] = [];
  for (const m of line.matchAll(REPLACEMENT_AS_GBK)) {
    found.push({ at: m.index, published: m[0], repaired: '', why: 'replacement characters of a lost decoding printed as GBK (锟斤拷): the characters are lost, so the span is dropped', lost: true });
  }
  for (const m of line.matchAll(QUESTION_RUN)) {
    found.push({ at: m.index, published: m[0], repaired: '', why: 'a run of question marks where the page could not encode characters: they are lost, so the run is dropped', lost: true });
  }
  found.push(...utf8ReadAsGbk(line, model));
  found.sort((a, b) => a.at - b.at);
  // (Overlaps keep the first.)
  return found.filter((m, i) => i === 0 || m.at >= found[i - 1]!.at + found[i - 1]!.published.length);
}

/** The line with every garbled span dropped or restored. */
export function mendMojibake(line: string, spans: readonly Mojibake[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += line.slice(last, s.at) + s.repaired;
    last = s.at + s.published.length;
  }
  return out + line.slice(last);
}

/** Spans whose GBK bytes decode as UTF-8 to likelier Chinese: 鍏ㄥ競 → 全市. */
function utf8ReadAsGbk(line: string, model: CharModel): Mojibake[] {
  const chars = [...line];
  const offsets: number[] = [];
  for (let i = 0, at = 0; i < chars.length; at += chars[i]!.length, i++) offsets.push(at);
  const found: Mojibake[] = [];
  for (let i = 0; i < chars.length; i++) {
    const lead = gbkBytesOf(chars[i]!);
    if (lead === undefined || lead.length !== 2 || !UTF8_LEAD(lead[0]!)) continue;
    let best: { end: number; decoded: string } | undefined;
    const bytes: number[] = [];
    for (let j = i; j < Math.min(chars.length, i + LONGEST); j++) {
      const b = gbkBytesOf(chars[j]!);
      if (b === undefined || b.length !== 2) break;
      bytes.push(...b);
      if (bytes.length % 3 !== 0) continue;
      let decoded: string;
      try {
        decoded = utf8.decode(Uint8Array.from(bytes));
      } catch {
        continue;
      }
      if (!/^\p{Script=Han}{2,}$/u.test(decoded)) continue;
      best = { end: j + 1, decoded };
    }
    if (best === undefined) continue;
    // (A character whose trail byte the page lost ends the run as a GBK character and U+FFFD: 杩涗竴姝� is 进一步,
    // its last character lost. It goes with the span, and the curator is told.)
    const lost = chars[best.end + 1] === '\uFFFD' ? 2 : chars[best.end] === '\uFFFD' ? 1 : 0;
    const published = chars.slice(i, best.end + lost).join('');
    const context = (from: number, to: number) => chars.slice(Math.max(0, from), Math.max(0, to)).join('');
    const before = context(i - 4, i);
    const after = context(best.end, best.end + 4);
    const gain = model.logLikelihood(before + best.decoded + after) - model.logLikelihood(before + published + after);
    if (gain < GAIN_PER_CHARACTER * (best.end - i)) continue;
    const why = `UTF-8 read as GBK: the bytes decode as UTF-8 to "${best.decoded}"${lost > 0 ? '; the character after it is lost (�), so the sentence needs a curator' : ''}`;
    found.push({ at: offsets[i]!, published, repaired: best.decoded, why, ...(lost > 0 ? { lost: true } : {}) });
    i = best.end + lost - 1;
  }
  return found;
}

/** Characters of context either side of a span in its repair note, so the note can be found in the text. */
const NOTE_CONTEXT = 4;

/**
 * Mends every line of a text and reports each span as a repair note: restored spans as repaired, lost ones (dropped)
 * as flagged, so the curator reads the sentence they stood in.
 */
export function mendMojibakeText(text: string, model: CharModel = charModel()): { text: string; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const lines = text.split('\n').map((line, i) => {
    const spans = findMojibake(line, model);
    for (const s of spans) {
      const before = line.slice(Math.max(0, s.at - NOTE_CONTEXT), s.at);
      const after = line.slice(s.at + s.published.length, s.at + s.published.length + NOTE_CONTEXT);
      notes.push({ line: i + 1, status: s.lost ? 'flagged' : 'repaired', published: `${before}${s.published}${after}`, repaired: `${before}${s.repaired}${after}`, why: s.why, suggestions: [] });
    }
    return spans.length === 0 ? line : mendMojibake(line, spans);
  });
  return { text: lines.join('\n'), notes };
}
