import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/kb/check.ts';
import { charModel } from '../../src/kb/charModel.ts';
import { garbleAt } from '../../src/kb/garble.ts';
import { importTranscript } from '../../src/kb/import.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import type { Release } from '../../src/knowledge/schema.ts';

const SEED_FILE = path.join(DEFAULT_KNOWLEDGE_DIR, 'releases/2023-12-29-suzhou-shuangchuanghui.yaml');
const seed = parse(readFileSync(SEED_FILE, 'utf8')) as Release;

/** The seed's statements, each garbled once as the page did (its first 。 lost its lead byte), run together. */
function garbledParagraph(bytes: number): string {
  const garbled = seed.statements.map(({ text }) => {
    const full = text.replace(/,/gu, '，');
    const at = full.indexOf('。');
    return at >= 0 && at < full.length - 1 ? garbleAt(full, at) : full;
  });
  let paragraph = '';
  for (let i = 0; Buffer.byteLength(paragraph) < bytes; i++) paragraph += garbled[i % garbled.length];
  return paragraph;
}

function transcriptWith(paragraph: string): string {
  return ['宿州市亂碼段落測試新聞發布會', '發布時間:2024年1月5日', '發布單位:宿州市政府新聞辦', '發布地點:宿州市新聞發布廳', '發布摘要:介紹亂碼段落', '發布人:市科技局副局長王慧', '主持人:', paragraph].join('\n');
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

beforeAll(() => {
  charModel(); // built once (about a second), outside the timings
  importTranscript(transcriptWith(garbledParagraph(1024)), 'warm.yaml');
});

// Before the fix a 5 KB paragraph took 2 s and a 40 KB one 49 s: every repair note segmented the whole line and
// rescanned it for quotes. The bounds below are loose on purpose (the machine is shared); quadratic time breaks
// them by far, linear time meets them with room to spare.
describe('kb import and kb check on a long garbled paragraph', () => {
  it('imports a 40 KB garbled paragraph in time linear in its length', () => {
    const small = timed(() => importTranscript(transcriptWith(garbledParagraph(10 * 1024)), 'small.yaml'));
    const large = timed(() => importTranscript(transcriptWith(garbledParagraph(40 * 1024)), 'large.yaml'));
    expect(large.value.notes.length).toBeGreaterThan(3.5 * small.value.notes.length);
    expect(large.value.release?.statements).toHaveLength(1);
    expect(large.ms).toBeLessThan(8 * small.ms + 2000);
    expect(large.ms).toBeLessThan(15_000);
  });

  it('reads a long transcript of many short turns in time linear in its length', () => {
    const turns = (bytes: number) => {
      const lines = ['宿州市问答测试新闻发布会', '发布时间:2024年1月5日', '发布单位:宿州市政府新闻办', '发布人:市科技局副局长王慧', '主持人:', '各位记者朋友，大家好！'];
      for (let i = 0; Buffer.byteLength(lines.join('\n')) < bytes; i++) lines.push(`记者:请问第${i}个项目进展如何？`, '王慧:', `第${i}个项目已完成投资${i}万元。`, '');
      return lines.join('\n');
    };
    const small = timed(() => importTranscript(turns(10 * 1024), 'small.yaml'));
    const large = timed(() => importTranscript(turns(40 * 1024), 'large.yaml'));
    expect(large.value.release?.qa.length).toBeGreaterThan(3.5 * small.value.release!.qa.length);
    expect(large.ms).toBeLessThan(8 * small.ms + 2000);
  });

  it('checks a release holding a 40 KB garbled paragraph in time linear in its length', async () => {
    const dirFor = async (bytes: number) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'kb-linear-'));
      await mkdir(path.join(dir, 'releases'));
      const release = structuredClone(seed);
      release.statements.push({ speaker: '主持人', text: garbledParagraph(bytes) });
      await writeFile(path.join(dir, 'releases', 'garbled.yaml'), stringify(release));
      return dir;
    };
    const [smallDir, largeDir] = [await dirFor(10 * 1024), await dirFor(40 * 1024)];
    let start = performance.now();
    const small = await checkKnowledge([smallDir]);
    const smallMs = performance.now() - start;
    start = performance.now();
    const large = await checkKnowledge([largeDir]);
    const largeMs = performance.now() - start;
    expect(large.errors).toEqual([]);
    expect(large.warnings.length).toBeGreaterThan(3 * small.warnings.length);
    expect(largeMs).toBeLessThan(8 * smallMs + 2000);
    expect(largeMs).toBeLessThan(15_000);
  });
});
