import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mandarinOf } from '../../src/language/cantonese.ts';
import { expansionsOf } from '../../src/language/near-synonyms.ts';
import { createEngine } from '../../src/index.ts';
import { normalise } from '../../src/text/pipeline.ts';
import { readFrame } from '../../src/question/frames.ts';

const DEVSET = path.resolve(import.meta.dirname, '../fixtures/devset/knowledge');

describe('questions typed in written Cantonese', () => {
  it.each([
    ['發布會係邊日開㗎？', '发布会是哪日开?'],
    ['補貼有幾多錢', '补贴有多少钱'],
    ['要等幾耐先有得批', '要等多久先有得批'],
    ['幾時開始登記？', '什么时候开始登记?'],
    ['點樣申請？會唔會冇咗資格', '怎样申请?会不会没有了资格'],
    ['佢而家喺邊度上班', '他现在在哪里上班'],
    ['罰款加埋一共幾多', '罚款加起来一共多少'],
    ['屋企同埋公司附近仲有冇', '家里和公司附近还有没有'],
    ['琴日嗰個會講咗啲乜', '昨天那个会讲了些什么'],
    ['第二個係咩職位？', '第2个是什么职位?'],
    ['今次發布人有邊兩位？', '这次发布人有哪2位?'],
    ['負責人係邊個', '负责人是谁'],
    ['邊個區最多', '哪个区最多'],
    ['嗰筆錢會點分？使唔使申請', '那笔钱会怎么分?需不需要申请'],
    ['這筆錢會點分配？', '这笔钱会怎么分配?'],
    ['訂咗車位又冇去，失約三次會點？', '订了车位又没有去,失约3次会怎样?'],
    ['遲咗交要點？', '迟了交要怎样?'],
  ])('reads %s as %s', (cantonese, mandarin) => {
    expect(mandarinOf(normalise(cantonese))).toBe(mandarin);
  });

  it('reads 邊間公司 as asking which company, a name and not a figure', async () => {
    expect(readFrame(mandarinOf(normalise('嗰間廠由邊間公司營運？'))).organisation).toBe('公司');
    const engine = await createEngine({ knowledgeDirs: [path.join(DEVSET, 'r23')], cacheDir: false });
    expect(engine.answer('回收物送去嘅廠由邊間公司營運？').kind).not.toBe('fact');
  });

  it('leaves Mandarin alone, 系 inside its words too', () => {
    for (const text of ['关系体系怎么样', '发布会在哪里开的', '联系电话是多少']) expect(mandarinOf(text)).toBe(text);
  });

  it('reads a Cantonese pointer (佢) in a conversation as the Mandarin one, and names the one it points at', async () => {
    const engine = await createEngine({ knowledgeDirs: [path.join(DEVSET, 'r23')], cacheDir: false });
    engine.converse('c', '邊個局長出席記者會？');
    const answer = engine.converse('c', '佢叫咩名');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('谢嘉雯');
  });

  it('answers a Cantonese question from a release in standard written Chinese', async () => {
    const engine = await createEngine({ knowledgeDirs: [path.join(DEVSET, 'r23')], cacheDir: false });
    const answer = engine.answer('邊個局長出席記者會？');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('謝嘉雯');
  });
});

describe('Latin-letter abbreviations', () => {
  it('reads GDP as the term releases write, from CC-CEDICT', async () => {
    expect(expansionsOf('GDP')).toContain('生产总值');
    expect(expansionsOf('国内')).toEqual([]);
    const engine = await createEngine({ knowledgeDirs: [path.join(DEVSET, 'r22')], cacheDir: false });
    const answer = engine.answer('前三季度GDP是多少');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('5862.37亿元');
  });
});
