import { splitMessage } from '../../src/index.ts';

/** WeChat folds or truncates very long text messages; 1,500 characters stays readable on a phone. */
export const WECHAT_MAX_LENGTH = 1500;

/**
 * Splits a reply into WeChat messages of at most `maxLength` characters on sentence boundaries, each
 * numbered `(1/2)`, `(2/2)` so readers can tell the order even if WeChat shows them late; a reply that fits
 * is returned whole and unnumbered. `reserve` keeps room for what the platform prepends (an @mention).
 */
export function splitIntoParts(text: string, maxLength: number = WECHAT_MAX_LENGTH, reserve = 0): string[] {
  const room = maxLength - reserve;
  if (text.length <= room) return [text];
  // The label's length depends on the part count, which depends on the label: grow until it settles.
  let guess = 2;
  for (;;) {
    const labelLength = label(guess, guess).length;
    if (room - labelLength < 2) throw new RangeError(`splitIntoParts: maxLength ${maxLength} leaves no room for text`);
    const bodies = splitMessage(text, room - labelLength)
      .map((part) => part.replace(/^\s+|\s+$/gu, ''))
      .filter((part) => part !== '');
    if (String(bodies.length).length <= String(guess).length) {
      return bodies.map((body, i) => `${label(i + 1, bodies.length)}${body}`);
    }
    guess = bodies.length;
  }
}

function label(index: number, total: number): string {
  return `(${index}/${total}) `;
}
