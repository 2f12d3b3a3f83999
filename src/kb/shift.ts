import { charactersWithLead, decodeGbk, gbkBytes, gbkBytesOf, isGbkLead, isGbkTrail, isPrivateUse } from './gbk.ts';
import { FULL_WIDTH_MARKS, pageFold, reprint } from './garble.ts';

/**
 * Readings of a `?` as the lost lead byte of a full-width mark: every way the characters after it can be turned
 * back into the bytes the page decoded one out of step, each checked by printing it again the page's way.
 * Which reading is right (if any) is for the caller to judge; this module only knows bytes.
 */

/** Marks a character whose bytes are partly lost in {@link ShiftReading.restored}: the typesetter's geta mark. */
export const LOST_CHARACTER = '〓';

/**
 * Longest run considered. A run lasts until an ASCII byte brings the decoder back in step; text without digits or
 * Latin letters stays out of step to the end of its paragraph, so this is a paragraph's length.
 */
export const MAX_RUN = 600;

/** A character of the restored text that lost one of its bytes for good. */
export interface LostCharacter {
  /** Index of its {@link LOST_CHARACTER} in `restored`. */
  index: number;
  /** Every character its surviving byte allows, in code order. */
  candidates: string[];
}

/** One way to read a `?` and the characters after it as bytes decoded one out of step. */
export interface ShiftReading {
  /** Code-unit index of the `?`. */
  start: number;
  /** Code-unit index just after the last published character the reading explains. */
  end: number;
  /** The mark's lead byte that was lost: 0xA1 (。、“”·…) or 0xA3 (，：；！？（）). */
  lead: number;
  /** The restored text as the page would have printed it (full-width ASCII folded), 〓 where a character is lost. */
  restored: string;
  /** Characters that lost a byte for good; empty when the reading is exact. */
  lost: LostCharacter[];
}

/** Every byte-consistent reading of the `?` at `start` in `line`. */
export function shiftReadings(line: string, start: number): ShiftReading[] {
  const readings = new Map<string, ShiftReading>();
  const add = (reading: ShiftReading | undefined) => {
    if (reading && !readings.has(`${reading.end}:${reading.restored}`)) readings.set(`${reading.end}:${reading.restored}`, reading);
  };
  // The bytes the page decoded after the `?`, one out of step, recovered character by character.
  const shifted: number[] = [];
  let k = start + 1;
  for (; k < line.length && k - start <= MAX_RUN; k++) {
    const ch = line[k]!;
    const cp = ch.charCodeAt(0);
    if (ch === '\uFFFD') {
      // The decoder met a lead byte followed by a byte that cannot pair with it: that trail byte is lost.
      addAll(add, line, start, k + 1, shifted, 'lost');
      return [...readings.values()];
    }
    if (cp < 0x80) {
      // An ASCII byte after an out-of-step pair brings the decoder back in step: the run may end here …
      if (isGbkTrail(cp)) addAll(add, line, start, k + 1, [...shifted, cp], 'complete');
      // … or a byte that cannot be a trail met the last lead byte, and the page did not print the U+FFFD …
      else addAll(add, line, start, k, shifted, 'lost');
      // … or it is a full-width form (0xA3 row) the page folded to ASCII, and the run goes on.
      if (cp >= 0x21 && cp <= 0x7e) shifted.push(0xa3, cp + 0x80);
      else if (cp === 0x20) shifted.push(0xa1, 0xa1);
      else return [...readings.values()];
      continue;
    }
    const code = gbkBytesOf(ch);
    if (!code) {
      addAll(add, line, start, k, shifted, 'lost');
      return [...readings.values()];
    }
    shifted.push(...code);
    // € is the decoder's reading of a lone 0x80, which ends the run; so does a pair whose trail byte is ASCII
    // (0x40–0x7E): it swallowed an ASCII character of the original, and the next byte is in step again.
    if (code.length === 1 || code[1]! < 0x80) {
      addAll(add, line, start, k + 1, shifted, 'complete');
      return [...readings.values()];
    }
  }
  if (k >= line.length) addAll(add, line, start, line.length, shifted, 'lost');
  return [...readings.values()];
}

type Ending = 'complete' | 'lost';

function addAll(add: (r: ShiftReading | undefined) => void, line: string, start: number, end: number, shifted: readonly number[], ending: Ending): void {
  const published = line.slice(start, end);
  for (const lead of [0xa1, 0xa3]) add(markReading(published, start, end, lead, shifted, ending));
  add(droppedCommaReading(published, start, end, shifted, ending));
}

/** The mark's lead byte put back before the shifted bytes: `[lead, …shifted]` in step again. */
function markReading(published: string, start: number, end: number, lead: number, shifted: readonly number[], ending: Ending): ShiftReading | undefined {
  const bytes = [lead, ...shifted];
  const tail = splitLostTrail(bytes, ending);
  if (!tail) return undefined;
  const decoded = decodeGbk(tail.known);
  if (!isCleanRestoration(decoded, tail.known) || !FULL_WIDTH_MARKS.includes(decoded[0]!)) return undefined;
  if (!printsAs(bytes, ending, published)) return undefined;
  const restored = pageFold(decoded) + (tail.lostLead === undefined ? '' : LOST_CHARACTER);
  const lost = tail.lostLead === undefined ? [] : [{ index: restored.length - 1, candidates: withLead(tail.lostLead) }];
  return { start, end, lead, restored, lost };
}

/**
 * A full-width comma (0xA3 0xAC) whose first out-of-step pair the page dropped: 0xAC starts a user-defined code,
 * so the pair (0xAC, next lead byte) printed nothing, and the lead byte of the character after the comma is lost.
 */
function droppedCommaReading(published: string, start: number, end: number, shifted: readonly number[], ending: Ending): ShiftReading | undefined {
  if (shifted.length < 1) return undefined;
  const firstTrail = shifted[0]!;
  const rest = shifted.slice(1);
  const tail = splitLostTrail(rest, ending);
  if (!tail) return undefined;
  const decoded = decodeGbk(tail.known);
  if (tail.known.length > 0 && !isCleanRestoration(decoded, tail.known)) return undefined;
  const firstCandidates: string[] = [];
  let someLead: number | undefined;
  for (let lead = 0xa1; lead <= 0xfe; lead++) {
    const ch = decodeGbk([lead, firstTrail]);
    // Only Chinese characters: a mark right after a comma is rare, and marks would win every likelihood contest.
    if (isRealCharacter(ch) && /\p{Script=Han}/u.test(ch) && isPrivateUse(decodeGbk([0xac, lead]))) {
      firstCandidates.push(ch);
      someLead ??= lead;
    }
  }
  if (someLead === undefined || !printsAs([0xa3, 0xac, someLead, ...shifted], ending, published, 'drop')) return undefined;
  const restored = `,${LOST_CHARACTER}${pageFold(decoded)}${tail.lostLead === undefined ? '' : LOST_CHARACTER}`;
  const lost = [{ index: 1, candidates: firstCandidates }];
  if (tail.lostLead !== undefined) lost.push({ index: restored.length - 1, candidates: withLead(tail.lostLead) });
  return { start, end, lead: 0xa3, restored, lost };
}

/** For a run that ends with a lost trail byte, the known bytes and the lead byte left without its trail. */
function splitLostTrail(bytes: readonly number[], ending: Ending): { known: number[]; lostLead?: number } | undefined {
  if (ending === 'complete') return { known: [...bytes] };
  const lead = bytes[bytes.length - 1];
  // The lead byte of the last character survived; there must be a run before it for this to be a reading at all.
  if (lead === undefined || !isGbkLead(lead) || bytes.length < 3) return undefined;
  return { known: bytes.slice(0, -1), lostLead: lead };
}

/** Whether restored bytes, their mark's lead byte lost again, print exactly as the published span. */
function printsAs(bytes: readonly number[], ending: Ending, published: string, only?: 'keep' | 'drop'): boolean {
  // A lost trail byte printed as U+FFFD, unless the page dropped that too (then nothing marks the loss).
  const keep = reprint(bytes, 'keep') + (ending === 'lost' ? '\uFFFD' : '');
  const drop = reprint(bytes, 'drop');
  return (only !== 'drop' && keep === published) || (only !== 'keep' && drop === published);
}

/** Restored bytes must decode to real text that encodes back to the same bytes. */
function isCleanRestoration(decoded: string, bytes: readonly number[]): boolean {
  if (decoded.length === 0) return false;
  for (const ch of decoded) if (ch === '\uFFFD' || isPrivateUse(ch)) return false;
  const again = gbkBytes(decoded);
  return again !== undefined && again.length === bytes.length && again.every((b, i) => b === bytes[i]);
}

/** The printable characters whose two-byte code starts with `lead`. */
function withLead(lead: number): string[] {
  return charactersWithLead(lead)
    .map((c) => c.ch)
    .filter((ch) => !isPrivateUse(ch));
}

function isRealCharacter(ch: string): boolean {
  return ch.length === 1 && ch !== '\uFFFD' && !isPrivateUse(ch);
}
