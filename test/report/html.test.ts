import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium, pretestNote } from '../../scripts/chromium.mjs';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import { ringChart } from '../../src/report/charts.ts';
import { runReport, type ReportResult } from '../../src/report/run.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { tempDir } from '../log/helpers.ts';
import { seedLog, WEEK, WEEK_NOW } from './seed.ts';

const HOSTILE = ['<script>alert(1)</script>宿州学院有几个校区', '<img src=x onerror=alert(2)>录取分数线是多少'];

let temp: ReturnType<typeof tempDir>;
let profile: string | undefined;
let context: BrowserContext;
let page: Page;
let result: ReportResult;
const requests: string[] = [];

beforeAll(async () => {
  // Fail, never skip: a report nobody has seen render is not tested.
  // Debian's chromium package, which `npm test` installs first (scripts/pretest.mjs) when it is missing.
  const executable = findChromium();
  if (executable === undefined)
    throw new Error(`Chromium is not installed (looked for ${CHROMIUM_CANDIDATES.join(', ')}), so the HTML report cannot be checked. ${pretestNote() ?? 'npm test installs it before the tests (scripts/pretest.mjs); run npm test, or apt-get install chromium.'}`);
  temp = tempDir('qa-html-');
  const db = path.join(temp.dir, 'questions.db');
  seedLog(db, await bundledEngine(), [...WEEK, ...HOSTILE.map((question) => ({ question, at: '2024-01-07T11:00:00+08:00' }))]);
  result = await runReport({ db, since: '7d', timeZone: 'Asia/Shanghai', top: 10, html: path.join(temp.dir, 'report.html'), knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR], now: WEEK_NOW, warn: () => {} });

  profile = mkdtempSync(path.join(tmpdir(), 'qa-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(result.htmlFile!).href);
}, 60_000);

afterAll(async () => {
  await context?.close();
  temp?.cleanup();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** Width and height of every element matching a selector, as laid out. */
async function sizes(selector: string): Promise<{ width: number; height: number; value: number }[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((e) => {
      const box = e.getBoundingClientRect();
      return { width: box.width, height: box.height, value: Number(e.getAttribute('data-value')) };
    }),
  );
}

describe('the HTML report in headless Chromium', () => {
  it('draws one bar per day, each as tall as its count', async () => {
    const bars = await sizes('svg.chart-days rect.bar');
    expect(bars.map((b) => b.value)).toEqual(result.report.days.map((d) => d.total));
    expect(bars.map((b) => b.value)).toEqual([0, 0, 0, 0, 5, 5, 6]);
    for (const bar of bars.filter((b) => b.value > 0)) expect(bar.width).toBeGreaterThan(0);
    const [tallest, shorter] = [bars[6]!, bars[4]!];
    expect(tallest.height / shorter.height).toBeCloseTo(6 / 5, 1);
    expect(bars[0]!.height).toBe(0);
  });

  it('draws one arc per outcome share, with shares that add up to the whole', async () => {
    const arcs = await sizes('svg.chart-outcomes path.share');
    const { outcomes } = result.report.all;
    expect(arcs.map((a) => a.value)).toEqual([outcomes.answered, outcomes.suggested, outcomes.refused]);
    for (const arc of arcs) expect(arc.width * arc.height).toBeGreaterThan(0);
    const shares = await page.$$eval('svg.chart-outcomes path.share', (paths) => paths.map((p) => Number(p.getAttribute('data-share'))));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });

  it('draws a whole ring when every question had the same outcome', async () => {
    const single = await context.newPage();
    await single.setContent(`<!doctype html><body style="margin:0">${ringChart([{ label: '已回答', value: 3, color: '#2e7d32' }, { label: '拒答', value: 0, color: '#b0245f' }], 'test')}</body>`);
    const arcs = await single.$$eval('path.share', (paths) => paths.map((p) => p.getBoundingClientRect()).map((b) => ({ width: b.width, height: b.height })));
    await single.close();
    expect(arcs).toHaveLength(1);
    expect(arcs[0]!.width).toBeGreaterThan(100);
    expect(arcs[0]!.height).toBeCloseTo(arcs[0]!.width, 0);
  });

  it('shows the same tables as the text report', async () => {
    expect(await page.locator('#table-daily tbody tr').count()).toBe(8);
    expect(await page.locator('#table-rates tbody tr').count()).toBe(4);
    const firstMiss = await page.locator('#table-unanswered tbody tr').first().innerText();
    expect(firstMiss).toContain('宿州学院有几个校区');
    expect(firstMiss).toContain('宿州學院有幾個校區');
    expect(await page.locator('#table-answered tbody tr').first().innerText()).toContain('签约金额多少');
  });

  it('shows questions that look like markup as text and runs nothing', async () => {
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    const text = await page.locator('#unanswered').innerText();
    for (const question of HOSTILE) expect(text).toContain(question);
    expect(readFileSync(result.htmlFile!, 'utf8')).not.toContain('<script>');
  });

  it('is one self-contained page that loads nothing else', () => {
    expect(requests).toEqual([pathToFileURL(result.htmlFile!).href]);
  });
});
