/**
 * What stands in a question for someone else's handle or id. Readable in the log, the report and FAQ drafts
 * ("@某人 签约金额多少"), and dropped before the question is answered, so it never becomes a search term.
 */
export const PERSON_PLACEHOLDER = '@某人';

/** What stands in for a group chat's id (a WeChat room id). */
export const GROUP_PLACEHOLDER = '某群';

/** What stands in for a numeric account id written after a label (`id: 123456789`). */
export const NUMBER_PLACEHOLDER = '某号';

// Applied in this order, each on what the one before left. The engine, the log and the report each apply the
// whole, so scrubbing scrubbed text must change nothing (a property test checks it), and a long question must
// cost linear time: no pattern backtracks over more than one word or 20 characters. A pattern that must not
// start inside a word must not start after a placeholder either: a second pass sees the placeholder where the
// first saw the word it replaced.
const RULES: readonly [RegExp, (match: string, ...groups: (string | undefined)[]) => string][] = [
  // Telegram profile links and user links: t.me/alice, https://telegram.me/alice, tg://user?id=123.
  [/(?:https?:\/\/)?(?<![\w.]|某人|某群|某号)(?:t|telegram)\.me\/[A-Za-z0-9_+/-]+|tg:\/\/user\?id=\d+/giu, () => PERSON_PLACEHOLDER],
  // WeChat contact ids: wxid_….
  [/(?<![A-Za-z0-9_]|某人|某群|某号)wxid_[A-Za-z0-9_-]{2,}/giu, () => PERSON_PLACEHOLDER],
  // A number written as someone's id: "id 123456789", "用户ID：123456789", "uid=123456". Before the @ rule,
  // which would otherwise keep `id:123456789@t.me` whole as an e-mail address and lose it on a second pass.
  [/((?<![A-Za-z])(?:user\s*id|uid|id|用户\s*id|用户号|账号|帐号)\s*[:：=#]?\s*)\d{5,}/giu, (_match, label) => `${label ?? ''}${NUMBER_PLACEHOLDER}`],
  // Everything written with an @, in one alternation so a mention right after another is seen in the same
  // pass: an e-mail address (kept: not a mention), a WeChat room id (12345678@chatroom), a WeChat web-protocol
  // id (@hex, @@hex), and @handles. An ASCII handle (Telegram usernames) stops at the first other character,
  // so `@bob签约` keeps 签约; another name (a WeChat nickname) runs to the next space, U+2005 (WeChat's mention
  // separator), @ or the end.
  [
    /(?<![\w.+-]|某人|某群|某号)([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|((?<!\d)\d{5,}@chatroom(?![\w-]))|@@?[0-9a-f]{16,}(?![\w-])|@(?!某人|某群|某号)(?:[A-Za-z0-9_]{1,64}(?![A-Za-z0-9_])|[^\s@\u2005]{1,20}(?=[\s\u2005@]|$))/gu,
    (_match, email, room) => email ?? (room !== undefined ? GROUP_PLACEHOLDER : PERSON_PLACEHOLDER),
  ],
];

/**
 * Removes other people's @handles and Telegram/WeChat ids from a question, leaving readable placeholders
 * (`@alice 签约金额多少 @bob_12345` → `@某人 签约金额多少 @某人`). Applied on the way in, before a question is
 * answered, logged or reported; applying it twice changes nothing.
 */
export function scrubPersonalIds(text: string): string {
  let out = text;
  // A replacement can shorten a run of text enough for a nickname before it to fit the 20-character limit, so
  // the rules run again until nothing changes. Only such a shortening enables another round, and a handle's
  // replacement keeps its @, so no name before it changes: two rounds settle any text, the cap is a guard.
  for (let round = 0; round < 5; round++) {
    let next = out;
    for (const [pattern, replace] of RULES) next = next.replace(pattern, replace);
    if (next === out) break;
    out = next;
  }
  return out;
}

const PLACEHOLDERS = new RegExp(`${PERSON_PLACEHOLDER}|${GROUP_PLACEHOLDER}|${NUMBER_PLACEHOLDER}`, 'gu');

/** The scrubbed question without its placeholders: what is answered, so `@某人` never counts as a term. */
export function withoutPlaceholders(scrubbed: string): string {
  return scrubbed.replace(PLACEHOLDERS, ' ').replace(/\s{2,}/gu, ' ').trim();
}
