import { autoRetry } from '@grammyjs/auto-retry';
import { HttpError, type Api, type Transformer } from 'grammy';
import { DeliveredWithoutAnswerError } from './errors.ts';
import { callProgress } from './fetch.ts';
import { ApiHealth } from './health.ts';
import type { Logger } from './logger.ts';
import { requestTimeoutMs } from './timeouts.ts';

/** How Bot API calls are timed out and retried before a failure is given up on and logged. */
export interface RetryOptions {
  /** Retries of one call after a 429 (auto-retry's `maxRetryAttempts`), and of a call safe to repeat after a 5xx. Default 3. */
  maxRetryAttempts: number;
  /** A 429 asking to wait longer than this is not waited out; the call fails and is logged. Default 30 seconds. */
  maxDelaySeconds: number;
  /** Retries of a call that never reached Telegram, or of one safe to repeat that got no answer. Default 3. */
  networkRetries: number;
  /** Wait before the first network retry, doubled for each further one. Default 1000 ms. */
  networkBackoffMs: number;
  /** Wait before retrying after a 5xx, doubled for each further one. Default 3000 ms. */
  serverErrorBackoffMs: number;
  /**
   * Times a send that may already have been delivered (no answer, a timeout, a 5xx) is sent again, each with a
   * log line saying the chat may get it twice. 0 never risks a duplicate but may lose the reply. Default 1.
   */
  uncertainResends: number;
  /** Longest wait for one attempt, in seconds; see `timeouts.ts` for the long poll and courtesies. Default 15. */
  requestTimeoutSeconds: number;
}

/** The defaults of {@link RetryOptions}. */
export const defaultRetryOptions: RetryOptions = {
  maxRetryAttempts: 3,
  maxDelaySeconds: 30,
  networkRetries: 3,
  networkBackoffMs: 1000,
  serverErrorBackoffMs: 3000,
  uncertainResends: 1,
  requestTimeoutSeconds: 15,
};

// Calls that do the same whether they arrive once or twice: repeating them after any failure is safe. Everything
// else (sendMessage above all) is repeated only when Telegram cannot have seen it, or with a log line.
/** A Bot API answer as transformers see it, before grammY turns a refusal into a GrammyError. */
type RawResponse = { ok: true; result: unknown } | { ok: false; error_code: number; description: string };
/** The next transformer down, seen without grammY's per-method generics. */
type RawCall = (method: string, payload: unknown, signal?: unknown) => Promise<RawResponse>;

const SAFE_TO_REPEAT = new Set(['getMe', 'getUpdates', 'getWebhookInfo', 'setMyCommands', 'deleteWebhook', 'setWebhook', 'sendChatAction', 'answerCallbackQuery']);

/**
 * The delivery policy of one bot's Bot API calls: a timeout on every attempt, retries chosen by whether a second
 * delivery could happen, 429s waited out by auto-retry (capped), outages logged once, and a way to cut every call
 * in flight when the bot stops.
 */
export class BotApiRequests {
  readonly #options: RetryOptions;
  readonly #logger: Logger;
  readonly #health: ApiHealth;
  readonly #inFlight = new Set<AbortController>();
  #cut = false;

  /** A policy with the given options (defaults for the rest) logging to `logger`. */
  constructor(logger: Logger, options: Partial<RetryOptions> = {}) {
    this.#options = { ...defaultRetryOptions, ...options };
    this.#logger = logger;
    this.#health = new ApiHealth(logger);
  }

  /** Installs the policy on an Api: attempts with timeouts and retries closest to the network, auto-retry for 429s above. */
  install(api: Api): void {
    const o = this.#options;
    api.config.use(this.#attemptsTransformer());
    api.config.use(
      autoRetry({
        maxRetryAttempts: o.maxRetryAttempts,
        maxDelaySeconds: o.maxDelaySeconds,
        // 5xx and calls without an answer are ours: whether to repeat them depends on the method.
        rethrowInternalServerErrors: true,
        rethrowHttpErrors: true,
      }),
    );
  }

  /**
   * Aborts every call in flight (and every wait between attempts) and retries nothing from then on; returns how
   * many were cut. Used once the stop's grace is over. A call made afterwards still gets its one attempt.
   */
  cutInFlight(): number {
    this.#cut = true;
    const count = this.#inFlight.size;
    for (const controller of this.#inFlight) controller.abort();
    return count;
  }

  #attemptsTransformer(): Transformer {
    const o = this.#options;
    return async (prev, method, payload, signal) => {
      const repeatable = SAFE_TO_REPEAT.has(method);
      // The runner retries getUpdates itself, at its own pace; a second loop here would only slow recovery.
      const retries = method === 'getUpdates' ? 0 : o.networkRetries;
      let networkTries = 0;
      let serverTries = 0;
      let resends = 0;
      const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id;
      const resend = async (reason: unknown, waitMs: number): Promise<boolean> => {
        if (resends >= o.uncertainResends) return false;
        resends++;
        this.#logger.warn('sending again; the first try may have been delivered, so the chat may get it twice', { method, chat, error: reason });
        return this.#wait(waitMs, signal);
      };
      const call = prev as unknown as RawCall;
      // Returned as is; the cast only restores grammY's per-method result type.
      const answer = (response: RawResponse) => response as Awaited<ReturnType<typeof prev>>;
      for (;;) {
        let response: RawResponse;
        try {
          response = await this.#attempt(call, method, payload, signal);
        } catch (error) {
          if (!(error instanceof HttpError) || this.#cut || signal?.aborted) throw error;
          const progress = callProgress(error.error);
          if (progress === 'not-sent' || repeatable) {
            if (networkTries < retries && (await this.#wait(o.networkBackoffMs * 2 ** networkTries++, signal))) continue;
            throw error;
          }
          if (typeof progress === 'object' && progress.status < 300) throw new DeliveredWithoutAnswerError(method, { cause: error });
          // A 4xx whose body was lost: Telegram refused the call, so it was not delivered; nothing to repeat with.
          if (typeof progress === 'object' && progress.status < 500) throw error;
          if (await resend(error, o.networkBackoffMs)) continue;
          throw error;
        }
        if (response.ok || response.error_code < 500 || method === 'getUpdates') return answer(response);
        const reason = `${response.error_code} ${response.description}`;
        if (repeatable) {
          if (serverTries < o.maxRetryAttempts && (await this.#wait(o.serverErrorBackoffMs * 2 ** serverTries++, signal))) continue;
          return answer(response);
        }
        if (await resend(reason, o.serverErrorBackoffMs)) continue;
        return answer(response);
      }
    };
  }

  /** One attempt of a call, aborted after its timeout, when the caller aborts, or when the stop cuts calls in flight. */
  async #attempt(call: RawCall, method: string, payload: unknown, signal: unknown): Promise<RawResponse> {
    const controller = new AbortController();
    const callerSignal = signal as AbortSignal | undefined;
    const onCallerAbort = (): void => controller.abort();
    if (callerSignal?.aborted) controller.abort();
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const ms = requestTimeoutMs(method, payload as Record<string, unknown> | undefined, this.#options.requestTimeoutSeconds);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    this.#inFlight.add(controller);
    try {
      const response = await call(method, payload, controller.signal);
      if (!response.ok && response.error_code >= 500) this.#health.failure(method, `${response.error_code} ${response.description}`);
      else this.#health.success();
      return response;
    } catch (error) {
      const stopped = this.#cut || callerSignal?.aborted === true;
      if (!(error instanceof HttpError) || stopped) throw error;
      const failure = timedOut ? new HttpError(`Request to '${method}' got no answer within ${ms / 1000} s`, error.error) : error;
      this.#health.failure(method, failure);
      throw failure;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
      this.#inFlight.delete(controller);
    }
  }

  /** Waits between attempts; false when the caller aborted or the stop cut calls meanwhile (do not retry). */
  async #wait(ms: number, signal: unknown): Promise<boolean> {
    const callerSignal = signal as AbortSignal | undefined;
    const controller = new AbortController();
    this.#inFlight.add(controller);
    const onCallerAbort = (): void => controller.abort();
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        controller.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      return !controller.signal.aborted && !this.#cut;
    } finally {
      callerSignal?.removeEventListener('abort', onCallerAbort);
      this.#inFlight.delete(controller);
    }
  }
}
