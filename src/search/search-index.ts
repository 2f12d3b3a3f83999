import MiniSearch, { type Options } from 'minisearch';
import type { TextPipeline } from '../text/pipeline.ts';
import type { AnswerUnit } from './units.ts';
import { CommonTerms, type CommonTermsJson, type IndexedField } from './common-terms.ts';


interface IndexedDoc {
  id: number;
  keys: string;
  text: string;
  context: string;
}

/** A unit the index found, with which query terms it holds and where. */
export interface Candidate {
  unitId: number;
  /** MiniSearch's BM25 score: meaningful only relative to other candidates of the same question. */
  bm25: number;
  /** For each matched query term, the fields it was found in. */
  fields: Map<string, IndexedField[]>;
}

/** Field boosts: naming words (official questions, labels) weigh most, surrounding context least. */
const BOOST: Record<IndexedField, number> = { keys: 3, text: 1, context: 0.3 };

// Tokens are made by our pipeline before MiniSearch sees them, so its own tokenizer only splits on spaces.
const splitTokens = (s: string): string[] => (s.length === 0 ? [] : s.split(' '));
const keepTerm = (t: string): string | null => (t.length > 0 ? t : null);

const MINISEARCH_OPTIONS: Options<IndexedDoc> = {
  fields: ['keys', 'text', 'context'],
  storeFields: [],
  tokenize: splitTokens,
  processTerm: keepTerm,
  searchOptions: { boost: BOOST, combineWith: 'OR', prefix: false, fuzzy: false, tokenize: splitTokens, processTerm: keepTerm },
};


/** A search index as plain JSON, for the index cache. */
export interface SearchIndexJson {
  minisearch: unknown;
  documentFrequency: [string, number][];
  passageFrequency: [string, number][];
  common: CommonTermsJson;
  unitCount: number;
}

/**
 * MiniSearch over pipeline tokens, plus the document frequency of each term across units, which is what
 * makes a question's coverage comparable between questions, and bit sets for the commonest terms.
 */
export class SearchIndex {
  private constructor(
    private readonly search: MiniSearch<IndexedDoc>,
    private readonly documentFrequency: Map<string, number>,
    /** How many units hold a term in their own words (keys or text), not only in their context. */
    private readonly passageFrequency: Map<string, number>,
    private readonly common: CommonTerms,
    readonly unitCount: number,
  ) {}

  /** Segments every unit with the pipeline and indexes it. */
  static build(units: readonly AnswerUnit[], pipeline: TextPipeline): SearchIndex {
    const search = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
    const documentFrequency = new Map<string, number>();
    const passageFrequency = new Map<string, number>();
    const tokens = units.map((unit) => {
      const doc = { keys: pipeline.indexTokens(unit.keys), text: pipeline.indexTokens(unit.text), context: pipeline.indexTokens(unit.context) };
      for (const term of new Set([...doc.keys, ...doc.text, ...doc.context])) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      for (const term of new Set([...doc.keys, ...doc.text])) passageFrequency.set(term, (passageFrequency.get(term) ?? 0) + 1);
      return doc;
    });
    search.addAll(tokens.map((doc, id) => ({ id, keys: doc.keys.join(' '), text: doc.text.join(' '), context: doc.context.join(' ') })));
    return new SearchIndex(search, documentFrequency, passageFrequency, CommonTerms.collect(tokens, documentFrequency), units.length);
  }

  /** Restores an index saved with {@link SearchIndex.toJSON}; throws on a malformed value. */
  static fromJSON(json: SearchIndexJson): SearchIndex {
    if (!Array.isArray(json.documentFrequency) || !Array.isArray(json.passageFrequency) || typeof json.unitCount !== 'number') throw new Error('SearchIndex: malformed cache');
    const search = MiniSearch.loadJS<IndexedDoc>(json.minisearch as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS);
    if (search.documentCount !== json.unitCount) throw new Error(`SearchIndex: cache holds ${search.documentCount} documents, expected ${json.unitCount}`);
    return new SearchIndex(search, new Map(json.documentFrequency), new Map(json.passageFrequency), CommonTerms.fromJSON(json.common, json.unitCount), json.unitCount);
  }

  /** The index as plain JSON. */
  toJSON(): SearchIndexJson {
    return { minisearch: this.search.toJSON(), documentFrequency: [...this.documentFrequency], passageFrequency: [...this.passageFrequency], common: this.common.toJSON(), unitCount: this.unitCount };
  }

  /** Every term the index holds. */
  vocabulary(): string[] {
    return [...this.documentFrequency.keys()];
  }

  /** How many units hold a term. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /**
   * BM25-style inverse document frequency: high for rare terms, highest for terms no unit holds. Counted over
   * the units that hold the term in their own words: a speaker named in the context of all her sentences is
   * still rare where it matters, in the passages that name her.
   */
  idf(term: string): number {
    const n = this.unitCount;
    const df = this.passageFrequency.get(term) || this.frequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Units holding any of the terms, best BM25 first, at most `limit`; with `suited`, also the best `suited.limit`
   * of the units below those that its test accepts (so a date question still finds the date fields when a
   * thousand titles share its words), from the same search. Common terms do not recruit candidates when rarer
   * ones can; they are checked on the candidates bit by bit.
   */
  find(terms: readonly string[], limit = 300, suited?: { test: (unitId: number) => boolean; limit: number }): Candidate[] {
    const common = terms.filter((t) => this.common.has(t));
    const rare = terms.filter((t) => !this.common.has(t));
    let candidates: Candidate[];
    if (rare.length > 0) {
      const results = this.search.search(rare.join(' '));
      const chosen = results.slice(0, limit);
      for (let i = limit, extra = 0; suited !== undefined && i < results.length && extra < suited.limit; i++) {
        if (!suited.test(results[i]!.id as number)) continue;
        chosen.push(results[i]!);
        extra++;
      }
      candidates = chosen.map((r) => {
        // (A loop, not Object.entries: a question reads up to `limit` candidates, and their garbage adds up.)
        const fields = new Map<string, IndexedField[]>();
        for (const term in r.match) fields.set(term, r.match[term] as IndexedField[]);
        return { unitId: r.id as number, bm25: r.score, fields };
      });
    } else if (common.length > 0) {
      // Only common terms: the units holding the least common one, which tie on BM25 anyway.
      const recruiter = common.reduce((a, b) => (this.frequency(a) <= this.frequency(b) ? a : b));
      const first = this.common.unitsWith(recruiter, limit);
      const seen = new Set(first);
      const more = suited === undefined ? [] : this.common.unitsWith(recruiter, suited.limit, (u) => !seen.has(u) && suited.test(u));
      candidates = [...first, ...more].map((unitId) => ({ unitId, bm25: 0, fields: new Map() }));
    } else return [];
    for (const c of candidates) {
      for (const term of common) {
        const fields = this.common.fieldsOf(term, c.unitId);
        if (fields) c.fields.set(term, fields);
      }
    }
    return candidates;
  }
}
