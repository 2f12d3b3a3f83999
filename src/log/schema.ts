import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { asDamage, checkLogPath } from './file.ts';

/** A better-sqlite3 connection to the question log. */
export type LogDatabase = Database.Database;

/** The schema version this code writes; `PRAGMA user_version` holds the version of a file. */
export const SCHEMA_VERSION = 3;

/** The log file was written by newer code than this: reading or writing it could corrupt what it holds. */
export class LogSchemaError extends Error {
  override readonly name = 'LogSchemaError';
}

interface Migration {
  /** The version the database has after this step. */
  to: number;
  up(db: LogDatabase): void;
}

// The schema's history. Each step brings a file from `to - 1` to `to`; steps are never edited once
// released, only appended, because files of every older version exist on press officers' machines.
const migrations: readonly Migration[] = [
  {
    // v1, the first layout: ISO-text times and the engine's band names, nothing about chat type, asker or latency.
    to: 1,
    up: (db) =>
      db.exec(`
        CREATE TABLE questions (
          id INTEGER PRIMARY KEY,
          asked_at TEXT NOT NULL,
          channel TEXT NOT NULL,
          question TEXT NOT NULL,
          band TEXT NOT NULL,
          kind TEXT NOT NULL,
          score REAL NOT NULL
        );`),
  },
  {
    // v2: times as Unix milliseconds (reports bucket them by day in any time zone), outcomes as the report
    // names them, and chat type, hashed asker, cited release and latency. SQLite cannot change a column's
    // type or add a CHECK in place, so the table is rebuilt and the rows copied, as SQLite's docs advise.
    to: 2,
    up: (db) =>
      db.exec(`
        CREATE TABLE questions_v2 (
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
        INSERT INTO questions_v2 (id, asked_at, channel, chat_type, asker, question, outcome, kind, release_id, score, latency_ms)
          SELECT id,
                 CAST(ROUND((julianday(asked_at) - 2440587.5) * 86400000) AS INTEGER),
                 channel, NULL, NULL, question,
                 CASE band WHEN 'answer' THEN 'answered' WHEN 'suggest' THEN 'suggested' WHEN 'usage' THEN 'usage' ELSE 'refused' END,
                 kind, NULL, score, NULL
          FROM questions;
        DROP TABLE questions;
        ALTER TABLE questions_v2 RENAME TO questions;
        CREATE INDEX questions_by_time ON questions (asked_at);`),
  },
  {
    // v3: the question as the bot understood it, for a message read as a follow-up of the asker's last turn
    // (第二阶段呢 → 第二阶段做了什么); null for a question answered as typed, and for every earlier row. A new
    // nullable column needs no rebuild.
    to: 3,
    up: (db) => db.exec('ALTER TABLE questions ADD COLUMN understood TEXT;'),
  },
];

/** Options for {@link openLogDatabase}. */
export interface OpenLogDatabaseOptions {
  /** Create the file and its folder when missing. Default true; the report passes false. */
  create?: boolean;
  /** Milliseconds to wait for another process's write lock before SQLITE_BUSY. Default 50. */
  busyTimeoutMs?: number;
}

/**
 * Opens (and creates, by default) the log database in WAL mode and migrates it to {@link SCHEMA_VERSION}.
 * Throws a {@link LogFileError} for a path that is missing (when not creating), a folder, a device, unreadable
 * or a damaged database; a {@link LogSchemaError} for a file from newer code; else the file-system or SQLite error.
 */
export function openLogDatabase(file: string, options: OpenLogDatabaseOptions = {}): LogDatabase {
  const create = options.create ?? true;
  checkLogPath(file, { mustExist: !create });
  if (create) mkdirSync(path.dirname(file), { recursive: true });
  let db: LogDatabase;
  try {
    db = new Database(file, { fileMustExist: !create, timeout: options.busyTimeoutMs ?? 50 });
  } catch (error) {
    throw asDamage(file, error);
  }
  try {
    // WAL: the report reads while the bots write, and a killed bot leaves every committed row intact.
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process; only a power cut may lose the last commits.
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw asDamage(file, error);
  }
}

/** Brings a database to {@link SCHEMA_VERSION}, one step per transaction, so a crash leaves a whole version. */
export function migrate(db: LogDatabase): void {
  for (;;) {
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION)
      throw new LogSchemaError(`question log ${db.name} has schema version ${version}, newer than this code's ${SCHEMA_VERSION}; update the bot`);
    if (version === SCHEMA_VERSION) return;
    const step = migrations.find((m) => m.to === version + 1);
    if (step === undefined) throw new LogSchemaError(`question log ${db.name}: no migration from schema version ${version}`);
    // IMMEDIATE takes the write lock before re-reading the version: two bots starting together step once.
    db.transaction(() => {
      if (schemaVersion(db) !== version) return;
      step.up(db);
      db.pragma(`user_version = ${step.to}`);
    }).immediate();
  }
}

/** The schema version stored in a database file (0 for a new, empty one). */
export function schemaVersion(db: LogDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}
