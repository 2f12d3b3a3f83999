import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../bench/archive/archive.ts';
import { formatSummary, readEvalQuestions, runEval, type EvalQuestion } from '../src/eval/score.ts';
import { createEngine, type Engine } from '../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/files.ts';
import { PUBLIC_EVAL } from './helpers/paths.ts';

const RELEASES = 200;

let engine: Engine;
let questions: EvalQuestion[];

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'archive-eval-'));
  await writeArchive(dir, { releases: RELEASES, seed: 1 });
  engine = await createEngine({ knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR, dir], cacheDir: false });
  questions = await readEvalQuestions(PUBLIC_EVAL);
}, 120_000);

describe(`public eval with ${RELEASES} generated releases loaded beside the seed`, () => {
  it('keeps its floors: the seed still answers its questions and refusals stay refusals', () => {
    expect(engine.releases()).toHaveLength(RELEASES + 1);
    const summary = runEval(questions, (q) => engine.answer(q));
    const failures = summary.results.filter((r) => !r.passed).map((r) => `#${r.question.id} ${r.question.q} → ${r.answer.text}`);
    console.log(formatSummary(summary));
    expect(summary.answerable.passed, failures.join('\n')).toBeGreaterThanOrEqual(28);
    expect(summary.refused.passed, failures.join('\n')).toBe(7);
  });

  it('cites the seed release for the seed\'s own facts', () => {
    for (const q of ['累计签约金额是多少？', '李克强', '下一步对双创汇活动有什么谋划？', '2023年5月23日是什么活动']) {
      expect(engine.answer(q).citation?.releaseId, q).toBe('2023-12-29-suzhou-shuangchuanghui');
    }
  });

  it('answers from a generated release when the question names it', () => {
    const release = engine.releases()[5]!;
    const a = engine.answer(`${release.shortName} 发布时间`);
    expect(a.answered).toBe(true);
    expect(a.citation?.releaseId).toBe(release.id);
    expect(a.headline).toBe(`发布时间：${release.dateText}`);
  });
});
