import * as OpenCC from 'opencc-js';
import type { Release } from '../../src/knowledge/schema.ts';
import type { Draft } from './compose.ts';

// The archive converts with its own OpenCC converter rather than the pipeline's toScript: test data made by
// the code under test would hide that code's mistakes. Same table as the pipeline's ('t', the standard
// Traditional mainland offices print), built once per process (~170 ms).
let toTraditional: ((text: string) => string) | undefined;

// Template text (remarks, plans, answers, host lines) recurs across releases and a figure's sentence is rendered
// once per figure: converting each distinct string once saves about half the conversion time.
const converted = new Map<string, string>();
const MAX_CACHED = 100_000;

function traditional(text: string): string {
  const cached = converted.get(text);
  if (cached !== undefined) return cached;
  if (converted.size >= MAX_CACHED) converted.clear();
  if (toTraditional === undefined) {
    const standard = OpenCC.Converter({ from: 'cn', to: 't' });
    // Mainland releases printed in Traditional keep 發布 (the seed prints 發布會), where the table writes 發佈.
    const mainland = OpenCC.CustomConverter([['發佈', '發布']]);
    toTraditional = (t) => mainland(standard(t));
  }
  const result = toTraditional(text);
  converted.set(text, result);
  return result;
}

/** Full-width marks the seed prints half-width (各位媒體朋友們,大家下午好!); 。、“” stay full-width there too. */
const HALF_WIDTH: Readonly<Record<string, string>> = { '，': ',', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')' };

/**
 * Turns a draft into a release in the draft's script and punctuation. Every text goes through one function,
 * sentence by sentence, so a figure's sentence and an event's description stay verbatim in their paragraph.
 */
export function renderDraft(draft: Draft, id: string, source: string): Release {
  const r = (text: string): string => {
    const converted = draft.script === 'traditional' ? traditional(text) : text;
    return draft.punctuation === 'half' ? converted.replace(/[，：！？（）]/g, (c) => HALF_WIDTH[c]!) : converted;
  };
  return {
    id,
    shortName: r(draft.shortName),
    title: r(draft.title),
    date: draft.date,
    place: r(draft.place),
    office: r(draft.office),
    summary: r(draft.summary),
    speakers: draft.speakers.map((s) => ({ name: r(s.name), post: r(s.post) })),
    media: draft.media.map(r),
    source,
    repairs: [],
    statements: draft.statements.map((p) => ({
      speaker: r(p.speaker),
      ...(p.section === undefined ? {} : { section: r(p.section) }),
      text: p.sentences.map(r).join(''),
    })),
    qa: draft.qa.map((q) => ({ question: r(q.question), answer: r(q.answer), ...(q.answeredBy === undefined ? {} : { answeredBy: r(q.answeredBy) }) })),
    events: draft.events.map((e) => ({
      date: e.date,
      ...(e.endDate === undefined ? {} : { endDate: e.endDate }),
      dateText: r(e.dateText),
      name: r(e.name),
      organisers: e.organisers.map(r),
      description: r(e.description),
    })),
    figures: draft.figures.map((f) => ({ ...f, label: r(f.label), unit: r(f.unit), sentence: r(f.sentence) })),
  };
}
