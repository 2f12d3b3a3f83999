import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportOptionError, startOfDay } from '../../src/report/period.ts';
import { runPurge } from '../../src/report/run.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { ROOT } from '../helpers/paths.ts';
import { readRows, tempDir } from '../log/helpers.ts';
import { seedLog, WEEK, WEEK_NOW } from './seed.ts';

/** Asked only on 2024-01-05 (Shanghai), so its bytes tell whether the purge really removed that day. */
const ONLY_ON_THE_FIFTH = '这是只在一月五日问过的问题';

let temp: ReturnType<typeof tempDir>;
let seeded: string;
beforeAll(async () => {
  temp = tempDir('qa-purge-');
  seeded = path.join(temp.dir, 'seeded.db');
  seedLog(seeded, await bundledEngine(), [...WEEK, { question: ONLY_ON_THE_FIFTH, at: '2024-01-05T12:00:00+08:00', channel: 'console' }]);
});
afterAll(() => temp.cleanup());

/** A fresh copy of the seeded log, so each test purges its own. */
function copy(name: string): string {
  const file = path.join(temp.dir, name);
  copyFileSync(seeded, file);
  return file;
}

/** Whether a text is anywhere in a log's files, free pages and write-ahead log included. */
function onDisk(file: string, text: string): boolean {
  return [file, `${file}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(text)));
}

describe('npm run report -- --purge-before DATE', () => {
  it('deletes the questions asked before that day began where the office is, and leaves no trace of them on disk', () => {
    const file = copy('purge.db');
    expect(onDisk(file, ONLY_ON_THE_FIFTH)).toBe(true);
    const { line, result } = runPurge({ db: file, before: '2024-01-06', timeZone: 'Asia/Shanghai', now: WEEK_NOW });
    expect(result).toEqual({ deleted: 6, remaining: 9, checkpointed: true });
    expect(line).toBe(`deleted 6 questions asked before 2024-01-06 (Asia/Shanghai) from ${file}; 9 questions remain`);
    const firstKept = Date.parse('2024-01-06T00:00:00+08:00');
    expect(readRows(file).every((r) => (r.asked_at as number) >= firstKept)).toBe(true);
    expect(onDisk(file, ONLY_ON_THE_FIFTH)).toBe(false);
  });

  it('refuses a date it cannot read, a date after tomorrow and a log that is not there, in one line each', () => {
    const file = copy('refuse.db');
    const purge = (before: string, db = file) => () => runPurge({ db, before, timeZone: 'Asia/Shanghai', now: WEEK_NOW });
    expect(purge('last week')).toThrow(new ReportOptionError('--purge-before: "last week" is not a date; use YYYY-MM-DD, e.g. 2024-01-01'));
    expect(purge('2024-02-30')).toThrow(ReportOptionError);
    expect(purge('2042-01-01')).toThrow(new ReportOptionError('--purge-before: 2042-01-01 is after tomorrow (2024-01-08); to delete every question, use 2024-01-08'));
    expect(purge('2024-01-06', path.join(temp.dir, 'absent.db'))).toThrow(/^no question log at /u);
    expect(readRows(file)).toHaveLength(15);
  });

  it('runs from the command line on its own, and not together with a report', () => {
    const file = copy('cli.db');
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--db', file, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 60_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    expect(run(['--purge-before', '2024-01-06', '--html', path.join(temp.dir, 'r.html')])).toEqual({ code: 2, stdout: '', stderr: 'report: --purge-before runs on its own; make the report (--html, --export-unanswered) in a separate run\n' });
    expect(run(['--purge-before', '2024-01-07', '--tz', 'UTC'])).toEqual({ code: 0, stdout: `deleted 11 questions asked before 2024-01-07 (UTC) from ${file}; 4 questions remain\n`, stderr: '' });
  });
});

describe('the first moment of a day in a time zone', () => {
  it('is local midnight, on ordinary days and on the day clocks go forward', () => {
    expect(startOfDay('2024-01-06', 'Asia/Shanghai')).toBe(Date.parse('2024-01-06T00:00:00+08:00'));
    expect(startOfDay('2024-01-06', 'UTC')).toBe(Date.parse('2024-01-06T00:00:00Z'));
    expect(startOfDay('2024-03-10', 'America/New_York')).toBe(Date.parse('2024-03-10T00:00:00-05:00'));
    expect(startOfDay('2024-01-06', 'Pacific/Kiritimati')).toBe(Date.parse('2024-01-06T00:00:00+14:00'));
  });
});
