/**
 * A message that asks several things at once (网办率多少？比上一年提高了多少？, 汛前搞了培训没有？培训了多少人次？):
 * its question clauses in order, each ended by a question mark, an exclamation or a full stop, the later ones
 * often leaning on the first for their subject. A message of one clause has no parts.
 */

/** Messages longer than this are not taken apart: a pasted paragraph is not a list of questions. */
const MAX_LENGTH = 200;
/** At most this many clauses are tried. */
const MAX_PARTS = 4;

/** The question clauses of a message, when it has two to four of them; otherwise none. */
export function questionParts(message: string): string[] {
  if (message.length > MAX_LENGTH) return [];
  const parts = message
    .split(/[?？!！;；。]+/u)
    .map((p) => p.trim())
    .filter((p) => (p.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2);
  return parts.length >= 2 && parts.length <= MAX_PARTS ? parts : [];
}
