import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/index.ts';
import { LogSchemaError, openLogDatabase, openQuestionLog, SCHEMA_VERSION } from '../../src/log/index.ts';
import { readRows, recordingLogger, tempDir } from './helpers.ts';

let temp: ReturnType<typeof tempDir>;
afterEach(() => temp?.cleanup());

/** A version 1 log, made by hand with the SQL of that time rather than by the code under test. */
function createVersion1Log(file: string): void {
  const db = new Database(file);
  db.exec(`
    CREATE TABLE questions (
      id INTEGER PRIMARY KEY,
      asked_at TEXT NOT NULL,
      channel TEXT NOT NULL,
      question TEXT NOT NULL,
      band TEXT NOT NULL,
      kind TEXT NOT NULL,
      score REAL NOT NULL
    );
    INSERT INTO questions (asked_at, channel, question, band, kind, score) VALUES
      ('2024-01-05T01:00:00.000Z', 'telegram', '累计签约金额是多少？', 'answer', 'fact', 1),
      ('2024-01-05T02:30:15.250Z', 'wechat', '谁主持的', 'suggest', 'none', 0.5),
      ('2024-01-06T16:10:00.000Z', 'telegram', '宿州學院有幾個校區？', 'refuse', 'none', 0.184),
      ('2024-01-07T00:00:00.000Z', 'console', '你好', 'usage', 'none', 0);
    PRAGMA user_version = 1;`);
  db.close();
}

/** A version 2 log, made by hand with the SQL of that time. */
function createVersion2Log(file: string): void {
  const db = new Database(file);
  db.exec(`
    CREATE TABLE questions (
      id INTEGER PRIMARY KEY,
      asked_at INTEGER NOT NULL,
      channel TEXT NOT NULL,
      chat_type TEXT CHECK (chat_type IN ('private', 'group')),
      asker TEXT,
      question TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'suggested', 'refused', 'usage')),
      kind TEXT NOT NULL,
      release_id TEXT,
      score REAL NOT NULL,
      latency_ms REAL
    );
    CREATE INDEX questions_by_time ON questions (asked_at);
    INSERT INTO questions (asked_at, channel, chat_type, asker, question, outcome, kind, release_id, score, latency_ms) VALUES
      (1704412800000, 'wechat', 'group', 'abc', '第一阶段干啥？', 'answered', 'fact', 'r1', 0.9, 4);
    PRAGMA user_version = 2;`);
  db.close();
}

const refusal: Answer = { question: '天气怎么样', answered: false, band: 'refuse', kind: 'none', script: 'simplified', suggestions: [], score: 0, text: '' };

describe('question log migrations', () => {
  it('brings a version 1 log to the current schema and keeps every question', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    createVersion1Log(file);

    const logger = recordingLogger();
    const log = openQuestionLog({ path: file, logger, salt: 's', env: {}, now: () => Date.parse('2024-01-08T00:00:00Z') });
    log.record({ channel: 'telegram', chatType: 'private', asker: '7', answer: refusal, latencyMs: 3 });
    log.close();
    expect(logger.warnings).toEqual([]);

    const rows = readRows(file);
    expect(rows.map((r) => [r.id, r.asked_at, r.channel, r.question, r.outcome, r.kind, r.score, r.chat_type, r.asker, r.latency_ms])).toEqual([
      [1, Date.parse('2024-01-05T01:00:00.000Z'), 'telegram', '累计签约金额是多少？', 'answered', 'fact', 1, null, null, null],
      [2, Date.parse('2024-01-05T02:30:15.250Z'), 'wechat', '谁主持的', 'suggested', 'none', 0.5, null, null, null],
      [3, Date.parse('2024-01-06T16:10:00.000Z'), 'telegram', '宿州學院有幾個校區？', 'refused', 'none', 0.184, null, null, null],
      [4, Date.parse('2024-01-07T00:00:00.000Z'), 'console', '你好', 'usage', 'none', 0, null, null, null],
      [5, Date.parse('2024-01-08T00:00:00Z'), 'telegram', '天气怎么样', 'refused', 'none', 0, 'private', expect.stringMatching(/^[0-9a-f]{32}$/u), 3],
    ]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'questions'").pluck().all()).toContain('questions_by_time');
    db.close();
  });

  it('gives a version 2 log a column for the question as understood, keeping its rows, and records both texts', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    createVersion2Log(file);
    const followUp: Answer = { ...refusal, question: '第三阶段呢？', understood: '第三阶段干啥', answered: true, band: 'answer', kind: 'fact' };
    const log = openQuestionLog({ path: file, env: {}, now: () => Date.parse('2024-01-08T00:00:00Z') });
    log.record({ channel: 'wechat', chatType: 'group', answer: followUp, latencyMs: 2 });
    log.record({ channel: 'wechat', chatType: 'group', answer: refusal, latencyMs: 2 });
    log.close();
    expect(readRows(file).map((r) => [r.id, r.question, r.understood, r.outcome])).toEqual([
      [1, '第一阶段干啥？', null, 'answered'],
      [2, '第三阶段呢？', '第三阶段干啥', 'answered'],
      [3, '天气怎么样', null, 'refused'],
    ]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('creates a new log in WAL mode at the current schema version', () => {
    temp = tempDir();
    const db = openLogDatabase(path.join(temp.dir, 'new.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM questions').pluck().get()).toBe(0);
    db.close();
  });

  it('opens a current log again without touching its rows', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    createVersion1Log(file);
    openLogDatabase(file).close();
    const before = readRows(file);
    openLogDatabase(file).close();
    expect(readRows(file)).toEqual(before);
  });

  it('refuses a log written by newer code and leaves it as it was', () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const db = new Database(file);
    db.exec('CREATE TABLE questions (id INTEGER PRIMARY KEY, something_new TEXT); PRAGMA user_version = 7;');
    db.close();
    expect(() => openLogDatabase(file)).toThrow(LogSchemaError);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(7);
    after.close();
  });

  it('does not create a log the report asks to read', () => {
    temp = tempDir();
    expect(() => openLogDatabase(path.join(temp.dir, 'absent.db'), { create: false })).toThrow(/^no question log at .*absent\.db$/u);
  });
});
