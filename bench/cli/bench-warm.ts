/**
 * Child process of `npm run bench`: answers the public questions for many rounds on a warm engine and prints
 * p50/p99 per question, questions per second, peak RSS, and how many answers took over 2 ms with how many of
 * those overlapped a garbage collection, as one JSON line. (On a shared machine much of the tail is time the
 * process was not running; the collections tell the code's share from the machine's. Per-answer CPU time would
 * too, but the kernel counts it in scheduler ticks of several milliseconds.)
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { createEngine } from '../../src/engine.ts';
import { readEvalQuestions } from '../../src/eval/score.ts';
import { engineConfig, readEnvironment } from '../../src/config/index.ts';
import { knowledgeOption, parseCommandLine } from '../../src/cli/options.ts';

const { values } = parseCommandLine({ ...knowledgeOption, questions: { type: 'string' }, rounds: { type: 'string', default: '100' }, warmup: { type: 'string', default: '50' } });
const questions = (await readEvalQuestions(values.questions!)).map((q) => q.q);
const config = engineConfig(readEnvironment(), values.knowledge);
const engine = await createEngine({ knowledgeDirs: config.knowledgeDirs, cacheDir: config.cacheDir });
// Warm: a bot that has answered a couple of thousand questions has its hot code optimised by V8; before that,
// compilations and deoptimisations set the slowest times (with 10 rounds, most answers over 2 ms came in the
// first 1,400 measured).
for (let i = 0; i < Number(values.warmup); i++) for (const q of questions) engine.answer(q);
const times: number[] = [];
const starts: number[] = [];
const collections: { start: number; end: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, end: e.startTime + e.duration });
});
observer.observe({ entryTypes: ['gc'] });
const started = performance.now();
for (let r = 0; r < Number(values.rounds); r++) {
  for (const q of questions) {
    const t = performance.now();
    engine.answer(q);
    times.push(performance.now() - t);
    starts.push(t);
  }
}
const elapsed = performance.now() - started;
// (The observer is told of collections after the fact, in a later turn of the event loop.)
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
const SLOW_MS = 2;
const slow = times.flatMap((d, i) => (d > SLOW_MS ? [{ start: starts[i]!, end: starts[i]! + d }] : []));
const slowInCollection = slow.filter((s) => collections.some((g) => g.end >= s.start && g.start <= s.end)).length;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
console.log(
  JSON.stringify({
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: Math.max(...times),
    answers: times.length,
    over2ms: slow.length,
    over2msInCollection: slowInCollection,
    collections: collections.length,
    qps: times.length / (elapsed / 1000),
    rssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
