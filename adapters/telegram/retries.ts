import { autoRetry } from '@grammyjs/auto-retry';
import { HttpError, type Api, type Transformer } from 'grammy';

/** How hard outgoing Bot API calls are retried before a failure is given up on and logged. */
export interface RetryOptions {
  /** Retries of one call after a 429 or a 5xx answer (auto-retry's `maxRetryAttempts`). Default 3. */
  maxRetryAttempts: number;
  /** A 429 asking to wait longer than this is not waited out; the call fails and is logged. Default 30 seconds. */
  maxDelaySeconds: number;
  /** Retries of one call after a network failure (no answer at all). Default 3. */
  networkRetries: number;
  /** Wait before the first network retry, doubled for each further one. Default 1000 ms. */
  networkBackoffMs: number;
}

/** The defaults of {@link RetryOptions}. */
export const defaultRetryOptions: RetryOptions = {
  maxRetryAttempts: 3,
  maxDelaySeconds: 30,
  networkRetries: 3,
  networkBackoffMs: 1000,
};

/**
 * Installs the retry policy on an Api: auto-retry waits out 429s (`retry_after`) and backs off on 5xx,
 * both capped; network errors are retried by our own capped transformer, because auto-retry retries them
 * forever and one unreachable chat would then hold up every other update behind it.
 */
export function installRetries(api: Api, options: Partial<RetryOptions> = {}): void {
  const o = { ...defaultRetryOptions, ...options };
  // Installed first, so it sits closest to the network and auto-retry only sees what it gave up on.
  api.config.use(retryNetworkErrors(o.networkRetries, o.networkBackoffMs));
  api.config.use(
    autoRetry({
      maxRetryAttempts: o.maxRetryAttempts,
      maxDelaySeconds: o.maxDelaySeconds,
      rethrowInternalServerErrors: false,
      rethrowHttpErrors: true,
    }),
  );
}

/** A transformer that retries calls which got no answer (grammy's {@link HttpError}) with doubling backoff, then rethrows. */
export function retryNetworkErrors(retries: number, backoffMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        // An aborted call (the bot is stopping) must not be retried, nor waited for.
        if (!(error instanceof HttpError) || attempt >= retries || signal?.aborted) throw error;
        // grammy types the signal with its abort-controller shim; on Node 20 it is the global AbortSignal.
        await sleep(backoffMs * 2 ** attempt, signal as AbortSignal | undefined);
      }
    }
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('retry wait aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
