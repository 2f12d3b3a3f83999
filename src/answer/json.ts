import type { Answer } from './types.ts';

/** The JSON shape of one answer on the command line (`ask --json`), one object per line. */
export interface AnswerJson {
  /** The conversation the question was asked in (`ask` input lines may name one); null when asked on its own. */
  conversation: string | null;
  /** The question as typed. */
  question: string;
  /** The whole question a follow-up was understood as (第二阶段呢 → 第二阶段做了什么); null when not a follow-up. */
  understood: string | null;
  answered: boolean;
  band: Answer['band'];
  kind: Answer['kind'];
  script: Answer['script'];
  /** The full text a user would see. */
  answer: string;
  headline: string | null;
  quote: string | null;
  officialQuestion: string | null;
  /** The outlet that asked the official question, when the release names it. */
  askedBy: string | null;
  citation: Answer['citation'] | null;
  suggestions: string[];
  suggestionIds: string[];
  score: number;
  /** A message that asked several things: the answers to its other questions, each with `understood` its question. */
  also: AnswerJson[];
}

/** Converts an answer to its JSON form, with explicit nulls so every line has the same keys. */
export function answerToJson(a: Answer, conversation?: string): AnswerJson {
  return {
    conversation: conversation ?? null,
    question: a.question,
    understood: a.understood ?? null,
    answered: a.answered,
    band: a.band,
    kind: a.kind,
    script: a.script,
    answer: a.text,
    headline: a.headline ?? null,
    quote: a.quote ?? null,
    officialQuestion: a.officialQuestion ?? null,
    askedBy: a.askedBy ?? null,
    citation: a.citation ?? null,
    suggestions: a.suggestions.map((s) => s.text),
    suggestionIds: a.suggestions.map((s) => s.id),
    score: a.score,
    also: (a.also ?? []).map((other) => answerToJson(other, conversation)),
  };
}
