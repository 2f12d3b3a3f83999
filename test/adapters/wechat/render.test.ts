import { beforeAll, describe, expect, it } from 'vitest';
import { detectScript, formatCitation, renderPlainText, toScript, type Engine } from '../../../src/index.ts';
import { bundledEngine } from '../../helpers/engine.ts';
import { renderAnswer } from '../../../adapters/wechat/render.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await bundledEngine();
}, 30_000);

/** WeChat shows markup characters as they are, so none may appear. */
const MARKUP = /\*\*|__|`|<\/?[a-z]+>|\[[^\]]*\]\([^)]*\)|^#+ /mu;

describe('renderAnswer', () => {
  it('puts a fact in 「」 with the citation on its own line starting with ——, as the console does', () => {
    const answer = engine.answer('累计签约金额是多少？');
    const lines = renderAnswer(answer).split('\n');
    expect(lines).toContain(`「${answer.quote}」`);
    expect(lines.at(-1)).toBe(formatCitation(answer.citation!));
    expect(lines.at(-1)).toBe('——《安徽“双创汇”走进宿州活动新闻发布会》（2023年12月29日，宿州市政府新闻办），市科技局副局长王慧，二、精准对接,助推合作见行见效。');
    expect(renderAnswer(answer)).toBe(renderPlainText(answer, { picking: 'numbers' }));
    expect(renderAnswer(answer)).not.toMatch(MARKUP);
  });

  it('puts an official answer under 【官方答复】, the reporter\'s question and the answer each with its label', () => {
    const answer = engine.answer('下一步有什么打算？');
    expect(answer.kind).toBe('qa');
    const lines = renderAnswer(answer).split('\n');
    expect(lines.slice(0, 3)).toEqual(['【官方答复】', `问：${answer.officialQuestion}`, `答：${answer.quote}`]);
    expect(lines.at(-1)).toMatch(/^——.*答记者问$/u);
  });

  it('lists a refusal\'s suggestions numbered from 1, with how to pick one', () => {
    const answer = engine.answer('宿州学院的录取分数线是多少');
    expect(answer.band).toBe('refuse');
    const text = renderAnswer(answer);
    expect(text.startsWith(answer.message!)).toBe(true);
    answer.suggestions.forEach((s, i) => expect(text).toContain(`\n${i + 1}. ${s.text}`));
    expect(text).toContain('回复数字');
  });

  it('leads an unsure answer\'s list with 您是不是想问 unless the core\'s sentence already ends in a colon', () => {
    // The core decides the band; the same suggestions with each lead-in exercise both layouts.
    const refusal = engine.answer('宿州学院的录取分数线是多少');
    const unsure = renderAnswer({ ...refusal, band: 'suggest', message: '没有找到完全对应的内容。' });
    expect(unsure.split('\n').slice(0, 3)).toEqual(['没有找到完全对应的内容。', '您是不是想问：', `1. ${refusal.suggestions[0]!.text}`]);
    const withColon = renderAnswer({ ...refusal, band: 'suggest', message: '您是不是想问：' });
    expect(withColon.match(/您是不是想问/gu)).toHaveLength(1);
    expect(unsure.split('\n').at(-1)).toBe('回复数字（如 1）即可提问，5 分钟内有效。');
  });

  it('answers a greeting with usage and numbered examples', () => {
    const text = renderAnswer(engine.answer('你好'));
    expect(text).toMatch(/\n1\. .+\n2\. .+\n3\. .+/u);
  });

  it('writes its own labels in Traditional for a Traditional answer', () => {
    const qa = renderAnswer(engine.answer('下一步有什麼打算？'));
    expect(qa).toContain(toScript('【官方答复】', 'traditional'));
    expect(qa).toContain(`\n${toScript('问：', 'traditional')}`);
    const refusal = renderAnswer(engine.answer('宿州學院的錄取分數線是多少'));
    expect(refusal).toContain(toScript('回复数字', 'traditional'));
    expect(detectScript(qa)).toBe('traditional');
    expect(detectScript(refusal)).toBe('traditional');
  });
});
