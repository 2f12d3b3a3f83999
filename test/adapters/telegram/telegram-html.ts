/**
 * Telegram's HTML parse mode, as its servers check it (https://core.telegram.org/bots/api#html-style):
 * only the listed tags, properly nested and closed, a few named entities plus numeric ones. Returns the
 * visible text (what Telegram counts against 4096 and what users see) or throws Telegram's error text.
 */

/** The visible text and entity list Telegram would derive from an HTML message. */
export interface ParsedHtml {
  text: string;
  /** Tag names in document order, e.g. ['b', 'blockquote', 'i']. */
  tags: string[];
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre', 'blockquote']);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Parses Telegram HTML; throws an Error whose message is Telegram's description for bad markup. */
export function parseTelegramHtml(html: string): ParsedHtml {
  let text = '';
  const tags: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '&') {
      const m = /^&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/iu.exec(html.slice(i, i + 12));
      const name = m?.[1];
      const codePoint =
        name === undefined || !name.startsWith('#') ? undefined
        : /^#x/iu.test(name) ? Number.parseInt(name.slice(2), 16)
        : Number(name.slice(1));
      const decoded =
        name === undefined ? undefined
        : codePoint !== undefined ? (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined)
        : NAMED_ENTITIES[name.toLowerCase()];
      // Like Telegram, an ampersand that starts no known entity is kept as a literal character.
      if (decoded !== undefined && m) {
        text += decoded;
        i += m[0].length;
      } else {
        text += '&';
        i++;
      }
      continue;
    }
    if (c !== '<') {
      text += c;
      i++;
      continue;
    }
    const end = html.indexOf('>', i);
    if (end < 0) throw new Error(`Bad Request: can't parse entities: Unclosed start tag at byte offset ${byteOffset(html, i)}`);
    const inner = html.slice(i + 1, end);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      const expected = open.pop();
      if (expected === undefined) throw new Error(`Bad Request: can't parse entities: Unexpected end tag at byte offset ${byteOffset(html, i)}`);
      if (name !== expected) throw new Error(`Bad Request: can't parse entities: Unmatched end tag at byte offset ${byteOffset(html, i)}, expected "</${expected}>", found "</${name}>"`);
    } else {
      const match = /^([a-z][a-z-]*)(\s[^]*)?$/iu.exec(inner);
      const name = match?.[1]?.toLowerCase();
      if (!match || name === undefined || !ALLOWED_TAGS.has(name)) {
        throw new Error(`Bad Request: can't parse entities: Unsupported start tag "${inner.split(/\s/u)[0]}" at byte offset ${byteOffset(html, i)}`);
      }
      checkAttributes(name, match[2] ?? '', html, i);
      if (open.some((t) => t === 'pre' || t === 'code')) throw new Error(`Bad Request: can't parse entities: Can't nest entities inside "${open.at(-1)}" at byte offset ${byteOffset(html, i)}`);
      if (name === 'blockquote' && open.includes('blockquote')) throw new Error(`Bad Request: can't parse entities: Blockquote entities can't be nested at byte offset ${byteOffset(html, i)}`);
      open.push(name);
      tags.push(name);
    }
    i = end + 1;
  }
  if (open.length > 0) throw new Error(`Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return { text, tags };
}

function checkAttributes(name: string, attributes: string, html: string, at: number): void {
  const attrs = attributes.trim();
  const ok =
    attrs === '' ? name !== 'a' && name !== 'span' && name !== 'tg-emoji'
    : name === 'a' ? /^href\s*=\s*"[^"]*"$/u.test(attrs)
    : name === 'span' ? /^class\s*=\s*"tg-spoiler"$/u.test(attrs)
    : name === 'tg-emoji' ? /^emoji-id\s*=\s*"\d+"$/u.test(attrs)
    : name === 'code' ? /^class\s*=\s*"language-[\w+-]+"$/u.test(attrs)
    : name === 'blockquote' ? attrs === 'expandable'
    : false;
  if (!ok) throw new Error(`Bad Request: can't parse entities: Tag "${name}" has unsupported attributes at byte offset ${byteOffset(html, at)}`);
}

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}
