import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Answer } from '../answer/types.ts';
import { toScript } from '../text/script.ts';

const evalQuestionSchema = z.union([
  z.strictObject({ id: z.union([z.number(), z.string()]), q: z.string(), expect: z.array(z.string()).min(1) }),
  z.strictObject({ id: z.union([z.number(), z.string()]), q: z.string(), refuse: z.literal(true) }),
]);

/** One question of an eval set: either with expected content, or to be refused. */
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** The outcome of one eval question. */
export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  passed: boolean;
}

/** Totals of an eval run. */
export interface EvalSummary {
  answerable: { passed: number; total: number };
  refused: { passed: number; total: number };
  results: EvalResult[];
}

/** Reads and validates an eval file (`[{id, q, expect: [...]}, {id, q, refuse: true}]`). */
export async function readEvalQuestions(file: string): Promise<EvalQuestion[]> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  const parsed = z.array(evalQuestionSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Traditional → Simplified, whitespace removed: the comparison form of the scoring rule. */
function normalise(text: string): string {
  return toScript(text, 'simplified').replace(/\s+/gu, '');
}

/**
 * The public scoring rule: an `expect` question passes when it is answered and the answer text contains one
 * of the expected strings (both sides converted to Simplified, whitespace removed); a `refuse` question passes
 * when it is not answered.
 */
export function scoreAnswer(question: EvalQuestion, answer: Answer): boolean {
  if ('refuse' in question) return !answer.answered;
  const text = comparable(answer.text);
  return answer.answered && question.expect.some((e) => text.includes(comparable(e)));
}

/**
 * Text as the scorer compares it: normalised, and a date written 2024-07-25 (as a page's header may give it,
 * and so an expectation copied from it) read as the 2024年7月25日 the bot answers with: the same content.
 */
function comparable(text: string): string {
  return normalise(text).replace(/(\d{4})-(\d{1,2})-(\d{1,2})/gu, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);
}

/** Answers every question with `answer` and totals the passes. */
export function runEval(questions: readonly EvalQuestion[], answer: (q: string) => Answer): EvalSummary {
  const results = questions.map((question) => {
    const a = answer(question.q);
    return { question, answer: a, passed: scoreAnswer(question, a) };
  });
  const count = (refuse: boolean) => {
    const group = results.filter((r) => ('refuse' in r.question) === refuse);
    return { passed: group.filter((r) => r.passed).length, total: group.length };
  };
  return { answerable: count(false), refused: count(true), results };
}

/** The one-line score, e.g. `answerable 29/29, refused 7/7`. */
export function formatSummary(s: EvalSummary): string {
  return `answerable ${s.answerable.passed}/${s.answerable.total}, refused ${s.refused.passed}/${s.refused.total}`;
}
