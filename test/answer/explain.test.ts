import { describe, expect, it } from 'vitest';
import { bundledEngine } from '../helpers/engine.ts';

describe('engine.explain', () => {
  it('gives the answer with what was weighed: the frame, the terms, and the ranked passages with what each lacks', async () => {
    const engine = await bundledEngine();
    const { answer, explanation } = engine.explain('签约金额多少？');
    expect(answer.text).toBe(engine.answer('签约金额多少？').text);
    expect(explanation).toBeDefined();
    expect(explanation!.frame.asks).toBe('figure');
    expect(explanation!.terms.map((t) => t.term)).toContain('签约金额');
    const chosen = explanation!.candidates.find((c) => c.unitId === explanation!.chosen)!;
    expect(chosen.fits).toBe(true);
    expect(chosen.text).toContain('535.35');
    expect(explanation!.confidence).toBeGreaterThanOrEqual(0.66);
    // (A passage that does not hold a term says which: the count of signed projects lacks 金额's money.)
    const { explanation: other } = engine.explain('签约金额和走访企业数量各是多少？');
    expect(other!.candidates.some((c) => c.missing.length > 0)).toBe(true);
  });

  it('explains nothing for a greeting, and never throws on bad input', async () => {
    const engine = await bundledEngine();
    expect(engine.explain('你好').explanation).toBeUndefined();
    for (const input of ['', '\u0000\u0001', '😀'.repeat(500), '<script>alert(1)</script>']) expect(() => engine.explain(input)).not.toThrow();
  });
});
