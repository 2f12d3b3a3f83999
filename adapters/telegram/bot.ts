import { limit } from '@grammyjs/ratelimiter';
import { Bot, GrammyError, HttpError, type BotError, type Context } from 'grammy';
import type { BotCommand, UserFromGetMe } from 'grammy/types';
import type { Engine, QuestionLog, ReloadResult, Script } from '../../src/index.ts';
import { classifyMessage, type Intent } from './addressing.ts';
import { decodeSuggestionPress } from './callback-data.ts';
import { createLogger, type Logger } from './logger.ts';
import { askerScript, phrase } from './phrases.ts';
import { renderAnswer, renderHelp, renderNotice, renderSources, renderStart, type RenderedReply } from './render.ts';
import { DeliveredWithoutAnswerError } from './errors.ts';
import { createBotApiFetch } from './fetch.ts';
import { BotApiRequests, defaultRetryOptions, type RetryOptions } from './retries.ts';
import { UpdateScheduler, type UpdateInHand } from './scheduling.ts';
import { clientTimeoutSeconds } from './timeouts.ts';

/** Options for {@link createTelegramBot}; every default is stated where the option is. */
export interface TelegramBotOptions {
  token: string;
  /** Bot API server address without a trailing slash. Default: Telegram's. */
  apiRoot?: string;
  /** Telegram user ids allowed to run /reload. Default: nobody. */
  adminIds?: ReadonlySet<number>;
  /** Default: one line per event on standard error, with the token redacted. */
  logger?: Logger;
  /** Longer questions get a polite "please shorten" instead of an answer. Default 500 characters. */
  maxQuestionLength?: number;
  /** Messages older than this when they reach the bot (it was down) are skipped. Default 600 seconds. */
  maxMessageAgeSeconds?: number;
  /** Per-user limit: `limit` addressed messages or button presses per `windowMs`. Default 8 per 60 000 ms. */
  rateLimit?: { limit: number; windowMs: number };
  /** How outgoing calls are timed out and retried. Default {@link defaultRetryOptions}. */
  retry?: Partial<RetryOptions>;
  /** Updates handled at once across chats; one chat's updates always run one at a time, in order. Default 32. */
  concurrency?: number;
  /** Called when an update is finished (handled, failed or dropped at a stop), with its id; tests wait on it. Default: nothing. */
  onUpdateDone?: (updateId: number) => void;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Skips getMe when the bot's identity is already known. Default: fetched at start. */
  botInfo?: UserFromGetMe;
  /** Where each answered question is recorded (src/log). Default: nowhere. */
  questionLog?: Pick<QuestionLog, 'record'>;
  /** What /reload runs: the knowledge watcher's `reload`, which also watches the folders afresh. Default `engine.reload()`. */
  reloadKnowledge?: () => Promise<ReloadResult>;
}

/** The bot with the adapter's handlers installed, and what a graceful stop needs. */
export interface TelegramBot {
  bot: Bot;
  /** Resolves once no update is being handled; used to stop gracefully. */
  idle(): Promise<void>;
  /** The updates received and not finished, for the stop's log lines. */
  inHand(): UpdateInHand[];
  /** Once the stop's grace is over: updates still waiting are dropped, calls in flight are cut; returns how many calls were cut. */
  abandon(): number;
}

/** The command menu registered with setMyCommands at start; /reload is left out because only admins may use it. */
export const COMMAND_MENU: readonly BotCommand[] = [
  { command: 'ask', description: '提问（在群里用）：/ask 问题' },
  { command: 'start', description: '开始，看看能问什么' },
  { command: 'help', description: '能回答什么，在群里怎么问' },
  { command: 'sources', description: '已收录的新闻发布会' },
];

/**
 * Builds the grammy bot that answers questions about the releases with the given engine: it decides which
 * messages are addressed to it, asks the engine, renders the answer as Telegram HTML and delivers it with
 * retries, a per-user rate limit and one catch point that logs and apologises.
 */
export function createTelegramBot(engine: Engine, options: TelegramBotOptions): TelegramBot {
  const logger = options.logger ?? createLogger({ secrets: [options.token] });
  const maxQuestionLength = options.maxQuestionLength ?? 500;
  const maxMessageAgeSeconds = options.maxMessageAgeSeconds ?? 600;
  const now = options.now ?? Date.now;
  const adminIds = options.adminIds ?? new Set<number>();
  const rate = options.rateLimit ?? { limit: 8, windowMs: 60_000 };

  const retry = { ...defaultRetryOptions, ...options.retry };
  const bot = new Bot(options.token, {
    client: { apiRoot: options.apiRoot, fetch: createBotApiFetch(), timeoutSeconds: clientTimeoutSeconds(retry.requestTimeoutSeconds) },
    botInfo: options.botInfo,
  });
  const requests = new BotApiRequests(logger, retry);
  requests.install(bot.api);
  const scheduler = new UpdateScheduler({ concurrency: options.concurrency ?? 32, logger, onUpdateDone: options.onUpdateDone });
  bot.use(...scheduler.middleware());

  // Contexts the bot has decided to answer; only those get an apology when something breaks, so a
  // group that was not talking to the bot never hears from it.
  const addressed = new WeakSet<Context>();

  const limiter = limit<Context, never>({
    timeFrame: rate.windowMs,
    limit: rate.limit,
    // Anonymous group admins all post as one bot account; count each group's anonymous admins apart.
    keyGenerator: (ctx) => (ctx.msg?.sender_chat?.id ?? ctx.from?.id)?.toString(),
    // The plugin calls this once per window when the limit is first passed: one notice, then silence.
    onLimitExceeded: async (ctx: Context) => {
      logger.warn('rate limited', { user: ctx.from?.id, chat: ctx.chat?.id });
      await sendReply(ctx, renderNotice(phrase('rateLimited', scriptOfContext(ctx))));
    },
  });

  /** Sends every part of a reply in order; a part Telegram still refuses after retries is logged and the rest dropped. */
  const sendReply = async (ctx: Context, reply: RenderedReply, replyTo = ctx.msg?.message_id): Promise<boolean> => {
    for (const [i, part] of reply.parts.entries()) {
      const last = i === reply.parts.length - 1;
      try {
        // ctx.reply keeps the reply in the forum topic the question came from.
        await ctx.reply(part, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          // A question deleted before we answer must not turn the answer into an error.
          reply_parameters: replyTo !== undefined && i === 0 ? { message_id: replyTo, allow_sending_without_reply: true } : undefined,
          reply_markup: last ? reply.keyboard : undefined,
        });
      } catch (error) {
        if (error instanceof DeliveredWithoutAnswerError) {
          // Telegram said 200 and then the connection broke: the part is in the chat; sending it again would double it.
          logger.info('reply delivered; Telegram\'s answer was lost', { chat: ctx.chat?.id, update: ctx.update.update_id, part: `${i + 1}/${reply.parts.length}` });
          continue;
        }
        if (!(error instanceof GrammyError || error instanceof HttpError)) throw error;
        logger.error('reply failed', { chat: ctx.chat?.id, update: ctx.update.update_id, part: `${i + 1}/${reply.parts.length}`, error });
        return false;
      }
    }
    return true;
  };

  const showTyping = async (ctx: Context): Promise<void> => {
    try {
      await ctx.replyWithChatAction('typing');
    } catch (error) {
      // Only a courtesy: the answer still goes out.
      logger.warn('typing indicator failed', { chat: ctx.chat?.id, error });
    }
  };

  const ask = async (ctx: Context, question: string, how: { echoQuestion?: boolean; replyTo?: number } = {}): Promise<void> => {
    const script = askerScript(question, ctx.from?.language_code);
    const length = [...question].length;
    if (length > maxQuestionLength) {
      await sendReply(ctx, renderNotice(phrase('tooLong', script, { length, max: maxQuestionLength })), how.replyTo);
      return;
    }
    await showTyping(ctx);
    const started = performance.now();
    // One conversation per chat (a group converses as one), so 第二阶段呢 is read with the chat's last turns.
    const answer = engine.converse(conversationOf(ctx), question);
    options.questionLog?.record({
      channel: 'telegram',
      chatType: ctx.chat?.type === 'private' ? 'private' : 'group',
      asker: ctx.from ? String(ctx.from.id) : undefined,
      answer,
      latencyMs: performance.now() - started,
    });
    logger.info('answered', { chat: ctx.chat?.id, update: ctx.update.update_id, band: answer.band, kind: answer.kind, score: answer.score.toFixed(2), followUp: (answer.understood !== undefined && answer.understoodAs !== 'part') || undefined });
    await sendReply(ctx, renderAnswer(answer, { echoQuestion: how.echoQuestion }), how.replyTo);
  };

  const runCommand = async (ctx: Context, intent: Extract<Intent, { kind: 'command' }>): Promise<void> => {
    const script = askerScript(intent.payload, ctx.from?.language_code);
    switch (intent.command) {
      case 'ask':
        return ask(ctx, intent.payload);
      case 'start':
        // A fresh start: what the chat asked before is no longer the context of its next question.
        engine.forget(conversationOf(ctx));
        // A deep-link payload (t.me/bot?start=…) only tells where the user came from; greet them the same.
        await sendReply(ctx, renderStart(engine.releases(script), engine.examples(script), script));
        return;
      case 'help':
        await sendReply(ctx, renderHelp(script, ctx.me.username));
        return;
      case 'sources':
        await sendReply(ctx, renderSources(engine.releases(script), script));
        return;
      case 'reload':
        return reload(ctx, script);
      default:
        await sendReply(ctx, renderHelp(script, ctx.me.username));
    }
  };

  const reload = async (ctx: Context, script: Script): Promise<void> => {
    if (ctx.from === undefined || !adminIds.has(ctx.from.id)) {
      logger.warn('reload refused', { user: ctx.from?.id, chat: ctx.chat?.id });
      // Told in private; in a group a refusal would only add noise for everyone else.
      if (ctx.chat?.type === 'private') await sendReply(ctx, renderNotice(phrase('adminOnly', script)));
      return;
    }
    await showTyping(ctx);
    const result = await (options.reloadKnowledge ?? engine.reload)().catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error : new Error(String(error)) }));
    if (result.ok) {
      logger.info('knowledge reloaded', { user: ctx.from.id, releases: result.releases, ms: Math.round(result.ms) });
      await sendReply(ctx, renderNotice(phrase('reloaded', script, { releases: result.releases, ms: Math.round(result.ms) })));
    } else {
      logger.error('knowledge reload failed', { user: ctx.from.id, error: result.error });
      await sendReply(ctx, renderNotice(`${phrase('reloadFailed', script)}\n${result.error.message}`));
    }
  };

  // Every handler runs inside this boundary, so a failing update is logged and apologised for in polling and
  // webhook mode alike, and never escapes into grammy's webhook timeout race. bot.catch below is the last resort.
  const handlers = bot.errorBoundary((err) => reportHandlerError(err));

  // Skip what piled up while the bot was down for too long: an answer to a stale question confuses more than it helps.
  handlers.on('message', async (ctx, next) => {
    const ageSeconds = now() / 1000 - ctx.message.date;
    if (ageSeconds <= maxMessageAgeSeconds) return next();
    logger.info('skipped stale message', { chat: ctx.chat.id, update: ctx.update.update_id, ageSeconds: Math.round(ageSeconds) });
  });

  handlers.on('message', async (ctx) => {
    const intent = classifyMessage(ctx.message, { id: ctx.me.id, username: ctx.me.username });
    if (intent.kind === 'ignore') return;
    // In a group, an unknown command belongs to another bot or to nobody; stay silent like for any chatter.
    if (intent.kind === 'command' && ctx.chat.type !== 'private' && !KNOWN_COMMANDS.has(intent.command)) return;
    addressed.add(ctx);
    await limiter(ctx, () => (intent.kind === 'command' ? runCommand(ctx, intent) : ask(ctx, intent.question)));
  });

  handlers.on('callback_query:data', async (ctx) => {
    addressed.add(ctx);
    const press = decodeSuggestionPress(ctx.callbackQuery.data);
    const question = press && engine.suggestionText(press.id, press.script);
    const chatMessage = ctx.callbackQuery.message;
    if (question === undefined || chatMessage === undefined) {
      // A button from before a knowledge reload, or from a message we can no longer reply to.
      await answerCallback(ctx, phrase('suggestionExpired', press?.script ?? scriptOfContext(ctx)));
      return;
    }
    // Answer the press first: until then the user's client shows a spinner on the button.
    await answerCallback(ctx);
    await limiter(ctx, () => ask(ctx, question, { echoQuestion: true, replyTo: chatMessage.message_id }));
  });

  // Any other press (a game button, say) still gets answered so the client stops waiting.
  handlers.on('callback_query', (ctx) => answerCallback(ctx));

  const answerCallback = async (ctx: Context, text?: string): Promise<void> => {
    try {
      await ctx.answerCallbackQuery(text === undefined ? undefined : { text });
    } catch (error) {
      logger.warn('answerCallbackQuery failed', { update: ctx.update.update_id, error });
    }
  };

  /** The one catch point per update: log with the update id, apologise to an asker, keep serving. */
  const reportHandlerError = async (err: BotError): Promise<void> => {
    const ctx = err.ctx;
    logger.error('handler failed', { update: ctx.update.update_id, chat: ctx.chat?.id, error: err.error });
    if (!addressed.has(ctx) || ctx.chat === undefined) return;
    try {
      await ctx.reply(phrase('apology', scriptOfContext(ctx)), {
        reply_parameters: ctx.msg ? { message_id: ctx.msg.message_id, allow_sending_without_reply: true } : undefined,
      });
    } catch (error) {
      if (!(error instanceof DeliveredWithoutAnswerError)) logger.error('apology failed', { update: ctx.update.update_id, chat: ctx.chat.id, error });
    }
  };
  bot.catch(reportHandlerError);

  return {
    bot,
    idle: () => scheduler.idle(),
    inHand: () => scheduler.inHand(),
    abandon: () => {
      scheduler.dropWaiting();
      return requests.cutInFlight();
    },
  };
}

const KNOWN_COMMANDS = new Set(['ask', 'start', 'help', 'sources', 'reload']);

/**
 * The conversation a message belongs to, for follow-up questions: the chat (`telegram:<chat id>`; in a group the
 * whole group, which converses as one), and the topic in a forum, whose topics are separate threads.
 */
export function conversationOf(ctx: Context): string {
  const message = ctx.msg;
  const topic = message?.is_topic_message ? message.message_thread_id : undefined;
  return `telegram:${ctx.chat?.id ?? ctx.from?.id ?? 'unknown'}${topic === undefined ? '' : `:${topic}`}`;
}

/** The asker's script from what the context carries: the message text, else the client's language. */
function scriptOfContext(ctx: Context): Script {
  return askerScript(ctx.message?.text ?? ctx.message?.caption, ctx.from?.language_code);
}
