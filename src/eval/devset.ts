import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Answer } from '../answer/types.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/files.ts';
import { projectPath } from '../paths.ts';
import { z } from 'zod';
import { readEvalQuestions, runEval, scoreAnswer, type EvalSummary } from './score.ts';

/**
 * The development set (test/fixtures/devset): releases of our own in varied page layouts, beside the bundled
 * one, with questions written by helpers who saw only the release texts. Its questions come in sets: `tune`
 * and `tune2` (and the spent `holdout` … `holdout5` and `tune4`), which the code may be tuned on; each held-out set
 * was scored once at the end of a piece of work, and the next round needs a fresh one.
 */
export const DEVSET_DIR = projectPath('test', 'fixtures', 'devset');

/** Every set's name, for command lines. */
export const DEVSET_HALVES = ['tune', 'tune2', 'holdout', 'holdout2', 'holdout3', 'tune4', 'holdout4', 'holdout5', 'tune5', 'holdout6', 'tune6', 'holdout7', 'holdout8', 'tune7', 'holdout9', 'tune8', 'holdout10', 'tune9', 'holdout11', 'tune10', 'holdout12', 'tune11', 'holdout13', 'tune12', 'holdout14', 'tune13', 'holdout15', 'tune14', 'holdout16', 'tune15', 'holdout17', 'tune16', 'holdout18', 'tune17', 'holdout19', 'tune18', 'holdout20', 'tune19', 'holdout21', 'tune20', 'holdout22', 'tune21', 'holdout23', 'tune22', 'holdout24', 'tune23', 'holdout25', 'tune24', 'holdout26', 'tune25', 'holdout27', 'tune26', 'holdout28', 'tune27', 'holdout29', 'tune28', 'holdout30', 'tune29', 'holdout31', 'tune30', 'holdout32', 'tune31', 'holdout33', 'tune32', 'tune33', 'holdout34', 'holdout35'] as const;

/** The sets of the development set's questions. */
export type DevsetHalf = (typeof DEVSET_HALVES)[number];

/**
 * How a release's questions are asked: of that release `alone`, of it loaded `beside` the bundled knowledge
 * (as an office adds its next release), or of the whole development set at once (`archive`, every release of it:
 * questions that name no release then go to the newest, so this mode measures choosing between releases too).
 */
export type DevsetMode = 'alone' | 'beside' | 'archive';

/** The score of one release's questions in one mode. */
export interface DevsetScore {
  release: string;
  mode: DevsetMode;
  summary: EvalSummary;
}

/** The knowledge folder of a development release (`seed` is the bundled knowledge). */
export function devsetKnowledge(release: string): string {
  return release === 'seed' ? DEFAULT_KNOWLEDGE_DIR : path.join(DEVSET_DIR, 'knowledge', release);
}

/** Every knowledge folder of the development set with the bundled one, as one archive. */
export async function devsetArchive(): Promise<string[]> {
  const releases = (await readdir(path.join(DEVSET_DIR, 'knowledge'))).sort();
  return [DEFAULT_KNOWLEDGE_DIR, ...releases.map(devsetKnowledge)];
}

/** The question files of a half, by release: `seed.json`, `r1.json` … (conversations are scored elsewhere). */
export async function devsetQuestionFiles(half: DevsetHalf): Promise<{ release: string; file: string }[]> {
  const dir = path.join(DEVSET_DIR, 'questions', half);
  return (await readdir(dir))
    .filter((f) => /^(?:seed|r\d+)\.json$/u.test(f))
    .sort()
    .map((f) => ({ release: f.replace(/\.json$/u, ''), file: path.join(dir, f) }));
}

/**
 * Scores a half of the development set in the given modes. `engineFor` builds (or reuses) an engine for a list
 * of knowledge folders and returns its answer function.
 */
export async function scoreDevset(
  half: DevsetHalf,
  engineFor: (dirs: string[]) => Promise<(q: string) => Answer>,
  modes: readonly DevsetMode[] = ['alone', 'beside', 'archive'],
): Promise<DevsetScore[]> {
  const files = await devsetQuestionFiles(half);
  const archive = modes.includes('archive') ? await devsetArchive() : [];
  const scores: DevsetScore[] = [];
  for (const { release, file } of files) {
    const questions = await readEvalQuestions(file);
    for (const mode of modes) {
      const dirs = mode === 'alone' || release === 'seed' ? [devsetKnowledge(release)] : mode === 'beside' ? [DEFAULT_KNOWLEDGE_DIR, devsetKnowledge(release)] : archive;
      scores.push({ release, mode, summary: runEval(questions, await engineFor(dirs)) });
    }
  }
  return scores;
}

/** Sums the scores of one mode. */
export function totalOf(scores: readonly DevsetScore[], mode: DevsetMode): { answerable: [number, number]; refused: [number, number] } {
  const of = scores.filter((s) => s.mode === mode);
  const sum = (pick: (s: EvalSummary) => { passed: number; total: number }) =>
    of.reduce<[number, number]>(([p, t], s) => [p + pick(s.summary).passed, t + pick(s.summary).total], [0, 0]);
  return { answerable: sum((s) => s.answerable), refused: sum((s) => s.refused) };
}

const conversationSchema = z.array(
  z.union([
    z.strictObject({ id: z.string(), release: z.string(), turns: z.array(z.string()).min(2), expect: z.array(z.string()).min(1) }),
    z.strictObject({ id: z.string(), release: z.string(), turns: z.array(z.string()).min(2), refuse: z.literal(true) }),
  ]),
);

/** One scripted conversation of the development set: its turns, and what its last answer must hold. */
export type DevsetConversation = z.infer<typeof conversationSchema>[number];

/** The result of one conversation: passed when its last turn is answered as the eval rule says. */
export interface ConversationResult {
  conversation: DevsetConversation;
  mode: 'alone' | 'beside';
  last: Answer;
  passed: boolean;
}

/** Reads a half's conversations (`conversations.json`). */
export async function readConversations(half: DevsetHalf): Promise<DevsetConversation[]> {
  const file = path.join(DEVSET_DIR, 'questions', half, 'conversations.json');
  return conversationSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/**
 * Plays each conversation of a half turn by turn through `converse` (one conversation id per script), with its
 * release alone and beside the bundled one, and scores the last turn with the public rule.
 */
export async function scoreConversations(
  half: DevsetHalf,
  engineFor: (dirs: string[]) => Promise<(conversation: string, q: string) => Answer>,
): Promise<ConversationResult[]> {
  const results: ConversationResult[] = [];
  for (const conversation of await readConversations(half)) {
    for (const mode of ['alone', 'beside'] as const) {
      const dirs = mode === 'alone' || conversation.release === 'seed' ? [devsetKnowledge(conversation.release)] : [DEFAULT_KNOWLEDGE_DIR, devsetKnowledge(conversation.release)];
      const converse = await engineFor(dirs);
      const id = `${half}:${mode}:${conversation.id}`;
      let last: Answer | undefined;
      for (const turn of conversation.turns) last = converse(id, turn);
      const question = 'refuse' in conversation ? { id: conversation.id, q: '', refuse: true as const } : { id: conversation.id, q: '', expect: conversation.expect };
      results.push({ conversation, mode, last: last!, passed: scoreAnswer(question, last!) });
    }
  }
  return results;
}

/** Every set's questions and conversations (each release alone), as `set/release/id` → passed: see {@link scoreEverySet}. */
export type DevsetResults = Record<string, boolean>;

/** One set's totals in a run over every set. */
export interface SetTotals {
  half: DevsetHalf;
  answerable: [passed: number, total: number];
  refused: [passed: number, total: number];
  /** The last turns right alone, and their number. */
  conversations: [passed: number, total: number];
}

/**
 * Scores every set the way a change is checked before it lands: each release alone, and each set's conversations
 * alone and beside the bundled knowledge. Returns each question's and conversation's outcome by a stable key (for
 * {@link compareResults}), each set's totals, and a line per failure (set/release/id, question, what was wanted, the
 * reply's band and its first line). `engineFor` builds or reuses an engine; `done` is told when a set is finished, so
 * the caller may drop the engines of its releases.
 */
export async function scoreEverySet(
  engineFor: (dirs: string[]) => Promise<{ answer: (q: string) => Answer; converse: (conversation: string, q: string) => Answer }>,
  done: (half: DevsetHalf) => void = () => {},
  halves: readonly DevsetHalf[] = DEVSET_HALVES,
): Promise<{ results: DevsetResults; totals: SetTotals[]; failures: string[] }> {
  const results: DevsetResults = {};
  const totals: SetTotals[] = [];
  const failures: string[] = [];
  const firstLine = (a: Answer) => a.text.split('\n').find((l) => l.trim().length > 0) ?? '';
  for (const half of halves) {
    const scores = await scoreDevset(half, async (dirs) => { const e = await engineFor(dirs); return (q) => e.answer(q); }, ['alone']);
    const set: SetTotals = { half, ...totalOf(scores, 'alone'), conversations: [0, 0] };
    for (const { release, summary } of scores) {
      for (const r of summary.results) {
        const key = `${half}/${release}/${r.question.id}`;
        results[key] = r.passed;
        if (!r.passed) failures.push(`${key}\t${r.question.q}\t${'refuse' in r.question ? 'refuse' : r.question.expect.join('|')}\t${r.answer.band}/${r.answer.kind}\t${firstLine(r.answer)}`);
      }
    }
    for (const r of await scoreConversations(half, async (dirs) => { const e = await engineFor(dirs); return (c, q) => e.converse(c, q); })) {
      results[`${half}/conversation/${r.mode}/${r.conversation.id}`] = r.passed;
      if (r.mode !== 'alone') continue;
      set.conversations[1]++;
      if (r.passed) set.conversations[0]++;
      else failures.push(`${half}/conversation/${r.conversation.id}\t${r.conversation.turns.join(' → ')}\t${'refuse' in r.conversation ? 'refuse' : r.conversation.expect.join('|')}\t${r.last.band}/${r.last.kind}\t${firstLine(r.last)}`);
    }
    totals.push(set);
    done(half);
  }
  return { results, totals, failures };
}

/** What moved between two runs over every set: the keys that pass now and did not, and the other way round. */
export function compareResults(before: DevsetResults, now: DevsetResults): { gained: string[]; lost: string[] } {
  const moved = Object.keys(now).filter((key) => key in before && before[key] !== now[key]);
  return { gained: moved.filter((key) => now[key]), lost: moved.filter((key) => !now[key]) };
}
