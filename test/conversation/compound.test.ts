import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { asideAndQuestion, chatterAndQuestion, clauseAndQuestion, contextAndQuestion, questionParts, questionWithoutRemarks, thingsAskedEach, withEllipsisJoined, wordsToHold } from '../../src/conversation/compound.ts';
import { bundledEngine } from '../helpers/engine.ts';

describe('a message that asks several things', () => {
  it('is taken apart at its question marks, exclamations and full stops', () => {
    expect(questionParts('网办率多少？比上一年提高了多少？')).toEqual(['网办率多少', '比上一年提高了多少']);
    expect(questionParts('今年雨水比往年同期多了两成多，是吗？具体多多少?')).toEqual(['今年雨水比往年同期多了两成多，是吗', '具体多多少']);
    // A comma parts two clauses that each ask something; other commas stay.
    expect(questionParts('新能源车一共多少辆，占全部汽车的比例是多少？')).toEqual(['新能源车一共多少辆', '占全部汽车的比例是多少']);
    // (列一下, 详细说说: a request to say more is no question of its own.)
    expect(questionParts('具体都是哪些项目？列一下')).toEqual([]);
    expect(questionParts('签了哪些项目？麻烦详细说一下吧')).toEqual([]);
    expect(questionParts('请问，签约金额是多少？')).toEqual([]);
    // (In Traditional as in Simplified: 幾 asks as 几 does.)
    expect(questionParts('今年消費券總額多少，分幾批發放？')).toEqual(['今年消費券總額多少', '分幾批發放']);
    // One question, or a pasted paragraph, has no parts.
    expect(questionParts('签约金额多少？')).toEqual([]);
    expect(questionParts('签约金额多少？'.repeat(40))).toEqual([]);
    // Punctuation or a single character between the marks is no question.
    expect(questionParts('签约金额多少？？！哦？')).toEqual([]);
  });

  it('keeps saying which thing was meant (就是滨江那个, 我是说新校区) with the question before it, not as a question', () => {
    expect(questionParts('分拣中心在哪？就是新建的那个')).toEqual([]);
    expect(questionParts('县长叫什么？我是说当组长的那位')).toEqual([]);
    // (A clause after 就是 that asks something of its own is a question still.)
    expect(questionParts('分拣中心在哪？就是说建了几个')).toEqual(['分拣中心在哪', '就是说建了几个']);
  });
  it('reads an elliptical subject and the short question asked of it as one question', () => {
    expect(withEllipsisJoined('那第二阶段呢？具体哪段时间')).toBe('第二阶段具体哪段时间');
    expect(withEllipsisJoined('那9月26日呢，几点开始？')).toBe('9月26日几点开始');
    expect(withEllipsisJoined('那第二階段呢？具體哪段時間')).toBe('第二階段具體哪段時間');
    // (A question naming a thing of its own is beside the subject's, not of it; one question is as it was.)
    expect(withEllipsisJoined('那社会资本呢 有例子吗')).toBe('那社会资本呢 有例子吗');
    expect(withEllipsisJoined('签约金额多少？')).toBe('签约金额多少？');
    expect(withEllipsisJoined('第二阶段呢？')).toBe('第二阶段呢？');
  });

  let seed: Engine;
  let police: Engine;
  beforeAll(async () => {
    seed = await bundledEngine();
    police = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r12')], cacheDir: false });
  });

  it('answers the first of its questions the releases answer, and says which one', () => {
    // (現場簽了多少個項目？簽約金額多少？ is answered whole: one sentence gives 35個 and 535.35萬元.)
    const a = seed.answer('現場簽了多少個項目？主持人是誰？');
    expect(a.band).toBe('answer');
    expect(a.understood).toBe('現場簽了多少個項目');
    expect(a.understoodAs).toBe('part');
    expect(a.text.split('\n')[0]).toBe('（先回答其中一問：現場簽了多少個項目）');
    expect(a.text).toContain('35個');
    const both = seed.answer('現場簽了多少個項目？簽約金額多少？');
    expect(both.text).toContain('35個');
    expect(both.text).toContain('535.35萬元');
  });

  it('answers each of its questions the releases answer, in order, each after its notice', () => {
    const a = seed.answer('发布会是哪天开的？在哪开的？');
    expect(a.band).toBe('answer');
    expect(a.also).toHaveLength(1);
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('（其中一问：发布会是哪天开的）');
    expect(lines).toContain('（其中一问：在哪开的）');
    expect(a.text.indexOf('2023年12月29日')).toBeLessThan(a.text.indexOf('（其中一问：在哪开的）'));
    expect(a.text.slice(a.text.indexOf('（其中一问：在哪开的）'))).toContain('宿州市新闻发布厅');
  });

  it('keeps the answer to the whole message when its questions read apart are answered by other passages', async () => {
    // (Read apart, 6月臭氧浓度是多少 goes to the PM2.5 sentence and 比去年高吗 has lost its subject; the whole is
    // answered by the ozone sentence.)
    const ecology = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r4')], cacheDir: false });
    const a = ecology.answer('6月臭氧浓度是多少，比去年高吗');
    expect(a.text).toContain('3.3%');
    expect(a.text).not.toContain('PM2.5');
    expect(a.also ?? []).toHaveLength(0);
  });

  it('reads a later question naming no subject of its own with the earlier one, though alone it is answered too', async () => {
    const maternity = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r17')], cacheDir: false });
    // 在哪申请 alone is answered of something else; with 生育津贴 it is the official answer on claiming it.
    const a = maternity.answer('生完孩子多久内要去申领生育津贴？在哪里申请？');
    expect(a.text).toContain('1年内');
  });

  it('answers a message the releases answer whole as it is, with no notice', () => {
    const a = police.answer('网办率多少？');
    expect(a.understood).toBeUndefined();
    expect(a.text).toContain('81.6%');
  });

  it('refuses as before when none of its questions is answered', () => {
    const a = seed.answer('主办方的地址在哪？邮编是多少？');
    expect(a.answered).toBe(false);
    expect(a.understood).toBeUndefined();
  });
});

describe('two things asked the same at once (X和Y分别是多少)', () => {
  it('are two questions, the second with what the message names before the pair', () => {
    expect(questionParts('2024年全市新增企业和个体户各有多少')).toEqual(['2024年全市新增企业有多少', '2024年全市新增个体户有多少']);
    expect(questionParts('开幕式和闭幕式分别是哪天')).toEqual(['开幕式是哪天', '闭幕式是哪天']);
    // (A list asked of one thing is one question.)
    expect(questionParts('两位发布人分别是谁')).toEqual([]);
    expect(thingsAskedEach('计划筹集的房源里新建和收购各多少套')).toEqual(['新建', '收购']);
    // (What kind of number is asked is no word the answer must hold.)
    expect(wordsToHold('签约项目数量')).toEqual(['签约', '项目']);
  });

  it('are each answered by a passage of their own thing, or not at all', async () => {
    const seed = await bundledEngine();
    const a = seed.answer('签约项目数量和累计签约金额分别是多少？');
    expect(a.text).toContain('35个');
    expect(a.text).toContain('535.35万元');
  });
});

describe('a question after a clause of context', () => {
  it('is found after the words that turn to asking', () => {
    expect(contextAndQuestion('我们在做后续报道，没能到现场，想了解一下当天有哪几家媒体参会？')).toEqual({ context: '我们在做后续报道，没能到现场', question: '当天有哪几家媒体参会？' });
    expect(contextAndQuestion('签约金额多少')).toBeUndefined();
  });

  it('is answered alone, or with the context for its subject, and the reply says how it was read', async () => {
    const seed = await bundledEngine();
    const a = seed.answer('我们在写一篇后续稿件，想核实一下，出席这场发布会的媒体有哪几家？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('（理解为：出席这场发布会的媒体有哪几家？）');
    expect(a.text).toContain('拂晓报');
    // (In Traditional too, answered in it: 想確認一下 turns to asking as 想确认一下 does.)
    const traditional = seed.answer('我們沒能到現場，想確認一下出席這場發布會的媒體有哪幾家？');
    expect(traditional.answered).toBe(true);
    expect(traditional.text).toContain('拂曉報');
    // (Context alone, with nothing asked after it, is not answered by it.)
    expect(seed.answer('我们注意到研究院揭牌了，想问一下院长是谁？').answered).toBe(false);
  });
});

describe('a question beside what the asker says of themselves', () => {
  it('sets aside clauses about the asker that ask nothing, before or after the question, not the office speaking of itself', () => {
    expect(asideAndQuestion('我老伴问我，发布会是哪天开的？')).toEqual({ context: '我老伴问我', question: '发布会是哪天开的？' });
    expect(asideAndQuestion('研究院在哪揭牌的？我孙子在那读研究生。')).toEqual({ context: '我孙子在那读研究生', question: '研究院在哪揭牌的？' });
    expect(asideAndQuestion('我市签约金额多少')).toBeUndefined();
    expect(asideAndQuestion('我想问签约金额多少')).toBeUndefined();
    expect(asideAndQuestion('我孙子在读研究生。')).toBeUndefined();
  });

  it("reads the question without the asker's remarks on their own task, before or after it", () => {
    expect(questionWithoutRemarks('作业里问：签约金额是多少？')).toEqual({ question: '签约金额是多少？', leadIn: true, trailing: false });
    expect(questionWithoutRemarks('老师说报道里要引用一句话，原话是怎么说的？')).toEqual({ question: '原话是怎么说的？', leadIn: true, trailing: false });
    expect(questionWithoutRemarks('签约金额是多少？我要写在报道第一段')).toEqual({ question: '签约金额是多少？', leadIn: false, trailing: true });
    // (What someone said of the releases is the question's content, and hearsay its subject: neither is a remark.)
    expect(questionWithoutRemarks('他说签了35个项目，是真的吗')).toBeUndefined();
    expect(questionWithoutRemarks('听说签约了，金额多少')).toBeUndefined();
    expect(questionWithoutRemarks('签约多少？我市呢')).toBeUndefined();
    expect(questionWithoutRemarks('我要写在报道第一段')).toBeUndefined();
    expect(questionWithoutRemarks('我看到活动期间走访了不少企业，一共走访了多少家？')).toBeUndefined();
  });

  it('answers the question, a speaker addressed as 同志 by their name', async () => {
    const seed = await bundledEngine();
    const a = seed.answer('我老伴问我，发布会上介绍情况的王慧同志是什么职务啊？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('副局长王慧');
  });
});

describe('a question typed with a remark that asks and names nothing', () => {
  it('sets aside the remark before or after the question, not a clause that asks, narrows or names what is asked', () => {
    expect(chatterAndQuestion('救命 报告会请来的院士是谁啊 我没看清😂')).toEqual({ question: '报告会请来的院士是谁啊' });
    expect(chatterAndQuestion('局长说的盆景变风景是啥意思啊 看不懂🤔')).toEqual({ question: '局长说的盆景变风景是啥意思啊' });
    expect(chatterAndQuestion('5月那个校园行活动里面都有啥环节啊 好玩不hhh')).toEqual({ question: '5月那个校园行活动里面都有啥环节啊' });
    // (A name, a number or a part named is the question's; 收不收费 and 有名单不 ask; one clause has no remark.)
    expect(chatterAndQuestion('清华大学 签了什么协议')).toBeUndefined();
    expect(chatterAndQuestion('参与计划的8个部门，除了运输署还有哪些')).toBeUndefined();
    expect(chatterAndQuestion('帶押過戶業務裡，江北區辦了多少件？')).toBeUndefined();
    expect(chatterAndQuestion('护到家培训在哪报名，收不收费')).toBeUndefined();
    expect(chatterAndQuestion('那个共同体跟哪几所高校签了协议啊 有名单不')).toBeUndefined();
    expect(chatterAndQuestion('报告会请来的院士是谁啊')).toBeUndefined();
    // (Letters are a remark only as laughter; a clause naming what the releases speak of is the question's subject.)
    expect(chatterAndQuestion('TNR 是什么意思')).toBeUndefined();
    expect(chatterAndQuestion('报告会请来的院士是谁啊 hhhh')).toEqual({ question: '报告会请来的院士是谁啊' });
    expect(chatterAndQuestion('房屋全倒 救助金一户发多少', (word) => word === '房屋')).toBeUndefined();
    // (Asking whether the release says it asks the question beside it: it is no question of its own.)
    expect(chatterAndQuestion('签约金额多少 发布会有提到吗')).toEqual({ question: '签约金额多少' });
    expect(questionParts('李克强院士是哪个大学的啊 发布会有说吗')).toEqual([]);
  });

  it('answers the question the releases answer without it, and says how it read the message', async () => {
    const seed = await bundledEngine();
    const a = seed.answer('宿州学院跟哪家车企签了战略合作啊 求科普');
    expect(a.answered).toBe(true);
    expect(a.understood).toBe('宿州学院跟哪家车企签了战略合作啊');
    expect(a.text).toContain('江淮汽车');
    // (Not a question the releases do not answer: the remark goes and the question is still refused.)
    expect(seed.answer('新能源汽车产业研究院投了多少钱啊 求科普').answered).toBe(false);
    expect(seed.answer('签约金额多少，发布会有提到吗').text).toContain('535.35');
    // (李克强院士是哪个大学的 is not in the release: 发布会有说吗 is not answered with its title instead.)
    expect(seed.answer('李克强院士是哪个大学的啊 发布会有说吗').answered).toBe(false);
  });
});

describe('a question after a clause of what happened', () => {
  it('reads a clause that ends in its verb as the circumstance of the question after it, not one that narrows or names its topic', () => {
    expect(clauseAndQuestion('商家一直拖着不退，平台直接退款多久能到账')).toEqual({ context: '商家一直拖着不退', question: '平台直接退款多久能到账' });
    // (A part of a total, a set-aside, a bound or a number narrows what is asked; a noun phrase is its topic.)
    expect(clauseAndQuestion('今年冷静期退款里，健身类的有多少笔？')).toBeUndefined();
    expect(clauseAndQuestion('除了工行，还有哪些银行')).toBeUndefined();
    expect(clauseAndQuestion('首套房面积超过140平方米的，契税税率是多少？')).toBeUndefined();
    expect(clauseAndQuestion('景区免门票少收的钱，财政一年要补多少？')).toBeUndefined();
  });

  it('answers the question, saying how it was read', async () => {
    const r105 = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r105')], cacheDir: false });
    const a = r105.answer('商家一直拖着不退，平台直接退款多久能到账');
    expect(a.text).toContain('3个工作日内到账');
    expect(a.text).toContain('理解为');
  });

  it('reads a story the asker opens with as context up to the clause that asks, what it reports as the context', () => {
    expect(asideAndQuestion('我舅舅说他那天去了，说现场来了两千多人，线下一共来了多少人？')).toEqual({ context: '说现场来了两千多人', question: '线下一共来了多少人？' });
  });
});
