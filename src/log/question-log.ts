import { statSync } from 'node:fs';
import type { Statement } from 'better-sqlite3';
import { questionLogConfig, type QuestionLogConfig } from '../config/log.ts';
import type { Environment } from '../config/environment.ts';
import { toRow, type QuestionLogEntry, type QuestionRow } from './entry.ts';
import { isDamage, LogFileError, moveAside } from './file.ts';
import { openLogDatabase, type LogDatabase } from './schema.ts';

/** Where the log reports trouble; adapters pass their own logger. */
export interface QuestionLogLogger {
  warn(message: string): void;
  info?(message: string): void;
}

/** Options for {@link openQuestionLog}; anything left out comes from `config`. */
export interface QuestionLogOptions {
  /** The settings read at start (src/config: `QA_LOG`, `QA_LOG_DB`, `LOG_SALT`). Default: read from `env`. */
  config?: QuestionLogConfig;
  /** Variables to read the settings from when no `config` is given. Default: none, so every default applies. */
  env?: Environment;
  /** Database file. Default: the config's, `data/questions.db` beside `src/` unless `QA_LOG_DB` says otherwise. */
  path?: string;
  /** Record at all. Default: the config's, true unless `QA_LOG=off`. */
  enabled?: boolean;
  /** Secret for hashing askers. Default: the config's `LOG_SALT`; without one, askers are not recorded. */
  salt?: string;
  /** The clock, in Unix milliseconds: stamps questions and paces retries. Default: `Date.now`. */
  now?: () => number;
  /** Default: `console` (stderr). */
  logger?: QuestionLogLogger;
  /** After a failure, wait this long before trying the database again. Default 30 000 ms. */
  retryMs?: number;
  /** Questions kept in memory while the database is unavailable; the oldest go first. Default 10 000. */
  maxPending?: number;
}

/** The log an adapter records each answered question in. */
export interface QuestionLog {
  /** Queues one question for writing; returns at once and never throws, whatever the entry or the database. */
  record(entry: QuestionLogEntry): void;
  /** Writes the queued questions now, unless the database is in its retry pause; never throws. */
  flush(): void;
  /** Writes what is queued (one last try even during a retry pause) and closes the database. */
  close(): void;
  /** False when `QA_LOG=off`: `record` does nothing. */
  readonly enabled: boolean;
  /** The database file, when enabled. */
  readonly path: string | undefined;
}

const BUSY_RETRY_MS = 200;
// While answering, a busy database is retried later rather than waited for; on close there is no later.
const BUSY_TIMEOUT_MS = 50;
const CLOSING_BUSY_TIMEOUT_MS = 2000;

/**
 * Opens the question log. Writing happens off the answering path (on the next turn of the event loop, one
 * transaction for whatever queued up) so a reply is never held up by the disk; a process killed between an
 * answer and that turn loses only the questions in flight. When the database cannot be opened or written,
 * questions stay queued, one warning is logged for the whole outage, and writing is tried again later.
 */
export function openQuestionLog(options: QuestionLogOptions = {}): QuestionLog {
  const config = options.config ?? questionLogConfig(options.env ?? {});
  const logger = options.logger ?? console;
  for (const problem of config.problems) logger.warn(`question log: ${problem}`);
  const enabled = options.enabled ?? config.enabled;
  if (!enabled) return { record: () => {}, flush: () => {}, close: () => {}, enabled: false, path: undefined };

  const file = options.path ?? config.path;
  const salt = options.salt ?? config.salt;
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? 30_000;
  const maxPending = options.maxPending ?? 10_000;

  let db: LogDatabase | undefined;
  let insert: Statement | undefined;
  let pending: QuestionRow[] = [];
  let dropped = 0;
  let retryAt = 0;
  let busySince: number | undefined;
  let inOutage = false;
  let closed = false;
  // Set when the path can never hold a log (a folder, a device): recording stops, with one warning.
  let pathRefused = false;
  // Which file the open connection is to: another bot may move a damaged log aside while this one has it open.
  let openedFile: { dev: number; ino: number } | undefined;
  let flushQueued = false;
  let retryTimer: NodeJS.Timeout | undefined;
  const warnedOnce = new Set<string>();

  const warnOnce = (topic: string, message: string) => {
    if (warnedOnce.has(topic)) return;
    warnedOnce.add(topic);
    safely(() => logger.warn(`question log: ${message}`));
  };

  const openDatabase = () => {
    db = openLogDatabase(file, { busyTimeoutMs: closed ? CLOSING_BUSY_TIMEOUT_MS : BUSY_TIMEOUT_MS });
    insert = db.prepare(
      `INSERT INTO questions (asked_at, channel, chat_type, asker, question, understood, outcome, kind, release_id, score, latency_ms)
       VALUES (@askedAt, @channel, @chatType, @asker, @question, @understood, @outcome, @kind, @releaseId, @score, @latencyMs)`,
    );
    const { dev, ino } = statSync(file);
    openedFile = { dev, ino };
  };

  const closeDatabase = () => {
    safely(() => db?.close());
    db = undefined;
    insert = undefined;
    openedFile = undefined;
  };

  /** Stops recording for good when the path is a folder or a device: no retry would make it a file. */
  const refusePath = (error: unknown): boolean => {
    if (!(error instanceof LogFileError) || (error.problem !== 'folder' && error.problem !== 'device')) return false;
    pathRefused = true;
    pending = [];
    closeDatabase();
    warnOnce('path', `${error.message}; nothing is recorded (QA_LOG_DB names the log file, QA_LOG=off turns recording off)`);
    return true;
  };

  /**
   * Moves a damaged log aside and lets a new one start, saying so in one warning; false when the damage is
   * not the problem or the file cannot be moved (the caller then treats it as an outage).
   */
  const setAsideDamaged = (error: unknown): boolean => {
    if (!isDamage(error)) return false;
    const heldOpen = openedFile;
    closeDatabase();
    // Found through a connection to a file no longer at the path: another bot sharing the log has moved it
    // aside and started a new one there, which must not be moved in turn. Write to it.
    const atPath = statSync(file, { throwIfNoEntry: false });
    if (atPath === undefined || (heldOpen !== undefined && (atPath.dev !== heldOpen.dev || atPath.ino !== heldOpen.ino))) return true;
    let aside: string;
    try {
      aside = moveAside(file, now());
    } catch {
      return false;
    }
    const reason = describeError(error instanceof LogFileError && error.cause !== undefined ? error.cause : error);
    safely(() => logger.warn(`question log: ${file} was damaged (${reason}); moved it aside to ${aside} and started a new log`));
    return true;
  };

  const scheduleRetry = (delayMs: number) => {
    if (retryTimer !== undefined || closed) return;
    // Unref'd: a bot shutting down does not wait for a retry; close() makes the last attempt.
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      write(false);
    }, delayMs);
    retryTimer.unref();
  };

  /** Writes a batch one row at a time, dropping the rows the database refuses; other failures wait for the next write. */
  const writeEachRow = (batch: QuestionRow[]) => {
    let refused = 0;
    let reason = '';
    let done = 0;
    for (const row of batch) {
      try {
        insert!.run(row);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) break;
        refused++;
        reason = describeError(error);
      }
      done++;
    }
    pending = batch.slice(done);
    if (pending.length > 0) scheduleRetry(BUSY_RETRY_MS);
    if (refused > 0) warnOnce('row', `the database refused ${refused} question${refused === 1 ? '' : 's'}, dropped (${reason})`);
  };

  const write = (ignorePause: boolean, afterSettingAside = false) => {
    if (pending.length === 0 || pathRefused) return;
    if (!ignorePause && now() < retryAt) {
      scheduleRetry(retryAt - now());
      return;
    }
    const batch = pending;
    try {
      if (db === undefined) openDatabase();
      const statement = insert!;
      db!.transaction((rows: QuestionRow[]) => {
        for (const row of rows) statement.run(row);
      })(batch);
      pending = [];
      busySince = undefined;
      if (inOutage) {
        inOutage = false;
        warnedOnce.delete('outage');
        const lost = dropped > 0 ? `; ${dropped} older ones did not fit in memory and are lost` : '';
        safely(() => logger.info?.(`question log: writing to ${file} again; ${batch.length} questions kept during the outage are saved${lost}`));
        dropped = 0;
      }
    } catch (error) {
      if (refusePath(error)) return;
      // A damaged file is set aside once per write and the questions go to a new log at once.
      if (!afterSettingAside && setAsideDamaged(error)) {
        write(ignorePause, true);
        return;
      }
      const code = (error as { code?: unknown }).code;
      // One row the database refuses (a constraint, a trigger) must not hold up every question after it.
      if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
        writeEachRow(batch);
        return;
      }
      // Another bot process holds the write lock for a moment: try again soon, and only call it an outage
      // when it lasts as long as a retry pause.
      if (code === 'SQLITE_BUSY' && (busySince === undefined || now() - busySince < retryMs)) {
        busySince ??= now();
        scheduleRetry(BUSY_RETRY_MS);
        return;
      }
      busySince = undefined;
      closeDatabase();
      inOutage = true;
      warnOnce('outage', `cannot write ${file} (${describeError(error)}); answering goes on, questions are kept in memory and writing is retried every ${Math.round(retryMs / 1000)} s`);
      retryAt = now() + retryMs;
      scheduleRetry(retryMs);
    }
  };

  const openAtStart = () => {
    try {
      openDatabase();
    } catch (error) {
      if (setAsideDamaged(error)) openDatabase();
      else throw error;
    }
  };

  try {
    openAtStart();
  } catch (error) {
    if (refusePath(error)) {
      // said once; record() does nothing from now on
    } else if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
      // Another bot is creating or migrating the same file this instant: the first write opens it.
      busySince = now();
    } else {
      // Said at start-up, where an operator looks; the first question then waits for the retry pause.
      inOutage = true;
      warnOnce('outage', `cannot open ${file} (${describeError(error)}); answering goes on, questions are kept in memory and writing is retried every ${Math.round(retryMs / 1000)} s`);
      retryAt = now() + retryMs;
    }
  }

  return {
    enabled: true,
    path: file,
    record(entry) {
      try {
        if (closed || pathRefused) return;
        let row: QuestionRow;
        try {
          row = toRow(entry, now(), salt);
        } catch (error) {
          warnOnce('entry', `ignored an entry that is not a question log entry (${describeError(error)})`);
          return;
        }
        if (row.asker === null && salt === undefined && typeof entry.asker === 'string' && entry.asker.length > 0)
          warnOnce('salt', 'LOG_SALT is not set, so who asked is not recorded');
        pending.push(row);
        if (pending.length > maxPending) {
          dropped += pending.length - maxPending;
          pending = pending.slice(pending.length - maxPending);
        }
        if (!flushQueued) {
          flushQueued = true;
          setImmediate(() => {
            flushQueued = false;
            write(false);
          });
        }
      } catch (error) {
        warnOnce('record', `could not queue a question (${describeError(error)})`);
      }
    },
    flush() {
      safely(() => write(false));
    },
    close() {
      if (closed) return;
      closed = true;
      safely(() => db?.pragma(`busy_timeout = ${CLOSING_BUSY_TIMEOUT_MS}`));
      safely(() => write(true));
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      if (pending.length > 0) safely(() => logger.warn(`question log: ${pending.length} questions could not be written to ${file} before closing`));
      closeDatabase();
    },
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/** Runs a step whose failure must not reach the caller: a logger or close that throws is no reason to stop answering. */
function safely(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing sensible is left to do: the log is best-effort by design.
  }
}
