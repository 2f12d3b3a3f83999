/** Long-poll length asked of Telegram in getUpdates, in seconds (the runner's default, kept explicit). */
export const LONG_POLL_SECONDS = 30;

// Courtesies (the typing indicator, stopping a button's spinner) are worth a few seconds, never a chat's turn.
const COURTESY_METHODS = new Set(['sendChatAction', 'answerCallbackQuery']);
const COURTESY_MAX_SECONDS = 5;

/**
 * How long one attempt of a Bot API call may take before it is given up, in milliseconds: a long poll gets its
 * own wait plus `requestTimeoutSeconds`, courtesies at most 5 s, everything else `requestTimeoutSeconds`.
 */
export function requestTimeoutMs(method: string, payload: Record<string, unknown> | undefined, requestTimeoutSeconds: number): number {
  if (method === 'getUpdates') return (Number(payload?.timeout ?? 0) + requestTimeoutSeconds) * 1000;
  if (COURTESY_METHODS.has(method)) return Math.min(requestTimeoutSeconds, COURTESY_MAX_SECONDS) * 1000;
  return requestTimeoutSeconds * 1000;
}

/**
 * grammY's own per-call timeout, kept as a backstop above every timeout of {@link requestTimeoutMs} (its default,
 * 500 s, is what froze the bot on a cut-off answer).
 */
export function clientTimeoutSeconds(requestTimeoutSeconds: number): number {
  return LONG_POLL_SECONDS + requestTimeoutSeconds + 5;
}
