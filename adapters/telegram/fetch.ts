import type { ApiClientOptions } from 'grammy';

/**
 * The HTTP client under grammY's Bot API client: Node's own `fetch` (undici), wrapped so that a failed call says
 * how far it got. That decides whether a send that failed may be sent again (see `retries.ts`).
 */

/** How far a failed call got before it failed. */
export type CallProgress =
  /** No connection was made: Telegram never saw the call, so sending it again cannot deliver it twice. */
  | 'not-sent'
  /** Telegram answered with this status but its body could not be read (cut off, timed out, not JSON). */
  | { status: number }
  /** The call went out and no answer came (dropped connection, timeout): Telegram may or may not have carried it out. */
  | 'unknown';

/** Thrown (inside grammY's `HttpError`) when Telegram's answer came with a status but its body could not be read. */
export class UnreadableAnswerError extends Error {
  override name = 'UnreadableAnswerError';
  /** The HTTP status Telegram answered with. */
  readonly status: number;

  constructor(status: number, options: { cause: unknown }) {
    super(`the Bot API answered ${status}, but its answer could not be read (${describeCause(options.cause)})`, options);
    this.status = status;
  }
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

// Errors from connecting (DNS, refused, unreachable, TLS not reached): nothing of the call left this machine.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** How far a call got, from the error grammY wrapped in its `HttpError` (`error.error`). */
export function callProgress(error: unknown): CallProgress {
  if (error instanceof UnreadableAnswerError) return { status: error.status };
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return 'not-sent';
  }
  return 'unknown';
}

/** What grammY's client takes as `fetch` (typed as node-fetch 2's `fetch`). */
type GrammyFetch = NonNullable<ApiClientOptions['fetch']>;
/** What grammY's client passes and uses of it: a URL and init with its own signal, then `json()` of the answer. */
type BotApiFetch = (url: string, init: Record<string, unknown>) => Promise<{ json(): Promise<unknown> }>;

/**
 * A `fetch` for grammY's `client.fetch` option. Node's undici notices an answer cut off mid-body at once, where
 * grammY's default node-fetch 2 waits for the call's timeout (500 s by default) with a keep-alive agent. A body
 * that cannot be read after the status arrived rejects with {@link UnreadableAnswerError} carrying that status.
 */
export function createBotApiFetch(): GrammyFetch {
  const botApiFetch: BotApiFetch = async (url, init) => {
    // grammY hands over its abort-controller shim's signal; undici accepts only a real AbortSignal.
    const controller = new AbortController();
    const given = init.signal as { aborted: boolean; addEventListener(type: 'abort', listener: () => void): void } | undefined;
    if (given?.aborted) controller.abort();
    else given?.addEventListener('abort', () => controller.abort());
    // grammY's node options (`agent`, `compress`) mean nothing to undici, which keeps connections alive itself.
    const { agent: _agent, compress: _compress, signal: _signal, ...rest } = init;
    const response = await fetch(url, { ...(rest as RequestInit), signal: controller.signal });
    return {
      json: async () => {
        try {
          return await response.json();
        } catch (cause) {
          throw new UnreadableAnswerError(response.status, { cause });
        }
      },
    };
  };
  // grammY calls it with a string URL and reads the answer with json() only, which is all this provides.
  return botApiFetch as unknown as GrammyFetch;
}
