import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/text/split.ts';

describe('splitMessage', () => {
  it('keeps a short text whole', () => {
    expect(splitMessage('累计签约金额535.35万元。', 100)).toEqual(['累计签约金额535.35万元。']);
  });

  it('cuts long text after sentence ends, in order, within the limit', () => {
    const sentence = '活动共计征集技术需求112项，走访企业105家。';
    const text = sentence.repeat(30);
    const parts = splitMessage(text, 100);
    expect(parts.join('')).toBe(text);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part.endsWith('。')).toBe(true);
    }
  });

  it('never splits an emoji (surrogate pair) across parts', () => {
    const text = '😀'.repeat(60);
    const parts = splitMessage(text, 9);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });

  it('refuses a limit too small to make progress', () => {
    expect(() => splitMessage('abc', 1)).toThrow(/maxLength/u);
  });
});
