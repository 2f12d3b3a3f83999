/**
 * `npm run bench`: prints start-up to first answer (against nodejieba's own dictionary load), warm time per
 * question over the public eval questions, questions per second and peak RSS, for the bundled knowledge.
 * Figures, not assertions: compare them across changes on the same machine.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { createEngine } from '../engine.ts';
import { readEvalQuestions } from '../eval/score.ts';
import { knowledgeDirs, knowledgeOption, parseCommandLine } from './options.ts';

const ROOT = PROJECT_ROOT;
const PUBLIC_EVAL = path.resolve(ROOT, '../shared/eval/questions.json');
const { values } = parseCommandLine({ ...knowledgeOption, rounds: { type: 'string', default: '300' }, starts: { type: 'string', default: '3' } });
const dirs = knowledgeDirs(values.knowledge);
const rounds = Math.max(1, Number(values.rounds));
const starts = Math.max(1, Number(values.starts));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 0)} ms`;

// 1. Start-up, in fresh processes: ours (the bundle npm start runs) and nodejieba alone (plain node).
// npm start runs the esbuild bundle in dist/ (see scripts/build.mjs); measure that, built if stale.
execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
const ours: { firstAnswer: number; jiebaLoad: number; build: number; modulesLoaded: number }[] = [];
const jiebaOnly: number[] = [];
for (let i = 0; i < starts; i++) {
  const out = execFileSync(process.execPath, ['dist/first-answer.mjs', ...dirs.flatMap((d) => ['--knowledge', d])], { cwd: ROOT, encoding: 'utf8' });
  ours.push(JSON.parse(out.trim().split('\n').pop()!));
  const base = execFileSync(process.execPath, ['-e', "const t=performance.now();require('nodejieba').load();console.log(performance.now()-t)"], { cwd: ROOT, encoding: 'utf8' });
  jiebaOnly.push(Number(base.trim()));
}
const firstAnswer = median(ours.map((o) => o.firstAnswer));
const jiebaBaseline = median(jiebaOnly);

// 2. Warm answering, in this process.
const questions = (await readEvalQuestions(PUBLIC_EVAL)).map((q) => q.q);
const engine = await createEngine({ knowledgeDirs: dirs });
for (let i = 0; i < 20; i++) for (const q of questions) engine.answer(q);
const times: number[] = [];
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    const t = performance.now();
    engine.answer(q);
    times.push(performance.now() - t);
  }
}
const elapsed = performance.now() - started;
times.sort((a, b) => a - b);

console.log(`press-qa-bot bench — ${engine.releases().length} release(s), ${questions.length} public questions × ${rounds} rounds, node ${process.version}`);
console.log(`start-up to first answer   ${ms(firstAnswer)}  (median of ${starts}; module loading ${ms(median(ours.map((o) => o.modulesLoaded)))}, nodejieba load ${ms(median(ours.map((o) => o.jiebaLoad)))}, knowledge + index ${ms(median(ours.map((o) => o.build)))})`);
console.log(`nodejieba load alone       ${ms(jiebaBaseline)}  (plain node)  → start-up is ${(firstAnswer / jiebaBaseline).toFixed(2)}× nodejieba's own load`);
console.log(`warm time per question     p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  max ${ms(times[times.length - 1]!)}`);
console.log(`throughput                 ${Math.round(times.length / (elapsed / 1000))} questions/s (one core)`);
console.log(`peak RSS                   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process); first-answer process ${median(ours.map((o) => (o as unknown as { rssMB: number }).rssMB)).toFixed(0)} MB`);
