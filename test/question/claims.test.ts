import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { alternativesAsked, checkedSubject, checksClaim, claimQuestion, holdsOption } from '../../src/question/claims.ts';
import { bundledEngine } from '../helpers/engine.ts';

describe('a question checking a claim the releases never mention', () => {
  it('asks for the value the claim puts forward, by the grammar around it', () => {
    // (在 before it: a place; 和 before it: who; the nouns around the unknown word are the claim.)
    expect(claimQuestion('这场发布会是在宿州市政府常务会议室举行的吧？', ['常务', '会议室'])).toEqual({ question: '这场发布会是在哪里举行的', claimed: '宿州市政府常务会议室' });
    expect(claimQuestion('宿州学院是和奇瑞汽车签的全面战略合作协议吗？', ['奇瑞'])).toEqual({ question: '宿州学院是和谁签的全面战略合作协议', claimed: '奇瑞汽车' });
    // (签约的不是奇瑞汽车吗: what is denied is what is asked.)
    expect(claimQuestion('签约的不是奇瑞汽车吗？', ['奇瑞'])).toEqual({ question: '签约的是谁', claimed: '奇瑞汽车' });
    expect(claimQuestion('研究院不是在合肥揭牌的吗', ['合肥'])?.question).toBe('研究院是在哪里揭牌的');
    // (A claim's kind told by the noun that ends it: …局 is who.)
    expect(claimQuestion('主办的是市教育局吧', ['教育局'])?.question).toBe('主办的是谁');
    // (被 with a verb after the claim names who acts; with none, the claim is the verb and the passive asks whether.)
    expect(claimQuestion('研究院是被宿州学院牵头建的吗', ['宿州学院'])?.question).toBe('研究院是被谁牵头建的');
    expect(claimQuestion('第一次轻微违停会被罚款吗', ['罚款'])).toBeUndefined();
    expect(claimQuestion('没戴头盔会被罚吗', ['头盔'])).toBeUndefined();
  });

  it('asks a number it claims as how many of its measure, inside the question too', () => {
    expect(claimQuestion('不是说只走访了50家企业吗？', ['50家'])).toEqual({ question: '只走访了多少家企业', claimed: '50家' });
    expect(claimQuestion('走访企业是不是只有80家', ['80家'])?.question).toBe('走访企业多少家');
    // (A bound or hedge goes with its number; a share is asked as one; 难道 checks wherever it stands.)
    expect(claimQuestion('问题整改率难道不到90%？', ['90%'])?.question).toBe('问题整改率多少%');
    expect(claimQuestion('现场签约项目有没有30个', ['30个'])?.question).toBe('现场签约项目多少个');
    expect(claimQuestion('去年投诉不是才5000多件吗', ['5000多件'])?.question).toBe('去年投诉是多少件');
    // (A year is when, not how many; two numbers are two claims; a message that asks as well checks nothing only.)
    expect(claimQuestion('2022年签约金额是不是300万元', ['2022年', '300万元'])).toBeUndefined();
    expect(claimQuestion('是不是签了50个项目、走访了80家', ['50个', '80家'])).toBeUndefined();
    expect(claimQuestion('学生去景区是不是免票？什么时间段', ['景区'])).toBeUndefined();
  });

  it('reads 么 as 吗 only where it ends a check, not in 什么 or 怎么', () => {
    expect(checksClaim('那4家施工企业叫什么')).toBe(false);
    expect(checksClaim('这个怎么')).toBe(false);
    expect(checksClaim('是和奇瑞签的么')).toBe(true);
  });

  it('leaves alone a question that checks nothing, claims nothing unknown, or keeps nothing to ask about', () => {
    // (A wh-question is no claim; the releases' own words are no claim either.)
    expect(claimQuestion('是和哪家车企签的协议', ['车企'])).toBeUndefined();
    expect(claimQuestion('是和奇瑞汽车签的吗', [])).toBeUndefined();
    expect(claimQuestion('奇瑞汽车吗', ['奇瑞'])).toBeUndefined();
    // (Two claims at once, or a claim whose kind the grammar does not tell, are not guessed at.)
    expect(claimQuestion('是和奇瑞汽车还是比亚迪签的吗', ['奇瑞', '比亚迪'])).toBeUndefined();
    expect(claimQuestion('活动有没有无人机表演', ['无人机'])).toBeUndefined();
  });
});

describe('a message that checks a claim and then asks', () => {
  it('leaves the subject of its check, not the claim, for the question after it', () => {
    expect(checkedSubject('征集技术需求，是不是就收了几十条')).toBe('征集技术需求');
    expect(checkedSubject('说是搞了一系列活动，最早那场校园活动是不是拖到下半年才办')).toBe('最早那场校园活动');
    // (有没有 asks whether there is any: no claim to set aside.)
    expect(checkedSubject('期间有没有人员伤亡')).toBeUndefined();
  });
});

describe('an either-or question', () => {
  it('reads the two options and the question with each alone', () => {
    expect(alternativesAsked('签约仪式是9月26号还是10月26号')).toEqual({ options: ['9月26号', '10月26号'], readings: ['签约仪式是9月26号', '签约仪式是10月26号'] });
    // (No copula: the number before 还是 is the first option; particles end the second.)
    expect(alternativesAsked('现场签约项目35个还是53个来着?')?.options).toEqual(['35个', '53个']);
    // (为了 opens an option as 是 and 有 do.)
    expect(alternativesAsked('办活动是为了科技成果转化还是乡村振兴')?.readings[0]).toBe('办活动是为了科技成果转化');
    // (Options first and the question after the second: each option read with what follows, the second cut to the
    // first's shape.)
    expect(alternativesAsked('是9月26号还是10月26号揭的牌')).toEqual({ options: ['9月26号', '10月26号'], readings: ['是9月26号揭的牌', '是10月26号揭的牌'] });
  });

  it('leaves alone 还是 as "still", a question asking something else, and one with nothing left to ask of', () => {
    expect(alternativesAsked('明年还是在宿州学院办吗')).toBeUndefined();
    expect(alternativesAsked('我还是不太明白')).toBeUndefined();
    expect(alternativesAsked('签约金额是多少还是没公布')).toBeUndefined();
    expect(alternativesAsked('是9月还是10月')).toBeUndefined();
  });

  it('tells an answer holding an option by its numbers or most of its words', () => {
    expect(holdsOption('线下累计参加人数:800余人', '800多人')).toBe(true);
    expect(holdsOption('线下累计参加人数:800余人', '1000多人')).toBe(false);
    // (A number is not a part of another: 53 is not in 535.35.)
    expect(holdsOption('累计签约金额535.35万元', '53个')).toBe(false);
    expect(holdsOption('作报告的是李克强院士', '李克强院士')).toBe(true);
    expect(holdsOption('作报告的是李克强院士', '钟志华院士')).toBe(false);
  });
});

describe('the engine, asked to confirm a wrong claim', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await bundledEngine();
  });

  it('answers with what the release says and says the claim is not in it', () => {
    const a = engine.answer('宿州学院是和奇瑞汽车签的全面战略合作协议吗？');
    expect(a.band).toBe('answer');
    expect(a.text).toContain('江淮汽车');
    expect(a.text).toContain('（理解为：宿州学院是和谁签的全面战略合作协议）');
    expect(a.text).toContain('没有提到“奇瑞汽车”');
    const where = engine.answer('這場發布會是在宿州市政府常務會議室舉行的吧？');
    expect(where.band).toBe('answer');
    expect(where.text).toContain('宿州市新聞發布廳');
    expect(where.text).toContain('沒有提到');
    const many = engine.answer('不是说分两个阶段吗？');
    expect(many.band).toBe('answer');
    expect(many.text).toContain('三个阶段');
  });

  it('answers a number claimed of something the release counts otherwise, though it prints that number elsewhere', async () => {
    const cards = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r105')], cacheDir: false });
    const departments = cards.answer('难道整治只有三个部门参加？');
    expect(departments.answered, departments.text).toBe(true);
    expect(departments.text).toContain('11个部门');
    expect(departments.text).toContain('以上是官方材料给出的数字');
    const operators = cards.answer('不是说发行预付卡的经营者有一万家吗');
    expect(operators.answered, operators.text).toBe(true);
    expect(operators.text).toContain('6,843家');
  });

  it('answers the question after a check with the check\'s subject, not its claim', () => {
    const a = engine.answer('走访企业，是不是才几十家？到底多少家？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('105家');
  });

  it('settles an either-or question with the passage bearing out one option, in the asker\'s script', () => {
    const count = engine.answer('现场签约的项目是35个还是53个？');
    expect(count.answered, count.text).toBe(true);
    expect(count.text).toContain('35个');
    const when = engine.answer('報告會是在九月還是十月開的？');
    expect(when.answered, when.text).toBe(true);
    expect(when.text).toContain('2023年9月26日');
    // (Neither option borne out: no answer.)
    expect(engine.answer('现场签约的项目是20个还是50个？').answered).toBe(false);
  });

  it('still refuses a claim whose question the release does not answer either', () => {
    expect(engine.answer('研究院是设在宿州学院校内吗？').band).not.toBe('answer');
    expect(engine.answer('主持人是张伟吧？').band).not.toBe('answer');
  });
});
