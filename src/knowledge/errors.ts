/** One problem in one knowledge file: where it is and what is wrong. */
export interface KnowledgeProblem {
  /** Path of the file, as given to the loader. */
  file: string;
  /** 1-based line of the offending value, when the file parsed far enough to know it. */
  line?: number;
  /** Dotted path of the field, e.g. `figures[2].value`; empty for the whole file. */
  field: string;
  problem: string;
}

/** Formats a problem as `file:line: field: problem`, the shape editors and CI logs link to. */
export function formatProblem(p: KnowledgeProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.field ? `${where}: ${p.field}: ${p.problem}` : `${where}: ${p.problem}`;
}

/** Bad knowledge data: names every file, field and problem found, so start-up can stop with a useful message. */
export class KnowledgeError extends Error {
  readonly problems: readonly KnowledgeProblem[];

  constructor(problems: KnowledgeProblem[], options?: { cause?: unknown }) {
    const head = problems.length === 1 ? 'a knowledge file is broken' : `${problems.length} problems in the knowledge files`;
    super(`${head}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`, options);
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}
