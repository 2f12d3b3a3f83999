import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveUsageError, parseArchiveArgs } from '../../../bench/archive/command-line.ts';
import { ArchiveOutputError, prepareOutput } from '../../../bench/archive/output.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);
const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));
const tempDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'archive-cli-'));
  made.push(dir);
  return dir;
};

describe('npm run archive', () => {
  it('writes the releases, checks them and says what it wrote and how long it took', async () => {
    const out = path.join(await tempDir(), 'out');
    // Run as npm runs it (through tsx), once: a process start costs a second or two on this machine.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/cli/archive.ts', '--releases', '5', '--out', out, '--seed', '9', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(stdout).toMatch(/wrote 5 release\(s\) to .*releases\/ \(seed 9; \d+ in Traditional\) — [\d.]+ MB in [\d.]+ s/);
    expect(stdout).toContain('checked: 5 release(s) valid');
    expect(stdout).toContain('--knowledge knowledge --knowledge');
    expect(await readdir(path.join(out, 'releases'))).toHaveLength(5);
  });

  it('reads --releases, --out and --seed, with seed 1 by default', () => {
    expect(parseArchiveArgs(['--releases', '1000', '--out', 'tmp/a'])).toEqual({ releases: 1000, out: 'tmp/a', seed: 1, force: false, check: false, help: false });
    expect(parseArchiveArgs(['--releases', '20000', '--out', 'x', '--seed', '4294967295', '--force']).seed).toBe(4294967295);
  });

  it('explains a missing, malformed or out-of-range option', () => {
    const problem = (args: string[]) => {
      try {
        parseArchiveArgs(args);
      } catch (error) {
        expect(error).toBeInstanceOf(ArchiveUsageError);
        return (error as Error).message;
      }
      throw new Error(`expected ${args.join(' ')} to be refused`);
    };
    expect(problem(['--releases', '3'])).toBe('--out DIR is required');
    expect(problem(['--out', 'x'])).toBe('--releases is required');
    expect(problem(['--releases', '20001', '--out', 'x'])).toBe('--releases must be a whole number from 1 to 20000, got "20001"');
    expect(problem(['--releases', '0', '--out', 'x'])).toContain('got "0"');
    expect(problem(['--releases', '1e3', '--out', 'x'])).toContain('got "1e3"');
    expect(problem(['--releases', '5', '--out', 'x', '--seed', '-2'])).toContain('--seed');
    expect(problem(['--releases', '5', '--out', 'x', '--size', '5'])).toContain("Unknown option '--size'");
  });

  it('takes a missing or empty folder, refuses one that holds anything, and with --force replaces only old releases', async () => {
    const parent = await tempDir();
    await prepareOutput(path.join(parent, 'missing'), false);
    const out = path.join(parent, 'out');
    await mkdir(path.join(out, 'releases'), { recursive: true });
    await expect(prepareOutput(path.join(out, 'releases'), false)).resolves.toBeUndefined();

    await writeFile(path.join(out, 'releases', 'old-1.yaml'), 'id: old');
    await writeFile(path.join(out, 'releases', 'old-2.yaml'), 'id: old');
    await writeFile(path.join(out, 'NOTES.txt'), 'kept');
    await expect(prepareOutput(out, false)).rejects.toThrow(/is not empty \(2 entries\); choose an empty folder or pass --force/);
    expect(await readdir(path.join(out, 'releases'))).toHaveLength(2);

    await prepareOutput(out, true);
    expect(await readdir(path.join(out, 'releases'))).toEqual([]);
    expect((await readdir(out)).sort()).toEqual(['NOTES.txt', 'releases']);
    await expect(prepareOutput(path.join(out, 'NOTES.txt'), true)).rejects.toBeInstanceOf(ArchiveOutputError);
  });
});
