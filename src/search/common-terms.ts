/** The fields of an indexed unit. */
export type IndexedField = 'keys' | 'text' | 'context';

const FIELDS: readonly IndexedField[] = ['keys', 'text', 'context'];

/** Per field, one bit per unit. */
type FieldBits = Record<IndexedField, Uint8Array>;

/** Common terms as plain JSON (bit sets in base64), for the index cache. */
export type CommonTermsJson = [term: string, keys: string, text: string, context: string][];

/**
 * Terms so common (发布会, 活动, 企业 in an archive of a thousand releases) that asking MiniSearch for them
 * means scoring thousands of units per question. Which units hold them, field by field, is kept as bit sets
 * instead: a question finds its candidates through its rarer terms and checks the common ones bit by bit.
 */
export class CommonTerms {
  private constructor(
    private readonly bits: Map<string, FieldBits>,
    private readonly unitCount: number,
  ) {}

  /** The document frequency above which a term counts as common: 2% of units, and never below 400. */
  static threshold(unitCount: number): number {
    return Math.max(400, Math.ceil(unitCount * 0.02));
  }

  /** Collects the bit sets of every term whose document frequency is over the threshold. */
  static collect(tokens: readonly Record<IndexedField, readonly string[]>[], frequency: ReadonlyMap<string, number>): CommonTerms {
    const limit = CommonTerms.threshold(tokens.length);
    const bits = new Map<string, FieldBits>();
    for (const [term, df] of frequency) if (df > limit) bits.set(term, emptyBits(tokens.length));
    if (bits.size > 0) {
      tokens.forEach((doc, unitId) => {
        for (const field of FIELDS) {
          for (const term of doc[field]) {
            const set = bits.get(term)?.[field];
            if (set) set[unitId >> 3]! |= 1 << (unitId & 7);
          }
        }
      });
    }
    return new CommonTerms(bits, tokens.length);
  }

  /** Restores common terms saved with {@link CommonTerms.toJSON}. */
  static fromJSON(json: CommonTermsJson, unitCount: number): CommonTerms {
    const bytes = Math.ceil(unitCount / 8);
    const decode = (b64: string) => {
      const array = new Uint8Array(Buffer.from(b64, 'base64'));
      if (array.length !== bytes) throw new Error('CommonTerms: malformed cache');
      return array;
    };
    return new CommonTerms(new Map(json.map(([term, keys, text, context]) => [term, { keys: decode(keys), text: decode(text), context: decode(context) }])), unitCount);
  }

  /** The bit sets as plain JSON. */
  toJSON(): CommonTermsJson {
    const encode = (a: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    return [...this.bits].map(([term, b]) => [term, encode(b.keys), encode(b.text), encode(b.context)]);
  }

  /** Whether a term is common. */
  has(term: string): boolean {
    return this.bits.has(term);
  }

  /** The fields of a unit that hold a common term, or undefined when none does. */
  fieldsOf(term: string, unitId: number): IndexedField[] | undefined {
    const b = this.bits.get(term);
    if (!b) return undefined;
    const fields = FIELDS.filter((f) => (b[f][unitId >> 3]! & (1 << (unitId & 7))) !== 0);
    return fields.length > 0 ? fields : undefined;
  }

  /** Units that hold a common term, in unit order, at most `limit`, and only those `only` accepts. */
  unitsWith(term: string, limit: number, only?: (unitId: number) => boolean): number[] {
    const b = this.bits.get(term);
    const found: number[] = [];
    if (!b) return found;
    for (let unitId = 0; unitId < this.unitCount && found.length < limit; unitId++) {
      const mask = 1 << (unitId & 7);
      const byte = unitId >> 3;
      if (((b.keys[byte]! | b.text[byte]! | b.context[byte]!) & mask) !== 0 && (!only || only(unitId))) found.push(unitId);
    }
    return found;
  }
}

function emptyBits(unitCount: number): FieldBits {
  const bytes = Math.ceil(unitCount / 8);
  return { keys: new Uint8Array(bytes), text: new Uint8Array(bytes), context: new Uint8Array(bytes) };
}
