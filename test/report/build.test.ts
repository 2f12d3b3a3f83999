import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/index.ts';
import { openLogDatabase, openQuestionLog } from '../../src/log/index.ts';
import { buildReport, type Report } from '../../src/report/build.ts';
import { MeaningGrouper } from '../../src/report/grouping.ts';
import { parseSince, queryBounds } from '../../src/report/period.ts';
import { readQuestions } from '../../src/report/read.ts';
import { displayWidth } from '../../src/report/table.ts';
import { renderTextReport } from '../../src/report/text.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { tempDir } from '../log/helpers.ts';
import { seedLog, SEED_SALT, WEEK, WEEK_NOW } from './seed.ts';

let engine: Engine;
let grouper: MeaningGrouper;
let temp: ReturnType<typeof tempDir>;
let file: string;

beforeAll(async () => {
  engine = await bundledEngine();
  grouper = await MeaningGrouper.load();
  temp = tempDir('qa-report-');
  file = path.join(temp.dir, 'questions.db');
  seedLog(file, engine, WEEK);
});
afterAll(() => temp.cleanup());

function report(since = '7d', timeZone = 'Asia/Shanghai', logFile = file, top = 10): Report {
  const period = parseSince(since, WEEK_NOW, timeZone);
  const db = openLogDatabase(logFile, { create: false });
  const { from, to } = queryBounds(period);
  const rows = readQuestions(db, from, to);
  db.close();
  return buildReport(rows, { period, top, now: WEEK_NOW, grouper });
}

describe('the report', () => {
  it('shows the messages read as follow-ups as typed and as understood, and counts them as the question understood', () => {
    const followUps = path.join(temp.dir, 'follow-ups.db');
    seedLog(followUps, engine, [
      { question: '谁作的报告？', at: '2024-01-07T09:00:00+08:00', conversation: 'telegram:1', asker: '1' },
      { question: '他是哪个单位的？', at: '2024-01-07T09:01:00+08:00', conversation: 'telegram:1', asker: '1' },
      { question: '谁作的报告？', at: '2024-01-07T10:00:00+08:00', conversation: 'telegram:2', asker: '2' },
      { question: '他是哪个单位的', at: '2024-01-07T10:01:00+08:00', conversation: 'telegram:2', asker: '2' },
      { question: '他是哪个单位的？', at: '2024-01-07T11:00:00+08:00', conversation: 'telegram:3', asker: '3' },
    ]);
    const r = report('1d', 'Asia/Shanghai', followUps);
    expect(r.followUpCount).toBe(2);
    expect(r.followUps).toEqual([{ typed: '他是哪个单位的', understood: expect.stringMatching(/^李克强是哪个单位的/u), count: 2 }]);
    // Answered as understood: grouped and shown under the question it was read as, not as 他是哪个单位的.
    expect(r.answered.flatMap((g) => g.wordings.map((w) => w.text)).some((w) => w.startsWith('李克强是哪个单位的'))).toBe(true);
    expect(r.answered.flatMap((g) => g.wordings.map((w) => w.text))).not.toContain('他是哪个单位的');
    const text = renderTextReport(r);
    expect(text).toContain('按接上题理解的提问（共 2 条');
    expect(text).toMatch(/他是哪个单位的 +李克强是哪个单位的/u);
  });

  it('counts questions per channel and calendar day in Shanghai, zero days included', () => {
    const { days, channels } = report();
    expect(channels).toEqual(['console', 'telegram', 'wechat']);
    expect(days.map((d) => [d.day, d.byChannel.console, d.byChannel.telegram, d.byChannel.wechat, d.total])).toEqual([
      ['2024-01-01', 0, 0, 0, 0],
      ['2024-01-02', 0, 0, 0, 0],
      ['2024-01-03', 0, 0, 0, 0],
      ['2024-01-04', 0, 0, 0, 0],
      ['2024-01-05', 1, 2, 2, 5],
      ['2024-01-06', 1, 3, 1, 5],
      ['2024-01-07', 1, 2, 1, 4],
    ]);
  });

  it('moves the questions asked just before and after Shanghai midnight when counted in UTC', () => {
    const byDay = Object.fromEntries(report('3d', 'UTC').days.map((d) => [d.day, d.total]));
    expect(byDay).toEqual({ '2024-01-05': 6, '2024-01-06': 4, '2024-01-07': 4 });
  });

  it('leaves out the days before --since', () => {
    const { days, all } = report('1d');
    expect(days.map((d) => d.day)).toEqual(['2024-01-07']);
    expect(all.total).toBe(4);
  });

  it('computes answer, suggest and refuse shares of real questions, with greetings apart', () => {
    const { all, byChannel } = report();
    expect(all).toEqual({ channel: 'all', total: 14, questions: 13, outcomes: { answered: 5, suggested: 1, refused: 7, usage: 1 }, askers: 8 });
    expect(byChannel.map((c) => [c.channel, c.questions, c.outcomes.answered, c.outcomes.suggested, c.outcomes.refused, c.outcomes.usage, c.askers])).toEqual([
      ['console', 2, 0, 1, 1, 1, 0],
      ['telegram', 7, 3, 0, 4, 0, 5],
      ['wechat', 4, 2, 0, 2, 0, 3],
    ]);
  });

  it('lists the most asked unanswered questions grouped by meaning, with counts and an example', () => {
    const { unanswered, unansweredGroups } = report();
    expect(unansweredGroups).toBe(4);
    expect(unanswered.map((g) => [g.wordings.map((w) => w.text), g.count, g.outcomes.suggested, g.outcomes.refused, g.askers])).toEqual([
      [['宿州学院有几个校区', '宿州學院有幾個校區'], 4, 0, 4, 3],
      [['宿州学院的录取分数线是多少', '宿州學院的錄取分數線是多少'], 2, 0, 2, 2],
      [['天气怎么样'], 1, 0, 1, 1],
      [['这次对接活动分成几步走的'], 1, 1, 0, 0],
    ]);
    expect(report('7d', 'Asia/Shanghai', file, 2).unanswered).toHaveLength(2);
  });

  it('lists the most asked answered questions with the release they cite', () => {
    const { answered } = report();
    expect(answered.map((g) => [g.wordings[0]!.text, g.count, g.releases])).toEqual([
      ['签约金额多少', 3, ['2023-12-29-suzhou-shuangchuanghui']],
      ['活动在哪里举办', 1, ['2023-12-29-suzhou-shuangchuanghui']],
      ['累计签约金额是多少', 1, ['2023-12-29-suzhou-shuangchuanghui']],
    ]);
    expect(answered[0]!.wordings.map((w) => w.text)).toEqual(['签约金额多少', '簽約金額是多少', '签约金额是多少']);
  });

  it('marks an unanswered question the bot answers later in the period, and drafts only the ones still open', () => {
    const later = path.join(temp.dir, 'later.db');
    seedLog(later, engine, WEEK);
    // A curator has since filled an answer: the same question is now answered (a release fact stands in for it).
    const log = openQuestionLog({ path: later, salt: SEED_SALT, env: {}, now: () => Date.parse('2024-01-07T12:00:00+08:00') });
    log.record({ channel: 'telegram', chatType: 'private', asker: '1009', answer: { ...engine.answer('累计签约金额是多少？'), question: '宿州学院有几个校区' }, latencyMs: 1 });
    log.close();

    const { unanswered, drafts } = report('7d', 'Asia/Shanghai', later);
    expect(unanswered[0]).toMatchObject({ count: 4, answeredSince: Date.parse('2024-01-07T12:00:00+08:00') });
    expect(drafts.map((g) => g.wordings[0]!.text)).toEqual(['宿州学院的录取分数线是多少', '天气怎么样', '这次对接活动分成几步走的']);
    expect(renderTextReport(report('7d', 'Asia/Shanghai', later))).toMatch(/宿州学院有几个校区 .*01-07 起已能回答/u);
  });

  it('prints the tables with columns aligned for Chinese text', () => {
    const text = renderTextReport(report());
    expect(text).toContain('提问报告：2024-01-01 至 2024-01-07（Asia/Shanghai，7 天）');
    expect(text).toContain('共 14 条消息：提问 13 条，问候/帮助 1 条；提问人 8 位');
    const daily = text.split('\n\n').find((s) => s.startsWith('每日提问'))!.split('\n').slice(1);
    expect(daily).toHaveLength(9); // header, seven days, total
    expect(new Set(daily.map(displayWidth)).size).toBe(1);
    expect(daily.at(-1)).toMatch(/^合计\s+3\s+7\s+4\s+14$/u);
    expect(text).toMatch(/全部\s+13\s+5 \(38\.5%\)\s+1 \(7\.7%\)\s+7 \(53\.8%\)\s+1\s+8/u);
    expect(text).toMatch(/1\s+4\s+0\/4\s+宿州学院有几个校区\s+宿州學院有幾個校區\s+01-07/u);
  });

  it('keeps control characters in questions from reaching the terminal', () => {
    const hostile = path.join(temp.dir, 'hostile.db');
    seedLog(hostile, engine, [{ question: '宿州学院\u001b[2J有几个校区\u0007', at: '2024-01-07T10:00:00+08:00' }]);
    const text = renderTextReport(report('7d', 'Asia/Shanghai', hostile));
    expect(text).toContain('宿州学院 [2J有几个校区');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
  });

  it('reports an empty period plainly', () => {
    const empty = path.join(temp.dir, 'empty.db');
    openLogDatabase(empty).close();
    const text = renderTextReport(report('7d', 'Asia/Shanghai', empty));
    expect(text).toContain('共 0 条消息');
    expect(text.match(/（无）/gu)).toHaveLength(3);
  });
});
