/** `npm run eval [-- FILE]`: scores an eval set (default: the public ../shared/eval/questions.json). */
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { createEngine } from '../engine.ts';
import { formatSummary, readEvalQuestions, runEval } from '../eval/score.ts';
import { exitOnStartupError, knowledgeDirs, knowledgeOption, parseCommandLine } from './options.ts';

/** The public eval set, beside the repository in the shared folder. */
export const PUBLIC_EVAL = path.resolve(PROJECT_ROOT, '../shared/eval/questions.json');

const { values, positionals } = parseCommandLine(knowledgeOption);
const file = positionals[0] ?? PUBLIC_EVAL;
const questions = await readEvalQuestions(file).catch(exitOnStartupError);
const engine = await createEngine({ knowledgeDirs: knowledgeDirs(values.knowledge) }).catch(exitOnStartupError);
const summary = runEval(questions, (q) => engine.answer(q));
console.log(formatSummary(summary));
const failures = summary.results.filter((r) => !r.passed);
for (const { question, answer } of failures) {
  const wanted = 'refuse' in question ? 'a refusal' : `one of ${question.expect.map((e) => `“${e}”`).join(' ')}`;
  console.log(`FAIL #${question.id} ${question.q} (wanted ${wanted}; got ${answer.band}/${answer.kind}, score ${answer.score})`);
  console.log(`  ${answer.text.replace(/\n/gu, '\n  ')}`);
}
