// (contract written first so adapters can be built against it; implementation follows)
import type { Answer, Script, Suggestion } from './answer/types.ts';

/** Options for {@link createEngine}. */
export interface EngineOptions {
  /** Folders holding releases (`releases/*.yaml`) and the lexicon files. Default: `['knowledge']` beside the package. */
  knowledgeDirs?: string[];
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
  place: string;
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
}

export declare function createEngine(options?: EngineOptions): Promise<Engine>;
