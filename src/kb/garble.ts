import { decodeGbk, encodeGbk, isPrivateUse } from './gbk.ts';

/**
 * The publishing fault, simulated: the page's GBK bytes lost the lead byte of one full-width mark (printed as `?`),
 * so the decoder read the following bytes one out of step until an ASCII byte brought it back in step; then the page
 * folded full-width ASCII forms to half-width. The repair is checked against this simulation, and the tests use it
 * to generate garbled text from clean sentences.
 */

/** What the page did with a shifted byte pair that has no printable character. */
export type Unprintable =
  /** Kept what the GBK decoder yields: U+FFFD for a malformed pair, a Private Use character for a user-defined code. */
  | 'keep'
  /** Dropped them, as the seed's page did (征集技術 lost 集's trail byte and 技's lead byte together). */
  | 'drop';

/** Full-width marks whose lead byte can be lost: the GBK punctuation rows 0xA1 and 0xA3. */
export const FULL_WIDTH_MARKS = '、。·…—“”‘’《》「」『』【】〈〉〔〕！，：；？（）';

/**
 * Folds text the way the publishing page did: full-width ASCII forms (，：！（）Ａ１) to half-width, the ideographic
 * space to a space. 。、“” and the other CJK marks stay as they are.
 */
export function pageFold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/gu, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** The reverse of {@link pageFold} for punctuation only: how the text was before the page folded it. */
export function unfoldPunctuation(text: string): string {
  return text.replace(/[,:;!?()]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/**
 * Garbles `text` as the page did: the GBK lead byte of the full-width mark at code-unit index `at` is replaced
 * by `?`, the bytes are decoded as GBK, and the result is page-folded. Throws when `at` is not such a mark.
 */
export function garbleAt(text: string, at: number, unprintable: Unprintable = 'keep'): string {
  const mark = text[at];
  if (mark === undefined || !FULL_WIDTH_MARKS.includes(mark)) throw new RangeError(`garbleAt: no full-width mark at ${at} in "${text}"`);
  const offset = encodeGbk(text.slice(0, at)).bytes.length;
  const bytes = encodeGbk(text).bytes;
  bytes[offset] = 0x3f;
  return finishPage(decodeGbk(bytes), unprintable);
}

/**
 * What the page prints for restored bytes `[lead, …]` (the lead byte of a mark first) once that lead byte is
 * lost: the check that a proposed repair explains the published text exactly. Restored bytes that end in a lone
 * lead byte stand for a character whose trail byte was lost as well; the decoder prints U+FFFD for it.
 */
export function reprint(restored: readonly number[], unprintable: Unprintable): string {
  const bytes = Uint8Array.from(restored);
  bytes[0] = 0x3f;
  return finishPage(decodeGbk(bytes), unprintable);
}

function finishPage(decoded: string, unprintable: Unprintable): string {
  const folded = pageFold(decoded);
  if (unprintable === 'keep') return folded;
  let out = '';
  for (const ch of folded) if (ch !== '\uFFFD' && !isPrivateUse(ch)) out += ch;
  return out;
}
