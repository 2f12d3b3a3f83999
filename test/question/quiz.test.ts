import { describe, expect, it } from 'vitest';
import { quizReading } from '../../src/question/quiz.ts';

describe('a question set as a quiz', () => {
  it('is the question under its label', () => {
    expect(quizReading('考考大家：签约仪式是在哪天举行的？')?.question).toBe('签约仪式是在哪天举行的？');
    expect(quizReading('时政题：发布会由哪个部门发布？')?.question).toBe('发布会由哪个部门发布？');
  });

  it('asks each blank with the question word it stands for: a date, a number, a party, a place or a thing', () => {
    expect(quizReading('填空：报告会于____年__月__日举办。')?.question).toBe('报告会于哪天举办。');
    expect(quizReading('填空题：活动现场共签约项目____个。')?.question).toBe('活动现场共签约项目多少个。');
    expect(quizReading('填空题：签约仪式由（ ）承办。')?.question).toBe('签约仪式由谁承办。');
    expect(quizReading('发布会在＿＿＿举行。')?.question).toBe('发布会在哪里举行。');
    expect(quizReading('报告会的主题为______。')?.question).toBe('报告会的主题是什么。');
  });

  it('drops a second sentence that only shows how to write the answer', () => {
    expect(quizReading('考考你：校园行是哪天办的？填空：____年__月__日')?.question).toBe('校园行是哪天办的？');
  });

  it('reads 对还是错 as checking the statement, as 吗 does', () => {
    expect(quizReading('判断题：技术需求一共征集了一百一十二项，对还是错？')?.question).toBe('技术需求一共征集了一百一十二项吗？');
  });

  it('keeps a stem that asks of its own and offers the options only when it asks which is right', () => {
    expect(quizReading('选择题：报告会请的是哪位院士？A. 钟志华 B. 李克强 C. 王慧')).toEqual({ question: '报告会请的是哪位院士？', options: [] });
    expect(quizReading('下列说法正确的是：A、现场签约35个项目 B、现场签约53个项目')).toEqual({ question: '下列说法正确的是', options: ['现场签约35个项目', '现场签约53个项目'] });
  });

  it('leaves an ordinary question alone, and a word like 判断 or 选择 used as a verb', () => {
    expect(quizReading('签约金额多少？')).toBeUndefined();
    expect(quizReading('如何判断企业是否符合条件？')).toBeUndefined();
    expect(quizReading('企业可以选择哪些服务？')).toBeUndefined();
    expect(quizReading('A股上市公司有几家？')).toBeUndefined();
  });
});
