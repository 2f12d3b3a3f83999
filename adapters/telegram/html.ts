import { splitMessage } from '../../src/index.ts';

/** Telegram's limit on one message's text, in UTF-16 code units. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** The tags a {@link Block} may be wrapped in; all are in Telegram's HTML parse-mode whitelist. */
export type BlockTag = 'b' | 'i' | 'blockquote';

/**
 * One self-contained piece of a message: plain text (escaped when rendered), optionally wrapped in a tag
 * and led by a label. Because every block opens and closes its own tag, any run of blocks, and any slice
 * of one block re-wrapped in its tag, is valid HTML on its own; that is what makes splitting safe.
 */
export interface Block {
  /** Plain text: user or knowledge text, never markup. */
  text: string;
  tag?: BlockTag;
  /** A plain-text label rendered in bold before the text, e.g. 出处：; only on the first slice of a split block. */
  label?: string;
}

/** Escapes the three characters Telegram's HTML parser treats as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Renders one block as HTML. */
export function renderBlock(block: Block): string {
  const label = block.label ? `<b>${escapeHtml(block.label)}</b>` : '';
  const body = label + escapeHtml(block.text);
  return block.tag ? `<${block.tag}>${body}</${block.tag}>` : body;
}

/**
 * Packs blocks into as few messages as fit `maxLength` (counted on the HTML itself, which is never shorter
 * than the text Telegram counts), joining blocks with a newline. A block too long for one message is cut
 * on sentence boundaries and each slice re-wrapped in the block's tag, so every part is valid HTML alone.
 */
export function packBlocks(blocks: readonly Block[], maxLength: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') parts.push(current);
    current = '';
  };
  for (const block of blocks) {
    if (block.text === '' && !block.label) continue;
    const whole = renderBlock(block);
    if (fits(current, whole, maxLength)) {
      current = join(current, whole);
      continue;
    }
    if (whole.length <= maxLength) {
      flush();
      current = whole;
      continue;
    }
    // Too long for any one message: fill the current part, then whole parts, slice by slice.
    let rest = block.text;
    let label = block.label;
    while (rest !== '') {
      const wrapper = renderBlock({ text: '', tag: block.tag, label });
      const room = maxLength - wrapper.length - (current === '' ? 0 : current.length + 1);
      // A sliver at the end of a part reads badly; start a fresh part instead.
      if (current !== '' && room < Math.min(200, maxLength / 4)) {
        flush();
        continue;
      }
      const slice = firstSliceThatFits(rest, room);
      current = join(current, renderBlock({ text: slice, tag: block.tag, label }));
      rest = rest.slice(slice.length);
      label = undefined;
      if (rest !== '') flush();
    }
  }
  flush();
  return parts;
}

/**
 * The longest leading slice of `text`, cut where {@link splitMessage} would cut (a sentence end, else a
 * comma), whose escaped form is at most `room` characters.
 */
export function firstSliceThatFits(text: string, room: number): string {
  if (room < 10) throw new RangeError(`firstSliceThatFits: room must be at least 10 characters, got ${room}`);
  let limit = Math.min(room, text.length);
  for (;;) {
    const slice = splitMessage(text, Math.max(2, limit))[0] ?? '';
    const escapedLength = escapeHtml(slice).length;
    if (escapedLength <= room) return slice;
    // Escapes made it longer than it looked: shrink by the overflow and cut again at a boundary.
    limit = Math.max(2, Math.min(slice.length - 1, limit - (escapedLength - room)));
  }
}

function fits(current: string, next: string, maxLength: number): boolean {
  return (current === '' ? next.length : current.length + 1 + next.length) <= maxLength;
}

function join(current: string, next: string): string {
  return current === '' ? next : `${current}\n${next}`;
}
