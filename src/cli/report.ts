/**
 * `npm run report [-- --since 7d]`: what people asked, per channel and day, how much was answered, and the
 * most asked questions the releases do not answer. `--html FILE` also writes a self-contained page;
 * `--export-unanswered FILE.yaml` writes the top misses as draft curated-FAQ entries.
 * `npm run report -- --purge-before YYYY-MM-DD` deletes the questions asked before that day instead.
 */
import { engineConfig, questionLogConfig, readEnvironment } from '../config/index.ts';
import { DEFAULT_TIME_ZONE, ReportOptionError } from '../report/period.ts';
import { explainLogProblem, runPurge, runReport } from '../report/run.ts';
import { knowledgeOption, parseCommandLine } from './options.ts';

const { values, positionals } = parseCommandLine({
  ...knowledgeOption,
  since: { type: 'string', default: '7d' },
  tz: { type: 'string', default: DEFAULT_TIME_ZONE },
  top: { type: 'string', default: '10' },
  html: { type: 'string' },
  'export-unanswered': { type: 'string' },
  db: { type: 'string' },
  'purge-before': { type: 'string' },
});
if (positionals.length > 0) {
  process.stderr.write(`report: unexpected argument "${positionals[0]}"; options are --since, --tz, --top, --html, --export-unanswered, --db, --knowledge, --purge-before\n`);
  process.exit(2);
}

let db: string;
let knowledgeDirs: string[];
try {
  const env = readEnvironment();
  // Read even with --db: a LOG_SALT too short to protect askers is refused by every command at start.
  const logConfig = questionLogConfig(env);
  db = values.db ?? logConfig.path;
  knowledgeDirs = engineConfig(env, values.knowledge).knowledgeDirs;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
if (values['purge-before'] !== undefined) {
  if (values.html !== undefined || values['export-unanswered'] !== undefined) {
    process.stderr.write('report: --purge-before runs on its own; make the report (--html, --export-unanswered) in a separate run\n');
    process.exit(2);
  }
  try {
    process.stdout.write(`${runPurge({ db, before: values['purge-before'], timeZone: values.tz, now: Date.now() }).line}\n`);
    process.exit(0);
  } catch (error) {
    exitOnLogProblem(error);
  }
}

try {
  const result = await runReport({
    db,
    since: values.since,
    timeZone: values.tz,
    top: values.top,
    ...(values.html === undefined ? {} : { html: values.html }),
    ...(values['export-unanswered'] === undefined ? {} : { exportUnanswered: values['export-unanswered'] }),
    knowledgeDirs,
    now: Date.now(),
    warn: (message) => process.stderr.write(`${message}\n`),
  });
  process.stdout.write(result.text);
  if (result.htmlFile !== undefined) process.stderr.write(`\nHTML report written to ${result.htmlFile}\n`);
  if (result.exportFile !== undefined)
    process.stderr.write(`${result.htmlFile === undefined ? '\n' : ''}${result.exported} draft FAQ entries written to ${result.exportFile}; fill answer and source, then move it to knowledge/faq/\n`);
} catch (error) {
  exitOnLogProblem(error);
}

/**
 * Bad options and a missing log are the user's to fix: one line, no stack (exit 2). A log that is a folder, a
 * device, unreadable, damaged or from newer code: one line with the path (exit 1). Anything else is a bug: show it.
 */
function exitOnLogProblem(error: unknown): never {
  if (error instanceof ReportOptionError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const problem = explainLogProblem(error, db);
  if (problem !== undefined) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
  throw error;
}
