import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCsvExport, isJsonExport, textOfCsv, textOfJson } from '../../src/kb/exports.ts';
import { importTranscript } from '../../src/kb/import.ts';
import { ROOT, SEED_TRANSCRIPT } from '../helpers/paths.ts';

const transcript = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/devset/transcripts', `${name}.txt`), 'utf8');
const LAYOUTS = path.join(ROOT, 'test/fixtures/kb/layouts');

describe('kb import of a content API response and a spreadsheet export', () => {
  it('tells a JSON document and a transcript spreadsheet from a transcript copied as text', () => {
    expect(isJsonExport(transcript('r118'))).toBe(true);
    expect(isCsvExport(transcript('r120'))).toBe(true);
    // (Telegram's JSON chat export is JSON too; a page's text is neither.)
    for (const text of [readFileSync(SEED_TRANSCRIPT, 'utf8'), transcript('r115'), transcript('r1')]) {
      expect(isJsonExport(text)).toBe(false);
      expect(isCsvExport(text)).toBe(false);
    }
    for (const file of readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt'))) expect(isCsvExport(readFileSync(path.join(LAYOUTS, file), 'utf8'))).toBe(false);
  });

  it('reads a JSON response as its title, date and source lines, then the HTML it carries as text', () => {
    const text = textOfJson('{"code":0,"data":{"title":"某市献血工作新闻发布会","pubDate":"2025-01-16 16:48","source":"某市政府新闻办","hits":12,"content":"<p>主持人：各位记者，上午好！</p><p>张三：谢谢。&ldquo;献血&rdquo;工作……</p>","attachments":[{"fileName":"名单.pdf"}]}}')!;
    expect(text.split('\n').slice(0, 3)).toEqual(['某市献血工作新闻发布会', '发布时间：2025-01-16 16:48', '来源：某市政府新闻办']);
    expect(text).toContain('张三：谢谢。“献血”工作');
    expect(text).not.toMatch(/<p>|&ldquo;|名单\.pdf/u);
    // (A text that is no JSON document, or no transcript table, is none of theirs.)
    expect(textOfJson('主持人：各位记者，上午好！')).toBeUndefined();
    expect(textOfCsv('主持人：各位记者，上午好！')).toBeUndefined();
  });

  it('reads a spreadsheet as its # lines, then one speech a row, a reporter by their outlet, a repeated row once', () => {
    const csv = [
      '# 标题：某市停车新闻发布会,,,',
      '序号,发言人,身份/职务,内容',
      '1,李四,市政府新闻办副主任,"各位记者，上午好，今天请王五介绍情况。"',
      '2,王五,市城管局局长,"谢谢。一是新增泊位1.2万个，',
      '二是……"',
      '3,王五,市城管局局长,"谢谢。一是新增泊位1.2万个，',
      '二是……"',
      '4,记者,某市日报记者,我是某市日报记者。请问收费怎么定？',
    ].join('\n');
    expect(textOfCsv(csv)!.split('\n')).toEqual(['标题：某市停车新闻发布会', '', '李四：各位记者，上午好，今天请王五介绍情况。', '王五：谢谢。一是新增泊位1.2万个，\n二是……', '某市日报记者：我是某市日报记者。请问收费怎么定？'].join('\n').split('\n'));
  });

  it('imports both into releases with their speakers, statements and Q&A', () => {
    const json = importTranscript(transcript('r118'), 'releases/r118.yaml');
    expect(json.draft.title).toBe('苒州市2024年度无偿献血工作暨冬春季血液保障新闻发布会');
    expect(json.draft.date).toBe('2025-01-16');
    expect(json.draft.statements.length).toBeGreaterThanOrEqual(20);
    expect(json.draft.qa.length).toBeGreaterThanOrEqual(8);
    const csv = importTranscript(transcript('r120'), 'releases/r120.yaml');
    expect(csv.draft.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['聂振华', '覃立伟']));
    expect(csv.draft.statements.length).toBeGreaterThanOrEqual(10);
    expect(csv.draft.qa.length).toBeGreaterThanOrEqual(10);
  });
});
