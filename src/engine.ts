import { answerQuestion, exampleSuggestions, suggestionFor, usageAnswer } from './answer/answerer.ts';
import type { Answer, Script, Suggestion } from './answer/types.ts';
import { DEFAULT_KNOWLEDGE_DIR, listYamlFiles } from './knowledge/files.ts';
import { projectPath } from './paths.ts';
import { cacheKey, readCachedIndex, writeCachedIndex } from './search/cache.ts';
import { knowledgeText, type KnowledgeIndex } from './search/knowledge-index.ts';
import { chineseDate } from './text/numbers.ts';

/** Options for {@link createEngine}. */
export interface EngineOptions {
  /** Folders holding releases (`releases/*.yaml`) and the lexicon files. Default: `['knowledge']` beside the package. */
  knowledgeDirs?: string[];
  /**
   * Where the built index is cached, keyed by a hash of the knowledge files and the code; `false` turns the
   * cache off. Default: `PRESS_QA_CACHE_DIR`, else `.cache/index` beside the package; `PRESS_QA_CACHE=off` turns it off.
   */
  cacheDir?: string | false;
}

/** How the current index came to be. */
export interface IndexStats {
  releases: number;
  units: number;
  /** `cache` when loaded from the index cache, `build` when segmented and indexed from the files. */
  source: 'cache' | 'build';
  /** Time to load or build it, in milliseconds. */
  ms: number;
}

/** One release the engine knows, for /sources and greetings; texts in the requested script. */
export interface ReleaseInfo {
  id: string;
  title: string;
  shortName: string;
  /** YYYY-MM-DD */
  date: string;
  dateText: string;
  office: string;
  /** Absent when the release does not say where it was held. */
  place?: string;
}

/** What a reload did: `ok` with the new release count, or the error that kept the old knowledge serving. */
export type ReloadResult = { ok: true; releases: number; ms: number } | { ok: false; error: Error };

/** The question-answering core, bound to one set of knowledge folders. */
export interface Engine {
  /** Answers one question; never throws, whatever the input. */
  answer(question: string): Answer;
  /** The canonical text of a suggestion id (from `Answer.suggestions[i].id`), in the given script. */
  suggestionText(id: string, script?: Script): string | undefined;
  /** Three example questions for greetings and /start. */
  examples(script?: Script): Suggestion[];
  /** The releases indexed, newest first. */
  releases(script?: Script): ReleaseInfo[];
  /** The usage reply (greeting, help, empty input) in the given script. */
  usage(script?: Script): Answer;
  /** Rebuilds the index from disk beside the old one and swaps it in whole; a broken file keeps the old one. */
  reload(): Promise<ReloadResult>;
  /** The folders this engine reads. */
  readonly knowledgeDirs: readonly string[];
  /** How the current index was loaded, for start-up logs and the benchmark. */
  stats(): IndexStats;
}

const DEFAULT_CACHE_DIR = projectPath('.cache', 'index');

function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | false {
  if (/^(?:off|0|false|no)$/iu.test(env.PRESS_QA_CACHE ?? '')) return false;
  return env.PRESS_QA_CACHE_DIR || DEFAULT_CACHE_DIR;
}

/**
 * Loads the index of a set of knowledge folders: from the cache when the files and the code are unchanged,
 * else by validating, segmenting and indexing them (and caching the result). The cache is a speed-up only:
 * a cache that cannot be read or written is ignored.
 */
async function loadIndex(dirs: readonly string[], cacheDir: string | false): Promise<{ index: KnowledgeIndex; stats: IndexStats }> {
  const started = performance.now();
  const done = (index: KnowledgeIndex, source: IndexStats['source']) => ({
    index,
    stats: { releases: index.releases.length, units: index.units.length, source, ms: Math.round(performance.now() - started) },
  });
  let key: string | undefined;
  if (cacheDir !== false) {
    try {
      key = await cacheKey((await Promise.all(dirs.map(listYamlFiles))).flat());
      const cached = await readCachedIndex(cacheDir, key);
      if (cached) return done(cached, 'cache');
    } catch {
      key = undefined; // a folder that cannot be listed: loading it below reports the problem by name
    }
  }
  // The validator (zod, yaml) and the index builder are loaded only when the cache cannot serve.
  const { loadKnowledge } = await import('./knowledge/load.ts');
  const { buildKnowledgeIndex } = await import('./search/knowledge-index.ts');
  const index = buildKnowledgeIndex(await loadKnowledge(dirs));
  if (cacheDir !== false && key !== undefined) await writeCachedIndex(cacheDir, key, index).catch(() => undefined);
  return done(index, 'build');
}


/**
 * Loads and validates the knowledge, builds the index and returns the engine. Throws a `KnowledgeError`
 * naming every broken file, field and problem: the bot never starts on part of its knowledge.
 */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const knowledgeDirs = Object.freeze([...(options.knowledgeDirs ?? [DEFAULT_KNOWLEDGE_DIR])]);
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  let { index: current, stats } = await loadIndex(knowledgeDirs, cacheDir);
  let reloading: Promise<ReloadResult> | undefined;

  const reload = async (): Promise<ReloadResult> => {
    const started = performance.now();
    try {
      // Built beside the old index; questions keep using the old one until the single assignment below.
      const next = await loadIndex(knowledgeDirs, cacheDir);
      current = next.index;
      stats = next.stats;
      return { ok: true, releases: next.index.releases.length, ms: Math.round(performance.now() - started) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
    }
  };

  return {
    knowledgeDirs,
    stats: () => stats,
    answer: (question) => {
      try {
        return answerQuestion(current, question);
      } catch (error) {
        // answerQuestion is written not to throw; if it ever does, the asker still gets a well-formed reply.
        const fallback = usageAnswer(current, typeof question === 'string' ? question : '', 'simplified');
        return { ...fallback, message: `抱歉，处理这个问题时出错了（${(error as Error).message}）。`, text: `抱歉，处理这个问题时出错了。\n${fallback.text}` };
      }
    },
    suggestionText: (id, script = 'simplified') => {
      const unitId = current.unitIds.get(id);
      return unitId === undefined || current.units[unitId]?.suggestion === undefined ? undefined : suggestionFor(current, unitId, script).text;
    },
    examples: (script = 'simplified') => exampleSuggestions(current, script),
    releases: (script = 'simplified') =>
      // Through the index's memo: /start and /sources list every release, and OpenCC is not free.
      current.releases.map((r) => ({
        id: r.id,
        title: knowledgeText(current, r.title, script),
        shortName: knowledgeText(current, r.shortName, script),
        date: r.date,
        dateText: chineseDate(r.date),
        office: knowledgeText(current, r.office, script),
        ...(r.place === undefined ? {} : { place: knowledgeText(current, r.place, script) }),
      })),
    usage: (script = 'simplified') => usageAnswer(current, '', script),
    reload: () => {
      // Concurrent reload requests (a watcher and /reload) share one rebuild.
      reloading ??= reload().finally(() => {
        reloading = undefined;
      });
      return reloading;
    },
  };
}
