import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readRows, tempDir } from './helpers.ts';

const WRITER = path.join(import.meta.dirname, 'fixtures', 'writer.ts');
let temp: ReturnType<typeof tempDir>;
afterEach(() => temp?.cleanup());

interface Writer {
  /** Resolves when a paced writer is waiting for `go`. */
  ready: Promise<void>;
  /** Lets a paced writer start. */
  go(): void;
  /** Every index the child printed, in order. */
  printed: number[];
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
  /** Resolves once the child has printed at least this many indexes. */
  printedAtLeast(n: number): Promise<void>;
}

function startWriter(file: string, count: number | 'forever', tag: string, paceMs?: number): Writer {
  const args = [WRITER, file, String(count), tag, ...(paceMs === undefined ? [] : [String(paceMs)])];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let ready: () => void;
  const writer: Writer = {
    ready: new Promise<void>((resolve) => (ready = resolve)),
    go: () => child.stdin.end('go\n'),
    printed: [],
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    kill: () => child.kill('SIGKILL'),
    printedAtLeast: (n) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (writer.printed.length >= n) resolve();
        };
        child.stdout.on('data', check);
        child.on('exit', () => (writer.printed.length >= n ? resolve() : reject(new Error(`writer exited after ${writer.printed.length} questions: ${writer.stderr}`))));
        check();
      }),
  };
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line === 'ready') ready();
      else writer.printed.push(Number(line));
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (writer.stderr += chunk));
  return writer;
}

describe('the question log across processes', () => {
  it('loses at most the question in flight when the bot process is killed', async () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const writer = startWriter(file, 'forever', 'k');
    await writer.printedAtLeast(150);
    writer.kill();
    expect(await writer.exited).toEqual({ code: null, signal: 'SIGKILL' });

    // The child printed each index after record() returned; everything printed before the last index was
    // written in an earlier turn, so only the last printed one may be missing.
    const lastPrinted = writer.printed.at(-1)!;
    const questions = readRows(file).map((r) => r.question);
    expect(questions.length).toBeGreaterThanOrEqual(lastPrinted);
    expect(questions.length).toBeLessThanOrEqual(lastPrinted + 1);
    expect(questions).toEqual(Array.from({ length: questions.length }, (_, i) => `k ${i}`));
    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(writer.stderr).toBe('');
  });

  it('writes every question when three bot processes write to one log at once', async () => {
    temp = tempDir();
    const file = path.join(temp.dir, 'questions.db');
    const writers = ['a', 'b', 'c'].map((tag) => startWriter(file, 200, tag, 1));
    await Promise.all(writers.map((w) => w.ready));
    for (const writer of writers) writer.go();
    const exits = await Promise.all(writers.map((w) => w.exited));
    expect(exits).toEqual(writers.map(() => ({ code: 0, signal: null })));
    expect(writers.map((w) => w.stderr)).toEqual(['', '', '']);

    const questions = readRows(file).map((r) => r.question as string);
    expect(questions).toHaveLength(600);
    // Rows in insertion order switch writer many times: the three really wrote at the same time.
    const switches = questions.filter((q, i) => i > 0 && q[0] !== questions[i - 1]![0]).length;
    expect(switches).toBeGreaterThan(20);
    for (const tag of ['a', 'b', 'c'])
      expect(questions.filter((q) => q.startsWith(`${tag} `)).sort()).toEqual(Array.from({ length: 200 }, (_, i) => `${tag} ${i}`).sort());
  });
});
