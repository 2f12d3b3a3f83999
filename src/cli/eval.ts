/**
 * `npm run eval [-- FILE]`: scores an eval set (default: the public ../shared/eval/questions.json, or the
 * repository's copy of it when there is no shared folder beside the checkout).
 * `npm run eval -- --devset tune|tune2|holdout [--mode alone|beside|archive] [--conversations] [--verbose]`:
 * scores a set of the development set's questions (see src/eval/devset.ts).
 * `npm run eval -- --devset all [--save FILE] [--against FILE] [--failures FILE]`: every set, each release alone, and
 * every set's conversations, the way a change is checked before it lands: a line per set, the totals, and with
 * `--against` (a run saved with `--save`) every question and conversation that moved.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { publicEvalFile } from '../paths.ts';
import { createEngine, type Engine } from '../engine.ts';
import { compareResults, DEVSET_HALVES, scoreConversations, scoreDevset, scoreEverySet, totalOf, type DevsetHalf, type DevsetMode, type DevsetResults } from '../eval/devset.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/files.ts';
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
  save: { type: 'string' },
  against: { type: 'string' },
  failures: { type: 'string' },
});
if (values.devset === 'all') {
  await runEverySet(values.save, values.against, values.failures);
  process.exit(0);
}
if (values.devset !== undefined && values.conversations) {
  if (!DEVSET_HALVES.includes(values.devset as DevsetHalf)) exitOnStartupError(new Error(`--devset takes all, ${DEVSET_HALVES.join(', ')}`));
  await runConversations(values.devset as DevsetHalf, values.verbose);
  process.exit(0);
}
if (values.devset !== undefined) {
  if (!DEVSET_HALVES.includes(values.devset as DevsetHalf)) exitOnStartupError(new Error(`--devset takes all, ${DEVSET_HALVES.join(', ')}`));
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

/**
 * Engines by the knowledge folders they read, each built once (without the index cache: a development run measures
 * the code, not a cache). `keepOnlyBundled` drops all but the bundled knowledge's, once a set's releases are done with.
 */
function engineCache(): { engineFor: (dirs: string[]) => Promise<Engine>; keepOnlyBundled: () => void } {
  const engines = new Map<string, Promise<Engine>>();
  return {
    engineFor: (dirs) => {
      const key = dirs.join(':');
      if (!engines.has(key)) engines.set(key, createEngine({ knowledgeDirs: dirs, cacheDir: false }).catch(exitOnStartupError));
      return engines.get(key)!;
    },
    keepOnlyBundled: () => {
      for (const key of [...engines.keys()]) if (key !== DEFAULT_KNOWLEDGE_DIR) engines.delete(key);
    },
  };
}

async function runDevset(half: DevsetHalf, modes: DevsetMode[], verbose: boolean | undefined): Promise<void> {
  const { engineFor } = engineCache();
  const scores = await scoreDevset(
    half,
    async (dirs) => {
      const engine = await engineFor(dirs);
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
  const { engineFor } = engineCache();
  const results = await scoreConversations(half, async (dirs) => {
    const engine = await engineFor(dirs);
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

async function runEverySet(save: string | undefined, against: string | undefined, failuresFile: string | undefined): Promise<void> {
  // (The base to compare with is read first: a wrong path is told before minutes of scoring, not after.)
  const before = against === undefined ? undefined : await readFile(against, 'utf8').then((text) => JSON.parse(text) as DevsetResults).catch(exitOnStartupError);
  const { engineFor, keepOnlyBundled } = engineCache();
  // (A set's releases are not asked again: only the bundled knowledge's engine is kept, so memory stays bounded.)
  const { results, totals, failures } = await scoreEverySet(engineFor, keepOnlyBundled);
  const sum = (pick: (t: (typeof totals)[number]) => [number, number]) => totals.reduce<[number, number]>(([p, n], t) => [p + pick(t)[0], n + pick(t)[1]], [0, 0]);
  const show = ([p, n]: [number, number]) => `${p}/${n}`;
  for (const t of totals) console.log(`${t.half.padEnd(10)} answerable ${show(t.answerable)}, refused ${show(t.refused)}, conversations ${show(t.conversations)}`);
  console.log(`total      answerable ${show(sum((t) => t.answerable))}, refused ${show(sum((t) => t.refused))}, conversations ${show(sum((t) => t.conversations))}`);
  if (before !== undefined) {
    const { gained, lost } = compareResults(before, results);
    for (const key of gained) console.log(`gained ${key}`);
    for (const key of lost) console.log(`lost ${key}`);
    console.log(`against ${against}: ${gained.length} gained, ${lost.length} lost`);
  }
  if (save !== undefined) await writeFile(save, JSON.stringify(results));
  if (failuresFile !== undefined) await writeFile(failuresFile, `${failures.join('\n')}\n`);
}

function printFailures(results: readonly EvalResult[]): void {
  for (const { question, answer } of results.filter((r) => !r.passed)) {
    const wanted = 'refuse' in question ? 'a refusal' : `one of ${question.expect.map((e) => `“${e}”`).join(' ')}`;
    console.log(`FAIL #${question.id} ${question.q} (wanted ${wanted}; got ${answer.band}/${answer.kind}, score ${answer.score})`);
    console.log(`  ${answer.text.replace(/\n/gu, '\n  ')}`);
  }
}
