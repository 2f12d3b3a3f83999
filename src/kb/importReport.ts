import type { ImportResult } from './import.ts';
import type { RepairNote } from './repair.ts';

/**
 * What `kb import` tells the press officer: what it found (title, date, place, office, speakers with posts, media,
 * and how many statements, Q&A pairs, figures and events), what is missing, what it left out and why, and the
 * repairs and flags with their lines. Plain lines, for the console.
 */

/** The "found" block: one line per field, with where it was found, then the counts. */
export function describeFound(result: ImportResult): string[] {
  const t = result.transcript;
  const yamlCounts = countsOf(result);
  const field = (name: string, value: string | undefined, from?: string, line?: number) =>
    `  ${name.padEnd(9)} ${value ?? '— not found'}${value !== undefined && from ? `   (${from}${line === undefined ? '' : `, line ${line}`})` : ''}`;
  // (A value given on the command line stands in the file, whatever the transcript says: the report says so.)
  const given = (name: string, drafted: string | undefined, found: string | undefined) =>
    drafted !== undefined && drafted !== found ? field(name, drafted, `given with --${name}${found === undefined ? '' : `; the transcript says ${found}`}`) : undefined;
  const speakers = t.speakers.map((s) => (s.post ? `${s.name} (${s.post})` : `${s.name} (post not stated)`)).join(', ');
  return [
    'Found:',
    given('title', result.draft.title, t.title || undefined) ?? field('title', t.title || undefined, t.titleFrom, t.titleLine),
    given('date', result.draft.date, t.date?.value) ?? field('date', t.date?.value, t.date?.from, t.date?.line),
    given('place', result.draft.place, t.place?.value) ?? field('place', t.place?.value ?? 'not stated (left out)', t.place?.from, t.place?.line),
    given('office', result.draft.office, t.office?.value) ?? field('office', t.office?.value, t.office?.from, t.office?.line),
    field('summary', t.summary?.value ?? 'not stated (left out)', t.summary?.from, t.summary?.line),
    field('speakers', speakers || undefined),
    ...(t.host ? [field('host', `${t.host.name}${t.host.post ? ` (${t.host.post})` : ''}: cited as 主持人, not a speaker`)] : []),
    field('media', t.media.length > 0 ? t.media.join(', ') : 'none named'),
    `  ${yamlCounts.statements} statement paragraph${plural(yamlCounts.statements)}, ${yamlCounts.qa} Q&A pair${plural(yamlCounts.qa)}, ${yamlCounts.figures} figure${plural(yamlCounts.figures)}, ${yamlCounts.events} event${plural(yamlCounts.events)}.`,
    ...t.notes.map((n) => `  Check: ${n}.`),
  ];
}

/** The lines left out of the release, each with its line number and why. */
export function describeDropped(result: ImportResult): string[] {
  if (result.dropped.length === 0) return [];
  return [`Left out (${result.dropped.length}):`, ...result.dropped.map((d) => `  line ${String(d.line).padEnd(4)} ${d.why}: ${d.text}`)];
}

/** The repair report: one block per repair or flag, with its line in the transcript. */
export function describeRepairs(notes: readonly RepairNote[]): string[] {
  if (notes.length === 0) return ['Repairs: none needed.'];
  const label = { repaired: 'repaired ', separator: 'separator', flagged: 'FLAG     ' } as const;
  const lines = [`Repairs and flags (${notes.length}):`];
  for (const n of notes) {
    const change = n.published === n.repaired ? `${n.published} (left as published)` : `${n.published} → ${n.repaired}`;
    lines.push(`  line ${String(n.line).padEnd(4)} ${label[n.status]}  ${change}`, `              ${n.why}`);
    if (n.status === 'flagged' && n.suggestions.length > 0) lines.push(`              likely: ${n.suggestions.join(' | ')}`);
  }
  return lines;
}

/** The missing required fields, for a draft. */
export function describeMissing(result: ImportResult): string[] {
  return result.missing.map((m) => `  MISSING ${m.field}: ${m.remedy}`);
}

function countsOf(result: ImportResult): { statements: number; qa: number; figures: number; events: number } {
  const r = result.draft;
  return { statements: r.statements.length, qa: r.qa.length, figures: r.figures.length, events: r.events.length };
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
