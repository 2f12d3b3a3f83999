import { toScript } from '../../src/index.ts';

/**
 * The prefixes that address the bot in a room without an @mention: the configured trigger in both scripts
 * and with either colon width (people type `问:` as often as `问：`), plus `?` and `？`.
 */
export function triggerPrefixes(trigger: string): string[] {
  const forms = new Set<string>();
  for (const t of [trigger, toScript(trigger, 'simplified'), toScript(trigger, 'traditional')]) {
    if (t === '') continue;
    forms.add(t);
    forms.add(t.replace(/：$/u, ':'));
    forms.add(t.replace(/:$/u, '：'));
  }
  forms.add('?');
  forms.add('？');
  // Longest first, so `问：` wins over a shorter prefix it starts with.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * The question after a trigger prefix, or `undefined` when the text does not start with one or nothing
 * but punctuation follows it (`？？？` in a group is bewilderment, not a question for the bot).
 */
export function stripTrigger(text: string, prefixes: readonly string[]): string | undefined {
  const trimmed = text.trimStart();
  for (const prefix of prefixes) {
    if (!trimmed.startsWith(prefix)) continue;
    const rest = trimmed.slice(prefix.length).trim();
    return /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
  }
  return undefined;
}

// WeChat ends a mention with U+2005 (four-per-em space); some clients and puppets send a plain space instead.
const MENTION_END = '(?:\\u2005|\\s|$)';

/**
 * Removes `@name` mentions of the bot from the text, for puppets that do not report mentions;
 * returns `undefined` when none of the names is mentioned.
 */
export function stripNameMention(text: string, names: readonly string[]): string | undefined {
  let found = false;
  let rest = text;
  for (const name of names) {
    if (name === '') continue;
    // Not after ASCII word characters, so `bot@example.org` is an address, not a mention; Chinese text
    // may run straight into a mention (请问@助手), so CJK before the @ is allowed.
    const pattern = new RegExp(`(?<![A-Za-z0-9_.+-])@${escapeRegExp(name)}${MENTION_END}`, 'gu');
    const next = rest.replace(pattern, ' ');
    if (next !== rest) found = true;
    rest = next;
  }
  return found ? rest.replace(/\s+/gu, ' ').trim() : undefined;
}

/**
 * Removes leftover leading `@someone` mentions of the bot that `mentionText()` missed (it strips one
 * occurrence per name and misses a room alias the puppet does not know).
 */
export function stripLeadingMentions(text: string, names: readonly string[]): string {
  return stripNameMention(text, names) ?? text.trim();
}

const SUGGESTION_NUMBER = /^\s*(?:第\s*)?([1-9１-９])\s*(?:[.。、)）]|个|個|条|條)?\s*$/u;

/** The 1-based number of a reply that is just a suggestion number (`2`, `２`, `2.`, `第2个`), else `undefined`. */
export function parseSuggestionNumber(text: string): number | undefined {
  const match = SUGGESTION_NUMBER.exec(text);
  if (!match) return undefined;
  // NFKC turns the full-width digit into its ASCII twin.
  return Number(match[1]!.normalize('NFKC'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
