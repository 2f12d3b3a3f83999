import { chineseDate } from '../text/numbers.ts';
import { FUNCTION_TAGS, type QueryTerm } from '../text/pipeline.ts';
import { detectScript, fold, toScript } from '../text/script.ts';
import type { Candidate } from '../search/search-index.ts';
import { knowledgeText, suggestionId, type KnowledgeIndex } from '../search/knowledge-index.ts';
import type { AnswerUnit } from '../search/units.ts';
import { cleanQuestion, isUsageRequest, questionType, type QuestionType } from './question.ts';
import { renderPlainText } from './render.ts';
import type { Answer, AnswerKind, Citation, Script, Suggestion } from './types.ts';

/** Score thresholds on coverage (0–1) of the question's informative terms. */
export interface Thresholds {
  /** At or above: answer. Default 0.66: two of three weighted terms found in one passage. */
  answer: number;
  /** At or above (and below `answer`): offer suggestions. Default 0.4. */
  suggest: number;
}

export const defaultThresholds: Thresholds = { answer: 0.66, suggest: 0.4 };

/** Parts of speech that do not name a thing the releases could fail to mention: function words, adverbs, place words, symbols. */
const NOT_A_SUBJECT = new RegExp(`${FUNCTION_TAGS.source}|^(?:d|ad|f|x|w)$`, 'u');

interface Scored {
  unitId: number;
  unit: AnswerUnit;
  coverage: number;
  /** The share of the question's weight covered by terms that point at the unit's release. */
  scopeShare: number;
  /** Coverage with the bonuses for naming words and question type: what decides ties between releases. */
  merit: number;
  /** Merit with BM25 to break ties within a release. */
  rank: number;
}

/** Answers one question from an index; never throws on any input. */
export function answerQuestion(index: KnowledgeIndex, rawQuestion: string, thresholds: Thresholds = defaultThresholds): Answer {
  const question = typeof rawQuestion === 'string' ? rawQuestion : String(rawQuestion ?? '');
  const cleaned = cleanQuestion(question);
  const script = detectScript(cleaned);
  const folded = index.pipeline.rewritePhrases(fold(cleaned));
  if (isUsageRequest(folded)) return usageAnswer(index, question, script);

  const terms = index.pipeline.queryTerms(folded);
  if (terms.length === 0) return usageAnswer(index, question, script);
  const type = questionType(folded);
  const weights = terms.map((t) => termWeight(index, t));
  const unknown = terms.filter((t) => isUnknownContent(index, t));
  const searchTerms = [...new Set(terms.flatMap((t) => [t.term, ...t.parts]))];
  const candidates = index.search.find(searchTerms);
  // The passages that suit the question type compete too, even when BM25 ranks many others above them.
  const suits = suitsType(index, type);
  if (suits) {
    const seen = new Set(candidates.map((c) => c.unitId));
    candidates.push(...index.search.find(searchTerms, 40, suits).filter((c) => !seen.has(c.unitId)));
  }
  const ranked = rank(index, candidates, terms, weights, type, releasesNamedIn(index, folded));
  const { best, others } = chooseAmongReleases(ranked);

  // A how-many question met by a passage with no count in it would be a confident non-answer: it scores lower.
  // A content word the releases never mention halves it: the passage is about something near, not the thing asked.
  const confidence = best === undefined ? 0 : best.coverage * (type === 'figure' && !best.unit.facets.number ? 0.6 : 1) * (unknown.length > 0 ? 0.5 : 1);
  if (best !== undefined && unknown.length === 0 && confidence >= thresholds.answer) {
    return finish({ ...unitAnswer(index, question, script, best), suggestions: others.map((o) => suggestionFor(index, o.unitId, script)) });
  }
  const suggestions = suggestFrom(index, ranked, script);
  if (unknown.length === 0 && confidence >= thresholds.suggest) {
    return finish({ question, answered: false, band: 'suggest', kind: 'none', script, message: say('没有找到与问题完全对应的官方表述。', script), suggestions, score: round(confidence) });
  }
  const missing = unknown.length > 0 ? unknown.map((t) => `“${toScript(t.term, script)}”`).join('、') : say('这个问题', script);
  return finish({ question, answered: false, band: 'refuse', kind: 'none', script, message: `${say(scopeName(index), script)}${say('没有提到', script)}${missing}${say('。', script)}`, suggestions, score: round(confidence) });
}

/** The reply to greetings, help and empty input: how to ask, with example questions. */
export function usageAnswer(index: KnowledgeIndex, question: string, script: Script): Answer {
  const titles = index.releases.slice(0, 3).map((r) => `《${knowledgeText(index, r.title, script)}》`).join('、');
  const more = index.releases.length > 3 ? say(`等${index.releases.length}场发布会`, script) : '';
  const message = say('您好！我根据官方发布的新闻发布会材料回答问题，引用原文并注明出处。目前收录：', script) + titles + more + say('。直接输入问题即可。', script);
  return finish({ question, answered: false, band: 'usage', kind: 'none', script, message, suggestions: exampleSuggestions(index, script), score: 0 });
}

/** Three example questions from the newest release: an official Q&A, a figure and an event or field. */
export function exampleSuggestions(index: KnowledgeIndex, script: Script): Suggestion[] {
  const picks: number[] = [];
  for (const type of ['figure', 'qa', 'event', 'meta'] as const) {
    const id = index.units.findIndex((u) => u.releaseIndex === 0 && u.type === type && u.suggestion !== undefined);
    if (id >= 0) picks.push(id);
  }
  return picks.slice(0, 3).map((id) => suggestionFor(index, id, script));
}

/**
 * The suggestion a unit offers. With more than one release it starts with the release's short name, so that
 * asking it (typed, tapped or picked by number) answers from that release and not the newest one.
 */
export function suggestionFor(index: KnowledgeIndex, unitId: number, script: Script): Suggestion {
  const unit = index.units[unitId]!;
  const text = knowledgeText(index, unit.suggestion ?? '', script);
  const release = index.releases[unit.releaseIndex];
  const scoped = release && index.releases.length > 1 ? `${knowledgeText(index, release.shortName, script)} ${text}` : text;
  return { id: suggestionId(index, unitId), text: scoped };
}

function finish(a: Omit<Answer, 'text'>): Answer {
  return { ...a, text: renderPlainText(a) };
}

/** How much a term decides relevance: rare terms most; single characters half; unknown compounds by their parts. */
function termWeight(index: KnowledgeIndex, t: QueryTerm): number {
  const known = index.search.frequency(t.term) > 0;
  let w = known || t.parts.length === 0 ? index.search.idf(t.term) : Math.max(...t.parts.map((p) => index.search.idf(p)));
  if (!t.numeric && [...t.term].length === 1) w *= 0.5;
  return w;
}

/** A content word the knowledge never mentions, not even in part: the question asks about something else. */
function isUnknownContent(index: KnowledgeIndex, t: QueryTerm): boolean {
  if (index.search.frequency(t.term) > 0 || t.parts.some((p) => index.search.frequency(p) > 0)) return false;
  if (t.numeric) return true;
  return [...t.term].length >= 2 && !NOT_A_SUBJECT.test(t.tag);
}

/**
 * Ranks candidates by coverage of the question's weighted terms (a term found only in a passage's context
 * counts half; a compound found only in parts counts by the share of its parts; a term that points at the
 * passage's release, like its date or short name, counts as found), then by whether the passage's naming
 * words hold the terms, whether it suits the question type, and BM25 to break ties.
 */
function rank(index: KnowledgeIndex, candidates: Candidate[], terms: QueryTerm[], weights: number[], type: QuestionType, namedReleases: ReadonlySet<number>): Scored[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const maxBm25 = Math.max(1e-9, ...candidates.map((c) => c.bm25));
  // The parts' weights depend on the question only: computed once, not for every candidate.
  const partWeights = terms.map((t) => t.parts.map((p) => index.search.idf(p)));
  const partTotals = partWeights.map((ws) => ws.reduce((a, b) => a + b, 0));
  const scored = candidates.map((c): Scored => {
    const unit = index.units[c.unitId]!;
    const scope = index.releaseScopes[unit.releaseIndex];
    const name = namedReleases.has(unit.releaseIndex) ? index.releaseNames[unit.releaseIndex]!.terms : undefined;
    let own = 0;
    let pointed = 0;
    let named = 0;
    terms.forEach((t, i) => {
      const w = weights[i]!;
      const fields = c.fields.get(t.term);
      let credit = 0;
      if (fields) {
        credit = fields.some((f) => f !== 'context') ? 1 : 0.5;
        if (fields.includes('keys')) named += w;
      } else if (t.parts.length > 0) {
        const found = t.parts.reduce((sum, p, j) => sum + (c.fields.get(p)?.some((f) => f !== 'context') ? partWeights[i]![j]! : 0), 0);
        credit = 0.8 * (found / partTotals[i]!);
      }
      if (credit < 1 && (scope?.has(t.term) || name?.has(t.term))) pointed += w * (1 - credit);
      own += w * credit;
    });
    // A passage matched only through its release's name or date is not an answer to anything.
    const coverage = own > 0 ? (own + pointed) / total : 0;
    const scopeShare = pointed / total;
    const merit = coverage + 0.2 * (named / total) + typeBonus(unit, type);
    return { unitId: c.unitId, unit, coverage, scopeShare, merit, rank: merit + 0.05 * (c.bm25 / maxBm25) };
  });
  return scored.sort((a, b) => b.rank - a.rank || a.unit.releaseIndex - b.unit.releaseIndex || a.unitId - b.unitId);
}

/** The releases whose short name the question writes out. */
function releasesNamedIn(index: KnowledgeIndex, folded: string): Set<number> {
  const named = new Set<number>();
  index.releaseNames.forEach((n, i) => {
    if (n.name.length >= 2 && folded.includes(n.name)) named.add(i);
  });
  return named;
}

/** How close two passages' ranks must be for the choice between their releases to be a tie. */
const TIE = 0.03;

/**
 * Among passages that match nearly equally, prefers one from the release the question points at (its date,
 * short name, speaker), else the newest; the tied passages of other releases are returned as alternatives.
 */
function chooseAmongReleases(ranked: Scored[]): { best: Scored | undefined; others: Scored[] } {
  const top = ranked[0];
  if (top === undefined) return { best: undefined, others: [] };
  // BM25 differs between releases for reasons that say nothing about the question (a longer media list), so
  // ties between releases are judged on merit, not rank.
  const bestMerit = Math.max(...ranked.map((s) => s.merit));
  const tied = ranked.filter((s) => bestMerit - s.merit <= TIE && top.coverage - s.coverage <= TIE);
  // Releases are sorted newest first, so a lower release index is a newer release.
  tied.sort((a, b) => b.scopeShare - a.scopeShare || a.unit.releaseIndex - b.unit.releaseIndex || b.rank - a.rank);
  const best = tied[0]!;
  const seen = new Set([best.unit.releaseIndex]);
  // The next newest releases that say the same, one passage each.
  const others = tied.filter((s) => !seen.has(s.unit.releaseIndex) && s.unit.suggestion !== undefined && seen.add(s.unit.releaseIndex)).slice(0, 3);
  return { best, others };
}

/** Which units suit a question type best, for a second search among them; none for other types. */
function suitsType(index: KnowledgeIndex, type: QuestionType): ((unitId: number) => boolean) | undefined {
  const unit = (id: number) => index.units[id]!;
  switch (type) {
    case 'figure':
      return (id) => unit(id).type === 'figure';
    case 'date':
      return (id) => unit(id).type === 'event' || unit(id).metaField === 'date';
    case 'person':
      return (id) => unit(id).metaField === 'speakers';
    case 'place':
      return (id) => unit(id).metaField === 'place';
    case 'official':
      return (id) => unit(id).type === 'qa' || unit(id).type === 'faq';
    default:
      return undefined;
  }
}

/** Favours the passages that suit what the question asks for; official Q&A a little always. */
function typeBonus(unit: AnswerUnit, type: QuestionType): number {
  const base = unit.type === 'qa' || unit.type === 'faq' ? 0.03 : 0;
  switch (type) {
    case 'figure':
      return base + (unit.type === 'figure' ? 0.15 : unit.facets.number ? 0.05 : 0);
    case 'date':
      return base + (unit.type === 'event' || unit.metaField === 'date' ? 0.15 : unit.facets.date ? 0.05 : 0);
    case 'person':
      return base + (unit.metaField === 'speakers' ? 0.1 : unit.facets.person ? 0.08 : 0);
    case 'place':
      return base + (unit.metaField === 'place' ? 0.15 : unit.facets.place ? 0.05 : 0);
    case 'official':
      return base + (unit.type === 'qa' || unit.type === 'faq' ? 0.15 : 0);
    default:
      return base;
  }
}

/** Builds the answer that quotes one unit, in the asker's script, with its citation. */
function unitAnswer(index: KnowledgeIndex, question: string, script: Script, best: Scored): Omit<Answer, 'text'> {
  const { unit } = best;
  const release = index.releases[unit.releaseIndex];
  // Curated answers resting on an office's word are written in whatever script the curator used.
  const same = release ? index.releaseScripts[unit.releaseIndex] === script : false;
  const quoteText = (s: string | undefined) => (s === undefined ? undefined : same ? s : knowledgeText(index, s, script));
  const kind: AnswerKind = unit.type === 'qa' || unit.type === 'faq' ? 'qa' : unit.type === 'event' ? 'event' : unit.type === 'meta' ? 'release' : 'fact';
  const headline = unit.headline ? `${knowledgeText(index, unit.headline.label, script)}：${quoteText(unit.headline.value)}` : undefined;
  const ourLabel = unit.type === 'qa' || unit.type === 'meta' || unit.type === 'faq';
  const citation: Citation = {
    releaseId: release?.id ?? 'faq',
    title: release ? quoteText(release.title)! : `${knowledgeText(index, unit.office!.name, script)}${say('答复', script)}`,
    date: release?.date ?? unit.office!.date,
    dateText: chineseDate(release?.date ?? unit.office!.date),
    office: release ? quoteText(release.office)! : knowledgeText(index, unit.office!.name, script),
    speaker: unit.speaker ? { name: quoteText(unit.speaker.name)!, post: quoteText(unit.speaker.post) } : undefined,
    section: unit.section === undefined ? undefined : ourLabel ? knowledgeText(index, unit.section, script) : quoteText(unit.section),
  };
  return {
    question,
    answered: true,
    band: 'answer',
    kind,
    script,
    headline,
    officialQuestion: quoteText(unit.officialQuestion),
    quote: quoteText(unit.quote),
    citation,
    suggestions: [],
    score: round(best.coverage),
  };
}

/** Up to three questions the bot can answer, from the best partial matches, topped up with examples. */
function suggestFrom(index: KnowledgeIndex, ranked: Scored[], script: Script): Suggestion[] {
  const ids: number[] = [];
  for (const s of ranked) {
    if (ids.length >= 3 || s.coverage < 0.2) break;
    if (s.unit.suggestion !== undefined && !ids.some((id) => index.units[id]!.suggestion === s.unit.suggestion)) ids.push(s.unitId);
  }
  const picked = ids.map((id) => suggestionFor(index, id, script));
  for (const example of exampleSuggestions(index, script)) {
    if (picked.length >= 3) break;
    if (!picked.some((p) => p.id === example.id)) picked.push(example);
  }
  return picked;
}

function scopeName(index: KnowledgeIndex): string {
  return index.releases.length === 1 ? '这次发布会的官方材料' : '已收录的发布会官方材料';
}

/** Our own Simplified wording in the asker's script. */
function say(text: string, script: Script): string {
  return script === 'simplified' ? text : toScript(text, 'traditional');
}


function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}
