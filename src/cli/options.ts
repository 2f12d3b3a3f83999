import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Options every command shares: which knowledge folders to load (see `engineConfig` in src/config). */
export const knowledgeOption = { knowledge: { type: 'string', multiple: true } } as const satisfies ParseArgsConfig['options'];

/** Parses a command's arguments, ending the process with a one-line message on an unknown option. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(options: T, args = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}

/** Prints a start-up failure (a broken knowledge file, a missing folder) without a stack trace, and exits 1. */
export function exitOnStartupError(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

/** Splits `--knowledge DIR` / `--knowledge=DIR` (repeatable) out of a command line, for commands with options of their own. */
export function takeKnowledgeArgs(argv: readonly string[]): { dirs: string[]; rest: string[] } {
  const dirs: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--knowledge' && i + 1 < argv.length) dirs.push(argv[++i]!);
    else if (arg.startsWith('--knowledge=')) dirs.push(arg.slice('--knowledge='.length));
    else rest.push(arg);
  }
  return { dirs, rest };
}
