import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Answer } from '../answer/types.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/files.ts';
import { projectPath } from '../paths.ts';
import { readEvalQuestions, runEval, type EvalSummary } from './score.ts';

/**
 * The development set (test/fixtures/devset): six releases of our own in six page layouts, beside the bundled
 * one, with questions written by a helper who saw only the release texts. Its questions come in two halves:
 * `tune`, which the code may be tuned on, and `holdout`, scored once at the end of a piece of work.
 */
export const DEVSET_DIR = projectPath('test', 'fixtures', 'devset');

/** The two halves of the development set's questions. */
export type DevsetHalf = 'tune' | 'holdout';

/**
 * How a release's questions are asked: of that release `alone`, of it loaded `beside` the bundled knowledge
 * (as an office adds its next release), or of the whole development set at once (`archive`, seven releases:
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
