import { foldLine } from './fold.ts';
import { furnitureKind } from './furniture.ts';
import { isDateLine, readHeaderLine } from './header.ts';
import { readLabel, readNameLine } from './labels.ts';
import { looksLikeName } from './people.ts';

/**
 * The lines of a transcript as the importer reads them: each with its folded twin (Simplified, half-width, same
 * length) for matching, its number for the report, and whether it was indented; and the shapes several readers
 * share: names used as labels, a bracketed line, a section heading.
 */

/** One line of the transcript: as published (trimmed), folded, numbered. */
export interface Line {
  text: string;
  folded: string;
  /** 1-based line number in the transcript. */
  line: number;
  /** The line began with whitespace: a continuation of the header field above it. */
  indented: boolean;
}

/** Splits a transcript into lines, trimmed and folded. */
export function readLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((raw, i) => {
      const t = raw.trim().replace(CLOCK_STAMP, '');
      return { text: t, folded: foldLine(t), line: i + 1, indented: /^\s/u.test(raw) && t.length > 0 };
    });
}

/**
 * The clock time a live-text page (图文直播, 文字实录) prints before each turn, `[10:05]` or `[10:05:32]` or `10:05 `:
 * page furniture, not the speaker's words, and it hides the turn's label behind it.
 */
const CLOCK_STAMP = /^(?:[[［【(（]\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*[\]］】)）]\s*|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s+)(?=\S)/u;

/** Names used as labels on their own (吴建平:): they settle where a name ends elsewhere. */
export function knownNames(lines: readonly Line[]): Set<string> {
  const names = new Set<string>();
  for (const { folded } of lines) {
    const bracketed = /^[【[]\s*([^】\]\s]{2,4})\s*[】\]]$/u.exec(folded.trim());
    if (bracketed && looksLikeName(bracketed[1]!)) names.add(bracketed[1]!);
    const colon = folded.indexOf(':');
    if (colon < 2 || colon > 5) continue;
    const label = folded.slice(0, colon).trim();
    if (looksLikeName(label) && !readHeaderLine(folded, folded)) names.add(label);
  }
  return names;
}

/** A line that is one bracketed phrase, 【周晓峰】: a turn label, or a page link such as 【打印】. */
export function isBracketOnly(folded: string): boolean {
  return /^\s*[【[][^】\]]{1,40}[】\]]\s*$/u.test(folded);
}

/** Section headings: 一、… 二、… 三是…, (一)…, 第一、. */
const HEADING = /^(?:[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[、,，])/u;

/**
 * A section heading: numbered (一、… 二是… (三)…), or a crosshead, a short line with no closing punctuation
 * standing before more text of the same speaker.
 */
export function isHeading(text: string, folded: string, next: Line | undefined, known: ReadonlySet<string>): boolean {
  if (HEADING.test(folded)) return folded.length <= 40 && !/[。!?]./u.test(folded);
  if (folded.length < 4 || folded.length > 24 || /[。!?;:,、…]/u.test(folded) || !/\p{Script=Han}/u.test(folded)) return false;
  if (!next || isDateLine(folded)) return false;
  return !readLabel(next.text, next.folded, known) && !readNameLine(next.text, next.folded, known) && furnitureKind(next.folded) === undefined;
}
