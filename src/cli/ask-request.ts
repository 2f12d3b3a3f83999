/** One question read by `ask` from a line: its text, and the conversation it belongs to, if any. */
export type AskRequest = { question: string; conversation?: string } | { invalid: string };

/**
 * Reads one input line of `ask`: a plain line is a question on its own; a line holding a JSON object,
 * `{"conversation": "c1", "question": "第二阶段呢？"}`, is a question of that conversation (the conversation is
 * optional). A line that starts with `{` and is not such an object is reported as invalid, with why, rather
 * than asked as a question: it is a scripting mistake, and a refusal would hide it.
 */
export function readAskLine(text: string): AskRequest {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return { question: text };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { invalid: `not JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { invalid: 'not a JSON object' };
  const { question, conversation, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) return { invalid: `unknown key ${JSON.stringify(unknown[0])}; the keys are "conversation" and "question"` };
  if (typeof question !== 'string') return { invalid: '"question" must be a string' };
  if (conversation === undefined || conversation === null) return { question };
  if (typeof conversation !== 'string' || conversation === '') return { invalid: '"conversation" must be a non-empty string' };
  return { question, conversation };
}
