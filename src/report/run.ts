import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { QuestionRow } from '../log/entry.ts';
import { asDamage, LogFileError } from '../log/file.ts';
import { purgeQuestionsBefore, type PurgeResult } from '../log/purge.ts';
import { LogSchemaError, openLogDatabase, type LogDatabase } from '../log/schema.ts';
import { buildReport, type Report } from './build.ts';
import { checkOutsideKnowledge, draftFaqYaml } from './export.ts';
import { MeaningGrouper } from './grouping.ts';
import { renderHtmlReport } from './html.ts';
import { addDays, checkTimeZone, dayKey, parseDay, parseSince, queryBounds, ReportOptionError, startOfDay, type ReportPeriod } from './period.ts';
import { readQuestions } from './read.ts';
import { renderTextReport } from './text.ts';

/** What one `npm run report` is asked to do. */
export interface ReportRequest {
  /** The question log database. */
  db: string;
  /** `--since`: `7d`, `2w`, `YYYY-MM-DD` or `all`. */
  since: string;
  /** `--tz`: the time zone whose calendar days are counted. */
  timeZone: string;
  /** `--top`: rows in the unanswered and answered lists, and drafts exported. */
  top: string | number;
  /** `--html FILE`: also write the HTML page there. */
  html?: string;
  /** `--export-unanswered FILE`: also write the FAQ drafts there. */
  exportUnanswered?: string;
  /** Knowledge folders, for grouping by meaning and for keeping drafts out of them. */
  knowledgeDirs: readonly string[];
  /** The clock (Unix ms). */
  now: number;
  /** Where non-fatal trouble is told (the knowledge failing to load). */
  warn(message: string): void;
}

/** What a run produced: the text report, the report itself, and the files written. */
export interface ReportResult {
  text: string;
  report: Report;
  htmlFile?: string;
  exportFile?: string;
  exported: number;
}

/** Reads the log, builds the report and writes the files asked for; throws {@link ReportOptionError} for bad input. */
export async function runReport(request: ReportRequest): Promise<ReportResult> {
  const timeZone = checkTimeZone(request.timeZone);
  const period = parseSince(request.since, request.now, timeZone);
  const top = Number(request.top);
  if (!Number.isInteger(top) || top < 1 || top > 1000) throw new ReportOptionError(`--top: "${request.top}" is not a whole number from 1 to 1000`);
  // Checked before any work, so a mistyped path costs nothing and never lands a draft in knowledge/.
  if (request.exportUnanswered !== undefined) checkOutsideKnowledge(request.exportUnanswered, request.knowledgeDirs);

  const rows = readLog(request.db, period, request.now);
  let grouper: MeaningGrouper;
  try {
    grouper = await MeaningGrouper.load(request.knowledgeDirs);
  } catch (error) {
    request.warn(`report: the knowledge did not load, so questions are grouped by their folded text only:\n${(error as Error).message}`);
    grouper = new MeaningGrouper(undefined);
  }
  const report = buildReport(rows, { period, top, now: request.now, grouper });
  const result: ReportResult = { text: renderTextReport(report), report, exported: 0 };

  if (request.html !== undefined) {
    writeOutput(request.html, renderHtmlReport(report));
    result.htmlFile = path.resolve(request.html);
  }
  if (request.exportUnanswered !== undefined) {
    writeOutput(request.exportUnanswered, draftFaqYaml(report.drafts, dayKey(request.now, timeZone), (ms) => dayKey(ms, timeZone)));
    result.exportFile = path.resolve(request.exportUnanswered);
    result.exported = report.drafts.length;
  }
  return result;
}

/**
 * The period's questions up to `now`: a report made at a moment shows what was asked until then. Throws
 * {@link ReportOptionError} when there is no log yet, {@link LogFileError} or {@link LogSchemaError} when the
 * path is not a log this code can read.
 */
function readLog(file: string, period: ReportPeriod, now: number): QuestionRow[] {
  let db: LogDatabase;
  try {
    db = openLogDatabase(file, { create: false });
  } catch (error) {
    throw missingLogAsOptionError(error, file);
  }
  try {
    const { from, to } = queryBounds(period);
    return readQuestions(db, from, Math.min(to, now));
  } catch (error) {
    // A file can open cleanly and still have damaged pages where the rows are.
    throw asDamage(file, error);
  } finally {
    db.close();
  }
}

/** A missing log is the user's to fix (a path, or no bot has run yet): one line saying where it looked. */
function missingLogAsOptionError(error: unknown, file: string): unknown {
  if (!(error instanceof LogFileError) || error.problem !== 'missing') return error;
  return new ReportOptionError(`no question log at ${file}: the bots create it when they answer their first question (QA_LOG_DB or --db says where it is)`, { cause: error });
}

/** What `npm run report -- --purge-before DAY` is asked to do. */
export interface PurgeRequest {
  db: string;
  /** `--purge-before`: `YYYY-MM-DD`; questions asked before this day began are deleted. */
  before: string;
  /** `--tz`: whose calendar day `before` is. */
  timeZone: string;
  /** The clock (Unix ms): a day after tomorrow is refused as a likely typo. */
  now: number;
}

/**
 * Deletes the questions asked before a day (for a retention period) and returns one line saying what was
 * done; throws {@link ReportOptionError} for a bad day or a missing log, and what the log throws otherwise.
 */
export function runPurge(request: PurgeRequest): { line: string; result: PurgeResult } {
  const timeZone = checkTimeZone(request.timeZone);
  const day = parseDay('--purge-before', request.before);
  const tomorrow = addDays(dayKey(request.now, timeZone), 1);
  // Every question asked so far is before tomorrow; a later day is more likely a typo (2042 for 2024).
  if (day > tomorrow) throw new ReportOptionError(`--purge-before: ${day} is after tomorrow (${tomorrow}); to delete every question, use ${tomorrow}`);
  let result: PurgeResult;
  try {
    result = purgeQuestionsBefore(request.db, startOfDay(day, timeZone));
  } catch (error) {
    throw missingLogAsOptionError(error, request.db);
  }
  const plural = (n: number) => `${n} question${n === 1 ? '' : 's'}`;
  const pending = result.checkpointed ? '' : '; a bot still reading the log keeps their pages in its write-ahead log until its next checkpoint';
  return { line: `deleted ${plural(result.deleted)} asked before ${day} (${timeZone}) from ${request.db}; ${plural(result.remaining)} remain${pending}`, result };
}

/**
 * One line, with the path, for a log the report cannot read and what to do about it; undefined for anything
 * else, which is a bug and keeps its stack.
 */
export function explainLogProblem(error: unknown, file: string): string | undefined {
  if (error instanceof LogSchemaError) return error.message;
  if (error instanceof LogFileError) {
    switch (error.problem) {
      case 'damaged':
        return `${error.message}; the bots move a damaged log aside and start a new one when they next write to it, and \`sqlite3 ${file} .recover\` may save its rows`;
      case 'folder':
      case 'device':
        return `${error.message} (QA_LOG_DB or --db names the log file)`;
      default:
        return error.message;
    }
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return `cannot read the question log at ${file} (${code}: ${(error as Error).message})`;
  return undefined;
}

function writeOutput(file: string, content: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, content, 'utf8');
}
