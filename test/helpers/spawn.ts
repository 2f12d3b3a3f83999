import { spawn } from 'node:child_process';
import { ROOT } from './paths.ts';

/** How a spawned command ended. */
export interface CommandOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command in the repository, feeding `stdin`, and resolves when it exits. The question log is off and
 * KNOWLEDGE_DIR unset unless `env` says otherwise, so tests neither write to data/ nor pick up a developer's setup.
 */
export function runCommand(command: string, args: readonly string[], stdin = '', env: Record<string, string> = {}): Promise<CommandOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, KNOWLEDGE_DIR: '', QA_LOG: 'off', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Runs a TypeScript entry point from source, through tsx, as the npm scripts of the dev tools do. */
export function runTs(entry: string, args: readonly string[], stdin = '', env: Record<string, string> = {}): Promise<CommandOutcome> {
  return runCommand(process.execPath, ['--import', 'tsx', entry, ...args], stdin, env);
}
