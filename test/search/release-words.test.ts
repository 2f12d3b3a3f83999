/**
 * The words a release makes of its own (its quoted names, the words it builds with a suffix and keeps using) join
 * the pipeline's dictionary, so a question's words are cut as the release's are: real nodejieba, real knowledge.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildKnowledgeIndex, lexiconOf } from '../../src/search/knowledge-index.ts';
import { passageTextOf } from '../../src/search/passage-text.ts';
import { jieba } from '../../src/text/jieba.ts';
import { createEngine } from '../../src/engine.ts';

const DEVSET = path.resolve(import.meta.dirname, '../fixtures/devset/knowledge');

describe("a release's own words", () => {
  it('keeps a word the release builds with a suffix and prints again and again (托管点) whole', async () => {
    const knowledge = await loadKnowledge([path.join(DEVSET, 'r80')]);
    expect(lexiconOf(knowledge).dictionary).toContain('托管点');
    const index = buildKnowledgeIndex(knowledge);
    expect(index.pipeline.queryTerms('今年一共设了多少个托管点').map((t) => t.term)).toContain('托管点');
  });

  it('keeps the districts a release names that jieba cuts apart (泠 江区), and no word that a rank only closes (老旧小区, 今年市)', async () => {
    const knowledge = await loadKnowledge([path.join(DEVSET, 'r97')]);
    const dictionary = lexiconOf(knowledge).dictionary;
    expect(dictionary).toEqual(expect.arrayContaining(['泠江区', '西岭区', '南浦区']));
    expect(dictionary.filter((w) => /^.{2}[区县市镇乡]$/u.test(w) && /^(?:旧小|属地|老城|今年)/u.test(w))).toEqual([]);
    const index = buildKnowledgeIndex(knowledge);
    expect(index.pipeline.queryTerms('泠江区发现了多少问题井盖').map((t) => t.term)).toContain('泠江区');
  });

  it('does not take a pair the release prints once or twice for a word', async () => {
    const knowledge = await loadKnowledge([path.join(DEVSET, 'r80')]);
    // (托管 and 班 meet in “暑期托管班” only in passing.)
    expect(lexiconOf(knowledge).dictionary.filter((w) => /^托管.$/u.test(w))).toEqual(['托管点']);
  });

  it('finds a word jieba cut across in the release (供水管/网 holds 管网), and not one that only meets across words', async () => {
    const knowledge = await loadKnowledge([path.join(DEVSET, 'r54')]);
    const index = buildKnowledgeIndex(knowledge);
    const text = passageTextOf(index.units);
    expect(jieba().cut('老旧供水管网')).not.toContain('管网');
    const across = text.unitsCuttingAcross('管网');
    expect(across.length).toBeGreaterThan(0);
    for (const unitId of across) expect(text.unitText(unitId)).toContain('供水管网');
    // (市民 in 市民政局 is 市 and 民政局: nothing of two characters stands before it.)
    const city = buildKnowledgeIndex(await loadKnowledge([path.join(DEVSET, 'r51')]));
    const cityText = passageTextOf(city.units);
    const onlyBureau = cityText.unitsContaining('市民政局').filter((u) => !cityText.unitText(u).split('市民政局').join('').includes('市民'));
    expect(onlyBureau.length).toBeGreaterThan(0);
    const citizens = cityText.unitsCuttingAcross('市民');
    for (const unitId of onlyBureau) expect(citizens).not.toContain(unitId);
  });

  it('answers a figure question whose noun the release printed inside a word jieba cut otherwise', async () => {
    const engine = await createEngine({ knowledgeDirs: [path.join(DEVSET, 'r54')], cacheDir: false });
    const answer = engine.answer('去年换了多少公里老旧管网');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('136公里');
  });
});

