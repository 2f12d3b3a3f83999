import type { QuestionRow } from '../log/entry.ts';
import type { LogDatabase } from '../log/schema.ts';
import { scrubPersonalIds } from '../privacy/scrub.ts';

/**
 * Reads the logged questions asked between two moments (Unix ms, both included), oldest first, with other
 * people's handles and ids scrubbed: rows written before the bots scrubbed them are reported scrubbed too.
 */
export function readQuestions(db: LogDatabase, from: number, to: number): QuestionRow[] {
  const rows = db
    .prepare(
      `SELECT asked_at AS askedAt, channel, chat_type AS chatType, asker, question, understood, outcome, kind,
              release_id AS releaseId, score, latency_ms AS latencyMs
       FROM questions WHERE asked_at BETWEEN ? AND ? ORDER BY asked_at, id`,
    )
    .all(from, to) as QuestionRow[];
  for (const row of rows) {
    row.question = scrubPersonalIds(row.question);
    if (row.understood !== null) row.understood = scrubPersonalIds(row.understood);
  }
  return rows;
}
