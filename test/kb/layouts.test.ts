import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { foldLine } from '../../src/kb/fold.ts';
import { BULLET, isDateLine, readHeaderLine } from '../../src/kb/header.ts';
import { importTranscript, type ImportResult } from '../../src/kb/import.ts';
import { withoutSuffix } from '../../src/kb/title.ts';
import { ROOT } from '../helpers/paths.ts';

const LAYOUTS = path.join(ROOT, 'test/fixtures/kb/layouts');

/** A fixture's hand marking: what a person reads off the page (see each `*.expected.yaml`). */
interface Marked {
  title: string;
  date: string;
  place: string | null;
  office: string;
  summary: string;
  /** The host, cited as 主持人 and not listed among the speakers. */
  host: { name: string; post?: string } | null;
  speakers: { name: string; post?: string }[];
  media: string[];
  statements: number;
  sections?: string[];
  qa: { question: string; answeredBy?: string }[];
  /** `words=valueunit`: a figure whose label holds the words, with that value and unit. */
  figures: string[];
  /** `date` or `date/endDate` of each event. */
  events: string[];
  /** Why each kind of line was left out. */
  'left out': string[];
}

const fixtures = readdirSync(LAYOUTS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(path.join(LAYOUTS, file), 'utf8');
    const marked = parse(readFileSync(path.join(LAYOUTS, file.replace(/\.txt$/u, '.expected.yaml')), 'utf8')) as Marked;
    return { file, text, marked, result: importTranscript(text, `releases/${file.replace(/\.txt$/u, '.yaml')}`) };
  });

/** Every text of the release and of the import report: where a line of the transcript can have gone. */
function whereLinesGo(result: ImportResult): string[] {
  const r = result.draft;
  return [
    r.title ?? '',
    ...[r.place, r.office, r.summary].filter((v): v is string => v !== undefined),
    ...r.speakers.flatMap((s) => [s.name, `${s.post ?? ''}${s.name}`]),
    ...r.media,
    ...r.statements.flatMap((p) => [p.text, p.section ?? '']),
    ...r.qa.flatMap((q) => [q.question, q.answer]),
    ...result.dropped.map((d) => d.text),
    // A line left out in parts (a news credit, then a lead sentence) is listed whole across its parts.
    ...[...new Set(result.dropped.map((d) => d.line))].map((line) => result.dropped.filter((d) => d.line === line).map((d) => d.text).join('')),
  ].map(spaceless);
}

/** Folded, without spaces: 县气象局副局长 韩雪梅 is kept as post 县气象局副局长 and name 韩雪梅. */
function spaceless(text: string): string {
  return foldLine(text).replace(/\s+/gu, '');
}

describe('kb import of the layouts offices publish', () => {
  it('has eight or more layouts, each marked by hand', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(fixtures)('$file', ({ text, marked, result }) => {
    const release = result.release!;

    it('imports into a release that loads', () => {
      expect(result.missing).toEqual([]);
      expect(result.problems).toEqual([]);
      expect(release).toBeDefined();
    });

    it('finds the title, date, place, office and summary a person would mark', () => {
      expect({ title: release.title, date: release.date, place: release.place ?? null, office: release.office, summary: release.summary }).toEqual({
        title: marked.title,
        date: marked.date,
        place: marked.place,
        office: marked.office,
        summary: marked.summary,
      });
    });

    it('finds the speakers with their posts, the host, and the media', () => {
      expect(release.speakers).toEqual(marked.speakers);
      expect(result.transcript.host ?? null).toEqual(marked.host);
      expect(release.media).toEqual(marked.media);
    });

    it('keeps each paragraph spoken as a statement, under its section heading', () => {
      expect(release.statements).toHaveLength(marked.statements);
      const speakers = new Set(['主持人', ...release.speakers.map((s) => s.name)]);
      for (const p of release.statements) expect(speakers.has(p.speaker)).toBe(true);
      if (marked.sections) expect([...new Set(release.statements.flatMap((p) => p.section ?? []))]).toEqual(marked.sections);
    });

    it('pairs each reporter’s question with the answer and who gave it', () => {
      expect(release.qa.map((q) => ({ question: q.question.slice(0, marked.qa[release.qa.indexOf(q)]?.question.length), answeredBy: q.answeredBy }))).toEqual(
        marked.qa.map((q) => ({ question: q.question, answeredBy: q.answeredBy })),
      );
      for (const q of release.qa) expect(q.answer.length).toBeGreaterThan(0);
    });

    it('pulls out the key figures with their units, and the dated events', () => {
      const found = release.figures.map((f) => ({ label: f.label, amount: `${f.value}${f.unit}` }));
      for (const mark of marked.figures) {
        const [words, amount] = mark.split('=') as [string, string];
        expect(found, mark).toContainEqual({ label: expect.stringContaining(words), amount });
      }
      expect(release.events.map((e) => (e.endDate ? `${e.date}/${e.endDate}` : e.date))).toEqual(marked.events);
    });

    it('leaves nothing of the transcript out without listing it, with why', () => {
      expect([...new Set(result.dropped.map((d) => d.why.replace(/ \(.*\)$/u, '')))].sort()).toEqual([...marked['left out']].sort());
      const kept = whereLinesGo(result);
      const unaccounted = text.split('\n').filter((raw) => {
        const line = foldLine(raw.trim());
        if (line.length === 0 || isDateLine(line) || readHeaderLine(line, line)) return false;
        // A turn label's words are the speaker's; what follows the colon, or a 【label】 opening the line, must be
        // kept. A bullet (■) before a crosshead is layout.
        const colon = line.indexOf(':');
        const unlabelled = (colon > 0 && colon <= 40 ? line.slice(colon + 1).trim() : line).replace(/^[【[][^】\]]{1,40}[】\]]\s*(?=\S)/u, '').replace(BULLET, '');
        const core = spaceless(withoutSuffix(unlabelled));
        return core.length > 0 && !kept.some((k) => k.includes(core)) && !kept.some((k) => k.includes(spaceless(line)));
      });
      expect(unaccounted).toEqual([]);
    });
  });
});
