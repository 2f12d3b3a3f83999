import { describe, expect, it } from 'vitest';
import { parseSuggestionNumber, stripNameMention, stripTrigger, triggerPrefixes } from '../../../adapters/wechat/addressing.ts';
import { looksLikeBotReply } from '../../../adapters/wechat/triage.ts';

describe('triggers', () => {
  const prefixes = triggerPrefixes('问：');

  it('accepts the trigger in both scripts, with either colon, and a leading question mark', () => {
    expect(stripTrigger('问：累计签约金额是多少？', prefixes)).toBe('累计签约金额是多少？');
    expect(stripTrigger('問:累計簽約金額是多少？', prefixes)).toBe('累計簽約金額是多少？');
    expect(stripTrigger('  ？ 哪天开的发布会', prefixes)).toBe('哪天开的发布会');
    expect(stripTrigger('?who spoke', prefixes)).toBe('who spoke');
  });

  it('does not fire on the trigger in the middle of a message', () => {
    expect(stripTrigger('我想问：累计签约金额是多少', prefixes)).toBeUndefined();
    expect(stripTrigger('累计签约金额是多少？', prefixes)).toBeUndefined();
  });

  it('does not fire on a trigger followed by nothing but punctuation', () => {
    expect(stripTrigger('？？？', prefixes)).toBeUndefined();
    expect(stripTrigger('?!', prefixes)).toBeUndefined();
    expect(stripTrigger('问：', prefixes)).toBeUndefined();
  });
});

describe('name mentions', () => {
  it('strips an @mention of the bot ended by WeChat\'s U+2005, a space or the end of the text', () => {
    expect(stripNameMention('@发布会助手\u2005累计签约金额是多少？', ['发布会助手'])).toBe('累计签约金额是多少？');
    expect(stripNameMention('请问 @发布会助手 哪天开的会', ['发布会助手'])).toBe('请问 哪天开的会');
    expect(stripNameMention('请问@发布会助手 哪天开的会', ['发布会助手'])).toBe('请问 哪天开的会');
    expect(stripNameMention('@小助手', ['发布会助手', '小助手'])).toBe('');
  });

  it('does not mistake a longer name or an email address for the bot', () => {
    expect(stripNameMention('@发布会助手们 你们好', ['发布会助手'])).toBeUndefined();
    expect(stripNameMention('write to bot@example.org', ['example.org'])).toBeUndefined();
  });
});

describe('suggestion numbers', () => {
  it('reads a bare digit in the forms people type', () => {
    expect(['2', ' 2 ', '２', '2.', '2、', '第2个', '第 3 條'].map(parseSuggestionNumber)).toEqual([2, 2, 2, 2, 2, 2, 3]);
  });

  it('does not read a question that contains a number', () => {
    expect(['12', '0', '2023年', '2个项目是什么', ''].map(parseSuggestionNumber)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('looksLikeBotReply', () => {
  it('recognises the layout of this bot\'s answers in both scripts', () => {
    expect(looksLikeBotReply('【官方答复】下一步……')).toBe(true);
    expect(looksLikeBotReply('【官方答覆】下一步……')).toBe(true);
    expect(looksLikeBotReply('(2/3) 同时,要充分发挥')).toBe(true);
    expect(looksLikeBotReply('「累计签约金额535.35万元。」\n——《安徽“双创汇”走进宿州活动新闻发布会》')).toBe(true);
  });

  it('lets ordinary questions through, dashes included', () => {
    expect(looksLikeBotReply('累计签约金额是多少？')).toBe(false);
    expect(looksLikeBotReply('签约——到底多少钱？')).toBe(false);
  });
});
