import { describe, expect, it } from 'vitest';
import { decodeGbk, encodeGbk, gbkBytesOf, isPrivateUse } from '../../src/kb/gbk.ts';

describe('GBK through iconv-lite', () => {
  it('encodes every two-byte code back to the bytes it was decoded from, but the two that duplicate € and the ideographic space', () => {
    const wrong: string[] = [];
    let codes = 0;
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        codes++;
        const ch = decodeGbk([lead, trail]);
        const back = gbkBytesOf(ch);
        if (back?.[0] !== lead || back[1] !== trail) wrong.push(`0x${lead.toString(16)}${trail.toString(16)} → ${ch} → ${back}`);
      }
    }
    expect(codes).toBe(23940);
    expect(wrong).toEqual(['0xa2e3 → € → 128', '0xa3a0 → \u3000 → 161,161']);
  });

  it('round-trips the seed release sentence in Traditional characters through GBK', () => {
    const text = '活動共計征集技術需求112項,走訪企業105家。安徽“雙創匯”·宿州“科創心連心”';
    const { bytes, unencodable } = encodeGbk(text);
    expect(unencodable).toEqual([]);
    expect(decodeGbk(bytes)).toBe(text);
    expect([...bytes.slice(0, 2)]).toEqual([0xbb, 0xee]); // 活
  });

  it('writes characters GBK lacks as ? and says where they were, as the publishing page did', () => {
    const { bytes, unencodable } = encodeGbk('宿州😀・科創');
    expect(decodeGbk(bytes)).toBe('宿州??科創');
    expect(unencodable).toEqual([2, 4]);
  });

  it('knows the user-defined codes decode to Private Use characters no page can print', () => {
    expect(isPrivateUse(decodeGbk([0xaf, 0xbc]))).toBe(true); // the pair the seed's page dropped inside 征集技術
    expect(isPrivateUse(decodeGbk([0xbc, 0xaf]))).toBe(false); // 集
  });
});
