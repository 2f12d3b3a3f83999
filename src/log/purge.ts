import { openLogDatabase } from './schema.ts';

/** What {@link purgeQuestionsBefore} did. */
export interface PurgeResult {
  /** Questions deleted. */
  deleted: number;
  /** Questions left in the log. */
  remaining: number;
  /** False when a bot still reading the log kept the write-ahead log from being emptied; its next checkpoint does it. */
  checkpointed: boolean;
}

// A bot may hold the write lock for a moment; a purge run by hand can wait for it.
const PURGE_BUSY_TIMEOUT_MS = 5000;

/**
 * Deletes every question asked before a moment (Unix ms) from the log, for a retention period. The deleted
 * rows are overwritten on disk (`secure_delete`) and the write-ahead log is emptied, so a purged question
 * cannot be read back from free pages. Throws what {@link openLogDatabase} throws for a log it cannot open.
 */
export function purgeQuestionsBefore(file: string, before: number): PurgeResult {
  const db = openLogDatabase(file, { create: false, busyTimeoutMs: PURGE_BUSY_TIMEOUT_MS });
  try {
    db.pragma('secure_delete = ON');
    const { changes } = db.prepare('DELETE FROM questions WHERE asked_at < ?').run(before);
    const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    const { n } = db.prepare('SELECT count(*) AS n FROM questions').get() as { n: number };
    return { deleted: changes, remaining: n, checkpointed: checkpoint?.busy === 0 };
  } finally {
    db.close();
  }
}
