/**
 * The words a knowledge folder's dictionary adds belong to the pipeline built from it, not to the process's one
 * nodejieba: two engines in one process segment each by its own dictionary, and a word taken out of the
 * dictionary file is no longer kept whole once the index is built again (what a reload does).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { buildKnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { jieba } from '../../src/text/jieba.ts';

// A compound no release and no general dictionary holds: jieba alone cuts it into 宿州 / 科创 / 走廊.
const WORD = '宿州科创走廊';
const QUESTION = `${WORD}在哪里`;

let root: string;
let withWord: string;
let without: string;

/** A copy of the bundled knowledge whose dictionary has `extra` added. */
async function knowledgeWith(name: string, extra: string[]): Promise<string> {
  const dir = path.join(root, name);
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const file = path.join(dir, 'dictionary.yaml');
  await writeFile(file, `${await readFile(file, 'utf8')}${extra.map((w) => `  - ${w}\n`).join('')}`);
  return dir;
}

/** The terms an index's pipeline reads in the question. */
async function termsOf(dir: string): Promise<string[]> {
  const index = buildKnowledgeIndex(await loadKnowledge([dir]));
  return index.pipeline.queryTerms(QUESTION).map((t) => t.term);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'per-engine-dictionary-'));
  withWord = await knowledgeWith('with', [WORD]);
  without = await knowledgeWith('without', []);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('dictionary words belong to their engine', () => {
  it('segments two engines in one process each by its own dictionary, whichever is built first', async () => {
    const jiebaBefore = jieba().cut(WORD);
    expect(jiebaBefore).not.toEqual([WORD]);
    const first = await termsOf(without);
    const second = await termsOf(withWord);
    const third = await termsOf(without);
    expect(second).toContain(WORD);
    expect(first).not.toContain(WORD);
    expect(third).toEqual(first);
    // The process's nodejieba was never taught the word.
    expect(jieba().cut(WORD)).toEqual(jiebaBefore);
  });

  it('no longer keeps a word whole once it is taken out of the dictionary file and the engine reloads', async () => {
    const dir = await knowledgeWith('edited', [WORD]);
    const engine = await createEngine({ knowledgeDirs: [dir], cacheDir: path.join(root, 'cache') });
    expect(await termsOf(dir)).toContain(WORD);
    const file = path.join(dir, 'dictionary.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(`  - ${WORD}\n`, ''));
    // The reload builds from the edited file (the cache is keyed by the files), and what it builds has no such word.
    expect(await engine.reload()).toMatchObject({ ok: true });
    expect(engine.stats().source).toBe('build');
    expect(await termsOf(dir)).not.toContain(WORD);
  });
});
