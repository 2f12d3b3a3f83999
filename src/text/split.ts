/** Sentence ends after which a long message may be cut. */
const SENTENCE_END = /[。！？!?；;\n]/u;

/**
 * Splits `text` into parts of at most `maxLength` characters (UTF-16 code units, as Telegram and WeChat
 * count them), cutting after a sentence end where one is near enough, else after a comma, else anywhere
 * that does not break a surrogate pair. Parts keep their order and, joined, give back the text.
 */
export function splitMessage(text: string, maxLength: number): string[] {
  if (maxLength < 2) throw new RangeError(`splitMessage: maxLength must be at least 2, got ${maxLength}`);
  const parts: string[] = [];
  let rest = text;
  while (rest.length > maxLength) {
    const cut = findCut(rest, maxLength);
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/** The index to cut at: the last sentence end in the window, then the last comma, then a safe hard cut. */
function findCut(text: string, maxLength: number): number {
  const window = text.slice(0, maxLength);
  // Do not cut so early that parts become tiny: look for a boundary in the last 60% of the window.
  const floor = Math.floor(maxLength * 0.4);
  for (const pattern of [SENTENCE_END, /[，,、：:）)」』”]/u]) {
    for (let i = window.length - 1; i >= floor; i--) {
      if (pattern.test(window[i]!)) return i + 1;
    }
  }
  const code = text.charCodeAt(maxLength - 1);
  // Never leave half a surrogate pair (an emoji) at the end of a part.
  return code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength;
}
