import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/index.ts';
import { formatSummary, readEvalQuestions, runEval, type EvalQuestion } from '../src/eval/score.ts';
import { bundledEngine } from './helpers/engine.ts';
import { PUBLIC_EVAL } from './helpers/paths.ts';


let engine: Engine;
let questions: EvalQuestion[];

beforeAll(async () => {
  engine = await bundledEngine();
  questions = await readEvalQuestions(PUBLIC_EVAL);
});

describe('public eval (../shared/eval/questions.json)', () => {
  it('keeps its floors: 29/29 answerable, 7/7 refused (a loss here is seen at once, not only by npm run eval)', () => {
    const summary = runEval(questions, (q) => engine.answer(q));
    const failures = summary.results.filter((r) => !r.passed).map((r) => `#${r.question.id} ${r.question.q} → ${r.answer.text}`);
    console.log(formatSummary(summary));
    expect(summary.answerable.total).toBe(29);
    expect(summary.refused.total).toBe(7);
    expect(summary.answerable.passed, failures.join('\n')).toBe(29);
    expect(summary.refused.passed, failures.join('\n')).toBe(7);
  });

  it('answers in the script of the question', () => {
    for (const q of questions) {
      const a = engine.answer(q.q);
      if (a.answered) expect(a.script).toBe(/[簽項幾徵術發會麼時]/u.test(q.q) ? 'traditional' : 'simplified');
    }
  });
});
