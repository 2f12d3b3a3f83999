/**
 * The question log's public surface: adapters call `openQuestionLog()` once at start-up, `record()` after
 * each answer and `close()` on shutdown; the report reads the same database through `openLogDatabase`.
 */
export { openQuestionLog, type QuestionLog, type QuestionLogLogger, type QuestionLogOptions } from './question-log.ts';
export { OUTCOMES, hashAsker, outcomeOf, type Channel, type ChatType, type Outcome, type QuestionLogEntry, type QuestionRow } from './entry.ts';
export { DEFAULT_QUESTION_LOG_PATH, MIN_SALT_LENGTH, questionLogConfig, type QuestionLogConfig } from '../config/log.ts';
export { LogSchemaError, SCHEMA_VERSION, openLogDatabase, type LogDatabase } from './schema.ts';
export { LogFileError, type LogFileProblem } from './file.ts';
export { purgeQuestionsBefore, type PurgeResult } from './purge.ts';
