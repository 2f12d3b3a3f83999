import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKnowledge, foldQuestion, type CheckReport } from '../../src/kb/check.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import type { Release } from '../../src/knowledge/schema.ts';

const SEED_FILE = path.join(DEFAULT_KNOWLEDGE_DIR, 'releases/2023-12-29-suzhou-shuangchuanghui.yaml');
const seed = parse(readFileSync(SEED_FILE, 'utf8')) as Release;

/** A knowledge folder in a temp dir: the given release files and a dictionary. */
async function knowledgeDir(releases: Record<string, string>, dictionary: string[] = ['雙創匯']): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-check-'));
  await mkdir(path.join(dir, 'releases'));
  await writeFile(path.join(dir, 'dictionary.yaml'), stringify({ words: dictionary }));
  for (const [name, text] of Object.entries(releases)) await writeFile(path.join(dir, 'releases', name), text);
  return dir;
}

describe('kb check on the shipped knowledge', () => {
  let report: CheckReport;
  beforeAll(async () => {
    report = await checkKnowledge([DEFAULT_KNOWLEDGE_DIR]);
  });

  it('finds no errors, so the bot starts on it (npm test fails here when it would not)', () => {
    expect(report.releases).toBeGreaterThanOrEqual(1);
    expect(report.errors).toEqual([]);
  });

  it('finds no garbling, duplicate questions, figure or date problems in the shipped releases', () => {
    expect(report.warnings.filter((w) => w.file.includes(`${path.sep}releases${path.sep}`))).toEqual([]);
  });
});

describe('kb check errors', () => {
  it('reports every problem of a broken release with its file, line and field', async () => {
    const dir = await knowledgeDir({ 'broken.yaml': 'id: broken\ntitle: 只有標題\ndate: 2023-02-30\n' });
    const { errors } = await checkKnowledge([dir]);
    const file = path.join(dir, 'releases', 'broken.yaml');
    expect(errors).toContainEqual({ file, line: 3, field: 'date', problem: 'not a real calendar date' });
    expect(errors.some((e) => e.file === file && e.field === 'speakers')).toBe(true);
  });
});

describe('kb check warnings', () => {
  let warnings: CheckReport['warnings'];
  let file: string;
  beforeAll(async () => {
    const release: Release = structuredClone(seed);
    release.statements[3]!.text = release.statements[3]!.text.replace('系列活動。現就我市', '系列活動?,F就我市');
    release.qa.push({ question: '您好，請問舉辦安徽“雙創匯”走進宿州系列活動有什麼積極影響？', answer: '見上。' });
    release.qa.push({ question: '請問舉辦“雙創匯”走進宿州系列活動有什么積極的影響?', answer: '見上。' });
    release.figures.push({ label: '路演項目', value: '53', unit: '項', sentence: release.figures[0]!.sentence });
    release.events[0]!.dateText = '去年夏天';
    release.events[2]!.date = '2023-09-31';
    const dir = await knowledgeDir({ 'release.yaml': stringify(release) }, ['雙創匯', '技術需求']);
    file = path.join(dir, 'releases', 'release.yaml');
    const report = await checkKnowledge([dir]);
    expect(report.errors).toEqual([]);
    ({ warnings } = report);
  });

  const about = (field: string) => warnings.filter((w) => w.field === field).map((w) => w.problem);

  it('warns about garbling left in the text, with the repair it would make', () => {
    expect(about('statements[3].text')).toEqual([expect.stringMatching(/^suspected garbling: "系列活動\?,F就我市" \(would become "系列活動。現就我市"\)/u)]);
  });

  it('warns about a duplicate official question and a near-duplicate one', () => {
    expect(about('qa[2].question')).toEqual(['duplicate of qa[0].question']);
    expect(about('qa[3].question')).toEqual([expect.stringMatching(/^near-duplicate of qa\[0\]\.question \(similarity 0\.\d\d\)$/u), expect.stringMatching(/^near-duplicate of qa\[2\]\.question/u)]);
    expect(foldQuestion('您好,請問下一步有什麼謀劃?')).toBe('下一步有什么谋划');
  });

  it('warns about a figure whose value stands in its sentence only inside a longer number', () => {
    expect(about('figures[8].value')).toEqual(['53 appears in its sentence only inside a longer number']);
  });

  it('warns about an event date text that does not parse and a date that is not on the calendar', () => {
    expect(about('events[0].dateText')).toEqual(['"去年夏天" does not parse as a date or a date range']);
    expect(about('events[2].date')).toEqual(['2023-09-31 is not a date on the calendar']);
    expect(about('events[2].dateText')).toEqual(['"2023年9月26日" says 2023-09-26, but date says 2023-09-31']);
  });

  it('warns about a dictionary word nodejieba still splits, with its line in dictionary.yaml', () => {
    const split = warnings.filter((w) => w.file.endsWith('dictionary.yaml'));
    expect(split).toEqual([{ file: expect.stringContaining('dictionary.yaml'), line: 3, field: 'words[1]', problem: 'nodejieba still splits "技術需求" into 技术 / 需求' }]);
  });

  it('locates each release warning on its line', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const w = warnings.find((x) => x.field === 'events[0].dateText')!;
    expect(lines[w.line! - 1]).toContain('dateText: 去年夏天');
  });
});
