import path from 'node:path';
import { z } from 'zod';
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

// `.env.example` ships `LOG_SALT=`; an empty value means "not set", never "hash with the empty salt".
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().optional());

const envSchema = z.object({
  QA_LOG: optionalText,
  QA_LOG_DB: optionalText,
  LOG_SALT: optionalText,
});

const ON = new Set(['on', '1', 'true', 'yes']);
const OFF = new Set(['off', '0', 'false', 'no']);

/**
 * Reads `QA_LOG`, `QA_LOG_DB` and `LOG_SALT`. An unrecognised `QA_LOG` turns recording off: someone who
 * typed `QA_LOG=of` meant off, and recording people's questions against their wish is the worse mistake.
 */
export function questionLogConfig(env: NodeJS.ProcessEnv = process.env): QuestionLogConfig {
  const parsed = envSchema.parse(env);
  const problems: string[] = [];
  const switchValue = parsed.QA_LOG?.trim().toLowerCase();
  let enabled = true;
  if (switchValue !== undefined && !ON.has(switchValue)) {
    enabled = false;
    if (!OFF.has(switchValue)) problems.push(`QA_LOG="${parsed.QA_LOG}" is neither on nor off; recording is off`);
  }
  return {
    enabled,
    path: parsed.QA_LOG_DB === undefined ? DEFAULT_QUESTION_LOG_PATH : path.resolve(parsed.QA_LOG_DB),
    ...(parsed.LOG_SALT === undefined ? {} : { salt: parsed.LOG_SALT }),
    problems,
  };
}
