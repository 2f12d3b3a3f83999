import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import { ReportOptionError } from '../../src/report/period.ts';
import { runReport } from '../../src/report/run.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { tempDir } from '../log/helpers.ts';
import { seedLog, WEEK } from './seed.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let temp: ReturnType<typeof tempDir>;
let db: string;

beforeAll(async () => {
  temp = tempDir('qa-cli-');
  db = path.join(temp.dir, 'questions.db');
  seedLog(db, await bundledEngine(), WEEK);
});
afterAll(() => temp.cleanup());

/** Runs `npm run report -- ARGS` the way package.json does (tsx src/cli/report.ts), with a clean environment. */
function report(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run report', () => {
  it('prints the report and writes the HTML page and the FAQ drafts in one run', () => {
    const html = path.join(temp.dir, 'out', 'report.html');
    const drafts = path.join(temp.dir, 'out', 'drafts.yaml');
    const { code, stdout, stderr } = report(['--since', 'all', '--html', html, '--export-unanswered', drafts], { QA_LOG_DB: db });
    expect(stderr).toContain(`HTML report written to ${html}`);
    expect(stderr).toContain(`4 draft FAQ entries written to ${drafts}`);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^提问报告：2024-01-05 至 \d{4}-\d{2}-\d{2}（Asia\/Shanghai，\d+ 天）/u);
    expect(stdout).toContain('每日提问（按渠道；只列出有提问的日子）');
    expect(stdout).toMatch(/1\s+4\s+0\/4\s+宿州学院有几个校区/u);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/u);
    expect(existsSync(drafts)).toBe(true);
  });

  it('says in one line where it looked when there is no log yet', () => {
    const missing = path.join(temp.dir, 'nothing-here.db');
    const { code, stdout, stderr } = report(['--db', missing]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`no question log at ${missing}: the bots create it when they answer their first question (QA_LOG_DB or --db says where it is)\n`);
  });

  it('refuses options it cannot read in one line, naming them', async () => {
    expect(report(['--db', db, '--since', 'yesterday'])).toMatchObject({ code: 2, stdout: '', stderr: '--since: "yesterday" is not a period; use 7d, 2w, a date like 2024-01-01, or all\n' });
    expect(report(['--colour'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining("Unknown option '--colour'") });
    // The remaining checks share the code path above; in-process they cost no process start.
    const request = { db, since: '7d', timeZone: 'Asia/Shanghai', knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR], now: Date.now(), warn: () => {} };
    await expect(runReport({ ...request, top: '0' })).rejects.toThrow(new ReportOptionError('--top: "0" is not a whole number from 1 to 1000'));
    await expect(runReport({ ...request, top: 10, timeZone: 'Beijing' })).rejects.toThrow(ReportOptionError);
  });
});
