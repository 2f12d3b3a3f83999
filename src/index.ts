/**
 * The core's public surface. Adapters (console, Telegram, WeChat) import from here only.
 */
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
