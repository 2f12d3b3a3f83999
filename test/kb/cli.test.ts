import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_TRANSCRIPT } from '../helpers/paths.ts';
import { checkRelease } from '../../src/knowledge/load.ts';
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
  }, 90_000);

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

describe('npm run kb import of other layouts', () => {
  /** A knowledge folder holding the bundled lexicon and the seed release, to import into and check. */
  async function knowledgeCopy(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-cli-'));
    await mkdir(path.join(dir, 'releases'));
    for (const file of ['dictionary.yaml', 'synonyms.yaml', 'releases/2023-12-29-suzhou-shuangchuanghui.yaml']) await writeFile(path.join(dir, file), await readFile(path.join(ROOT, 'knowledge', file)));
    return dir;
  }

  it('prints what it found (title, date, speakers with posts, counts) and what it left out, and writes a release that loads', async () => {
    const dir = await knowledgeCopy();
    const { code, stdout } = await kb(['import', path.join(ROOT, 'test/fixtures/kb/layouts/ecology-briefing.txt'), '--knowledge', dir, '--id', '2024-09-02-air']);
    expect(code).toBe(0);
    expect(stdout).toContain('  title     国家生态保护部举行2024年9月例行新闻发布会   (title line, line 2)');
    expect(stdout).toContain('  date      2024-09-02   (date line, line 5)');
    expect(stdout).toContain('  place     not stated (left out)');
    expect(stdout).toContain('  speakers  马文涛 (大气环境司司长)');
    expect(stdout).toContain('  host      杨帆 (新闻处处长): cited as 主持人, not a speaker');
    expect(stdout).toContain('  7 statement paragraphs, 2 Q&A pairs, 8 figures, 2 events.');
    expect(stdout).toContain('  line 21   question with no answer (the page ends, or the next turn is not an answer): 请问重污染天气应急减排清单今年有什么变化？');
    const check = await kb(['check', '--knowledge', dir]);
    expect(check.stdout).toMatch(/^2 release files checked: 0 errors/mu);
  }, 60_000);

  it('writes a draft that kb check names when the date is missing, and completes it with --date', async () => {
    const dir = await knowledgeCopy();
    const transcript = path.join(dir, 'undated.txt');
    await writeFile(transcript, '青禾县秋粮收购工作新闻发布会\n发布单位：青禾县人民政府新闻办公室\n冯志强：\n今年全县收购秋粮12.5万吨。\n');
    const first = await kb(['import', transcript, '--knowledge', dir, '--id', 'qinghe-harvest']);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`Wrote a DRAFT, ${path.join(dir, 'releases', 'qinghe-harvest.draft.yaml')}`);
    expect(first.stderr).toContain('  MISSING date: no date of the conference was found');
    const draft = await readFile(path.join(dir, 'releases', 'qinghe-harvest.draft.yaml'), 'utf8');
    expect(draft).toMatch(/^# MISSING date: /mu);
    expect(draft).toContain('今年全县收购秋粮12.5万吨。');

    const checked = await kb(['check', '--knowledge', dir]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`${path.join(dir, 'releases', 'qinghe-harvest.draft.yaml')}: a draft from \`kb import\`: the bots do not load it`);
    expect(checked.stdout).toMatch(/qinghe-harvest\.draft\.yaml:\d+: date: missing: the transcript did not give it/u);
    expect(checked.stdout).toMatch(/^1 release file and 1 draft checked: 2 errors/mu);

    const second = await kb(['import', transcript, '--knowledge', dir, '--id', 'qinghe-harvest', '--date', '2024-11-05']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Removed the earlier draft');
    // (The report shows what the file holds: the date given, not "not found".)
    expect(second.stdout).toContain('  date      2024-11-05   (given with --date)');
    const file = path.join(dir, 'releases', 'qinghe-harvest.yaml');
    expect(checkRelease(file, await readFile(file, 'utf8')).problems).toEqual([]);
  }, 120_000);

  it('stops on a broken dictionary.yaml, naming its file and line, instead of importing without it', async () => {
    const dir = await knowledgeCopy();
    await writeFile(path.join(dir, 'dictionary.yaml'), 'words:\n  - 雙創匯\n  - ""\n');
    const { code, stderr } = await kb(['import', SEED_TRANSCRIPT, '--knowledge', dir, '--id', 'seed-again']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${path.join(dir, 'dictionary.yaml')}:3: words[1]: must not be empty`);
  });
});
