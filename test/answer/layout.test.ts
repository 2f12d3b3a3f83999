import { beforeAll, describe, expect, it } from 'vitest';
import { ELISION, formatCitation, layoutAnswer, renderPlainText, toScript, type Answer, type Citation, type Engine } from '../../src/index.ts';
import { bundledEngine } from '../helpers/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

const citation: Citation = {
  releaseId: 'r',
  title: '某某新闻发布会',
  date: '2024-01-02',
  dateText: '2024年1月2日',
  office: '某市政府新闻办',
  speaker: { name: '张三', post: '市局局长' },
  section: '一、总体情况',
};

describe('the one layout of an answer', () => {
  it('words a citation as title, date and office, who said it, and the section', () => {
    expect(formatCitation(citation)).toBe('——《某某新闻发布会》（2024年1月2日，某市政府新闻办），市局局长张三，一、总体情况');
    const { speaker: _speaker, section: _section, ...bare } = citation;
    expect(formatCitation(bare)).toBe('——《某某新闻发布会》（2024年1月2日，某市政府新闻办）');
    expect(formatCitation({ ...citation, speaker: { name: '张三' } })).toBe('——《某某新闻发布会》（2024年1月2日，某市政府新闻办），张三，一、总体情况');
  });

  it('orders a fact as headline, quote and citation, and keeps the quote\'s elisions as pieces', () => {
    const answer = engine.answer('累计签约金额是多少？');
    const layout = layoutAnswer(answer);
    expect(layout.blocks.map((b) => b.role)).toEqual(['headline', 'quote', 'citation']);
    const quote = layout.blocks[1]!;
    expect(quote.pieces!.join(ELISION)).toBe(answer.quote);
    expect(quote.pieces!.length).toBe(answer.quote!.split(ELISION).length);
    expect(answer.text).toBe(renderPlainText(answer));
  });

  it('says first how it read a follow-up, in the core\'s words', () => {
    const c = 'layout-test';
    engine.converse(c, '谁作的报告？');
    const answer = engine.converse(c, '他是哪个单位的？');
    expect(answer.understood).toBeDefined();
    const layout = layoutAnswer(answer);
    expect(layout.blocks[0]).toEqual({ role: 'notice', text: `（接上题：${answer.understood}）` });
  });

  it('introduces suggestions by what they are, and tells how to pick by number only where numbers are picked', () => {
    const refusal = engine.answer('宿州学院的录取分数线是多少');
    expect(layoutAnswer(refusal).choices).toMatchObject({ kind: 'youCanAsk', lead: '您可以这样问：', items: refusal.suggestions });
    expect(layoutAnswer(refusal).choices).not.toHaveProperty('hint');
    expect(layoutAnswer(refusal, { picking: 'buttons' }).choices).not.toHaveProperty('hint');
    expect(layoutAnswer(refusal, { picking: 'numbers' }).choices?.hint).toBe('回复数字（如 1）即可提问，5 分钟内有效。');
    const led: Answer = { ...refusal, band: 'suggest', message: '您是不是想问：' };
    expect(layoutAnswer(led).choices).not.toHaveProperty('lead');
    expect(layoutAnswer({ ...refusal, band: 'usage' }).choices?.lead).toBe('例如：');
  });

  it('writes its own words in Traditional for a Traditional asker', () => {
    const answer = engine.answer('下一步有什麼謀劃');
    const layout = layoutAnswer(answer, { picking: 'numbers' });
    expect(layout.blocks.slice(0, 3).map((b) => `${b.label ?? ''}${b.role === 'official' ? b.text : ''}`)).toEqual([
      toScript('【官方答复】', 'traditional'),
      toScript('问：', 'traditional'),
      toScript('答：', 'traditional'),
    ]);
  });

  it('shows the text of an answer it has no parts for rather than nothing', () => {
    const bare: Answer = { question: 'q', answered: false, band: 'usage', kind: 'none', script: 'simplified', suggestions: [], score: 0, text: '纯文本' };
    expect(renderPlainText(bare)).toBe('纯文本');
  });
});
