import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/files.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { afterSelfCorrection } from '../../src/answer/question.ts';
import { PINYIN_SYLLABLES } from '../../src/answer/understand.ts';

let engine: Engine;
let releasesOnly: Engine;

beforeAll(async () => {
  engine = await bundledEngine();
  // A folder holding only the release: no dictionary, no synonyms, no stop words of the office's own.
  const dir = await mkdtemp(path.join(tmpdir(), 'qa-releases-only-'));
  await cp(path.join(DEFAULT_KNOWLEDGE_DIR, 'releases'), path.join(dir, 'releases'), { recursive: true });
  releasesOnly = await createEngine({ knowledgeDirs: [dir], cacheDir: false });
});

describe('questions put the way people ask', () => {
  it('answers what a spoken or dictated question corrects itself to', () => {
    expect(afterSelfCorrection('走访了多少家企业，哦不，现场签了几个项目')).toBe('现场签了几个项目');
    expect(afterSelfCorrection('研究院幾號揭牌 不對不對 我是說報告會幾號開')).toBe('報告會幾號開');
    // (A 不对 that is what is asked, or that corrects no question, is left alone.)
    expect(afterSelfCorrection('有没有不对的地方')).toBe('有没有不对的地方');
    expect(afterSelfCorrection('签约金额，不对，走访企业')).toBe('签约金额，不对，走访企业');
    // (额不 is a filler's correction only on its own: 金额不是 is the end of a word, then 不是.)
    expect(afterSelfCorrection('签约金额不是才几十万吗？')).toBe('签约金额不是才几十万吗？');
    expect(afterSelfCorrection('走访企业多少家 额不 征集了多少项需求')).toBe('征集了多少项需求');
    // (A word corrected by the next gives way to it, fillers and all.)
    expect(afterSelfCorrection('嗯四月 不对 五月份那个校园行活动是几号')).toBe('五月份那个校园行活动是几号');
    expect(afterSelfCorrection('第一阶段，不对，第二阶段干了啥')).toBe('第二阶段干了啥');
    expect(afterSelfCorrection('这个数字不对吗')).toBe('这个数字不对吗');
    const answer = engine.answer('走访了多少家企业不对我是说征集了多少项需求');
    expect(answer.text).toContain('112项');
  });

  it.each([
    ['研究院几号揭的牌', '2023年9月26日'],
    ['一百一十二项需求是怎么征集的', '112'],
    ['将来还办不办这个活动', '下一步'],
    ['签了五百多万吗', '535.35'],
    ['来了八百多人吗', '800'],
    ['现场签约了三十几个项目？', '35'],
    ['王慧是什么职务', '副局长'],
    ['收集了多少技术需求', '112'],
  ])('answers %s', (question, expected) => {
    const a = engine.answer(question);
    expect(a.band).toBe('answer');
    expect(a.text.replace(/\s+/gu, '')).toContain(expected);
  });

  it('does not answer 是哪里人, asked of no one, with the list of speakers', () => {
    expect(engine.answer('是哪里人').answered).toBe(false);
  });

  it('reads a side of a border (省外, 境外) as a scope the release must name, not as a place word of grammar', () => {
    expect(engine.answer('省外企业有几家').answered).toBe(false);
    expect(engine.answer('走访企业有几家').text).toContain('105家');
  });

  it('reads a word typed in pinyin, tones aside, as the release\'s word that reads so (yuanshi, 院士), and no English word so', () => {
    expect(engine.answer('请问9月的报告会，是哪个 yuanshi 来做报告？').text).toContain('李克强');
    expect(engine.answer('5月在学校的那个活动有什么 huanjie').text).toContain('技术需求对接');
    // (An English word is no pinyin: it does not even load the pinyin library's dictionaries.)
    expect(PINYIN_SYLLABLES.test('capital')).toBe(false);
    expect(PINYIN_SYLLABLES.test('yuanshi')).toBe(true);
    // (A word that reads as none of the release's words is still one it does not mention.)
    expect(engine.answer('签约的 xiangmu 有 zhuanli 吗').answered).toBe(false);
  });

  it('never refuses for a way of asking: question words, time words, common verbs the release does not use', () => {
    for (const question of ['研究院几号揭的牌', '将来还办不办这个活动', '需求一共汇总了多少条', '那次活动在哪办的']) {
      const a = engine.answer(question);
      expect(a.message ?? '').not.toMatch(/没有提到“(?:几号|将来|汇总|那次|办)”/u);
    }
  });

  it('answers which in order (算第几个) with a rank in words (皖北首个)', () => {
    expect(engine.answer('那个研究院在皖北排第几个').text).toContain('皖北首个');
  });

  it('does not answer a fragment with no subject with confidence', () => {
    expect(engine.answer('在什么活动上？').answered).toBe(false);
    expect(engine.answer('那次活动在哪办的').answered).toBe(false);
  });

  it('says in one line that there is nothing to pick when a number comes with no suggestions before it', () => {
    const a = engine.answer('1');
    expect(a.band).toBe('usage');
    expect(a.message).toBe('上一条回复没有可选的编号问题，请直接输入您的问题。');
    expect(a.text).toBe(a.message);
  });
});

describe('honest refusals', () => {
  it.each([
    ['宿州学院有几个校区', '校区'],
    ['签约仪式在哪个街道举行', '街道'],
    ['宿州今天下雨吗', '下雨'],
  ])('refuses %s, naming %s', (question, word) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(false);
    expect(a.message).toContain(word);
  });

  it.each([
    '有多少所高校参加',
    '研究院计划投资多少钱',
    '毕业生就业了多少人',
    '签约金额最大的是哪个项目？',
    '路演的那5个项目分别是什么？',
    '明年双创汇什么时候再来宿州？',
    '5月23日校园行活动有多少人参加',
  ])('does not answer %s with a nearby sentence', (question) => {
    expect(engine.answer(question).answered).toBe(false);
  });

  it('answers a figure question only with a number of the asked kind, standing with the noun it counts', () => {
    const a = engine.answer('线下参加人数有多少');
    expect(a.headline).toBe('线下累计参加人数：800余人');
    // The release names one academician but counts none; 800余人 counts the participants, not them.
    expect(engine.answer('有多少位院士作报告').answered).toBe(false);
  });
});

describe('any knowledge folder', () => {
  it('answers as well from a folder holding only releases as with the bundled lexicon', () => {
    for (const question of ['累计签约金额是多少？', '走访了几家企业？', '下一步对双创汇活动有什么谋划？', '报告会上谁做了报告', '新闻发布会的时间']) {
      const bundled = engine.answer(question);
      const bare = releasesOnly.answer(question);
      expect(bare.band).toBe('answer');
      expect(bare.passageId).toBe(bundled.passageId);
    }
    expect(releasesOnly.answer('宿州学院有几个校区').message).toContain('校区');
  });
});

describe('years and comparisons, on a release the rules were not written for', () => {
  let schools: Engine;
  let tourism: Engine;
  beforeAll(async () => {
    const dev = (r: string) => path.resolve(import.meta.dirname, '../fixtures/devset/knowledge', r);
    schools = await createEngine({ knowledgeDirs: [dev('r9')], cacheDir: false });
    tourism = await createEngine({ knowledgeDirs: [dev('r6')], cacheDir: false });
  });

  it('does not answer 去年 with this year’s figure compared with last year (较去年增长两成)', () => {
    expect(schools.answer('暑期托管服务了多少人次？').text).toContain('5.3万人次');
    expect(schools.answer('暑期托管去年服务了多少人次？').answered).toBe(false);
  });

  it('reads 比去年 in a question as a comparison, not as a question about last year', () => {
    const a = schools.answer('暑期托管服务人次比去年多了多少？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('较去年增长两成');
  });

  it('takes 老人 for the release’s 老年人 (a contraction), not for a thing the release never mentions', () => {
    expect(tourism.answer('老人哪些景区免费？').message ?? '').not.toContain('老人');
  });
});

describe('who holds a post', () => {
  it('is not answered by a deputy: 局长是谁 when the release names only a 副局长', async () => {
    const engine = await bundledEngine();
    expect(engine.answer('宿州市科技局局长是谁？').answered).toBe(false);
    expect(engine.answer('科技局副局长是谁').text).toContain('王慧');
    // The seed names no host: the host's own words, naming others, do not say who hosted.
    expect(engine.answer('今天发布会的主持人叫什么名字？').answered).toBe(false);
  });
});

describe('X的Y asking where', () => {
  it('takes Y as the thing asked about even when jieba tags it otherwise (终点 is an adverb in its dictionary)', async () => {
    const marathon = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r15')], cacheDir: false });
    // The release gives the start (市民广场) and the runners' numbers, never where the half marathon ends.
    expect(marathon.answer('半程馬拉松的終點在哪裡？').answered).toBe(false);
  });
});

describe('which organisation', () => {
  it('is answered by a passage naming one, not by one about the thing it made', async () => {
    const charging = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r13')], cacheDir: false });
    // The release says when the platform went live, never who built it.
    expect(charging.answer('“澄充一张网”平台是哪家公司开发的？').answered).toBe(false);
    const seed = await bundledEngine();
    expect(seed.answer('宿州学院和哪家企业签了战略合作协议？').text).toContain('江淮汽车');
  });
});
