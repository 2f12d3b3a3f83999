import path from 'node:path';
import * as z from 'zod/mini';
import { projectPath } from '../paths.ts';
import type { Environment } from './environment.ts';
import { onOff, optionalText, parseSection } from './settings.ts';

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

const SALT_TOO_SHORT = `LOG_SALT must be at least ${MIN_SALT_LENGTH} characters; make one with: node -e "console.log(require('node:crypto').randomBytes(24).toString('base64'))"`;

const schema = z.object({
  QA_LOG: optionalText(),
  QA_LOG_DB: optionalText(),
  // Not trimmed: a salt is a secret, and its spaces are part of it.
  LOG_SALT: z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)),
    z.optional(z.string().check(z.refine((salt: string) => [...salt].length >= MIN_SALT_LENGTH, SALT_TOO_SHORT))),
  ),
});

/**
 * Reads `QA_LOG`, `QA_LOG_DB` and `LOG_SALT`. An unrecognised `QA_LOG` turns recording off: someone who typed
 * `QA_LOG=of` meant off, and recording people's questions against their wish is the worse mistake. Throws a
 * `ConfigError` for a `LOG_SALT` shorter than {@link MIN_SALT_LENGTH}: the bots and the report read this at
 * start, so a weak salt stops them before anyone is recorded with it.
 */
export function questionLogConfig(env: Environment): QuestionLogConfig {
  const vars = parseSection(schema, env);
  const on = onOff(vars.QA_LOG);
  const problems = vars.QA_LOG !== undefined && on === undefined ? [`QA_LOG="${vars.QA_LOG}" is neither on nor off; recording is off`] : [];
  return {
    enabled: vars.QA_LOG === undefined || on === true,
    path: vars.QA_LOG_DB === undefined ? DEFAULT_QUESTION_LOG_PATH : path.resolve(vars.QA_LOG_DB),
    ...(vars.LOG_SALT === undefined ? {} : { salt: vars.LOG_SALT }),
    problems,
  };
}
