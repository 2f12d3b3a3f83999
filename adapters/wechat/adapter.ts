import type { Message, Wechaty } from 'wechaty';
import { detectScript, type Answer, type Engine, type QuestionLog, type Script, type WechatConfig } from '../../src/index.ts';
import { parseSuggestionNumber, triggerPrefixes } from './addressing.ts';
import { describeError, type Logger } from './log.ts';
import { splitIntoParts, WECHAT_MAX_LENGTH } from './parts.ts';
import { RateLimiter } from './rate-limiter.ts';
import { renderAnswer, uiText } from './render.ts';
import { SendFailedError, SendQueue, SendQueueStoppedError, SendTimeoutError, type StopReport } from './send-queue.ts';
import { SuggestionMemory } from './suggestion-memory.ts';
import { triageMessage, type Addressed, type IgnoreReason, type TriageContext } from './triage.ts';

/** Options for {@link createWechatAdapter}; the clock and limits are injectable so tests need not sleep. */
export interface WechatAdapterOptions {
  engine: Engine;
  config: WechatConfig;
  log: Logger;
  /** The clock for message age, suggestion expiry and send pacing (the rate limits keep the system clock). Default `Date.now`. */
  now?: () => number;
  /** How the send queue waits between messages. Default a timer. */
  sleep?: (ms: number) => Promise<unknown>;
  /** Messages older than this are replayed history and ignored. Default 2 minutes. */
  maxAgeMs?: number;
  /** How long numbered suggestions can be picked by number. Default 5 minutes. */
  suggestionTtlMs?: number;
  /** Longest message sent, in characters. Default {@link WECHAT_MAX_LENGTH} (1,500). */
  maxMessageLength?: number;
  /** Called once per message with what the adapter did; tests await it, production may count it. */
  onOutcome?: (outcome: Outcome) => void;
  /** Where each answered question is recorded (src/log). Default: nowhere. */
  questionLog?: Pick<QuestionLog, 'record'>;
}

/** What the adapter did with one message. */
export type Outcome =
  | { messageId: string; status: 'answered'; answer: Answer; sent: string[] }
  | { messageId: string; status: 'limited'; sent: string[] }
  | { messageId: string; status: 'ignored'; reason: IgnoreReason }
  | { messageId: string; status: 'failed'; error: unknown; sent: string[] };

/** A running WeChat adapter: its message handler, and ways to detach it from the bot and to stop it. */
export interface WechatAdapter {
  /** Handles one message; never rejects, so it is safe as a wechaty event listener. */
  handleMessage(msg: Message): Promise<Outcome>;
  /** Stops listening to the bot's messages. */
  detach(): void;
  /**
   * Stops: detaches, drops the replies waiting to be sent and gives the send in progress `config.stopGraceMs`;
   * logs what was left. Resolves within the grace period whatever the puppet does.
   */
  stop(): Promise<StopReport>;
}

/**
 * Connects the question-answering engine to a wechaty bot: listens to its messages, decides which are
 * questions for the bot, answers them in the asker's script and conversation, and keeps going on any error.
 */
export function createWechatAdapter(bot: Wechaty, options: WechatAdapterOptions): WechatAdapter {
  const { engine, config, log } = options;
  const now = options.now ?? Date.now;
  const maxLength = options.maxMessageLength ?? WECHAT_MAX_LENGTH;
  const memory = new SuggestionMemory({ now, ttlMs: options.suggestionTtlMs ?? 5 * 60_000 });
  const personLimiter = new RateLimiter({ limit: config.personLimit, windowMs: config.rateWindowMs });
  const roomLimiter = new RateLimiter({ limit: config.roomLimit, windowMs: config.rateWindowMs });
  const queue = new SendQueue({ intervalMs: config.sendIntervalMs, timeoutMs: config.sendTimeoutMs, now, ...(options.sleep ? { sleep: options.sleep } : {}) });
  const triage: TriageContext = {
    now,
    maxAgeMs: options.maxAgeMs ?? 2 * 60_000,
    rooms: config.rooms,
    triggers: triggerPrefixes(config.trigger),
    ignoreContacts: config.ignoreContacts,
    memory,
  };

  /** Sends texts to where the question came from, in order; in a room the first part @-mentions the asker. */
  async function reply(to: Addressed, texts: readonly string[], sent: string[]): Promise<void> {
    await queue.enqueueAll(texts.map((text, i) => async () => {
      if (to.room) {
        if (i === 0) await to.room.say(text, to.talker);
        else await to.room.say(text);
      } else {
        await to.talker.say(text);
      }
      sent.push(text);
    }));
  }

  /** The length of what room.say() prepends to @-mention the asker: `@<room alias or name>` and a space. */
  async function mentionLength(to: Addressed): Promise<number> {
    // Some puppets cannot look up room aliases; the name is then what wechaty uses too.
    const alias = await to.room?.alias(to.talker).catch(() => null);
    return (alias || to.talker.name()).length + 2;
  }

  /**
   * Applies both limits, the person's first; returns the notice to send when over one for the first time in its
   * window, `null` when silent. A question the person's limit refuses is not charged to the room, and one the
   * room's refuses is given back to the person.
   */
  async function rateCheck(to: Addressed, script: Script): Promise<'allow' | string | null> {
    const person = await personLimiter.take(to.talker.id);
    if (person !== 'allow') return person === 'notify' ? uiText('rateLimited', script) : null;
    if (!to.room) return 'allow';
    const room = await roomLimiter.take(to.room.id);
    if (room === 'allow') return 'allow';
    await personLimiter.giveBack(to.talker.id);
    return room === 'notify' ? uiText('roomRateLimited', script) : null;
  }

  /** Turns a bare number into the suggestion it picks, when this person was offered one here. */
  function resolveQuestion(to: Addressed): { question: string; script: Script } {
    const n = parseSuggestionNumber(to.question);
    const picked = n === undefined ? undefined : memory.pick(to.conversationId, to.talker.id, n);
    if (!picked) return { question: to.question, script: detectScript(to.question) };
    const question = engine.suggestionText(picked.suggestion.id, picked.script) ?? picked.suggestion.text;
    return { question, script: picked.script };
  }

  async function processMessage(msg: Message): Promise<Outcome> {
    const sent: string[] = [];
    let addressed: Addressed | undefined;
    try {
      const verdict = await triageMessage(msg, triage);
      if ('ignored' in verdict) return { messageId: msg.id, status: 'ignored', reason: verdict.ignored };
      addressed = verdict;
      const { question, script } = resolveQuestion(verdict);
      const rate = await rateCheck(verdict, script);
      if (rate !== 'allow') {
        log.info(`message ${msg.id}: over the rate limit (${rate === null ? 'silent' : 'notice sent'})`);
        if (rate !== null) await reply(verdict, [rate], sent);
        return { messageId: msg.id, status: 'limited', sent };
      }
      const started = performance.now();
      // One conversation per person per room (and per person in a direct chat): in a busy room, one member's
      // 第二阶段呢 is read with their own last question, never with someone else's.
      const answer = engine.converse(conversationOf(verdict), question);
      options.questionLog?.record({ channel: 'wechat', chatType: verdict.room ? 'group' : 'private', asker: verdict.talker.id, answer, latencyMs: performance.now() - started });
      // Remember before sending, so a quick `2` that races a slow multi-part send still finds its list.
      memory.remember(verdict.conversationId, verdict.talker.id, answer.suggestions, answer.script);
      const mentionReserve = verdict.room ? await mentionLength(verdict) : 0;
      await reply(verdict, splitIntoParts(renderAnswer(answer), maxLength, mentionReserve), sent);
      log.info(`message ${msg.id}: ${verdict.room ? 'room' : 'direct'} answer band=${answer.band} kind=${answer.kind} score=${answer.score.toFixed(2)} parts=${sent.length}${answer.understood !== undefined && answer.understoodAs !== 'part' ? ' followUp=true' : ''}`);
      return { messageId: msg.id, status: 'answered', answer, sent };
    } catch (error) {
      if (error instanceof SendQueueStoppedError) {
        log.info(`message ${msg.id}: not sent, the bot is stopping (${sent.length} part(s) had gone out)`);
        return { messageId: msg.id, status: 'failed', error, sent };
      }
      if (error instanceof SendTimeoutError) {
        // WeChat is not taking sends: an apology would only wait in the same place. The queue moves on.
        log.warn(`message ${msg.id}: a send timed out after ${error.timeoutMs} ms (${sent.length} part(s) had gone out); the rest of the reply is dropped`);
        return { messageId: msg.id, status: 'failed', error, sent };
      }
      log.error(`message ${msg.id}: ${error instanceof SendFailedError ? 'send failed' : 'handler failed'}: ${describeError(error)}`);
      // Only someone who addressed the bot gets the short apology; silence stays silence.
      if (addressed) {
        try {
          const script = detectScript(addressed.question);
          await reply(addressed, [uiText('failed', script)], sent);
        } catch (fallbackError) {
          log.error(`message ${msg.id}: fallback reply failed too: ${describeError(fallbackError)}`);
        }
      }
      return { messageId: msg.id, status: 'failed', error, sent };
    }
  }

  async function handleMessage(msg: Message): Promise<Outcome> {
    const outcome = await processMessage(msg);
    try {
      options.onOutcome?.(outcome);
    } catch (error) {
      log.error(`message ${msg.id}: onOutcome listener failed: ${describeError(error)}`);
    }
    return outcome;
  }

  // An async listener that rejects would be an unhandled rejection, which ends a Node 20 process.
  const listener = (msg: Message) => void handleMessage(msg);
  bot.on('message', listener);
  const detach = () => void bot.off('message', listener);
  return {
    handleMessage,
    detach,
    stop: async () => {
      detach();
      const report = await queue.stop(config.stopGraceMs);
      if (report.dropped > 0 || report.unfinished) {
        log.warn(`stopped sending: ${report.dropped} waiting repl${report.dropped === 1 ? 'y' : 'ies'} dropped${report.unfinished ? `; a send still unfinished after ${config.stopGraceMs} ms was left` : ''}`);
      }
      return report;
    },
  };
}

/** The conversation a question belongs to, for follow-ups: `wechat:<room>:<person>` in a room, `wechat:<person>` direct. */
export function conversationOf(to: Pick<Addressed, 'room' | 'talker'>): string {
  return to.room ? `wechat:${to.room.id}:${to.talker.id}` : `wechat:${to.talker.id}`;
}
