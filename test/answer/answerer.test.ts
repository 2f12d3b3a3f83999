import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/index.ts';
import { bundledEngine } from '../helpers/engine.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await bundledEngine();
});

describe('answer kinds', () => {
  it('answers a figure with its label, value and the sentence it stands in', () => {
    const a = engine.answer('累计签约金额是多少？');
    expect(a).toMatchObject({ answered: true, band: 'answer', kind: 'fact', headline: '累计签约金额：535.35万元' });
    expect(a.quote).toContain('累计签约金额535.35万元。');
    // The sentence is dated by its paragraph's opening sentence.
    expect(a.quote).toMatch(/^2023年6月至8月,.*……活动共计/u);
    expect(a.citation).toMatchObject({ title: '安徽“双创汇”走进宿州活动新闻发布会', date: '2023-12-29', speaker: { name: '王慧', post: '市科技局副局长' } });
    expect(a.citation?.section).toBe('二、精准对接,助推合作见行见效。');
  });

  it('answers an official Q&A with the official question and the full official answer', () => {
    const a = engine.answer('下一步对双创汇活动有什么谋划？');
    expect(a).toMatchObject({ answered: true, kind: 'qa' });
    expect(a.officialQuestion).toBe('您好,请问下一步对举办安徽“双创汇”走进宿州系列活动有什么谋划?');
    expect(a.quote).toMatch(/^下一步,要充分调动各县区\(园区\)的积极性.*全面促进创新创业跨地区、跨界合作。$/u);
    expect(a.citation?.section).toBe('答记者问');
    expect(a.text).toContain('【官方答复】');
  });

  it('prefers the official Q&A over a statement sentence that shares words with the question', () => {
    expect(engine.answer('举办这个系列活动有什么积极影响？').kind).toBe('qa');
  });

  it('answers a dated event with its date, name and description', () => {
    const a = engine.answer('9月26日办了什么活动');
    expect(a.kind).toBe('event');
    expect(a.headline).toBe('2023年9月26日：安徽“双创汇”走进宿州集中签约仪式暨宿州市新能源汽车产业发展报告会');
    expect(a.quote).toContain('李克强');
  });

  it('answers release facts from the header: date, place, speakers, media, office', () => {
    expect(engine.answer('新闻发布会的时间').headline).toBe('发布时间：2023年12月29日');
    expect(engine.answer('发布地点在哪').headline).toBe('发布地点：宿州市新闻发布厅');
    expect(engine.answer('有哪些发布人').headline).toBe('发布人：市科技局副局长王慧，市科技局协同创新与对外科技合作科科长李黎');
    expect(engine.answer('参会媒体有哪些').headline).toContain('拂晓报');
    const office = engine.answer('发布单位是哪里');
    expect(office).toMatchObject({ kind: 'release', headline: '发布单位：宿州市政府新闻办' });
  });

  it('quotes the exact sentence for a fact in the statements', () => {
    const a = engine.answer('宿州学院和江淮汽车签了什么协议');
    expect(a).toMatchObject({ answered: true, kind: 'fact' });
    expect(a.quote).toBe('活动促成宿州学院与安徽江淮汽车集团股份有限公司签署全面战略合作协议,见证了皖北首个新能源汽车产业研究院的揭牌,为做大做强做精新能源汽车产业集群创造了有力条件。');
    expect(a.citation?.section).toBe('三是校地联动,聚力创新量质双优。');
  });

  it('understands colloquial wording without a list written for it', () => {
    // 签 is inside the release's 签约; 钱 asks an amount of money.
    expect(engine.answer('一共签了多少钱？').headline).toBe('累计签约金额：535.35万元');
    // 收集 and 征集 are near-synonyms in general Chinese (CC-CEDICT), not in the office's synonym list.
    expect(engine.answer('收集了多少技术需求').headline).toBe('征集技术需求：112项');
    // The office's own abbreviations (江汽, 宿院) come from its knowledge folder.
    expect(engine.answer('江汽和宿院签了什么').quote).toContain('全面战略合作协议');
  });
});

describe('three bands', () => {
  it('answers when the passage covers the question', () => {
    const a = engine.answer('走访了几家企业？');
    expect(a.band).toBe('answer');
    expect(a.score).toBeGreaterThanOrEqual(0.66);
  });

  it('answers a figure whose paragraph, not its sentence, says who did what it counts', () => {
    // 服务团实地走访 is said in the sentence before 走访企业105家.
    const a = engine.answer('服务团实地走访了多少家企业');
    expect(a.band, a.text).toBe('answer');
    expect(a.text).toContain('105家');
  });

  it('offers suggestions when it is unsure, without answering', () => {
    const a = engine.answer('签约仪式的地点');
    expect(a.answered).toBe(false);
    expect(a.band).toBe('suggest');
    expect(a.text).toContain('您是不是想问');
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['宿州学院的录取分数线是多少', '分数线'],
    ['宿州学院有几个校区', '校区'],
    ['江淮汽车的新车型号', '新车型'],
    ['宿州今天下雨吗', '下雨'],
  ])('refuses %s, naming what the release does not mention', (question, missing) => {
    const a = engine.answer(question);
    expect(a).toMatchObject({ answered: false, band: 'refuse', kind: 'none' });
    expect(a.message).toContain(`没有提到`);
    expect(a.message).toContain(`“${missing}”`);
    expect(a.suggestions).toHaveLength(3);
  });

  it('refuses questions in other languages about other things', () => {
    expect(engine.answer('What is the capital of France?').band).toBe('refuse');
    expect(engine.answer('qwertyuiop').band).toBe('refuse');
  });

  it('refuses a date the release does not mention instead of answering another date', () => {
    expect(engine.answer('2024年3月1日有什么活动').answered).toBe(false);
  });

  it('replies to greetings, help and empty input with usage and examples, not a search', () => {
    for (const q of ['你好', 'help', '帮助', '', '？？？', '   ', '/start']) {
      const a = engine.answer(q);
      expect(a.band).toBe('usage');
      expect(a.answered).toBe(false);
      expect(a.suggestions).toHaveLength(3);
      expect(a.text).toContain('安徽“双创汇”走进宿州活动新闻发布会');
    }
  });

  it('scores mean the same across questions: every answer scores above every refusal', () => {
    const answered = ['累计签约金额是多少？', '李克强', '第一阶段是做什么的', '发布地点在哪'].map((q) => engine.answer(q).score);
    const refused = ['宿州今天下雨吗', '宿州学院有几个校区', '推荐一部好看的电影'].map((q) => engine.answer(q).score);
    expect(Math.min(...answered)).toBeGreaterThan(Math.max(...refused));
  });
});

describe('script mirroring', () => {
  it('answers a Traditional question in Traditional, quoting the Traditional release verbatim', () => {
    const a = engine.answer('簽約項目有幾個？');
    expect(a.script).toBe('traditional');
    expect(a.headline).toBe('現場簽約項目：35個');
    expect(a.quote).toContain('現場簽約項目35個,累計簽約金額535.35萬元。');
    expect(a.citation?.title).toBe('安徽“雙創匯”走進宿州活動新聞發布會');
  });

  it('writes its own labels in Traditional for a Traditional asker', () => {
    expect(engine.answer('發布會是什麼時候？').headline).toBe('發布時間：2023年12月29日');
    expect(engine.answer('宿州學院有幾個校區').message).toBe('這次發布會的官方材料沒有提到“校區”。');
  });

  it('answers a Simplified question in Simplified', () => {
    const a = engine.answer('签约项目有几个？');
    expect(a.script).toBe('simplified');
    expect(a.text).not.toMatch(/[簽約項數]/u);
  });
});

describe('suggestions', () => {
  it('give ids that resolve to the question text in either script and fit callback data', () => {
    const a = engine.answer('宿州学院有几个校区');
    for (const s of a.suggestions) {
      expect(Buffer.byteLength(s.id)).toBeLessThanOrEqual(40);
      expect(engine.suggestionText(s.id, 'simplified')).toBe(s.text);
    }
    expect(engine.suggestionText('no-such:id')).toBeUndefined();
  });

  it('are questions the bot answers', () => {
    for (const s of engine.examples()) expect(engine.answer(s.text).answered).toBe(true);
    for (const s of engine.answer('江淮汽车的新车型号').suggestions) expect(engine.answer(s.text).answered).toBe(true);
  });
});
