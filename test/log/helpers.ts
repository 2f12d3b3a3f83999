import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Answer } from '../../src/index.ts';
import type { QuestionLogLogger } from '../../src/log/index.ts';
import { bundledEngine } from '../helpers/engine.ts';

/** Real answers of every band, from the real engine on the bundled knowledge. */
export interface SampleAnswers {
  answered: Answer;
  suggested: Answer;
  refused: Answer;
  usage: Answer;
}

/** Asks the real engine one question of each band. */
export async function sampleAnswers(): Promise<SampleAnswers> {
  const engine = await bundledEngine();
  const answers = {
    answered: engine.answer('累计签约金额是多少？'),
    suggested: engine.answer('这次对接活动分成几步走的'),
    refused: engine.answer('宿州学院的录取分数线是多少'),
    usage: engine.answer('你好'),
  };
  // The tests below rely on these bands; say so plainly if the engine's judgement ever moves.
  for (const [band, answer] of Object.entries({ answer: answers.answered, suggest: answers.suggested, refuse: answers.refused, usage: answers.usage }))
    if (answer.band !== band) throw new Error(`sample question "${answer.question}" is now ${answer.band}, not ${band}`);
  return answers;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'qa-log-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A logger that keeps what it is told. */
export function recordingLogger(): QuestionLogLogger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, warn: (m) => warnings.push(m), info: (m) => infos.push(m) };
}

/** A settable clock, in Unix milliseconds. */
export function fakeClock(start = Date.parse('2024-01-07T10:00:00+08:00')): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

/** The rows of a log file, read with a connection of its own as the report would. */
export function readRows(file: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM questions ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** Waits one turn of the event loop, when the log writes what was recorded. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
