/**
 * A fake Telegram Bot API server for the adapter's tests: a real `node:http` server on 127.0.0.1 that the
 * real grammy client talks to through `client.apiRoot`. It validates requests the way Telegram does (text
 * length after HTML parsing, tag balance and whitelist, callback_data bytes, replied-to messages, callback
 * query ids), records every call, queues updates for long polling, and fails calls on request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, User } from 'grammy/types';
import { parseTelegramHtml } from './telegram-html.ts';
import { BadRequest, checkCommands, checkInlineKeyboard, requireChat } from './bot-api-checks.ts';

/** One Bot API call as the fake saw it. */
export interface RecordedCall {
  method: string;
  payload: Record<string, any>;
  /** HTTP status the fake answered with (0 when it answered nothing: a dropped or abandoned connection). */
  status: number;
  /** The call took effect (a message reached the chat), whatever the client was told afterwards. */
  delivered: boolean;
  /** When the fake received it (Date.now()). */
  at: number;
  /** For accepted sendMessage calls: the text as Telegram would show it, entities parsed. */
  visibleText?: string;
  /** What the fake answered for accepted calls (the sent Message for sendMessage). */
  result?: any;
}

/**
 * A scripted failure for the next call(s) of a method. The `…AfterDelivery` kinds and `cutOff` carry the call
 * out first (the message reaches the chat) and then fail to say so, as a network or Telegram can.
 */
export type Failure =
  | { kind: 'status'; status: number; description: string; retryAfter?: number }
  /** The connection is closed before the call is carried out. */
  | { kind: 'drop' }
  /** Not a failure: the call succeeds, but only after `ms` (a slow Telegram, to catch a call in flight). */
  | { kind: 'delay'; ms: number }
  /** Carried out; the answer's headers (200, with its length) and part of its body are sent, then the connection closes. */
  | { kind: 'cutOff' }
  /** Carried out; the connection is closed without any answer. */
  | { kind: 'dropAfterDelivery' }
  /** Carried out; answered with this 5xx all the same. */
  | { kind: 'errorAfterDelivery'; status: number }
  /** Carried out; never answered: the connection stays open until the client gives up. */
  | { kind: 'hangAfterDelivery' };

/** Failures people write in tests, by name. */
export const FAILURES = {
  tooManyRequests: (retryAfter: number): Failure => ({ kind: 'status', status: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter }),
  internalError: (): Failure => ({ kind: 'status', status: 500, description: 'Internal Server Error' }),
  conflict: (): Failure => ({ kind: 'status', status: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }),
  unauthorized: (): Failure => ({ kind: 'status', status: 401, description: 'Unauthorized' }),
  blocked: (): Failure => ({ kind: 'status', status: 403, description: 'Forbidden: bot was blocked by the user' }),
  dropConnection: (): Failure => ({ kind: 'drop' }),
  slow: (ms: number): Failure => ({ kind: 'delay', ms }),
  cutOffAfterDelivery: (): Failure => ({ kind: 'cutOff' }),
  dropAfterDelivery: (): Failure => ({ kind: 'dropAfterDelivery' }),
  internalErrorAfterDelivery: (): Failure => ({ kind: 'errorAfterDelivery', status: 500 }),
  hangAfterDelivery: (): Failure => ({ kind: 'hangAfterDelivery' }),
} as const;

/** Options for {@link FakeBotApi.failNext}. */
export interface FailOptions {
  /** How many calls fail this way. Default 1. */
  times?: number;
  /** Only calls for this chat fail; calls for other chats go through. Default: any call of the method. */
  chatId?: number;
}

/** A valid-looking token for tests; it is what the fake expects in every request path. */
export const TEST_TOKEN = '123456789:AAHfakeTokenForTestsOnly_abcdefghijkl';

/** The bot account the fake reports from getMe. */
export const BOT_USER = { id: 123456789, is_bot: true, first_name: 'Press QA', username: 'press_qa_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as const;

/** The fake server; create with {@link startFakeBotApi}. */
export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  private server!: Server;
  private port = 0;
  private readonly pending: Update[] = [];
  private nextUpdateId = 1000;
  private confirmedOffset = 0;
  private readonly messageIds = new Map<number, number>();
  private readonly knownMessages = new Map<number, Set<number>>();
  private readonly openCallbackQueries = new Set<string>();
  private failures: { method: string; chatId?: number; failure: Failure }[] = [];
  private readonly sockets = new Set<import('node:net').Socket>();
  private concurrent = new Map<string, number>();
  /** The most calls of each method the fake was answering at once (held by `delay` or `hangAfterDelivery`). */
  readonly maxConcurrent = new Map<string, number>();
  private pollWaiters: (() => void)[] = [];
  /** Methods with a call held by a `slow` failure right now. */
  readonly inFlight = new Set<string>();
  private changeWaiters: (() => void)[] = [];

  constructor(readonly token: string = TEST_TOKEN) {}

  /** The address to give grammy as `client.apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async listen(port = 0): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const wake of this.pollWaiters.splice(0)) wake();
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Makes the next call(s) of `method` fail as given, before it is validated. A number as the third argument is
   * the number of calls (the older form).
   */
  failNext(method: string, failure: Failure, options: number | FailOptions = {}): void {
    const { times = 1, chatId } = typeof options === 'number' ? { times: options } : options;
    for (let i = 0; i < times; i++) this.failures.push({ method, chatId, failure });
  }

  /**
   * An outage of `ms`: the server stops listening (new connections are refused) and every open connection is
   * cut, as when the Bot API server is down; then it listens again on the same port. Resolves when it is back.
   */
  async outage(ms: number): Promise<void> {
    const port = this.port;
    await this.close();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await this.listen(port);
  }

  /** Calls of a method that took effect (the message reached the chat), optionally in one chat, whatever the client was told. */
  delivered(method: string, chatId?: number): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.delivered && (chatId === undefined || c.payload.chat_id === chatId));
  }

  /** Queues an update for getUpdates, numbering it; returns its update_id. */
  pushUpdate(update: Omit<Update, 'update_id'>): number {
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    const message = full.message ?? full.edited_message;
    if (message) this.remember(message.chat.id, message.message_id);
    if (full.callback_query) this.openCallbackQueries.add(full.callback_query.id);
    this.pending.push(full);
    for (const wake of this.pollWaiters.splice(0)) wake();
    return full.update_id;
  }

  /** A fresh message id in a chat, remembered as existing (as if someone had sent it). */
  newMessageId(chatId: number): number {
    const id = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, id);
    this.remember(chatId, id);
    return id;
  }

  /** Resolves once the bot has asked for updates past `updateId`, i.e. has finished handling it. */
  async handled(updateId: number, timeoutMs = 60_000): Promise<void> {
    await this.waitFor(() => this.confirmedOffset > updateId, timeoutMs, `update ${updateId} to be handled`);
  }

  /** Resolves once `predicate` holds over the recorded calls; rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 60_000, what = 'a condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Bot API: timed out waiting for ${what}; calls: ${this.calls.map((c) => `${c.method}:${c.status}`).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.changeWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Accepted calls of a method, optionally in one chat. */
  accepted(method: string, chatId?: number): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200 && (chatId === undefined || c.payload.chat_id === chatId));
  }

  /** Every call that concerns a chat (anything with its chat_id). */
  callsInChat(chatId: number): RecordedCall[] {
    return this.calls.filter((c) => c.payload.chat_id === chatId);
  }

  private remember(chatId: number, messageId: number): void {
    const set = this.knownMessages.get(chatId) ?? new Set<number>();
    set.add(messageId);
    this.knownMessages.set(chatId, set);
    this.messageIds.set(chatId, Math.max(this.messageIds.get(chatId) ?? 0, messageId));
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const wake of this.changeWaiters.splice(0)) wake();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const match = /^\/bot([^/]+)\/(\w+)$/u.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const body = await readBody(req);
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    let payload: Record<string, any> = {};
    try {
      payload = body === '' ? {} : JSON.parse(body);
    } catch {
      return send(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    const record = (status: number, extra: Partial<RecordedCall> = {}) => this.record({ method, payload, status, delivered: false, at, ...extra });
    if (token !== this.token) {
      record(401);
      return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    }
    let failure = this.takeFailure(method, payload);
    if (failure?.kind === 'delay') {
      const ms = failure.ms;
      await this.hold(method, () => new Promise((resolve) => setTimeout(resolve, ms)));
      failure = undefined;
    }
    if (failure?.kind === 'drop') {
      record(0);
      req.socket.destroy();
      return;
    }
    if (failure?.kind === 'status') {
      record(failure.status);
      return send(res, failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
    }
    let outcome: { result: unknown; visibleText?: string };
    try {
      outcome = await this.answer(method, payload, res);
      if (outcome.result === undefined) return; // the long poll was abandoned by the client
    } catch (error) {
      const description = (error as Error).message;
      const status = error instanceof BadRequest ? 400 : 404;
      record(status);
      return send(res, status, { ok: false, error_code: status, description });
    }
    const delivered = { delivered: true, visibleText: outcome.visibleText, result: outcome.result };
    const answer = JSON.stringify({ ok: true, result: outcome.result });
    switch (failure?.kind) {
      case 'cutOff':
        record(200, delivered);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
        res.write(answer.slice(0, 12));
        setTimeout(() => req.socket.destroy(), 20);
        return;
      case 'dropAfterDelivery':
        record(0, delivered);
        req.socket.destroy();
        return;
      case 'errorAfterDelivery':
        record(failure.status, delivered);
        return send(res, failure.status, { ok: false, error_code: failure.status, description: 'Internal Server Error' });
      case 'hangAfterDelivery':
        record(0, delivered);
        await this.hold(method, () => new Promise((resolve) => res.once('close', resolve)));
        return;
      default:
        record(200, delivered);
        send(res, 200, { ok: true, result: outcome.result });
    }
  }

  /** The first scripted failure for this call: one for its chat, or one for any chat. */
  private takeFailure(method: string, payload: Record<string, any>): Failure | undefined {
    const i = this.failures.findIndex((f) => f.method === method && (f.chatId === undefined || f.chatId === payload.chat_id));
    return i === -1 ? undefined : this.failures.splice(i, 1)[0]!.failure;
  }

  /** Runs `wait` with the method counted as in flight, keeping the highest count seen. */
  private async hold(method: string, wait: () => Promise<unknown>): Promise<void> {
    const count = (this.concurrent.get(method) ?? 0) + 1;
    this.concurrent.set(method, count);
    this.maxConcurrent.set(method, Math.max(this.maxConcurrent.get(method) ?? 0, count));
    this.inFlight.add(method);
    this.bumpChange();
    try {
      await wait();
    } finally {
      const left = this.concurrent.get(method)! - 1;
      this.concurrent.set(method, left);
      if (left === 0) this.inFlight.delete(method);
      this.bumpChange();
    }
  }

  private async answer(method: string, p: Record<string, any>, res: ServerResponse): Promise<{ result: unknown; visibleText?: string }> {
    switch (method) {
      case 'getMe':
        return { result: BOT_USER };
      case 'deleteWebhook':
      case 'close':
        return { result: true };
      case 'setWebhook':
        if (typeof p.url !== 'string' || !p.url.startsWith('https://')) throw new BadRequest('Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/u.test(p.secret_token)) throw new BadRequest('Bad Request: secret token contains unallowed characters');
        return { result: true };
      case 'setMyCommands':
        checkCommands(p.commands);
        return { result: true };
      case 'getUpdates':
        return { result: await this.getUpdates(p, res) };
      case 'sendChatAction':
        requireChat(p);
        if (!['typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document', 'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note'].includes(p.action)) {
          throw new BadRequest('Bad Request: wrong parameter action in request');
        }
        return { result: true };
      case 'answerCallbackQuery':
        if (!this.openCallbackQueries.delete(String(p.callback_query_id))) throw new BadRequest('Bad Request: query is too old and response timeout expired or query ID is invalid');
        if (p.text !== undefined && [...String(p.text)].length > 200) throw new BadRequest('Bad Request: MESSAGE_TOO_LONG');
        return { result: true };
      case 'sendMessage':
        return this.sendMessage(p);
      default:
        throw new Error('Not Found: method not found');
    }
  }

  private async getUpdates(p: Record<string, any>, res: ServerResponse): Promise<Update[] | undefined> {
    const offset = Number(p.offset ?? 0);
    // An offset confirms every update before it: Telegram forgets them.
    if (offset > this.confirmedOffset) {
      this.confirmedOffset = offset;
      this.bumpChange();
    }
    while (this.pending.length > 0 && this.pending[0]!.update_id < this.confirmedOffset) this.pending.shift();
    const ready = (): Update[] => this.pending.slice(0, Number(p.limit ?? 100));
    if (ready().length === 0 && Number(p.timeout ?? 0) > 0) {
      let gone = false;
      // 'close' before we answered means grammy gave up on this poll (bot.stop aborts it).
      res.once('close', () => {
        if (res.writableFinished) return;
        gone = true;
        for (const wake of this.pollWaiters.splice(0)) wake();
      });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(Number(p.timeout), 5) * 1000);
        this.pollWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (gone) return undefined;
    }
    this.bumpChange();
    return ready();
  }

  private sendMessage(p: Record<string, any>): { result: Message; visibleText: string } {
    const chatId = requireChat(p);
    if (typeof p.text !== 'string') throw new BadRequest('Bad Request: message text is empty');
    let visible = p.text;
    if (p.parse_mode === 'HTML') visible = parseTelegramHtml(p.text).text;
    else if (p.parse_mode !== undefined) throw new BadRequest(`Bad Request: unsupported parse_mode ${p.parse_mode} in this fake`);
    if (visible.trim() === '') throw new BadRequest('Bad Request: message text is empty');
    if (visible.length > 4096) throw new BadRequest('Bad Request: message is too long');
    if (p.reply_to_message_id !== undefined) throw new BadRequest('Bad Request: the fake expects reply_parameters, not the deprecated reply_to_message_id');
    if (p.reply_parameters !== undefined) {
      const replyTo = p.reply_parameters;
      if (typeof replyTo.message_id !== 'number') throw new BadRequest('Bad Request: wrong reply_parameters');
      if (!this.knownMessages.get(chatId)?.has(replyTo.message_id) && replyTo.allow_sending_without_reply !== true) {
        throw new BadRequest('Bad Request: message to be replied not found');
      }
    }
    if (p.reply_markup !== undefined) checkInlineKeyboard(p.reply_markup);
    const messageId = this.newMessageId(chatId);
    const result = {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId > 0 ? 'private' : 'supergroup' } as Chat,
      from: BOT_USER as User,
      text: visible,
      ...(p.message_thread_id !== undefined ? { message_thread_id: p.message_thread_id, is_topic_message: true } : {}),
    } as Message;
    return { result, visibleText: visible };
  }

  private bumpChange(): void {
    for (const wake of this.changeWaiters.splice(0)) wake();
  }
}

/** Starts a fake Bot API server on a random local port. */
export async function startFakeBotApi(token?: string): Promise<FakeBotApi> {
  const fake = new FakeBotApi(token);
  await fake.listen();
  return fake;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
