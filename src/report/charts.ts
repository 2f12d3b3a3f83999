import { escapeHtml } from './escape.ts';

/** One bar: its label under the axis, its value, and the tooltip. */
export interface Bar {
  label: string;
  value: number;
  title: string;
}

/** One slice of a ring chart. */
export interface Slice {
  label: string;
  value: number;
  color: string;
}

const WIDTH = 720;
const HEIGHT = 240;
const MARGIN = { top: 20, right: 12, bottom: 36, left: 40 };

/**
 * An inline SVG bar chart, one `rect.bar` per bar (zero-height for zero), value labels above bars and
 * every n-th axis label so a long period stays legible.
 */
export function barChart(bars: readonly Bar[], caption: string): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(1, step * 0.7);
  const labelEvery = Math.ceil(bars.length / 14);
  const showValues = bars.length <= 31;
  const parts: string[] = [];
  bars.forEach((bar, i) => {
    const height = (bar.value / max) * plotHeight;
    const x = MARGIN.left + i * step + (step - barWidth) / 2;
    const y = MARGIN.top + plotHeight - height;
    parts.push(
      `<rect class="bar" x="${fixed(x)}" y="${fixed(y)}" width="${fixed(barWidth)}" height="${fixed(height)}" data-label="${escapeHtml(bar.label)}" data-value="${bar.value}"><title>${escapeHtml(bar.title)}</title></rect>`,
    );
    if (showValues && bar.value > 0) parts.push(`<text class="value" x="${fixed(x + barWidth / 2)}" y="${fixed(y - 4)}">${bar.value}</text>`);
    if (i % labelEvery === 0) parts.push(`<text class="axis-label" x="${fixed(x + barWidth / 2)}" y="${HEIGHT - MARGIN.bottom + 16}">${escapeHtml(bar.label)}</text>`);
  });
  const baseline = MARGIN.top + plotHeight;
  return [
    `<svg class="chart chart-days" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(caption)}">`,
    `<title>${escapeHtml(caption)}</title>`,
    `<text class="axis-max" x="${MARGIN.left - 6}" y="${MARGIN.top + 4}">${max}</text>`,
    `<line class="axis" x1="${MARGIN.left}" y1="${baseline}" x2="${WIDTH - MARGIN.right}" y2="${baseline}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/**
 * An inline SVG ring chart, one `path.share` arc per non-zero slice, with a legend of counts and shares;
 * a slice holding everything is drawn as two half arcs, since one arc cannot start and end at one point.
 */
export function ringChart(slices: readonly Slice[], caption: string): string {
  const total = slices.reduce((sum, s) => sum + s.value, 0);
  const cx = 110;
  const cy = 110;
  const r = 70;
  const parts: string[] = [];
  let start = 0;
  for (const slice of slices) {
    if (slice.value <= 0 || total === 0) continue;
    const fraction = slice.value / total;
    const share = Math.round(fraction * 1000) / 10;
    const d = fraction >= 0.9999 ? fullRing(cx, cy, r) : arc(cx, cy, r, start, start + fraction);
    parts.push(`<path class="share" d="${d}" stroke="${slice.color}" data-label="${escapeHtml(slice.label)}" data-value="${slice.value}" data-share="${share}"><title>${escapeHtml(`${slice.label}：${slice.value}（${share}%）`)}</title></path>`);
    start += fraction;
  }
  if (total === 0) parts.push(`<text class="empty" x="${cx}" y="${cy}">无数据</text>`);
  const legend = slices.map((slice, i) => {
    const y = 50 + i * 28;
    const share = total === 0 ? 0 : Math.round((slice.value / total) * 1000) / 10;
    return `<rect class="swatch" x="220" y="${y - 12}" width="14" height="14" fill="${slice.color}"/><text class="legend" x="242" y="${y}">${escapeHtml(`${slice.label} ${slice.value}（${share}%）`)}</text>`;
  });
  return [
    `<svg class="chart chart-outcomes" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 220" role="img" aria-label="${escapeHtml(caption)}">`,
    `<title>${escapeHtml(caption)}</title>`,
    ...parts,
    ...legend,
    '</svg>',
  ].join('\n');
}

function arc(cx: number, cy: number, r: number, from: number, to: number): string {
  const [x0, y0] = pointAt(cx, cy, r, from);
  const [x1, y1] = pointAt(cx, cy, r, to);
  const large = to - from > 0.5 ? 1 : 0;
  return `M ${fixed(x0)} ${fixed(y0)} A ${r} ${r} 0 ${large} 1 ${fixed(x1)} ${fixed(y1)}`;
}

function fullRing(cx: number, cy: number, r: number): string {
  return `M ${cx} ${cy - r} A ${r} ${r} 0 1 1 ${cx} ${cy + r} A ${r} ${r} 0 1 1 ${cx} ${cy - r}`;
}

/** The point a fraction of the way round the ring, clockwise from twelve o'clock. */
function pointAt(cx: number, cy: number, r: number, fraction: number): [number, number] {
  const angle = fraction * 2 * Math.PI - Math.PI / 2;
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

function fixed(n: number): string {
  return String(Math.round(n * 100) / 100);
}
