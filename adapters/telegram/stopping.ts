import type { TelegramBot } from './bot.ts';
import type { Logger } from './logger.ts';

// After the grace period, cut calls fail at once and handlers log and return; this bounds that unwinding.
const UNWIND_MS = 1000;

/**
 * Lets the updates in hand finish within `graceMs`; past it, drops those still waiting, cuts the calls in
 * flight and logs each update cut short, so a hung Bot API call can never hold the stop. Used by long polling
 * and by the webhook server alike.
 */
export async function finishUpdatesInHand(app: TelegramBot, graceMs: number, logger: Logger): Promise<void> {
  if (await settlesWithin(app.idle(), graceMs)) return;
  const left = app.inHand();
  const cut = app.abandon();
  logger.warn('stop: grace period over, cutting what is left', { updates: left.length, callsCut: cut, graceSeconds: graceMs / 1000 });
  for (const update of left) {
    if (update.started) logger.warn('update cut short by the stop; its reply may be missing or incomplete', { update: update.update, chat: update.chat });
  }
  if (!(await settlesWithin(app.idle(), UNWIND_MS))) logger.warn('stop: leaving updates still unwinding', { updates: app.inHand().length });
}

/** Whether `promise` settles within `ms`. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
