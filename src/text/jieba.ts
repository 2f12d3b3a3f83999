import { createRequire } from 'node:module';

/** A word with its part-of-speech tag, as nodejieba's `tag` returns it. */
export interface TaggedWord {
  word: string;
  tag: string;
}

interface NodeJieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
  tag(text: string): TaggedWord[];
  insertWord(word: string, tag?: string): boolean;
  extract(text: string, topN: number): { word: string; weight: number }[];
}

let instance: NodeJieba | undefined;

/**
 * The process's one nodejieba, loaded on first use: loading its dictionaries takes seconds and hundreds of
 * megabytes, so every engine in the process shares it.
 */
export function jieba(): NodeJieba {
  if (instance === undefined) {
    const loaded = createRequire(import.meta.url)('nodejieba') as NodeJieba;
    loaded.load();
    instance = loaded;
  }
  return instance;
}

/** Loads nodejieba now, so the cost falls at start-up and not on the first question. */
export function preloadJieba(): void {
  jieba();
}
