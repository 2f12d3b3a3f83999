import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { numericTokens } from '../../src/text/numbers.ts';
import { readFrame } from '../../src/question/frames.ts';
import { normalise, TextPipeline } from '../../src/text/pipeline.ts';

let pipeline: TextPipeline;

beforeAll(async () => {
  pipeline = new TextPipeline(await loadKnowledge());
});

describe('number tokens', () => {
  it.each([
    ['累计签约金额535.35万元', ['535.35万元', '535.35']],
    ['征集技术需求112项', ['112项', '112']],
    ['线下累计参加人数800余人', ['800余人', '800', '800人']],
    ['2023年5月23日,市科技局', ['2023年5月23日', '5月23日', '2023年5月', '5月', '2023年']],
    ['2023年6月至8月,分阶段', ['2023年6月至8月', '6月至8月', '2023年6月', '6月', '2023年8月', '8月', '2023年']],
  ])('keeps the numbers in %s whole and searchable', (text, expected) => {
    const tokens = pipeline.indexTokens(text);
    for (const token of expected) expect(tokens).toContain(token);
    // jieba alone would leave single digits; none may remain.
    expect(tokens.filter((t) => /^\d$/u.test(t))).toEqual([]);
  });

  it.each([
    ['分三个阶段', ['3个', '3']],
    ['一百一十二项需求', ['112项', '112']],
    ['八百多人参加', ['800多人', '800']],
    ['签约五百多万元', ['500多万元', '500']],
    ['占两成', ['20%']],
  ])('reads the Chinese numerals of %s as the numbers they are', (text, expected) => {
    const tokens = pipeline.indexTokens(text);
    for (const token of expected) expect(tokens).toContain(token);
  });

  it('reads thousands separators as one number, and a list or two years as several', () => {
    expect(normalise('全市1,046個長者食堂，累計1,386.5萬人次')).toBe('全市1046个长者食堂,累计1386.5万人次');
    expect(pipeline.indexTokens('建成社區養老服務站1,268個')).toContain('1268个');
    expect(normalise('分别为1，2，3')).toBe('分别为1,2,3');
    expect(normalise('2023,2024年')).toBe('2023,2024年');
  });

  it('reads a clock time with its part of the day in 24 hours, as releases print it, keeping the part', () => {
    expect(normalise('晚上十點到早上六點')).toBe('晚上22时到早上6时');
    // A slogan's halves run together as askers type them; a date's dot stays. Divisions in brackets read as typed.
    expect(normalise('“金融助企·普惠同行”与“4·26”')).toBe('“金融助企普惠同行”与“4·26”');
    expect(normalise('全市9个县（市、区）和7个区（县）')).toBe('全市9个县市区和7个区县');
    expect(normalise('晚上六点到十二点')).toBe('晚上18时到24时');
    // An end earlier than the start with no part of its own is the next morning.
    expect(normalise('晚上10点到6点')).toBe('晚上22时到6时');
    expect(normalise('下午三点')).toBe('下午15时');
    expect(normalise('上午10时')).toBe('上午10时');
    expect(normalise('22时至次日6时')).toBe('22时至次日6时');
    // The hours asked meet the hours printed.
    expect(pipeline.indexTokens('发生在22时至次日6时的71起')).toEqual(expect.arrayContaining(['22', '6']));
    expect(pipeline.queryTerms(normalise('晚上十点到早上六点的火灾')).map((t) => t.term)).toEqual(expect.arrayContaining(['22', '6']));
  });

  it('reads 号 as 日 so 5月23号 finds 5月23日', () => {
    expect(numericTokens('5月23号')).toContain('5月23日');
    // The third of the month a day falls in: 6月13日至16日 is 6月中旬; 7月5日 is 上旬, 7月25日 下旬.
    expect(numericTokens('6月13日至16日')).toEqual(expect.arrayContaining(['6月中旬', '中旬']));
    expect(numericTokens('7月5日')).toContain('7月上旬');
    expect(numericTokens('7月25日')).toContain('7月下旬');
    // The end or start of a month is one token with its month (六月底接了 is not cut 6月 / 底接), and meets the last
    // or first days of it.
    expect(numericTokens('6月底')).toEqual(['6月底', '6月']);
    expect(numericTokens('6月末')).toContain('6月底');
    expect(numericTokens('6月30日')).toContain('6月底');
    expect(numericTokens('7月1日')).toContain('7月初');
    expect(pipeline.queryTerms(normalise('热线开通到六月底接了多少个电话')).map((t) => t.term)).toEqual(expect.arrayContaining(['6月底', '接']));
  });

  it('reads two ranks before 两级 as two levels (市区两级 → 市、区两级), not 市区, the urban area', () => {
    expect(pipeline.rewritePhrases(normalise('市区两级财政投了多少'))).toContain('市、区两级');
  });

  it('reads 上 after a meeting as "at" it, not the start of a word jieba finds across them (发布会上文旅 → 文旅)', () => {
    const terms = pipeline.queryTerms(normalise('发布会上文旅那部分是谁讲的')).map((t) => t.term);
    expect(terms).toContain('文旅');
    expect(terms).not.toContain('上文旅');
    // (Not the modal 会 before 上网: 老人会上网吗 keeps 上网.)
    expect(pipeline.queryTerms(normalise('老人会上网吗')).map((t) => t.term)).toContain('上网');
  });

  it('reads the end or start of a year with its year (2025年底) as a 年底 too, and 初步 after a year as no start of it', () => {
    expect(numericTokens('2025年底')).toEqual(expect.arrayContaining(['2025年底', '2025年', '年底']));
    // (The last days of December are the year's end, as 年底 asks; its first are not.)
    expect(numericTokens('2025年12月31日')).toContain('年底');
    expect(numericTokens('12月底')).toContain('年底');
    expect(numericTokens('12月1日')).not.toContain('年底');
    expect(numericTokens('2024年末')).toContain('年底');
    expect(pipeline.indexTokens('2025年底业主委员会成立率目标')).toContain('年底');
    expect(pipeline.indexTokens('2025年初步建成')).toContain('初步');
  });

  it('reads a verb glued to the result it comes to (标成) as the verb after 被 or 把, not a name jieba guesses (王成)', () => {
    expect(pipeline.queryTerms(normalise('被标成黄色预警的学生有多少')).map((t) => t.term)).toContain('标');
    expect(pipeline.queryTerms(normalise('王成是什么职务')).map((t) => t.term)).not.toContain('王');
  });

  it('reads a span of months or days with 至 whatever joins its ends (1到11月, 1—11月, 5月1日-10日)', () => {
    expect(normalise('今年1到11月')).toBe(normalise('今年1—11月'));
    expect(normalise('5月1日-10日')).toBe('5月1日至10日');
    // (Not a telephone number, a span of years, or a range of a count.)
    for (const text of ['0551-12345678', '2024-2025年', '3-5个']) expect(normalise(text)).toBe(text);
  });

  it('reads a day of the week by any of its names as releases mostly write it (星期一, 礼拜天 → 周一, 周日)', () => {
    expect(normalise('星期一 禮拜三 星期天')).toBe('周一 周三 周日');
    expect(normalise('一个星期')).toBe('一个星期');
  });

  it('reads the first time by any of its names (首次, 头一回) as 第一次, the first of a series as the others are counted', () => {
    expect(normalise('首次献血者')).toBe('第一次献血者');
    expect(normalise('头一回来')).toBe('第一次来');
  });

  it('reads 头一 before a measure word as 第一 (头一批), and 头 before a count of time as 前 (头两个月)', () => {
    expect(normalise('头一批名单')).toBe('第一批名单');
    expect(normalise('头两个月')).toBe(normalise('前两个月'));
    // (Not 头 of a word: 带头一起干, 龙头.)
    expect(normalise('带头一起干')).toBe('带头一起干');
    expect(normalise('带头一个月')).not.toContain('第一');
  });

  it('reads the department of a field (教育部门) as the field, which any body of it the release names holds', () => {
    expect(pipeline.queryTerms(normalise('教育部门是哪位领导出席的')).map((t) => t.term)).toContain('教育');
    expect(pipeline.queryTerms(normalise('教育部门是哪位领导出席的')).map((t) => t.term)).not.toContain('教育部门');
  });

  it('takes no measure word after 每, 各 or 这 for a thing asked about (每条, 各家), glued by jieba or not', () => {
    expect(pipeline.queryTerms(normalise('小渔船每条能补多少钱')).map((t) => t.term)).not.toContain('条');
    expect(pipeline.queryTerms(normalise('各家医院每个月接诊多少')).map((t) => t.term)).not.toContain('家');
    expect(pipeline.queryTerms(normalise('小渔船每条能补多少钱')).map((t) => t.term)).toContain('渔船');
  });

  it('reads days listed after one month as days, as releases print them, but not a count after a day', () => {
    expect(normalise('5月20、21兩天')).toBe('5月20日、21日 2天');
    expect(normalise('6月3至5日')).toBe('6月3日至5日');
    expect(normalise('5月20日、21个')).toBe('5月20日、21个');
  });
});

describe('segmentation with the domain dictionary', () => {
  it.each(['双创汇', '科创心连心', '4510', '新能源汽车产业研究院', '产教融合', '科教融汇', '政产学研用金', '淮海经济区', '长三角'])(
    'keeps %s whole',
    (word) => {
      expect(pipeline.indexTokens(`安徽${word}的情况`)).toContain(word);
    },
  );

  it('indexes Traditional text under the same terms as Simplified', () => {
    expect(pipeline.indexTokens('雙創匯走進宿州')).toEqual(pipeline.indexTokens('双创汇走进宿州'));
  });
});

describe('question terms', () => {
  it('keeps one letter naming one of a set (A座, B区) with its noun, in the index and in questions', () => {
    expect(pipeline.queryTerms(normalise('市民中心B座在几楼')).map((t) => t.term)).toContain('b座');
    expect(pipeline.indexTokens('地点：市民中心A座五楼')).toContain('a座');
    // (Not a word of letters, nor a code with digits.)
    expect(pipeline.queryTerms(normalise('APP在哪下载')).map((t) => t.term)).not.toContain('p在');
    expect(pipeline.queryTerms(normalise('PM2.5浓度')).map((t) => t.term)).toContain('pm2.5');
  });

  // What the answerer does: the frame takes the question words out, the pipeline segments what is left.
  const terms = (q: string) => pipeline.queryTerms(readFrame(pipeline.rewritePhrases(normalise(q))).content).map((t) => t.term);

  it('drops question words, courtesy and stop words, whatever the knowledge folder holds', () => {
    expect(terms('请问累计签约金额是多少吗？')).toEqual(['累计', '签约金额']);
    expect(terms('What is the capital of France?')).toEqual(['capital', 'france']);
    const bare = new TextPipeline({ dictionary: [], synonyms: { phrases: [], terms: [] }, stopwords: [] });
    expect(bare.queryTerms(readFrame(normalise('请问一共有多少家企业参加了？')).content).map((t) => t.term)).toEqual(['企业', '参加']);
  });

  it('keeps 本地 and 当地, which jieba tags as pronouns, as content: 本地个案 are not imported ones', () => {
    expect(terms('本地个案有多少宗')).toContain('本地');
  });

  it("maps the office's own synonyms to one canonical term", () => {
    expect(terms('江汽和宿院签了什么')).toEqual(['江淮汽车', '宿州学院', '签']);
    // 库里 is no name after 专家库: the noun and its 里 (in).
    expect(terms('专家库里有几位专家')).toContain('专家库');
    // A body's last character said again as its head's post (局局长) is the body's and the post's.
    expect(terms('市场监管局局长叫什么名字')).toContain('局长');
    expect(terms('市场监管局局长叫什么名字')).not.toContain('局局长');
    // A one-character verb with its direction (签下来) is the verb.
    expect(terms('江汽和宿院签下来什么')).toEqual(['江淮汽车', '宿州学院', '签']);
  });

  it('rewrites an office phrase to the release wording', () => {
    const withPhrase = new TextPipeline({ dictionary: ['签约金额'], synonyms: { phrases: [{ say: ['合同额'], means: '签约金额' }], terms: [] }, stopwords: [] });
    expect(withPhrase.queryTerms(withPhrase.rewritePhrases(normalise('合同额'))).map((t) => t.term)).toEqual(['签约金额']);
  });

  it('keeps a named part of the year whole, which jieba would cut (前 and 三季度, another period)', () => {
    expect(terms('前三季度出口额是多少')).toEqual(['前三季度', '出口额']);
    expect(terms('三季度进出口多少')).toEqual(['三季度', '进出口']);
  });

  it('reads a modal glued to a noun as grammar and N个人 as a number of people', () => {
    const cut = terms('我们二十几个人想组团去看');
    expect(cut).toContain('20几人');
    expect(cut).toContain('组团');
    expect(cut).not.toContain('人想');
  });

  it('reads 平均每天 and 每天平均 as the 日均 releases write', () => {
    expect(pipeline.rewritePhrases(normalise('公交每天平均坐多少人'))).toBe('公交日均坐多少人');
    expect(pipeline.rewritePhrases(normalise('平均每人退多少'))).toBe('人均退多少');
  });

  it('reads a rare noun made of a modal and a verb (能带, "energy band") as the modal and its verb', () => {
    const terms = pipeline.queryTerms('狗能带进公园吗').map((t) => t.term);
    expect(terms).toContain('带');
    expect(terms).not.toContain('能带');
    // (A common noun stays a noun: 会场.)
    expect(pipeline.queryTerms('会场在哪').map((t) => t.term)).toContain('会场');
  });

  it('drops a direction jieba cuts as a word of its own (收集 上来, 服务团 下去), as it drops 了', () => {
    expect(pipeline.queryTerms('一共收集上来多少条需求').map((t) => t.term)).not.toContain('上来');
    expect(pipeline.queryTerms('一共收集上来多少条需求').map((t) => t.term)).toContain('收集');
    expect(pipeline.queryTerms('服务团下去实地跑了多少家企业').map((t) => t.term)).not.toContain('下去');
  });

  it('strips an aspect particle glued to a verb', () => {
    expect(terms('签了什么协议')).toEqual(['签', '协议']);
  });
});
