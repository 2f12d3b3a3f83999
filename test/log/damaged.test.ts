import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openQuestionLog, type QuestionLogEntry } from '../../src/log/index.ts';
import { fakeClock, readRows, recordingLogger, sampleAnswers, tempDir, type SampleAnswers } from './helpers.ts';

let answers: SampleAnswers;
let temp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  answers = await sampleAnswers();
});
afterEach(() => temp?.cleanup());

const entry = (i: number): QuestionLogEntry => ({ channel: 'wechat', chatType: 'group', asker: String(i), answer: { ...answers.refused, question: `问题 ${i}` }, latencyMs: 1 });

/** A log with enough rows to span many pages, written by the real question log. */
function writtenLog(file: string, rows: number): void {
  const log = openQuestionLog({ path: file, env: {}, salt: 'damage-test-salt', logger: recordingLogger() });
  for (let i = 0; i < rows; i++) log.record(entry(i));
  log.close();
}

/** Overwrites the root page of the questions table with junk, as a failing disk or a bad copy would. */
function damageQuestionsTable(file: string): void {
  const db = new Database(file, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'questions'").get() as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

/** The files in a folder that a damaged log was moved to (not counting the -wal and -shm files moved with it). */
function setAside(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.corrupt-[\dT-]+Z$/u.test(name));
}

describe('a damaged question log', () => {
  it('is moved aside at start when it is random bytes, and a new log records the questions', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const junk = Buffer.concat([Buffer.from('not SQLite at all'), randomBytes(64 * 1024)]);
    writeFileSync(file, junk);
    const clock = fakeClock();
    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, now: clock.now, logger, env: {}, salt: 'damage-test-salt' });
    for (let i = 0; i < 3; i++) log.record(entry(i));
    log.close();

    expect(readRows(file).map((r) => r.question)).toEqual(['问题 0', '问题 1', '问题 2']);
    const aside = `${file}.corrupt-2024-01-07T02-00-00-000Z`;
    expect(setAside(temp.dir)).toEqual([path.basename(aside)]);
    expect(readFileSync(aside).equals(junk)).toBe(true);
    expect(logger.warnings).toEqual([`question log: ${file} was damaged (SQLITE_NOTADB: file is not a database); moved it aside to ${aside} and started a new log`]);
  });

  it('is moved aside when writing finds damaged pages, and the questions held in memory go to a new log', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    writtenLog(file, 2000);
    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, logger, env: {}, salt: 'damage-test-salt' });
    damageQuestionsTable(file); // after the bot opened it: the damage is found by the next write
    for (let i = 2000; i < 2005; i++) log.record(entry(i));
    log.flush();
    expect(readRows(file).map((r) => r.question)).toEqual(['问题 2000', '问题 2001', '问题 2002', '问题 2003', '问题 2004']);
    log.record(entry(2005));
    log.close();

    expect(readRows(file)).toHaveLength(6);
    expect(setAside(temp.dir)).toHaveLength(1);
    expect(logger.warnings).toEqual([expect.stringMatching(/^question log: .*questions\.db was damaged \(SQLITE_CORRUPT: database disk image is malformed\); moved it aside to .*questions\.db\.corrupt-\S+ and started a new log$/u)]);
  });

  it('is moved aside once when two bots share it, and both go on in the same new log', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    writtenLog(file, 2000);
    const [first, second] = [recordingLogger(), recordingLogger()];
    const logs = [first, second].map((logger) => openQuestionLog({ path: file, logger, env: {}, salt: 'damage-test-salt' }));
    damageQuestionsTable(file);
    logs[0]!.record(entry(1));
    logs[0]!.flush(); // the first bot finds the damage and moves the file aside
    logs[1]!.record(entry(2));
    logs[1]!.flush(); // the second finds it through its old connection: the path already holds the new log
    for (const log of logs) log.close();

    expect(readRows(file).map((r) => r.question)).toEqual(['问题 1', '问题 2']);
    expect(setAside(temp.dir)).toHaveLength(1);
    expect(first.warnings).toHaveLength(1);
    expect(second.warnings).toEqual([]);
  });
});

describe('a question log path that is not a file', () => {
  it('refuses a device by name, once, and leaves nothing beside it', () => {
    const logger = recordingLogger();
    const journalBefore = existsSync('/dev/null-journal');
    const log = openQuestionLog({ path: '/dev/null', logger, env: {}, salt: 'damage-test-salt' });
    for (let i = 0; i < 3; i++) expect(() => log.record(entry(i))).not.toThrow();
    log.flush();
    log.close();
    expect(logger.warnings).toEqual(['question log: /dev/null is a device or other special file, not a question log file; nothing is recorded (QA_LOG_DB names the log file, QA_LOG=off turns recording off)']);
    if (!journalBefore) expect(existsSync('/dev/null-journal')).toBe(false);
  });

  it('refuses a folder by name, once, and creates nothing in it', () => {
    temp = tempDir();
    const folder = path.join(temp.dir, 'questions.db');
    mkdirSync(folder);
    const logger = recordingLogger();
    const log = openQuestionLog({ path: folder, logger, env: {}, salt: 'damage-test-salt' });
    log.record(entry(1));
    log.flush();
    log.close();
    expect(logger.warnings).toEqual([`question log: ${folder} is a folder, not a question log file; nothing is recorded (QA_LOG_DB names the log file, QA_LOG=off turns recording off)`]);
    expect(readdirSync(folder)).toEqual([]);
  });
});
