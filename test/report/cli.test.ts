import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import { ReportOptionError } from '../../src/report/period.ts';
import { explainLogProblem, runReport } from '../../src/report/run.ts';
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

  it('refuses a LOG_SALT shorter than 16 characters in one line, like the bots', () => {
    expect(report(['--db', db], { LOG_SALT: 'short-salt' })).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^LOG_SALT must be at least 16 characters; [^\n]+\n$/u) });
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

/** What `npm run report -- --db FILE` says about a log it cannot read, in process: the line and the exit code. */
async function problemWith(file: string): Promise<{ line: string; code: number }> {
  const request = { db: file, since: 'all', timeZone: 'Asia/Shanghai', top: 10, knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR], now: Date.now(), warn: () => {} };
  const error = await runReport(request).then(
    () => expect.fail(`the report read ${file}`),
    (e: unknown) => e,
  );
  if (error instanceof ReportOptionError) return { line: error.message, code: 2 };
  const line = explainLogProblem(error, file);
  if (line === undefined) throw error;
  return { line, code: 1 };
}

/** A copy of the seeded log with the root page of its questions table overwritten, as a failing disk would. */
function damagedCopy(name: string): string {
  const file = path.join(temp.dir, name);
  copyFileSync(db, file);
  const reader = new Database(file, { readonly: true });
  const { rootpage } = reader.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'questions'").get() as { rootpage: number };
  const pageSize = reader.pragma('page_size', { simple: true }) as number;
  reader.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
  return file;
}

describe('npm run report on a log it cannot read', () => {
  it('says in one line, with the path, that a file of random bytes is no log, and exits 1', () => {
    const junk = path.join(temp.dir, 'junk.db');
    writeFileSync(junk, Buffer.from('these bytes were never a database '.repeat(300)));
    const { code, stdout, stderr } = report(['--db', junk]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(`${junk} is damaged, not a readable question log (SQLITE_NOTADB: file is not a database); the bots move a damaged log aside and start a new one when they next write to it, and \`sqlite3 ${junk} .recover\` may save its rows\n`);
  });

  it('refuses a folder by name in one line, and exits 1', () => {
    const folder = path.join(temp.dir, 'a-folder.db');
    mkdirSync(folder);
    expect(report(['--db', folder])).toEqual({ code: 1, stdout: '', stderr: `${folder} is a folder, not a question log file (QA_LOG_DB or --db names the log file)\n` });
  });

  it("says where it looked when the log's folder does not exist", async () => {
    const missing = path.join(temp.dir, 'no', 'such', 'folder', 'questions.db');
    expect(await problemWith(missing)).toEqual({ code: 2, line: `no question log at ${missing}: the bots create it when they answer their first question (QA_LOG_DB or --db says where it is)` });
  });

  it('refuses a device by name and leaves nothing beside it', async () => {
    const journalBefore = existsSync('/dev/null-journal');
    expect(await problemWith('/dev/null')).toEqual({ code: 1, line: '/dev/null is a device or other special file, not a question log file (QA_LOG_DB or --db names the log file)' });
    if (!journalBefore) expect(existsSync('/dev/null-journal')).toBe(false);
  });

  it('says a log with damaged pages is damaged', async () => {
    const damaged = damagedCopy('damaged.db');
    expect(await problemWith(damaged)).toEqual({ code: 1, line: expect.stringMatching(/^\S+damaged\.db is damaged, not a readable question log \(SQLITE_CORRUPT: database disk image is malformed\); the bots move/u) });
  });

  it('says a log it may not read cannot be read', async () => {
    const locked = path.join(temp.dir, 'locked.db');
    copyFileSync(db, locked);
    chmodSync(locked, 0o000);
    // Root reads any file: as root, look as the unprivileged nobody (better-sqlite3 is loaded already).
    const asRoot = process.geteuid?.() === 0;
    if (asRoot) process.seteuid!(65534);
    try {
      expect(await problemWith(locked)).toEqual({ code: 1, line: `${locked} cannot be read (permission denied)` });
    } finally {
      if (asRoot) process.seteuid!(0);
    }
  });
});

