import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_TRANSCRIPT } from '../helpers/paths.ts';
import { runTs } from '../helpers/spawn.ts';


/** Runs `npm run kb -- …` the way npm does (tsx). */
const kb = (args: string[]) => runTs('src/cli/kb.ts', args);

describe('npm run kb', () => {
  it('imports the seed transcript, prints the repair report with lines, and refuses to overwrite without --force', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'kb-cli-')), 'seed.yaml');
    const args = ['import', SEED_TRANSCRIPT, '--out', out, '--id', '2023-12-29-suzhou-shuangchuanghui'];
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
