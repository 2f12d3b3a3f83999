import { describe, expect, it } from 'vitest';
import { detectScript, fold, toScript } from '../../src/text/script.ts';

describe('script folding', () => {
  it('folds Traditional, full-width and upper case to one form', () => {
    expect(fold('簽約金額ＡＢＣ１２３')).toBe('签约金额abc123');
    expect(fold('發布會　是什麼時候？')).toBe('发布会 是什么时候?');
  });

  it('folds the same text written in either script to the same string', () => {
    expect(fold('線下累計參加人數800余人')).toBe(fold('线下累计参加人数800余人'));
  });

  it('tells Traditional questions from Simplified ones', () => {
    expect(detectScript('發布會是什麼時候？')).toBe('traditional');
    expect(detectScript('簽約項目有幾個？')).toBe('traditional');
    expect(detectScript('签约项目有几个？')).toBe('simplified');
  });

  it('counts text with no telling characters as Simplified', () => {
    expect(detectScript('What is 535.35?')).toBe('simplified');
    expect(detectScript('宿州')).toBe('simplified');
    expect(detectScript('')).toBe('simplified');
  });

  it('converts to Traditional the way mainland releases print it (發布, not 發佈)', () => {
    expect(toScript('发布时间', 'traditional')).toBe('發布時間');
    expect(toScript('累计签约金额', 'traditional')).toBe('累計簽約金額');
    expect(toScript('活動共計征集技術需求', 'simplified')).toBe('活动共计征集技术需求');
  });
});
