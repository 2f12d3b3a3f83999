import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/files.ts';

/** Options every command shares: which knowledge folders to load. */
export const knowledgeOption = { knowledge: { type: 'string', multiple: true } } as const satisfies ParseArgsConfig['options'];

/**
 * The knowledge folders to load: every `--knowledge DIR` given, else `KNOWLEDGE_DIR` (a `:`-separated list),
 * else the bundled `knowledge/`.
 */
export function knowledgeDirs(fromArgs: readonly string[] | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  if (fromArgs && fromArgs.length > 0) return [...fromArgs];
  const fromEnv = (env.KNOWLEDGE_DIR ?? '').split(':').map((d) => d.trim()).filter((d) => d.length > 0);
  return fromEnv.length > 0 ? fromEnv : [DEFAULT_KNOWLEDGE_DIR];
}

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
