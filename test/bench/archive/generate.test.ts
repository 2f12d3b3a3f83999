import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArchive, SEED_FACTS, writeArchive, type GeneratedRelease } from '../../../bench/archive/archive.ts';
import { SEED_LIKE_TOPICS, TOPICS } from '../../../bench/archive/topics/index.ts';
import { CITIES } from '../../../bench/archive/wordlists.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../../src/knowledge/load.ts';
import { releaseSchema } from '../../../src/knowledge/schema.ts';

// One archive of 2,000 releases, generated once (no files, no loading) for the checks that need scale.
let archive: GeneratedRelease[];
beforeAll(() => {
  archive = [...generateArchive({ releases: 2000, seed: 1 })];
});

/** The topic slug in a release id (`2019-01-17-qingyuan-elderly-care`, or with a `-2` suffix). */
const topicOf = (g: GeneratedRelease) => TOPICS.find((t) => new RegExp(`-${t.slug}(-\\d+)?$`).test(g.release.id))!.slug;

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'archive-'));
  made.push(dir);
  return dir;
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n))] as const)));
}

describe('the generated archive', () => {
  it('writes 50 releases that all validate when loaded beside the bundled knowledge', async () => {
    const out = await tempDir();
    const summary = await writeArchive(out, { releases: 50, seed: 7 });
    expect(summary.releases).toBe(50);
    expect(await readdir(summary.releasesDir)).toHaveLength(50);
    expect(await readdir(out)).toEqual(['releases']); // no lexicon files: the bundled lexicon serves

    const knowledge = await loadKnowledge([out, DEFAULT_KNOWLEDGE_DIR]);
    expect(knowledge.releases).toHaveLength(51);
    expect(knowledge.releases.map((r) => r.release.id)).toContain('2023-12-29-suzhou-shuangchuanghui');
    expect(knowledge.dictionary).toContain('雙創匯');
  });

  it('names each file after its release id, which starts with the release date', () => {
    for (const g of archive.slice(0, 200)) {
      expect(g.fileName).toBe(`${g.release.id}.yaml`);
      expect(g.release.id.startsWith(`${g.release.date}-`)).toBe(true);
    }
  });

  it('writes byte-identical files for the same seed and count, and different files for another seed', async () => {
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    await writeArchive(a, { releases: 20, seed: 42 });
    await writeArchive(b, { releases: 20, seed: 42 });
    await writeArchive(c, { releases: 20, seed: 43 });
    const [filesA, filesB, filesC] = await Promise.all([filesOf(path.join(a, 'releases')), filesOf(path.join(b, 'releases')), filesOf(path.join(c, 'releases'))]);
    expect([...filesA.keys()]).toEqual([...filesB.keys()]);
    for (const [name, bytes] of filesA) expect(bytes.equals(filesB.get(name)!)).toBe(true);
    const same = [...filesA].filter(([name, bytes]) => filesC.get(name)?.equals(bytes)).length;
    expect(same).toBe(0);
  });

  it('generates the same first releases whatever the archive size, so archives of growing size nest', () => {
    const small = [...generateArchive({ releases: 30, seed: 1 })];
    expect(small.map((g) => g.yaml)).toEqual(archive.slice(0, 30).map((g) => g.yaml));
  });

  it('gives 2,000 releases 2,000 distinct ids that the schema accepts', () => {
    const ids = archive.map((g) => g.release.id);
    expect(new Set(ids).size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{2,63}$/);
  });

  it('spreads releases over many cities, every topic, every year from 2015 to 2023 and both scripts', () => {
    const titles = archive.map((g) => g.release.title);
    const cities = new Set(CITIES.filter((c) => titles.some((t) => t.startsWith(`${c.name}市`))).map((c) => c.name));
    expect(cities.size).toBeGreaterThan(100);
    expect(new Set(archive.map(topicOf))).toEqual(new Set(TOPICS.map((t) => t.slug)));
    expect(new Set(archive.map((g) => Number(g.release.date.slice(0, 4))))).toEqual(new Set([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]));
    // The archive is the office's past: every release predates the seed release (2023-12-29).
    expect(archive.every((g) => g.release.date < '2023-12-29')).toBe(true);
    const traditional = archive.filter((g) => g.script === 'traditional');
    expect(traditional.length / archive.length).toBeGreaterThan(0.1);
    expect(traditional.length / archive.length).toBeLessThan(0.2);
    for (const g of traditional) expect(g.release.title.endsWith('新聞發布會')).toBe(true);
    for (const g of archive.filter((x) => x.script === 'simplified')) expect(g.release.title.endsWith('新闻发布会')).toBe(true);
    // Both punctuation habits: the seed's half-width commas and the common full-width ones.
    expect(archive.some((g) => g.release.statements[0]!.text.includes(','))).toBe(true);
    expect(archive.some((g) => g.release.statements[0]!.text.includes('，'))).toBe(true);
  });

  it('varies speakers, offices, sections, questions, events and figures within the schema', () => {
    const speakerCounts = new Set(archive.map((g) => g.release.speakers.length));
    expect(speakerCounts).toEqual(new Set([1, 2, 3]));
    expect(new Set(archive.map((g) => g.release.office.replace(/^.*?市/, ''))).size).toBeGreaterThan(2);
    const problems = archive.flatMap(({ release }) => {
      const sections = release.statements.flatMap((p) => (p.section ? [p.section] : []));
      const wrong = [
        sections.length < 2 && 'fewer than two sections',
        !sections[0]?.startsWith('一、') && 'the first section is not numbered 一、',
        release.statements[0]?.speaker !== '主持人' && 'the host does not open',
        release.qa.length === 0 && 'no questions',
        release.events.length === 0 && 'no events',
        release.figures.length === 0 && 'no figures',
        release.media.length < 2 && 'fewer than two media',
      ];
      return wrong.filter((w): w is string => typeof w === 'string').map((w) => `${release.id}: ${w}`);
    });
    expect(problems).toEqual([]);
  });

  it('quotes every figure in a statement sentence that holds its value', () => {
    // Problems are collected and compared once: 10,000 expect() calls would be most of this file's time.
    const problems: string[] = [];
    let figures = 0;
    for (const { release } of archive) {
      const paragraphs = release.statements.map((p) => p.text);
      for (const f of release.figures) {
        figures++;
        if (!f.sentence.includes(`${f.value}${f.unit}`)) problems.push(`${release.id}: ${f.value}${f.unit} not in "${f.sentence}"`);
        if (!paragraphs.some((p) => p.includes(f.sentence))) problems.push(`${release.id}: figure sentence not in any statement: ${f.sentence}`);
      }
    }
    expect(problems).toEqual([]);
    expect(figures).toBeGreaterThan(4000);
  });

  it('tells every event in a statement sentence that begins with its printed date, and dates it to match', () => {
    const problems: string[] = [];
    let events = 0;
    for (const { release } of archive) {
      const paragraphs = release.statements.map((p) => p.text);
      for (const e of release.events) {
        events++;
        const [year, month, day] = e.date.split('-').map(Number);
        const printed = `${year}年${month}月${day === undefined ? '' : `${day}日`}`;
        if (!paragraphs.some((p) => p.includes(e.description))) problems.push(`${release.id}: event not in any statement: ${e.description}`);
        if (!e.description.startsWith(e.dateText)) problems.push(`${release.id}: "${e.description}" does not begin with ${e.dateText}`);
        if (!e.dateText.startsWith(printed)) problems.push(`${release.id}: ${e.dateText} does not print ${e.date}`);
        if (!(e.date < release.date)) problems.push(`${release.id}: event ${e.date} is not before the release`);
        if (e.endDate !== undefined && !(e.endDate > e.date && e.endDate < release.date)) problems.push(`${release.id}: event ends ${e.endDate}`);
      }
    }
    expect(problems).toEqual([]);
    expect(events).toBeGreaterThan(3000);
  });

  it('never prints the seed release’s own facts, names or numbers', () => {
    expect(SEED_FACTS).toEqual(expect.arrayContaining(['535.35', '双创汇', '雙創匯', '科创心连心', '科創心連心', '李克强', '李克強', '宿州学院', '宿州學院', '江淮汽车', '江淮汽車']));
    const leaks = archive.flatMap((g) => SEED_FACTS.filter((fact) => g.yaml.includes(fact)).map((fact) => `${g.fileName}: ${fact}`));
    expect(leaks).toEqual([]);
    const speakers = new Set(archive.flatMap((g) => g.release.speakers.map((s) => s.name)));
    expect(['王慧', '李黎', '李克强', '李克強'].filter((name) => speakers.has(name))).toEqual([]);
    expect(speakers.size).toBeGreaterThan(3000);
  });

  it('shares the seed’s vocabulary in enough releases to make them hard distractors', () => {
    const count = (words: string[]) => archive.filter((g) => words.some((w) => g.yaml.includes(w))).length;
    expect(count(['市科技局'])).toBeGreaterThan(50);
    expect(count(['签约', '簽約'])).toBeGreaterThan(100);
    expect(count(['技术需求', '技術需求'])).toBeGreaterThan(50);
    expect(count(['走访企业', '走訪企業'])).toBeGreaterThan(30);
    for (const neighbour of ['宿迁', '亳州', '滁州', '淮北', '徐州']) expect(archive.some((g) => g.release.title.startsWith(neighbour))).toBe(true);
  });

  it('has a few releases about 宿州 itself, on other topics and other days than the seed', () => {
    const suzhou = archive.filter((g) => g.release.id.includes('-suzhou-') && !g.release.id.includes('-suzhou-jiangsu-'));
    expect(suzhou.length).toBeGreaterThanOrEqual(5);
    expect(suzhou.length).toBeLessThan(100);
    for (const g of suzhou) {
      expect(g.release.title).toMatch(/^宿州市/);
      expect(SEED_LIKE_TOPICS.has(topicOf(g))).toBe(false);
      expect(g.release.date).not.toBe('2023-12-29');
    }
  });

  it('writes YAML that parses back to exactly the release it was made from', () => {
    const differing = archive.slice(0, 150).filter((g) => JSON.stringify(releaseSchema.parse(parse(g.yaml))) !== JSON.stringify(g.release));
    expect(differing.map((g) => g.fileName)).toEqual([]);
  });

  it('refuses an archive size or seed outside the allowed range', () => {
    expect(() => generateArchive({ releases: 0 }).next()).toThrow(/releases must be a whole number from 1 to 20000, got 0/);
    expect(() => generateArchive({ releases: 20_001 }).next()).toThrow(RangeError);
    expect(() => generateArchive({ releases: 1.5 }).next()).toThrow(RangeError);
    expect(() => generateArchive({ releases: 1, seed: -1 }).next()).toThrow(/seed must be a whole number/);
  });
});
