/** One setting the process cannot start with: the variable (or flag) and what is wrong, never its value. */
export interface ConfigProblem {
  variable: string;
  /** A sentence naming the variable, e.g. `PORT: expected a port number 0–65535`. */
  message: string;
}

/**
 * Settings a process cannot start with. The message lists every problem of the section, one per line, each naming
 * its variable and never its value (the most likely one to be wrong is a token); `variable` is the first.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The first variable (or flag) at fault. */
  readonly variable: string;
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    if (problems.length === 0) throw new RangeError('ConfigError: at least one problem is needed');
    super(problems.map((p) => p.message).join('\n'));
    this.problems = problems;
    this.variable = problems[0]!.variable;
  }

  /** One problem as an error. */
  static of(variable: string, message: string): ConfigError {
    return new ConfigError([{ variable, message }]);
  }
}
