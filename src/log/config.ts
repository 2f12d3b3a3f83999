import path from 'node:path';
import { projectPath } from '../paths.ts';

/**
 * The log's default file, the checkout's `data/questions.db` (git-ignored), however the process starts: from
 * source, from the bundle in `dist/`, or from another working directory. Found from the project root, not from
 * this module's location, which differs between source and bundle.
 */
export const DEFAULT_QUESTION_LOG_PATH = projectPath('data', 'questions.db');

/** The question log's settings, read from the environment once. */
export interface QuestionLogConfig {
  /** `QA_LOG`: recording is on unless it says off. */
  enabled: boolean;
  /** `QA_LOG_DB`, resolved against the working directory; default {@link DEFAULT_QUESTION_LOG_PATH}. */
  path: string;
  /** `LOG_SALT`: the secret that askers' platform ids are hashed with; absent means askers are not recorded. */
  salt?: string;
  /** Settings that were present but not understood, for one warning at start-up. */
  problems: string[];
}

/** The shortest `LOG_SALT` accepted: a short secret can be found by trying, and with it every asker's id. */
export const MIN_SALT_LENGTH = 16;

/** A question log setting the bots cannot start with; names the variable and never repeats its value. */
export class LogConfigError extends Error {
  override readonly name = 'LogConfigError';

  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

const ON = new Set(['on', '1', 'true', 'yes']);
const OFF = new Set(['off', '0', 'false', 'no']);

// `.env.example` ships `LOG_SALT=`; an empty value means "not set", never "hash with the empty salt".
// Three optional strings need no schema library; the console's start does not load zod for them.
function optionalText(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Reads `QA_LOG`, `QA_LOG_DB` and `LOG_SALT`. An unrecognised `QA_LOG` turns recording off: someone who
 * typed `QA_LOG=of` meant off, and recording people's questions against their wish is the worse mistake.
 * Throws {@link LogConfigError} for a `LOG_SALT` shorter than {@link MIN_SALT_LENGTH}: the bots and the report
 * call this at start, so a weak salt stops them before anyone is recorded with it.
 */
export function questionLogConfig(env: NodeJS.ProcessEnv = process.env): QuestionLogConfig {
  const qaLog = optionalText(env.QA_LOG);
  const file = optionalText(env.QA_LOG_DB);
  const salt = optionalText(env.LOG_SALT);
  if (salt !== undefined && [...salt].length < MIN_SALT_LENGTH)
    throw new LogConfigError(
      'LOG_SALT',
      `LOG_SALT must be at least ${MIN_SALT_LENGTH} characters; make one with: node -e "console.log(require('node:crypto').randomBytes(24).toString('base64'))"`,
    );
  const problems: string[] = [];
  const switchValue = qaLog?.trim().toLowerCase();
  let enabled = true;
  if (switchValue !== undefined && !ON.has(switchValue)) {
    enabled = false;
    if (!OFF.has(switchValue)) problems.push(`QA_LOG="${qaLog}" is neither on nor off; recording is off`);
  }
  return {
    enabled,
    path: file === undefined ? DEFAULT_QUESTION_LOG_PATH : path.resolve(file),
    ...(salt === undefined ? {} : { salt }),
    problems,
  };
}
