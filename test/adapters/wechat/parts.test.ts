import { describe, expect, it } from 'vitest';
import { splitIntoParts, WECHAT_MAX_LENGTH } from '../../../adapters/wechat/parts.ts';

const sentence = (i: number) => `第${i}句话讲的是活动的第${i}项成果，内容详实，数据准确。`;

describe('splitIntoParts', () => {
  it('returns a reply that fits whole, without a number', () => {
    expect(splitIntoParts('累计签约金额：535.35万元')).toEqual(['累计签约金额：535.35万元']);
  });

  it('splits a long reply into numbered parts of at most 1,500 characters at sentence ends, in order', () => {
    const text = Array.from({ length: 200 }, (_, i) => sentence(i + 1)).join('');
    const parts = splitIntoParts(text);
    expect(WECHAT_MAX_LENGTH).toBe(1500);
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(1500);
      expect(part.startsWith(`(${i + 1}/${parts.length}) `)).toBe(true);
    });
    for (const part of parts.slice(0, -1)) expect(part.endsWith('。')).toBe(true);
    expect(parts.map((p) => p.replace(/^\(\d+\/\d+\) /u, '')).join('')).toBe(text);
  });

  it('leaves room for what the platform prepends', () => {
    const text = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join('');
    for (const part of splitIntoParts(text, 200, 10)) expect(part.length + 10).toBeLessThanOrEqual(200);
  });

  it('keeps within the limit when the part count reaches two digits', () => {
    const text = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join('');
    const parts = splitIntoParts(text, 60);
    expect(parts.length).toBeGreaterThanOrEqual(10);
    expect(parts.every((p) => p.length <= 60)).toBe(true);
    expect(parts.at(-1)).toMatch(new RegExp(`^\\(${parts.length}/${parts.length}\\) `, 'u'));
  });
});
