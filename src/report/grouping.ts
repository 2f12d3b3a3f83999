import { cleanQuestion } from '../answer/question.ts';
import type { Outcome, QuestionRow } from '../log/entry.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/load.ts';
import { lexiconOf } from '../search/knowledge-index.ts';
import { TextPipeline } from '../text/pipeline.ts';
import { readFrame } from '../question/frames.ts';
import { normalise } from '../text/pipeline.ts';
import { fold } from '../text/script.ts';

/** One wording of a question and how often it was asked that way. */
export interface Wording {
  text: string;
  count: number;
}

/** Logged questions that mean the same thing: the same canonical terms after the core's text pipeline. */
export interface QuestionGroup {
  /** The sorted canonical terms, space-separated (or `text:` and the folded question when it has none). */
  key: string;
  count: number;
  /** Every wording seen, most asked first (first seen first among equals). */
  wordings: Wording[];
  outcomes: Record<Outcome, number>;
  /** Distinct hashed askers; questions without one are not counted here. */
  askers: number;
  channels: string[];
  firstAsked: number;
  lastAsked: number;
  /** Releases cited by the answers, most cited first. */
  releases: string[];
}

const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\p{Z}\s]+/gu;
const TRAILING_MARKS = /[\s?？!！。.．~～…]+$/u;

/**
 * Tells which questions mean the same: it folds script, width and case, rewrites colloquial phrases and keeps
 * the canonical query terms, exactly as the engine reads a question, so `签约金额多少` and `簽約金額是多少？`
 * share a key. Without a pipeline (knowledge that failed to load) it falls back to the folded text.
 */
export class MeaningGrouper {
  private readonly keys = new Map<string, string>();

  constructor(private readonly pipeline: TextPipeline | undefined) {}

  /** Builds the grouper on the same lexicon the engine builds its pipeline from; loads nodejieba once. */
  static async load(knowledgeDirs: readonly string[] = [DEFAULT_KNOWLEDGE_DIR]): Promise<MeaningGrouper> {
    return new MeaningGrouper(new TextPipeline(lexiconOf(await loadKnowledge(knowledgeDirs))));
  }

  /** Whether keys come from the core's pipeline (true) or from folded text only. */
  get byMeaning(): boolean {
    return this.pipeline !== undefined;
  }

  /** The group key of a question. */
  key(question: string): string {
    let key = this.keys.get(question);
    if (key === undefined) {
      key = this.computeKey(question);
      this.keys.set(question, key);
    }
    return key;
  }

  private computeKey(question: string): string {
    const folded = fold(cleanQuestion(question));
    if (this.pipeline !== undefined) {
      // As the answerer reads a question: the frame's words (多少, 几个, 你好) out, the content's terms in.
      const terms = this.pipeline.queryTerms(readFrame(this.pipeline.rewritePhrases(normalise(folded))).content).map((t) => t.term);
      if (terms.length > 0) return [...new Set(terms)].sort().join(' ');
    }
    return `text:${folded.replace(PUNCTUATION_OR_SPACE, '')}`;
  }
}

/** A wording as shown and counted: width-folded, spaces collapsed, trailing question marks and stops dropped. */
export function wordingOf(question: string): string {
  const text = question.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const bare = text.replace(TRAILING_MARKS, '');
  return bare.length > 0 ? bare : text;
}

/** Groups logged questions by meaning, the most asked group first (then the most recently asked). */
export function groupByMeaning(rows: readonly QuestionRow[], keyOf: (question: string) => string): QuestionGroup[] {
  const groups = new Map<string, { group: QuestionGroup; wordings: Map<string, number>; askers: Set<string>; releases: Map<string, number> }>();
  for (const row of rows) {
    const key = keyOf(row.question);
    let entry = groups.get(key);
    if (entry === undefined) {
      entry = {
        group: { key, count: 0, wordings: [], outcomes: { answered: 0, suggested: 0, refused: 0, usage: 0 }, askers: 0, channels: [], firstAsked: row.askedAt, lastAsked: row.askedAt, releases: [] },
        wordings: new Map(),
        askers: new Set(),
        releases: new Map(),
      };
      groups.set(key, entry);
    }
    const { group } = entry;
    group.count++;
    group.outcomes[row.outcome]++;
    group.firstAsked = Math.min(group.firstAsked, row.askedAt);
    group.lastAsked = Math.max(group.lastAsked, row.askedAt);
    if (!group.channels.includes(row.channel)) group.channels.push(row.channel);
    if (row.asker !== null) entry.askers.add(row.asker);
    if (row.releaseId !== null) entry.releases.set(row.releaseId, (entry.releases.get(row.releaseId) ?? 0) + 1);
    const wording = wordingOf(row.question);
    entry.wordings.set(wording, (entry.wordings.get(wording) ?? 0) + 1);
  }
  return [...groups.values()]
    .map(({ group, wordings, askers, releases }) => ({
      ...group,
      askers: askers.size,
      channels: group.channels.sort(),
      // Map keeps first-seen order and sort is stable, so among equals the earliest wording leads.
      wordings: [...wordings].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count),
      releases: [...releases].sort((a, b) => b[1] - a[1]).map(([id]) => id),
    }))
    .sort((a, b) => b.count - a.count || b.lastAsked - a.lastAsked || a.key.localeCompare(b.key));
}
