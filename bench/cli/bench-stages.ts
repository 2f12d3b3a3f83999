import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildKnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { buildFaqUnits, buildUnits } from '../../src/search/units.ts';
import { jieba } from '../../src/text/jieba.ts';
import { TextPipeline } from '../../src/text/pipeline.ts';
import { fold } from '../../src/text/script.ts';

/** One stage of an index build and the time it took. */
export interface StageTime {
  stage: string;
  ms: number;
}

/**
 * Times the stages of building the index of some knowledge folders, each on its own: reading and validating
 * the files, making units, OpenCC folding, jieba segmentation (the pipeline's tokens less the folding), and
 * MiniSearch insertion (the whole build less the tokens). For the benchmark only: it does the work twice.
 */
export async function measureBuildStages(dirs: string[]): Promise<StageTime[]> {
  jieba();
  const time = <T>(run: () => T): [T, number] => {
    const started = performance.now();
    const value = run();
    return [value, performance.now() - started];
  };
  const loadStarted = performance.now();
  const knowledge = await loadKnowledge(dirs);
  const load = performance.now() - loadStarted;
  const releases = knowledge.releases.map((r) => r.release);
  const [units, unitsMs] = time(() => [...releases.flatMap((r, i) => buildUnits(r, i)), ...buildFaqUnits(knowledge.faq.map((f) => f.entry), releases)]);
  const texts = units.flatMap((u) => [u.keys, u.text, u.context]);
  const [, foldMs] = time(() => texts.forEach((t) => fold(t)));
  const pipeline = new TextPipeline(knowledge);
  const [, tokensMs] = time(() => texts.forEach((t) => pipeline.indexTokens(t)));
  const [, buildMs] = time(() => buildKnowledgeIndex(knowledge));
  return [
    { stage: 'read + validate (yaml, zod)', ms: load },
    { stage: 'units', ms: unitsMs },
    { stage: 'OpenCC folding', ms: foldMs },
    { stage: 'jieba segmentation', ms: Math.max(0, tokensMs - foldMs) },
    { stage: 'MiniSearch insertion and the rest', ms: Math.max(0, buildMs - tokensMs - unitsMs) },
  ];
}
