/**
 * Child process of `npm run bench`: answers the public questions for many rounds on a warm engine and prints
 * p50/p99 per question, questions per second and peak RSS as one JSON line.
 */
import { createEngine } from '../../src/engine.ts';
import { readEvalQuestions } from '../../src/eval/score.ts';
import { engineConfig, readEnvironment } from '../../src/config/index.ts';
import { knowledgeOption, parseCommandLine } from '../../src/cli/options.ts';

const { values } = parseCommandLine({ ...knowledgeOption, questions: { type: 'string' }, rounds: { type: 'string', default: '100' } });
const questions = (await readEvalQuestions(values.questions!)).map((q) => q.q);
const config = engineConfig(readEnvironment(), values.knowledge);
const engine = await createEngine({ knowledgeDirs: config.knowledgeDirs, cacheDir: config.cacheDir });
for (let i = 0; i < 10; i++) for (const q of questions) engine.answer(q);
const times: number[] = [];
const started = performance.now();
for (let r = 0; r < Number(values.rounds); r++) {
  for (const q of questions) {
    const t = performance.now();
    engine.answer(q);
    times.push(performance.now() - t);
  }
}
const elapsed = performance.now() - started;
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(JSON.stringify({ p50: at(50), p99: at(99), max: times.at(-1), qps: times.length / (elapsed / 1000), rssMB: process.resourceUsage().maxRSS / 1024 }));
