import type { Outcome } from '../log/entry.ts';
import { percent, tableDays, type ChannelOutcomes, type Report } from './build.ts';
import { barChart, ringChart } from './charts.ts';
import { escapeHtml } from './escape.ts';
import type { QuestionGroup } from './grouping.ts';
import { channelLabel, OUTCOME_LABELS, shortDay } from './labels.ts';
import { dayKey, formatMoment } from './period.ts';

/** Colours of the outcomes in charts and tables; readable by the colour-blind (green/orange/red-purple differ in lightness too). */
export const OUTCOME_COLORS: Record<Outcome, string> = { answered: '#2e7d32', suggested: '#ef8f00', refused: '#b0245f', usage: '#9e9e9e' };

// The page loads nothing: no script, no font, no image from anywhere. The policy makes that a guarantee,
// so even a question that slipped past escaping could not run or fetch anything.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.period, .note, footer { color: #555; } table { border-collapse: collapse; margin: .6rem 0; } caption { text-align: left; color: #555; }
th, td { border-bottom: 1px solid #eee; padding: .25rem .6rem; text-align: left; vertical-align: top; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart { width: 100%; max-width: 45rem; height: auto; display: block; } .chart-outcomes { max-width: 30rem; }
.bar { fill: #3f6fb5; } .axis { stroke: #999; } .chart text { font-size: 11px; fill: #444; text-anchor: middle; } .chart .axis-max { text-anchor: end; }
.chart .legend { text-anchor: start; font-size: 13px; } .share { fill: none; stroke-width: 30; } .later { color: #2e7d32; } .alt { color: #666; font-size: .9em; }
`;

/** Renders the report as one self-contained HTML page: inline CSS and SVG, no script, readable offline. */
export function renderHtmlReport(report: Report): string {
  const title = `提问报告 ${report.firstDay} 至 ${report.lastDay}`;
  const { all } = report;
  const days = report.days.map((d) => ({ label: shortDay(d.day), value: d.total, title: `${d.day}：${d.total} 条` }));
  const slices = (['answered', 'suggested', 'refused'] as const).map((o) => ({ label: OUTCOME_LABELS[o], value: all.outcomes[o], color: OUTCOME_COLORS[o] }));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>提问报告</h1>
<p class="period">${escapeHtml(`${report.firstDay} 至 ${report.lastDay}（${report.timeZone}，${report.days.length} 天）`)}</p>
<p class="summary">${escapeHtml(`共 ${all.total} 条消息：提问 ${all.questions} 条，问候/帮助 ${all.outcomes.usage} 条；提问人 ${all.askers} 位（按加盐哈希计）。`)}</p>

<section id="per-day">
<h2>每日提问</h2>
${barChart(days, '每日提问数')}
${dailyTable(report)}
</section>

<section id="outcomes">
<h2>回答情况</h2>
<p class="note">比例按提问计算，不含问候/帮助。</p>
${ringChart(slices, '回答情况占比')}
${outcomeTable(report)}
</section>

<section id="unanswered">
<h2>未能回答的问题</h2>
<p class="note">${escapeHtml(`按含义合并${report.groupedByMeaning ? '' : '（知识库未能加载，只按文字合并）'}；共 ${report.unansweredGroups} 组，列出前 ${report.unanswered.length} 组。用 npm run report -- --export-unanswered 文件.yaml 导出为 FAQ 草稿。`)}</p>
${unansweredTable(report)}
</section>

<section id="answered">
<h2>最常被问到的已回答问题</h2>
<p class="note">接上题的提问按理解后的问题计。</p>
${answeredTable(report)}
</section>

<section id="follow-ups">
<h2>按接上题理解的提问</h2>
<p class="note">${escapeHtml(`共 ${report.followUpCount} 条。原话 → 理解为：读错的会在这里看出来。`)}</p>
${followUpTable(report)}
</section>

<footer>${escapeHtml(`生成于 ${formatMoment(report.generatedAt, report.timeZone)}（${report.timeZone}）；提问人只以加盐哈希记录，从不记录姓名或平台账号。`)}</footer>
</body>
</html>
`;
}

function dailyTable(report: Report): string {
  const head = ['日期', ...report.channels.map(channelLabel), '合计'];
  const rows = tableDays(report).map((d) => [d.day, ...report.channels.map((c) => d.byChannel[c] ?? 0), d.total]);
  rows.push(['合计', ...report.byChannel.map((c) => c.total), report.all.total]);
  return table('daily', head, rows, head.map((_, i) => i).slice(1));
}

function outcomeTable(report: Report): string {
  const head = ['渠道', '提问', OUTCOME_LABELS.answered, OUTCOME_LABELS.suggested, OUTCOME_LABELS.refused, OUTCOME_LABELS.usage, '提问人'];
  const row = (c: ChannelOutcomes) => [
    channelLabel(c.channel),
    c.questions,
    share(c.outcomes.answered, c.questions),
    share(c.outcomes.suggested, c.questions),
    share(c.outcomes.refused, c.questions),
    c.outcomes.usage,
    c.askers,
  ];
  return table('rates', head, [...report.byChannel.map(row), row(report.all)], [1, 2, 3, 4, 5, 6]);
}

function unansweredTable(report: Report): string {
  if (report.unanswered.length === 0) return '<p class="none">（无）</p>';
  const head = ['#', '次数', '建议/拒答', '问题示例', '其他问法', '最近', '备注'];
  const rows = report.unanswered.map((g, i) => [
    i + 1,
    g.count,
    `${g.outcomes.suggested}/${g.outcomes.refused}`,
    g.wordings[0]?.text ?? '',
    { html: alternates(g) },
    dayKey(g.lastAsked, report.timeZone),
    { html: g.answeredSince === undefined ? '' : `<span class="later">${escapeHtml(`${dayKey(g.answeredSince, report.timeZone)} 起已能回答`)}</span>` },
  ]);
  return table('unanswered', head, rows, [0, 1, 2]);
}

function answeredTable(report: Report): string {
  if (report.answered.length === 0) return '<p class="none">（无）</p>';
  const head = ['#', '次数', '问题示例', '其他问法', '引用发布会'];
  const rows = report.answered.map((g, i) => [i + 1, g.count, g.wordings[0]?.text ?? '', { html: alternates(g) }, g.releases.join(', ')]);
  return table('answered', head, rows, [0, 1]);
}

function followUpTable(report: Report): string {
  if (report.followUps.length === 0) return '<p class="none">（无）</p>';
  const rows = report.followUps.map((f, i) => [i + 1, f.count, f.typed, f.understood]);
  return table('follow-ups', ['#', '次数', '原话', '理解为'], rows, [0, 1]);
}

/** A cell: text and numbers are escaped; `{ html }` is markup this module built from escaped parts. */
type Cell = string | number | { html: string };

/** A table; columns listed in `numberColumns` are right-aligned. */
function table(id: string, head: readonly string[], rows: readonly (readonly Cell[])[], numberColumns: readonly number[]): string {
  const isNumberColumn = head.map((_, i) => numberColumns.includes(i));
  const th = head.map((h, i) => `<th${isNumberColumn[i] ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((cell, i) => `<td${isNumberColumn[i] ? ' class="n"' : ''}>${typeof cell === 'object' ? cell.html : escapeHtml(String(cell))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table id="table-${id}">\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function alternates(group: QuestionGroup): string {
  return group.wordings
    .slice(1, 6)
    .map((w) => `<span class="alt">${escapeHtml(w.text)}${w.count > 1 ? ` ×${w.count}` : ''}</span>`)
    .join('<br>')
    .concat(group.wordings.length > 6 ? `<br><span class="alt">${escapeHtml(`等 ${group.wordings.length - 1} 种问法`)}</span>` : '');
}

function share(part: number, whole: number): string {
  return `${part} (${percent(part, whole).toFixed(1)}%)`;
}
