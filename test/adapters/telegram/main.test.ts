import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILURES, startFakeBotApi, TEST_TOKEN } from './fake-bot-api.ts';
import { messageUpdate, person, privateChat } from './updates.ts';

// `npm run telegram` is `tsx adapters/telegram/main.ts`; run the same file the same way, from an empty
// folder so no developer's .env leaks in, with the environment each test gives it.
const main = fileURLToPath(new URL('../../../adapters/telegram/main.ts', import.meta.url));
const tsxLoader = pathToFileURL(fileURLToPath(new URL('../../../node_modules/tsx/dist/loader.mjs', import.meta.url))).href;

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'telegram-main-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMain(env: NodeJS.ProcessEnv, args: string[] = [], whenOutput?: { text: string; then: (child: ReturnType<typeof spawn>) => void }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, main, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    let stdout = '';
    let stderr = '';
    let fired = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (whenOutput && !fired && stderr.includes(whenOutput.text)) {
        fired = true;
        whenOutput.then(child);
      }
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.ts did not exit; stderr:\n${stderr}`));
    }, 40_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run telegram (adapters/telegram/main.ts)', () => {
  it('ends with exit code 2 and one line naming TELEGRAM_BOT_TOKEN when no token is set', async () => {
    const run = await runMain({});
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^telegram: TELEGRAM_BOT_TOKEN is not set/u);
  }, 30_000);

  it('ends with exit code 2 naming BOT_TOKEN, without printing it, when the token is malformed', async () => {
    const run = await runMain({ BOT_TOKEN: 'oops-this-is-a-password' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('BOT_TOKEN does not look like a bot token');
    expect(run.stderr + run.stdout).not.toContain('oops-this-is-a-password');
  }, 30_000);

  it('ends with exit code 2 naming LOG_SALT, without printing it, when it is shorter than 16 characters', async () => {
    const run = await runMain({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, LOG_SALT: 'short-salt' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^telegram: LOG_SALT must be at least 16 characters; /u);
    expect(run.stderr + run.stdout).not.toContain('short-salt');
  }, 30_000);

  it('answers a question from the Bot API it is pointed at, then stops cleanly on SIGTERM with exit code 0', async () => {
    const fake = await startFakeBotApi();
    try {
      const alice = person(1301);
      fake.pushUpdate(messageUpdate(fake, privateChat(alice), alice, '累计签约金额是多少？'));
      const db = path.join(cwd, 'questions.db');
      const run = await runMain({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, QA_LOG_DB: db, LOG_SALT: 'telegram-main-test-salt' }, [], {
        text: ' answered ',
        then: (child) => child.kill('SIGTERM'),
      });
      expect(run.code).toBe(0);
      expect(fake.accepted('sendMessage', alice.id)[0]!.visibleText).toContain('535.35万元');
      expect(run.stderr).toContain('signal received signal=SIGTERM');
      expect(run.stderr).toContain('bot=press_qa_bot');
      // Who asked appears in log lines only as a keyed hash, never as the Telegram id.
      expect(run.stderr).toMatch(/ answered chat=u:[0-9a-f]{12} /u);
      expect(run.stderr).not.toMatch(new RegExp(`=${alice.id}\\b`, 'u'));
      expect(run.stderr).not.toContain(TEST_TOKEN.split(':')[1]);
      expect(fake.accepted('setMyCommands')).toHaveLength(1);
      // The question was recorded in the question log before the graceful stop closed it.
      const log = new Database(db, { readonly: true });
      const rows = log.prepare('SELECT channel, chat_type, question, outcome FROM questions').all();
      log.close();
      expect(rows).toEqual([{ channel: 'telegram', chat_type: 'private', question: '累计签约金额是多少？', outcome: 'answered' }]);
    } finally {
      await fake.close();
    }
  }, 30_000);

  it('exits within 10 s of SIGTERM while a sendMessage hangs, with exit code 0', async () => {
    const fake = await startFakeBotApi();
    try {
      const bob = person(1302);
      fake.failNext('sendMessage', FAILURES.hangAfterDelivery());
      fake.pushUpdate(messageUpdate(fake, privateChat(bob), bob, '累计签约金额是多少？'));
      let signalledAt = 0;
      const run = await runMain({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, QA_LOG: 'off' }, [], {
        text: ' answered ',
        then: (child) =>
          void fake.waitFor(() => fake.inFlight.has('sendMessage')).then(() => {
            signalledAt = Date.now();
            child.kill('SIGTERM');
          }),
      });
      const took = Date.now() - signalledAt;
      console.log(`SIGTERM with a hung sendMessage (default 5 s grace): exited ${took} ms after the signal`);
      expect(run.code).toBe(0);
      expect(took).toBeLessThan(10_000);
      expect(run.stderr).toContain('stopping: polling stopped');
      expect(run.stderr).toContain('update cut short by the stop');
    } finally {
      await fake.close();
    }
  }, 45_000);
});
