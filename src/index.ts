/**
 * The core's public surface. Adapters (console, Telegram, WeChat) import from here only
 * (test/boundary.test.ts keeps it so): the engine, the one layout of an answer, the configuration, the question
 * log and the few command-line helpers the entry points share.
 */
import type { QuestionLog, QuestionLogOptions } from './log/index.ts';

export { createEngine, type Engine, type EngineLogger, type EngineOptions, type IndexStats, type ReleaseInfo, type ReloadResult } from './engine.ts';
export type { Answer, AnswerBand, AnswerKind, Citation, Script, Suggestion } from './answer/types.ts';
export {
  ELISION,
  formatCitation,
  layoutAnswer,
  type AnswerChoices,
  type AnswerLayout,
  type BlockRole,
  type ChoicesKind,
  type LayoutBlock,
  type LayoutOptions,
  type Picking,
} from './answer/layout.ts';
export { layoutToPlainText, renderPlainText } from './answer/render.ts';
export { detectScript, toScript } from './text/script.ts';
export { splitMessage } from './text/split.ts';
export { KnowledgeError } from './knowledge/errors.ts';
export { watchKnowledge, type KnowledgeWatcher, type StopWatching, type WatchOptions } from './knowledge/watch.ts';
export { PERSON_PLACEHOLDER, pseudonym, scrubPersonalIds } from './privacy/index.ts';
export {
  ConfigError,
  defaultDeliveryConfig,
  loadStartupConfig,
  telegramConfig,
  wechatConfig,
  type ConfigProblem,
  type DeliveryConfig,
  type EngineConfig,
  type Environment,
  type QuestionLogConfig,
  type StartupConfig,
  type TelegramConfig,
  type WebhookConfig,
  type WechatConfig,
} from './config/index.ts';
export { exitOnStartupError, knowledgeOption, parseCommandLine, takeKnowledgeArgs } from './cli/options.ts';
export type { QuestionLog, QuestionLogEntry, QuestionLogLogger, QuestionLogOptions } from './log/index.ts';

/**
 * Opens the question log (src/log), loading it on first use: better-sqlite3 and the log's first write then
 * never delay a start or a first answer. Adapters call this once at start-up, `record()` after each answer and
 * `close()` on shutdown.
 */
export async function loadQuestionLog(options: QuestionLogOptions): Promise<QuestionLog> {
  const { openQuestionLog } = await import('./log/index.ts');
  return openQuestionLog(options);
}
