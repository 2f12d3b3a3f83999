import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotError, webhookCallback } from 'grammy';
import type { Logger } from './logger.ts';
import type { TelegramBot } from './bot.ts';
import { finishUpdatesInHand, settlesWithin } from './stopping.ts';

/** Where and how the webhook server listens. */
export interface WebhookServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default all interfaces; the tests bind 127.0.0.1. */
  host?: string;
  /** Only this path accepts updates; any other answers 404. */
  path: string;
  /** Checked on every request against `X-Telegram-Bot-Api-Secret-Token`; a mismatch answers 401. */
  secret: string;
  logger: Logger;
  /** Requests larger than this are refused with 413; an update is a few kilobytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** At close, how long updates in hand may still finish before their calls are cut. Default 5 000 ms. */
  graceMs?: number;
}

/** A running webhook server. */
export interface WebhookServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  /**
   * Stops accepting requests and lets the updates in hand finish within the grace period; past it their calls
   * are cut, their handlers unwind (logging what they could not send) and every connection left is closed.
   */
  close(): Promise<void>;
}

/**
 * Serves Telegram's webhook on `node:http` through grammy's `webhookCallback`, for running several
 * instances behind a load balancer (long polling allows only one). Telegram gets its 200 once the update is
 * handled, or after 10 s with the update still being handled, so a slow reply never makes it redeliver.
 */
export async function startWebhookServer(app: TelegramBot, options: WebhookServerOptions): Promise<WebhookServer> {
  const { bot } = app;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const graceMs = options.graceMs ?? 5000;
  const handleUpdate = webhookCallback(bot, 'http', {
    secretToken: options.secret,
    onTimeout: 'return',
    timeoutMilliseconds: 10_000,
  });

  // Responses not yet written when close() is called; they get `Connection: close` so their clients let go.
  const unanswered = new Set<ServerResponse>();
  let closing = false;

  const server: Server = createServer((req, res) => {
    if (closing) res.setHeader('connection', 'close');
    unanswered.add(res);
    res.once('close', () => unanswered.delete(res));
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== options.path) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
      res.writeHead(413).end();
      return;
    }
    handleUpdate(req, res).catch(async (error: unknown) => {
      if (error instanceof BotError) {
        // Handlers run inside an error boundary, so this is a last resort; 200 stops Telegram redelivering it.
        await bot.errorHandler(error);
        if (!res.headersSent) res.writeHead(200).end();
        return;
      }
      options.logger.warn('webhook request refused', { error });
      if (!res.headersSent) res.writeHead(400).end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    close: async () => {
      closing = true;
      for (const res of unanswered) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections with no request in flight would hold close() open for minutes.
      server.closeIdleConnections();
      await finishUpdatesInHand(app, graceMs, options.logger);
      // A handled update's 200 is written just after its handler returns; let those go out before cutting.
      const written = [...unanswered].map((res) => new Promise((resolve) => (res.writableFinished ? resolve(undefined) : res.once('close', resolve).once('finish', resolve))));
      await settlesWithin(Promise.all(written), 1000);
      // What is left is a client holding its connection open, or an update cut short (Telegram sends it again).
      server.closeAllConnections();
      await closed;
    },
  };
}
