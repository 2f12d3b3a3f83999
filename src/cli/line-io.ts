import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Lines longer than this many bytes are not read whole: no question is near it, and memory stays bounded. */
export const MAX_LINE_BYTES = 64 * 1024;

/** One input line: its text (at most {@link MAX_LINE_BYTES} of it) and how long it really was. */
export interface InputLine {
  /** The line without its ending; for an over-long line, only its first bytes (a split character dropped). */
  text: string;
  /** The line's length in bytes, however long. */
  bytes: number;
  /** True when the line was longer than the limit and `text` is only its start. */
  overLong: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads lines from a byte stream with bounded memory: `\r\n`, `\n` and a lone `\r` each end one line (also
 * when `\r\n` arrives split across two chunks), a line longer than `maxBytes` is kept only up to the limit and
 * reported as over-long, and a byte-order mark at the start is dropped. Lines are pulled one at a time, so a
 * consumer that waits (for a slow reader of its output) stops the reading too.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let kept = 0;
  let bytes = 0;
  let afterCR = false;
  let first = true;

  const take = (chunk: Buffer, from: number, to: number) => {
    bytes += to - from;
    const room = maxBytes - kept;
    if (room <= 0 || to <= from) return;
    // Copied, so a kept line never pins the whole chunk it came in.
    const piece = Buffer.from(chunk.subarray(from, Math.min(to, from + room)));
    parts.push(piece);
    kept += piece.length;
  };
  const finish = (): InputLine => {
    const overLong = bytes > maxBytes;
    let text = Buffer.concat(parts, kept).toString('utf8');
    // A character cut by the limit decodes as U+FFFD at the end: drop it rather than show a broken character.
    if (overLong) text = text.replace(/\uFFFD+$/u, '');
    if (first) text = text.replace(/^\uFEFF/u, '');
    first = false;
    const line = { text, bytes, overLong };
    parts = [];
    kept = 0;
    bytes = 0;
    return line;
  };

  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    // The next \n and the next \r, found by Buffer.indexOf (native), so a long line costs no JavaScript loop.
    let nextLF = chunk.indexOf(LF);
    let nextCR = chunk.indexOf(CR);
    while (nextLF !== -1 || nextCR !== -1) {
      const isLF = nextCR === -1 || (nextLF !== -1 && nextLF < nextCR);
      const i = isLF ? nextLF : nextCR;
      if (isLF) nextLF = chunk.indexOf(LF, i + 1);
      else nextCR = chunk.indexOf(CR, i + 1);
      if (isLF && afterCR && i === start) {
        // The \n of a \r\n whose \r ended the line already.
        afterCR = false;
        start = i + 1;
        continue;
      }
      take(chunk, start, i);
      yield finish();
      afterCR = !isLF;
      start = i + 1;
    }
    if (start < chunk.length) {
      afterCR = false;
      take(chunk, start, chunk.length);
    }
  }
  if (bytes > 0) yield finish();
}

/**
 * One value as a line of JSON. U+2028 and U+2029 are valid in JSON strings but are line ends to JavaScript's
 * line splitting and to many line-based readers, so they are written escaped.
 */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value).replace(/[\u2028\u2029]/gu, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))}\n`;
}

/** Writes text and, when the stream's buffer is full, waits until it drains: a slow reader slows the writer. */
export async function writeWithBackpressure(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
