/**
 * The words a release makes of its own (its quoted names, the words it builds with a suffix and keeps using) join
 * the pipeline's dictionary, so a question's words are cut as the release's are: real nodejieba, real knowledge.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildKnowledgeIndex, lexiconOf } from '../../src/search/knowledge-index.ts';

const DEVSET = path.resolve(import.meta.dirname, '../fixtures/devset/knowledge');

describe("a release's own words", () => {
  it('keeps a word the release builds with a suffix and prints again and again (托管点) whole', async () => {
    const knowledge = await loadKnowledge([path.join(DEVSET, 'r80')]);
    expect(lexiconOf(knowledge).dictionary).toContain('托管点');
    const index = buildKnowledgeIndex(knowledge);
    expect(index.pipeline.queryTerms('今年一共设了多少个托管点').map((t) => t.term)).toContain('托管点');
  });

  it('does not take a pair the release prints once or twice for a word', async () => {
    const knowledge = await loadKnowledge([path.join(DEVSET, 'r80')]);
    // (托管 and 班 meet in “暑期托管班” only in passing.)
    expect(lexiconOf(knowledge).dictionary.filter((w) => /^托管.$/u.test(w))).toEqual(['托管点']);
  });
});
