import MiniSearch, { type Options } from 'minisearch';
import type { TextPipeline } from '../text/pipeline.ts';
import type { AnswerUnit } from './units.ts';

/** Fields of an indexed unit, each a space-joined list of pipeline tokens. */
type IndexedField = 'keys' | 'text' | 'context';

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


/**
 * MiniSearch over pipeline tokens, plus the document frequency of each term across units, which is what
 * makes a question's coverage comparable between questions.
 */
/** A search index as plain JSON, for the index cache. */
export interface SearchIndexJson {
  minisearch: unknown;
  documentFrequency: [string, number][];
  unitCount: number;
}

export class SearchIndex {
  private constructor(
    private readonly search: MiniSearch<IndexedDoc>,
    private readonly documentFrequency: Map<string, number>,
    readonly unitCount: number,
  ) {}

  /** Segments every unit with the pipeline and indexes it. */
  static build(units: readonly AnswerUnit[], pipeline: TextPipeline): SearchIndex {
    const search = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
    const documentFrequency = new Map<string, number>();
    const docs = units.map((unit, id): IndexedDoc => {
      const keys = pipeline.indexTokens(unit.keys);
      const text = pipeline.indexTokens(unit.text);
      const context = pipeline.indexTokens(unit.context);
      for (const term of new Set([...keys, ...text, ...context])) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      return { id, keys: keys.join(' '), text: text.join(' '), context: context.join(' ') };
    });
    search.addAll(docs);
    return new SearchIndex(search, documentFrequency, units.length);
  }

  /** Restores an index saved with {@link SearchIndex.toJSON}; throws on a malformed value. */
  static fromJSON(json: SearchIndexJson): SearchIndex {
    if (!Array.isArray(json.documentFrequency) || typeof json.unitCount !== 'number') throw new Error('SearchIndex: malformed cache');
    const search = MiniSearch.loadJS<IndexedDoc>(json.minisearch as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS);
    if (search.documentCount !== json.unitCount) throw new Error(`SearchIndex: cache holds ${search.documentCount} documents, expected ${json.unitCount}`);
    return new SearchIndex(search, new Map(json.documentFrequency), json.unitCount);
  }

  /** The index as plain JSON. */
  toJSON(): SearchIndexJson {
    return { minisearch: this.search.toJSON(), documentFrequency: [...this.documentFrequency], unitCount: this.unitCount };
  }

  /** How many units hold a term. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** BM25-style inverse document frequency: high for rare terms, highest for terms no unit holds. */
  idf(term: string): number {
    const n = this.unitCount;
    const df = this.frequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Units holding any of the terms, best BM25 first. */
  find(terms: readonly string[], limit = 40): Candidate[] {
    if (terms.length === 0) return [];
    const results = this.search.search(terms.join(' '));
    return results.slice(0, limit).map((r) => ({
      unitId: r.id as number,
      bm25: r.score,
      fields: new Map(Object.entries(r.match).map(([term, fields]) => [term, fields as IndexedField[]])),
    }));
  }
}
