import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run kb -- …` the way npm does (tsx), and resolves with its exit code and output. */
function kb(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/kb.ts', ...args], { cwd: ROOT, env: { ...process.env, KNOWLEDGE_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run kb', () => {
  it('imports the seed transcript, prints the repair report with lines, and refuses to overwrite without --force', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'kb-cli-')), 'seed.yaml');
    const args = ['import', '/work/shared/seed/000_4da47e4cf363369f.txt', '--out', out, '--id', '2023-12-29-suzhou-shuangchuanghui'];
    const first = await kb(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('line 17   repaired   系列活動?,F就我市 → 系列活動。現就我市');
    expect(first.stdout).toContain('line 19   separator  “雙創匯”?宿州“科創心連心” → “雙創匯”·宿州“科創心連心”');
    expect(first.stdout).toContain('line 22   FLAG       和企業?;顒庸灿嬚骷夹g需求112項 → 和企業。活動共計征技術需求112項');
    expect(first.stdout).toContain('1 flag to settle before the release goes live');
    expect(await readFile(out, 'utf8')).toContain('id: 2023-12-29-suzhou-shuangchuanghui');
    const again = await kb(args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists (pass --force');
  });

  it('checks a knowledge folder, printing file:line: field: problem and exiting 1 on errors', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-cli-'));
    await mkdir(path.join(dir, 'releases'));
    await writeFile(path.join(dir, 'releases', 'bad.yaml'), 'id: bad-release\ntitle: 只有標題\ndate: 2023-02-30\n');
    const { code, stdout } = await kb(['check', '--knowledge', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path.join(dir, 'releases', 'bad.yaml')}:3: date: not a real calendar date`);
    expect(stdout).toMatch(/^1 release file checked: \d+ errors, 0 warnings\.$/mu);
  });
});
