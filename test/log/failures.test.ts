import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openQuestionLog, SCHEMA_VERSION, type QuestionLogEntry } from '../../src/log/index.ts';
import { fakeClock, nextTurn, readRows, recordingLogger, sampleAnswers, tempDir, type SampleAnswers } from './helpers.ts';

const RETRY_MS = 30_000;
let answers: SampleAnswers;
let temp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  answers = await sampleAnswers();
});
afterEach(() => temp?.cleanup());

const entry = (i: number): QuestionLogEntry => ({ channel: 'telegram', chatType: 'private', asker: String(i), answer: { ...answers.refused, question: `问题 ${i}` }, latencyMs: 1 });

/**
 * Runs `step` unable to write in `dir`: the folder is made read-only, and, since root ignores permission
 * bits, a root test process takes the unprivileged `nobody` as its effective user for the step.
 */
function withReadOnlyDirectory<T>(root: string, dir: string, step: () => T): T {
  const asRoot = process.geteuid?.() === 0;
  // better-sqlite3 loads its native binding at the first `new Database`; as `nobody` that load fails when the
  // checkout sits under a private folder (a fresh clone in mkdtemp's 0700 folder), so load it while still root.
  new Database(':memory:').close();
  chmodSync(root, 0o755); // mkdtemp makes 0700; nobody must reach dir to be refused by dir itself
  chmodSync(dir, 0o555);
  try {
    if (asRoot) process.seteuid!(65534);
    return step();
  } finally {
    if (asRoot) process.seteuid!(0);
    chmodSync(dir, 0o755);
  }
}

describe('the question log when the database is unavailable', () => {
  it('keeps answering with one warning when its folder is read-only, and writes the kept questions once it is writable', () => {
    temp = tempDir();
    const dir = path.join(temp.dir, 'data');
    mkdirSync(dir);
    const file = path.join(dir, 'questions.db');
    const clock = fakeClock();
    const logger = recordingLogger();
    const log = withReadOnlyDirectory(temp.dir, dir, () => {
      const opened = openQuestionLog({ path: file, now: clock.now, logger, retryMs: RETRY_MS, env: {}, salt: 's' });
      for (let i = 0; i < 20; i++) {
        expect(() => opened.record(entry(i))).not.toThrow();
        opened.flush();
      }
      clock.advance(RETRY_MS); // a retry during the outage fails quietly
      opened.flush();
      return opened;
    });
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(/^question log: cannot open .*questions\.db \(SQLITE_CANTOPEN.*answering goes on/u);
    expect(existsSync(file)).toBe(false);

    clock.advance(RETRY_MS);
    log.flush();
    expect(readRows(file).map((r) => r.question)).toEqual(Array.from({ length: 20 }, (_, i) => `问题 ${i}`));
    expect(logger.infos).toEqual([expect.stringMatching(/writing to .* again; 20 questions kept during the outage are saved$/u)]);
    log.close();
    expect(logger.warnings).toHaveLength(1);
  });

  it('creates a missing folder for its file', async () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'not', 'yet', 'there', 'questions.db');
    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, logger, env: {}, salt: 's' });
    log.record(entry(1));
    await nextTurn();
    log.close();
    expect(readRows(file)).toHaveLength(1);
    expect(logger.warnings).toEqual([]);
  });

  it('keeps answering with one warning when its folder cannot be created, and recovers when it can', () => {
    temp = tempDir();
    const blocker = path.join(temp.dir, 'data');
    writeFileSync(blocker, 'a file where the folder should be');
    const file = path.join(blocker, 'questions.db');
    const clock = fakeClock();
    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, now: clock.now, logger, retryMs: RETRY_MS, env: {}, salt: 's' });
    for (let i = 0; i < 5; i++) {
      log.record(entry(i));
      log.flush();
      clock.advance(RETRY_MS + 1);
      log.flush();
    }
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(/ENOTDIR|EEXIST/u);

    rmSync(blocker);
    clock.advance(RETRY_MS);
    log.flush();
    log.close();
    expect(readRows(file)).toHaveLength(5);
    expect(logger.warnings).toHaveLength(1);
  });

  it('keeps the newest questions within its memory bound during a long outage and says how many were lost', () => {
    temp = tempDir();
    const blocker = path.join(temp.dir, 'data');
    writeFileSync(blocker, '');
    const clock = fakeClock();
    const logger = recordingLogger();
    const log = openQuestionLog({ path: path.join(blocker, 'q.db'), now: clock.now, logger, retryMs: RETRY_MS, maxPending: 3, env: {}, salt: 's' });
    for (let i = 0; i < 10; i++) log.record(entry(i));
    rmSync(blocker);
    clock.advance(RETRY_MS);
    log.flush();
    log.close();
    expect(readRows(path.join(blocker, 'q.db')).map((r) => r.question)).toEqual(['问题 7', '问题 8', '问题 9']);
    expect(logger.infos[0]).toMatch(/7 older ones did not fit in memory and are lost/u);
  });

  it('refuses a log written by newer code with one warning, and keeps answering', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const newer = new Database(file);
    newer.pragma('user_version = 99');
    newer.close();
    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, logger, env: {}, salt: 's' });
    for (let i = 0; i < 3; i++) expect(() => log.record(entry(i))).not.toThrow();
    log.flush();
    log.close();
    expect(logger.warnings[0]).toMatch(new RegExp(`schema version 99, newer than this code's ${SCHEMA_VERSION}`, 'u'));
    expect(logger.warnings.filter((w) => w.includes('newer'))).toHaveLength(1);
  });

  it('waits for another process holding the write lock without a warning, then writes', async () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, logger, env: {}, salt: 's' });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    log.record(entry(1));
    log.flush(); // SQLITE_BUSY after the short busy timeout: kept, retried soon
    expect(readRows(file)).toHaveLength(0);
    other.exec('COMMIT');
    other.close();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(readRows(file)).toHaveLength(1);
    log.close();
    expect(logger.warnings).toEqual([]);
  });

  it('drops a question the database refuses, with one warning, and writes the others', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, logger, env: {}, salt: 's' });
    const db = new Database(file);
    db.exec("CREATE TRIGGER refuse_poison BEFORE INSERT ON questions WHEN NEW.question = '问题 2' BEGIN SELECT RAISE(ABORT, 'poisoned'); END");
    db.close();
    for (let i = 0; i < 5; i++) log.record(entry(i));
    log.flush();
    log.close();
    expect(readRows(file).map((r) => r.question)).toEqual(['问题 0', '问题 1', '问题 3', '问题 4']);
    expect(logger.warnings).toEqual([expect.stringMatching(/refused 1 question, dropped \(.*poisoned\)/u)]);
  });

  it('survives a logger that throws', () => {
    temp = tempDir();
    const blocker = path.join(temp.dir, 'data');
    writeFileSync(blocker, '');
    let calls = 0;
    const log = openQuestionLog({ path: path.join(blocker, 'q.db'), logger: { warn: () => { calls++; throw new Error('logger down'); } }, env: {}, salt: 's' });
    expect(() => log.record(entry(1))).not.toThrow();
    expect(() => log.close()).not.toThrow();
    expect(calls).toBeGreaterThan(0);
  });
});
