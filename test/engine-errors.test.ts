import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createEngine, type Engine } from '../src/index.ts';

/** Makes the real answerer fail on one marked question: stands in for any bug inside answering. */
const FAULT = '引发故障';
vi.mock('../src/answer/answerer.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/answer/answerer.ts')>();
  return {
    ...real,
    answerQuestion: (...args: Parameters<typeof real.answerQuestion>) => {
      if (args[1].includes(FAULT)) throw new Error('secret internal detail: index 42 out of range');
      return real.answerQuestion(...args);
    },
  };
});

let engine: Engine;
const errors: string[] = [];
beforeAll(async () => {
  engine = await createEngine({ cacheDir: false, logger: { warn: () => {}, error: (m) => errors.push(m) } });
});

describe('an internal error while answering', () => {
  it('is logged with its stack, and the asker gets a short apology in their script without the error text', () => {
    errors.length = 0;
    const traditional = engine.answer(`${FAULT}：簽約項目有幾個？`);
    const simplified = engine.answer(`${FAULT}：签约项目有几个？`);
    expect(traditional.text).toBe('抱歉，處理這個問題時出錯了，請換個說法再問，或稍後再試。');
    expect(simplified.text).toBe('抱歉，处理这个问题时出错了，请换个说法再问，或稍后再试。');
    for (const answer of [traditional, simplified]) {
      expect(answer).toMatchObject({ band: 'usage', answered: false, kind: 'none' });
      expect(JSON.stringify(answer)).not.toContain('secret internal detail');
    }
    expect(traditional.script).toBe('traditional');
    expect(traditional.question).toBe(`${FAULT}：簽約項目有幾個？`);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^engine: answering "引发故障：簽約項目有幾個？" failed: Error: secret internal detail: index 42 out of range\n\s+at /u);
  });

  it('is survived whatever the input, and the next question is answered', () => {
    errors.length = 0;
    const hostile = { toString: () => { throw new TypeError('cannot be a string'); } };
    const reply = engine.answer(hostile as unknown as string);
    expect(reply.text).toBe('抱歉，处理这个问题时出错了，请换个说法再问，或稍后再试。');
    expect(errors).toEqual([expect.stringMatching(/^engine: answering "" failed: TypeError: cannot be a string\n\s+at /u)]);
    expect(engine.answer('签约项目有几个？').text).toContain('现场签约项目：35个');
  });
});
