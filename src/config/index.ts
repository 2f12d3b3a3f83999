/**
 * The configuration: the only module that reads the environment (the process's and `.env`, in environment.ts),
 * validating it with zod once at start, a section per part of the program. Entry points read the sections they
 * need and hand each part a typed object: the engine its knowledge folders and cache, the question log its
 * switch, file and salt, each bot its own settings.
 */
import { readEnvironment, type Environment } from './environment.ts';
import { engineConfig, type EngineConfig } from './engine.ts';
import { questionLogConfig, type QuestionLogConfig } from './log.ts';

export { ConfigError, type ConfigProblem } from './errors.ts';
export { readEnvironment, withDotenv, type Environment } from './environment.ts';
export { engineConfig, type EngineConfig } from './engine.ts';
export { DEFAULT_QUESTION_LOG_PATH, MIN_SALT_LENGTH, questionLogConfig, type QuestionLogConfig } from './log.ts';
export { defaultDeliveryConfig, telegramConfig, type DeliveryConfig, type TelegramConfig, type WebhookConfig } from './telegram.ts';
export { wechatConfig, type WechatConfig } from './wechat.ts';

/** The sections every entry point needs, and the environment they were read from (for the bots' own sections). */
export interface StartupConfig {
  env: Environment;
  engine: EngineConfig;
  log: QuestionLogConfig;
}

/**
 * Reads the environment (and `.env`) once and validates what every entry point needs: the engine's section
 * (with `--knowledge` folders from the command line, when given) and the question log's. Throws a
 * `ConfigError` naming the variable: a `LOG_SALT` too short to protect askers stops any start at once.
 */
export function loadStartupConfig(options: { knowledgeArgs?: readonly string[]; env?: Environment } = {}): StartupConfig {
  const env = options.env ?? readEnvironment();
  return { env, engine: engineConfig(env, options.knowledgeArgs), log: questionLogConfig(env) };
}
