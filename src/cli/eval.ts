/**
 * `npm run eval [-- FILE]`: scores an eval set (default: the public ../shared/eval/questions.json, or the
 * repository's copy of it when there is no shared folder beside the checkout).
 * `npm run eval -- --devset tune|tune2|holdout [--mode alone|beside|archive] [--conversations] [--verbose]`:
 * scores a set of the development set's questions (see src/eval/devset.ts).
 */
import { publicEvalFile } from '../paths.ts';
import { createEngine } from '../engine.ts';
import { DEVSET_HALVES, scoreConversations, scoreDevset, totalOf, type DevsetHalf, type DevsetMode } from '../eval/devset.ts';
import { formatSummary, readEvalQuestions, runEval, type EvalResult } from '../eval/score.ts';
import { engineConfig, readEnvironment } from '../config/index.ts';
import { exitOnStartupError, knowledgeOption, parseCommandLine } from './options.ts';

/** The public eval set, beside the repository in the shared folder (or the repository's copy of it). */
export const PUBLIC_EVAL = publicEvalFile();

const { values, positionals } = parseCommandLine({
  ...knowledgeOption,
  devset: { type: 'string' },
  mode: { type: 'string', multiple: true },
  conversations: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
});
if (values.devset !== undefined && values.conversations) {
  if (!DEVSET_HALVES.includes(values.devset as DevsetHalf)) exitOnStartupError(new Error(`--devset takes ${DEVSET_HALVES.join(', ')}`));
  await runConversations(values.devset as DevsetHalf, values.verbose);
  process.exit(0);
}
if (values.devset !== undefined) {
  if (!DEVSET_HALVES.includes(values.devset as DevsetHalf)) exitOnStartupError(new Error(`--devset takes ${DEVSET_HALVES.join(', ')}`));
  const modes = (values.mode ?? ['alone', 'beside', 'archive']) as DevsetMode[];
  if (modes.some((m) => !['alone', 'beside', 'archive'].includes(m))) exitOnStartupError(new Error('--mode takes alone, beside or archive'));
  await runDevset(values.devset as DevsetHalf, modes, values.verbose);
  process.exit(0);
}
const file = positionals[0] ?? PUBLIC_EVAL;
const questions = await readEvalQuestions(file).catch(exitOnStartupError);
const config = (() => {
  try {
    return engineConfig(readEnvironment(), values.knowledge);
  } catch (error) {
    return exitOnStartupError(error);
  }
})();
const engine = await createEngine({ knowledgeDirs: config.knowledgeDirs, cacheDir: config.cacheDir }).catch(exitOnStartupError);
const summary = runEval(questions, (q) => engine.answer(q));
console.log(formatSummary(summary));
printFailures(summary.results);

async function runDevset(half: DevsetHalf, modes: DevsetMode[], verbose: boolean | undefined): Promise<void> {
  const engines = new Map<string, ReturnType<typeof createEngine>>();
  const scores = await scoreDevset(
    half,
    async (dirs) => {
      const key = dirs.join(':');
      if (!engines.has(key)) engines.set(key, createEngine({ knowledgeDirs: dirs, cacheDir: false }));
      const engine = await engines.get(key)!.catch(exitOnStartupError);
      return (q) => engine.answer(q);
    },
    modes,
  );
  for (const s of scores) {
    console.log(`${s.release.padEnd(5)} ${s.mode.padEnd(8)} ${formatSummary(s.summary)}`);
    if (verbose) printFailures(s.summary.results);
  }
  for (const mode of modes) {
    const { answerable: [ap, at], refused: [rp, rt] } = totalOf(scores, mode);
    console.log(`total ${mode.padEnd(8)} answerable ${ap}/${at} (${Math.round((100 * ap) / at)}%), refused ${rp}/${rt} (${Math.round((100 * rp) / rt)}%)`);
  }
}

async function runConversations(half: DevsetHalf, verbose: boolean | undefined): Promise<void> {
  const engines = new Map<string, ReturnType<typeof createEngine>>();
  const results = await scoreConversations(half, async (dirs) => {
    const key = dirs.join(':');
    if (!engines.has(key)) engines.set(key, createEngine({ knowledgeDirs: dirs, cacheDir: false }));
    const engine = await engines.get(key)!.catch(exitOnStartupError);
    return (conversation, q) => engine.converse(conversation, q);
  });
  for (const mode of ['alone', 'beside'] as const) {
    const of = results.filter((r) => r.mode === mode);
    const passed = of.filter((r) => r.passed).length;
    console.log(`conversations ${mode.padEnd(6)} last turn right ${passed}/${of.length} (${Math.round((100 * passed) / of.length)}%)`);
  }
  if (verbose) {
    for (const r of results.filter((x) => !x.passed && x.mode === 'alone')) {
      const wanted = 'refuse' in r.conversation ? 'a refusal' : `one of ${r.conversation.expect.map((e) => `“${e}”`).join(' ')}`;
      console.log(`FAIL ${r.conversation.id} ${r.conversation.turns.join(' → ')} (wanted ${wanted}; got ${r.last.band})`);
      console.log(`  ${r.last.text.replace(/\n/gu, '\n  ')}`);
    }
  }
}

function printFailures(results: readonly EvalResult[]): void {
  for (const { question, answer } of results.filter((r) => !r.passed)) {
    const wanted = 'refuse' in question ? 'a refusal' : `one of ${question.expect.map((e) => `“${e}”`).join(' ')}`;
    console.log(`FAIL #${question.id} ${question.q} (wanted ${wanted}; got ${answer.band}/${answer.kind}, score ${answer.score})`);
    console.log(`  ${answer.text.replace(/\n/gu, '\n  ')}`);
  }
}
