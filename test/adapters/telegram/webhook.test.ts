import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/index.ts';
import { defaultDeliveryConfig } from '../../../src/index.ts';
import { createLogger } from '../../../adapters/telegram/logger.ts';
import { runTelegramBot } from '../../../adapters/telegram/run.ts';
import { FAILURES, startFakeBotApi, TEST_TOKEN, type FakeBotApi } from './fake-bot-api.ts';
import { sentMessages } from './harness.ts';
import { messageUpdate, person, privateChat } from './updates.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
  // The first answer loads nodejieba and OpenCC (seconds on a loaded machine): warmed here, so a webhook
  // request does not wait on it.
  engine.answer('累计签约金额是多少？');
});

const SECRET = 'webhook-secret-for-tests-0123456789';
const PATH = '/telegram/hook';

interface WebhookBot {
  fake: FakeBotApi;
  port: number;
  logs: string[];
  stop(): Promise<number>;
}

let running: WebhookBot | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function startWebhookBot(url?: string, stopGraceSeconds = defaultDeliveryConfig.stopGraceSeconds): Promise<WebhookBot> {
  const fake = await startFakeBotApi();
  const logs: string[] = [];
  const stopper = new AbortController();
  let ready!: (port: number) => void;
  const port = new Promise<number>((resolve) => (ready = resolve));
  const exit = runTelegramBot({
    config: { token: TEST_TOKEN, tokenVariable: 'TELEGRAM_BOT_TOKEN', apiRoot: fake.apiRoot, mode: 'webhook', adminIds: new Set(), webhook: { port: 0, path: PATH, secret: SECRET, url }, delivery: { ...defaultDeliveryConfig, stopGraceSeconds } },
    engine,
    logger: createLogger({ secrets: [TEST_TOKEN, SECRET], write: (line) => logs.push(line) }),
    signal: stopper.signal,
    webhookHost: '127.0.0.1',
    onReady: (info) => ready(info.port!),
  });
  return {
    fake,
    port: await port,
    logs,
    stop: async () => {
      stopper.abort();
      const code = await exit;
      await fake.close();
      return code;
    },
  };
}

function post(port: number, path: string, body: unknown, secret?: string, method = 'POST'): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: method === 'POST' ? JSON.stringify(body) : undefined,
  });
}

const judy = person(1001);
const chat = privateChat(judy);

describe('Telegram adapter in webhook mode', () => {
  it('answers an update posted with the right secret', async () => {
    running = await startWebhookBot();
    const update = { update_id: 1, ...messageUpdate(running.fake, chat, judy, '累计签约金额是多少？') };
    const response = await post(running.port, PATH, update, SECRET);
    expect(response.status).toBe(200);
    // grammY answers Telegram after 10 s whether or not the handler is done; on a loaded machine the first answer
    // of a process (OpenCC's tables, jieba's first cut) can outlast that, so wait for the reply itself.
    for (let waited = 0; sentMessages(running.fake, chat.id).length === 0 && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const replies = sentMessages(running.fake, chat.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.visibleText).toContain('535.35万元');
  });

  it('refuses a wrong or missing secret with 401 and answers nothing', async () => {
    running = await startWebhookBot();
    const update = { update_id: 2, ...messageUpdate(running.fake, chat, judy, '累计签约金额是多少？') };
    expect((await post(running.port, PATH, update, 'not-the-secret-at-all-0000000000')).status).toBe(401);
    expect((await post(running.port, PATH, update)).status).toBe(401);
    expect(running.fake.callsInChat(chat.id)).toEqual([]);
  });

  it('answers 404 on any other path and 405 to anything but POST', async () => {
    running = await startWebhookBot();
    const update = { update_id: 3, ...messageUpdate(running.fake, chat, judy, '累计签约金额是多少？') };
    expect((await post(running.port, '/somewhere-else', update, SECRET)).status).toBe(404);
    expect((await post(running.port, PATH, update, SECRET, 'GET')).status).toBe(405);
    expect(running.fake.callsInChat(chat.id)).toEqual([]);
  });

  it('registers the public address with its secret when WEBHOOK_URL is set', async () => {
    running = await startWebhookBot('https://bot.example.org/telegram/hook');
    const [call] = running.fake.accepted('setWebhook');
    expect(call!.payload).toMatchObject({ url: 'https://bot.example.org/telegram/hook', secret_token: SECRET });
    expect(running.logs.join('\n')).not.toContain(SECRET);
  });

  it('stops gracefully: the update in flight is answered before it exits 0', async () => {
    const bot = await startWebhookBot();
    bot.fake.failNext('sendMessage', FAILURES.slow(300));
    const update = { update_id: 4, ...messageUpdate(bot.fake, chat, judy, '累计签约金额是多少？') };
    const response = post(bot.port, PATH, update, SECRET);
    await bot.fake.waitFor(() => bot.fake.inFlight.has('sendMessage'));
    const code = await bot.stop();
    expect(code).toBe(0);
    expect((await response).status).toBe(200);
    expect(sentMessages(bot.fake, chat.id)).toHaveLength(1);
    expect(bot.logs.at(-1)).toContain('stopped');
  });

  it('closes within the grace period when a sendMessage hangs, naming the update cut short', async () => {
    const bot = await startWebhookBot(undefined, 1);
    bot.fake.failNext('sendMessage', FAILURES.hangAfterDelivery());
    const update = { update_id: 5, ...messageUpdate(bot.fake, chat, judy, '累计签约金额是多少？') };
    const response = post(bot.port, PATH, update, SECRET).catch((error: unknown) => error);
    await bot.fake.waitFor(() => bot.fake.inFlight.has('sendMessage'));
    const stoppedAt = Date.now();
    const code = await bot.stop();
    const took = Date.now() - stoppedAt;
    console.log(`webhook close with a hung sendMessage and a 1 s grace period: ${took} ms`);
    expect(code).toBe(0);
    expect(took).toBeLessThan(6000);
    // The cut call fails at once, the handler logs the reply as failed and Telegram gets its answer.
    expect(await response).toMatchObject({ status: 200 });
    expect(bot.logs.some((l) => l.includes('update cut short by the stop') && l.includes('update=5'))).toBe(true);
  });
});
