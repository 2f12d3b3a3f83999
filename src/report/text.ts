import type { Report, ChannelOutcomes } from './build.ts';
import { FULL_DAILY_TABLE_DAYS, percent, tableDays } from './build.ts';
import type { QuestionGroup } from './grouping.ts';
import { channelLabel, OUTCOME_LABELS, shortDay } from './labels.ts';
import { dayKey } from './period.ts';
import { renderTable, terminalSafe, truncate } from './table.ts';

/** Widest a question example may be in a terminal table, in cells. */
const EXAMPLE_WIDTH = 36;
const ALTERNATES_WIDTH = 30;

/** Renders the report as plain text for a terminal: a heading, then four tables. */
export function renderTextReport(report: Report): string {
  const sections = [
    heading(report),
    `每日提问（按渠道${report.days.length > FULL_DAILY_TABLE_DAYS ? '；只列出有提问的日子' : ''}）\n${dailyTable(report)}`,
    `回答情况（比例按提问计算，不含问候/帮助）\n${outcomeTable(report)}`,
    `未能回答的问题（按含义合并${report.groupedByMeaning ? '' : '：知识库未能加载，只按文字合并'}；共 ${report.unansweredGroups} 组，列出前 ${report.unanswered.length} 组）\n${unansweredTable(report)}`,
    `最常被问到的已回答问题（接上题的提问按理解后的问题计）\n${answeredTable(report)}`,
    `按接上题理解的提问（共 ${report.followUpCount} 条；原话 → 理解为，读错的会在这里看出来）\n${followUpTable(report)}`,
  ];
  return `${sections.join('\n\n')}\n`;
}

function heading(report: Report): string {
  const { all } = report;
  const dayCount = report.days.length;
  return [
    `提问报告：${report.firstDay} 至 ${report.lastDay}（${report.timeZone}，${dayCount} 天）`,
    `共 ${all.total} 条消息：提问 ${all.questions} 条，问候/帮助 ${all.outcomes.usage} 条；提问人 ${all.askers} 位（按加盐哈希计，不含未记录者）。`,
  ].join('\n');
}

function dailyTable(report: Report): string {
  const headers = ['日期', ...report.channels.map(channelLabel), '合计'];
  const rows = tableDays(report).map((d) => [d.day, ...report.channels.map((c) => String(d.byChannel[c] ?? 0)), String(d.total)]);
  rows.push(['合计', ...report.byChannel.map((c) => String(c.total)), String(report.all.total)]);
  return renderTable(headers, rows, headers.map((_, i) => (i === 0 ? 'left' : 'right')));
}

function outcomeTable(report: Report): string {
  const headers = ['渠道', '提问', OUTCOME_LABELS.answered, OUTCOME_LABELS.suggested, OUTCOME_LABELS.refused, OUTCOME_LABELS.usage, '提问人'];
  const row = (c: ChannelOutcomes) => [
    channelLabel(c.channel),
    String(c.questions),
    share(c.outcomes.answered, c.questions),
    share(c.outcomes.suggested, c.questions),
    share(c.outcomes.refused, c.questions),
    String(c.outcomes.usage),
    String(c.askers),
  ];
  return renderTable(headers, [...report.byChannel.map(row), row(report.all)], headers.map((_, i) => (i === 0 ? 'left' : 'right')));
}

function unansweredTable(report: Report): string {
  if (report.unanswered.length === 0) return '（无）';
  const headers = ['#', '次数', '建议/拒答', '问题示例', '其他问法', '最近', '备注'];
  const rows = report.unanswered.map((g, i) => [
    String(i + 1),
    String(g.count),
    `${g.outcomes.suggested}/${g.outcomes.refused}`,
    example(g),
    alternates(g),
    shortDay(dayKey(g.lastAsked, report.timeZone)),
    g.answeredSince === undefined ? '' : `${shortDay(dayKey(g.answeredSince, report.timeZone))} 起已能回答`,
  ]);
  return renderTable(headers, rows, ['right', 'right', 'right', 'left', 'left', 'left', 'left']);
}

function answeredTable(report: Report): string {
  if (report.answered.length === 0) return '（无）';
  const headers = ['#', '次数', '问题示例', '其他问法', '引用发布会'];
  const rows = report.answered.map((g, i) => [String(i + 1), String(g.count), example(g), alternates(g), terminalSafe(g.releases.join(', '))]);
  return renderTable(headers, rows, ['right', 'right', 'left', 'left', 'left']);
}

function followUpTable(report: Report): string {
  if (report.followUps.length === 0) return '（无）';
  const headers = ['#', '次数', '原话', '理解为'];
  const rows = report.followUps.map((f, i) => [String(i + 1), String(f.count), truncate(terminalSafe(f.typed), ALTERNATES_WIDTH), truncate(terminalSafe(f.understood), EXAMPLE_WIDTH)]);
  return renderTable(headers, rows, ['right', 'right', 'left', 'left']);
}

function example(group: QuestionGroup): string {
  return truncate(terminalSafe(group.wordings[0]?.text ?? ''), EXAMPLE_WIDTH);
}

function alternates(group: QuestionGroup): string {
  const others = group.wordings.slice(1).map((w) => terminalSafe(w.text));
  if (others.length === 0) return '';
  const first = truncate(others[0]!, ALTERNATES_WIDTH - 6);
  return others.length > 1 ? `${first}（+${others.length - 1}）` : first;
}

function share(part: number, whole: number): string {
  return `${part} (${percent(part, whole).toFixed(1)}%)`;
}
