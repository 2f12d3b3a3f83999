import * as z from 'zod/mini';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/files.ts';
import { DEFAULT_CACHE_DIR } from '../paths.ts';
import type { Environment } from './environment.ts';
import { onOff, optionalText, parseSection } from './settings.ts';

/** The engine's settings: which knowledge to load and where its index is cached. */
export interface EngineConfig {
  /**
   * `--knowledge DIR` (repeatable) when given, else `KNOWLEDGE_DIR` (a `:`-separated list), else the bundled
   * `knowledge/`.
   */
  knowledgeDirs: string[];
  /** `PRESS_QA_CACHE_DIR`, default `.cache/index` beside the package; `false` when `PRESS_QA_CACHE` says off. */
  cacheDir: string | false;
  /** Settings present but not understood, for one warning at start-up. */
  problems: string[];
}

const schema = z.object({
  KNOWLEDGE_DIR: optionalText(),
  PRESS_QA_CACHE: optionalText(),
  PRESS_QA_CACHE_DIR: optionalText(),
});

/**
 * Reads the engine's settings. The cache is only a speed-up, so a `PRESS_QA_CACHE` that is neither on nor off
 * leaves it on, with a warning, rather than stopping the start.
 */
export function engineConfig(env: Environment, knowledgeArgs: readonly string[] = []): EngineConfig {
  const vars = parseSection(schema, env);
  const fromEnv = (vars.KNOWLEDGE_DIR ?? '').split(':').map((d) => d.trim()).filter((d) => d.length > 0);
  const cacheOn = onOff(vars.PRESS_QA_CACHE);
  const problems = vars.PRESS_QA_CACHE !== undefined && cacheOn === undefined ? [`PRESS_QA_CACHE="${vars.PRESS_QA_CACHE}" is neither on nor off; the index cache stays on`] : [];
  return {
    knowledgeDirs: knowledgeArgs.length > 0 ? [...knowledgeArgs] : fromEnv.length > 0 ? fromEnv : [DEFAULT_KNOWLEDGE_DIR],
    cacheDir: cacheOn === false ? false : (vars.PRESS_QA_CACHE_DIR ?? DEFAULT_CACHE_DIR),
    problems,
  };
}
