import { toScript } from '../text/script.ts';

/**
 * Folding for reading a transcript's layout: full-width forms to half-width and Traditional to Simplified, one
 * character for one, so a pattern found in the folded line lies at the same offsets in the line as published and
 * the importer can quote the published text. The layout's words (發布時間, 記者, 主持人) are matched once, in
 * Simplified and half-width, whatever the page printed.
 */

const widthFolded = new Map<string, string>();

/** The line folded to Simplified and half-width, of the same length as the line. */
export function foldLine(line: string): string {
  let narrow = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch.charCodeAt(0) < 0x80) {
      narrow += ch;
      continue;
    }
    let folded = widthFolded.get(ch);
    if (folded === undefined) {
      const nfkc = ch.normalize('NFKC');
      // U+3000 is a space; … and other marks that NFKC spells with several characters stay as printed.
      folded = ch === '\u3000' ? ' ' : nfkc.length === 1 ? nfkc : ch;
      widthFolded.set(ch, folded);
    }
    narrow += folded;
  }
  const simplified = toScript(narrow, 'simplified');
  if (simplified.length === narrow.length) return simplified;
  // A phrase conversion changed the length (none is known to): convert character by character instead.
  let out = '';
  for (const ch of narrow) out += ch.length === 1 ? singleCharacter(ch) : ch;
  return out;
}

function singleCharacter(ch: string): string {
  const converted = toScript(ch, 'simplified');
  return converted.length === 1 ? converted : ch;
}
