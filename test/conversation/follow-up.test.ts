import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { ConversationMemory } from '../../src/conversation/memory.ts';
import { asksForMore, followUpCandidates, leansOnContext, namesQuantityAfterOtherFrame } from '../../src/conversation/follow-up.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine({ cacheDir: false });
});

let n = 0;
/** A fresh conversation id per test. */
const fresh = () => `test-${++n}`;
/** A development release's knowledge folder. */
const devRelease = (name: string) => path.resolve(import.meta.dirname, '../fixtures/devset/knowledge', name);

describe('follow-up questions', () => {
  it('answers a post asked of one speaker with that one, and who spoke with them all', () => {
    const post = engine.answer('李黎是什么职务');
    expect(post.text).toContain('科长李黎');
    expect(post.text).not.toContain('王慧');
    const who = engine.answer('谁来发布的');
    expect(who.text).toContain('王慧');
    expect(who.text).toContain('李黎');
  });

  it('answers the money of the things the last question counted, from the sentence that counts them and then gives it', () => {
    const c = fresh();
    expect(engine.converse(c, '请问现场签约了多少个项目？').text).toContain('35个');
    expect(engine.converse(c, '一共是多少钱？').text).toContain('535.35万元');
  });

  it('answers who else spoke, after one set aside, with the others, and 这位 then stands for one of them', () => {
    const c = fresh();
    const others = engine.converse(c, '今天台上除了王慧局長還有誰？');
    expect(others.text).toContain('李黎');
    const post = engine.converse(c, '這位是什麼職務');
    expect(post.text).toContain('科長李黎');
    expect(post.text).not.toContain('副局長王慧');
  });

  it('reads 当中 as inside the last subject, as 其中 is, and answers it only about that subject', async () => {
    const r92 = await createEngine({ knowledgeDirs: [devRelease('r92')], cacheDir: false });
    const c = fresh();
    expect(r92.converse(c, '全市綠色小巴有幾多條線？').text).toContain('352條');
    // (The release gives no 小巴 line of 東澳島: its 東澳島 figure is of 長者, not of lines.)
    const a = r92.converse(c, '這當中有幾多條喺東澳島？');
    expect(a.answered, a.text).toBe(false);
  });

  it('answers a count of speakers the question states with the list when it lists that many, and refuses another', () => {
    const two = engine.answer('出席的两位发布人都是谁');
    expect(two.text).toContain('王慧');
    expect(two.text).toContain('李黎');
    expect(engine.answer('出席的三位发布人都是谁').answered).toBe(false);
  });

  it('reads 另外一个 as the other of the two people the last answer named, the one the message does not name', () => {
    const c = fresh();
    expect(engine.converse(c, '发布会是哪两个人来发布的').text).toContain('李黎');
    const a = engine.converse(c, '王慧是副局长是吧，那另外一个呢，是啥职务');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.text).toContain('科长李黎');
    expect(a.text).not.toContain('副局长王慧');
  });

  it('reads 这位 after 除了X还有哪位 as the other one the list named, not the one set aside', () => {
    const c = fresh();
    expect(engine.converse(c, '請問發布會上除了王慧局長，還有哪位領導出席？').text).toContain('李黎');
    const a = engine.converse(c, '這位是什麼職務呀？');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.text).toContain('科長李黎');
    expect(a.text).not.toContain('副局長王慧');
  });

  it('reads 他们 as the body the last question named, not the one person who spoke for it', async () => {
    const r97 = await createEngine({ knowledgeDirs: [devRelease('r97')], cacheDir: false });
    const c = fresh();
    r97.converse(c, '这次发布会水务集团来人了吗？');
    const a = r97.converse(c, '他们管的井盖一共有多少座？');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.understood).toContain('水务集团');
    expect(a.text).toContain('水务集团');
  });

  it('reads X呢 after a yes-or-no question, X named in the passage just quoted, as the same question of X', async () => {
    const r121 = await createEngine({ knowledgeDirs: [devRelease('r121')], cacheDir: false });
    const c = fresh();
    expect(r121.converse(c, '随手拍举报有奖励吗').text).toContain('20元');
    // (Alone, 重大隐患 is answered with how many were found, 27处: the asker has just read of its reward.)
    expect(r121.answer('重大隐患呢').text).toContain('27处');
    const a = r121.converse(c, '重大隐患呢？');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.text).toContain('200元');
  });

  it('reads 那两居室呢 after a question of 一居室 as the same question of 两居室, and does not answer it with 一居室', async () => {
    const r84 = await createEngine({ knowledgeDirs: [devRelease('r84')], cacheDir: false });
    const c = fresh();
    expect(r84.converse(c, '人才公寓中心城区一居室每月多少钱？').text).toContain('900元');
    const a = r84.converse(c, '那两居室呢？');
    expect(a.understood).toContain('中心城区两居室');
    expect(a.answered).toBe(false);
  });

  it('reads 她 after who of a body named short (文旅局) as the speaker whose post spells it out, 市文化广电和旅游局', async () => {
    const r119 = await createEngine({ knowledgeDirs: [devRelease('r119')], cacheDir: false });
    const c = fresh();
    r119.converse(c, '文旅局派谁来介绍的情况');
    const a = r119.converse(c, '她的职务是什么');
    expect(a.understood).toContain('俞书娴');
    expect(a.text).toContain('市文化广电和旅游局党组成员');
  });

  it('carries the subject of a plan over to a question of what is done by now, not the plan', async () => {
    const r98 = await createEngine({ knowledgeDirs: [devRelease('r98')], cacheDir: false });
    const c = fresh();
    expect(r98.converse(c, '護眼亮燈工程一共要改多少間教室？').text).toContain('8,420');
    const a = r98.converse(c, '現在做完幾間了？');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.understood).not.toContain('要');
    expect(a.text).toContain('6,105');
  });

  it('keeps the person a follow-up was read as for the next one (他 … 他讲的啥题目)', () => {
    const c = fresh();
    engine.converse(c, '九月份那个新能源汽车的报告会 是请谁来讲的');
    expect(engine.converse(c, '嗯他是哪个单位的院士').understood).toContain('李克强');
    const a = engine.converse(c, '然后他讲的啥题目来着');
    expect(a.understood).toContain('李克强');
    expect(a.text).toContain('智能网联汽车产业发展态势');
  });

  it('reads who spoke at an event the passage reports (报告会上是谁讲的, 谁作的报告) as its speaker, and a saying left without its sayer as theirs', () => {
    const c = fresh();
    engine.converse(c, '9月那个集中签约仪式是哪天来着');
    engine.converse(c, '那报告会上是谁讲的啊');
    expect(engine.converse(c, '他讲的主题是啥').understood).toContain('李克强');
    const d = fresh();
    engine.converse(d, '9月26号那场活动是干啥的');
    engine.converse(d, '谁作的报告');
    const a = engine.converse(d, '讲的什么题目');
    expect(a.understood).toContain('李克强');
    expect(a.text).toContain('智能网联汽车产业发展态势');
  });

  it('answers 他 as typed when the last turn named no one', async () => {
    const r51 = await createEngine({ knowledgeDirs: [devRelease('r51')], cacheDir: false });
    const c = fresh();
    // (The release names no 科長 of 市場監管局: it comes near, naming no one. Its 處長 it names, 鄭國棟, under the
    // long name 市場監督管理局.)
    expect(r51.answer('市場監管局那位處長叫什麼').text).toContain('鄭國棟');
    expect(r51.converse(c, '市場監管局那位科長叫什麼').answered).toBe(false);
    const a = r51.converse(c, '他說明廚亮灶的覆蓋率是多少');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('92.4%');
  });

  it('reads 姓李那位 as the one speaker named 李…, in a first question and after a question about who spoke', () => {
    const alone = engine.answer('姓李那位是什么职务');
    expect(alone.answered, alone.text).toBe(true);
    expect(alone.text).toContain('科长李黎');
    const c = fresh();
    engine.converse(c, '这场发布会谁来发布的');
    const a = engine.converse(c, '姓李那位是什么职务');
    // (Named by the asker, not leaning on the last turn: no （接上题：…姓李王慧…）.)
    expect(a.understoodAs).toBeUndefined();
    expect(a.text).toContain('科长李黎');
    // (A surname no speaker bears names no one.)
    expect(engine.answer('姓张的是什么职务').answered).toBe(false);
  });

  it('asks the last question of a new subject: 第一阶段干啥 → 第三阶段呢', () => {
    const c = fresh();
    expect(engine.converse(c, '第一阶段干啥？').band).toBe('answer');
    const a = engine.converse(c, '第三阶段呢？');
    expect(a.band).toBe('answer');
    expect(a.text).toContain('服务团');
  });

  it('tells a follow-up the releases do not answer that it is not found, with suggestions, and does not greet it', () => {
    const c = fresh();
    expect(engine.converse(c, '现场签了几个项目').text).toContain('35个');
    // Alone, 其中省外的呢 names only a scope the release never gives.
    expect(engine.answer('其中省外的呢').answered).toBe(false);
    const a = engine.converse(c, '其中省外的呢');
    expect(a.band).not.toBe('usage');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('reads 第二位 as the second person the last answer named, and 谁来发布的 as who spoke, not where', () => {
    const c = fresh();
    expect(engine.converse(c, '发布会是哪天开的').answered).toBe(true);
    expect(engine.converse(c, '谁来发布的').text).toContain('李黎');
    const a = engine.converse(c, '排第二的那位是什么职务');
    expect(a.understood).toContain('李黎');
    expect(a.text).toContain('协同创新与对外科技合作科科长');
  });

  it('reads a pronoun as the person the last answer named, and says how it read the message', () => {
    const c = fresh();
    engine.converse(c, '谁作的报告？');
    const a = engine.converse(c, '他是哪个单位的？');
    expect(a.understood).toBeDefined();
    expect(a.text.split('\n')[0]).toMatch(/^（接上题：/u);
  });

  it('reads 他 after who introduced a subject, answered by the list of speakers, as the speaker whose statements speak of it', async () => {
    const r74 = await createEngine({ knowledgeDirs: [devRelease('r74')], cacheDir: false });
    const c = fresh();
    r74.converse(c, '今天谁介绍的支付便利化');
    expect(r74.converse(c, '他是什么职务').understood).toContain('葛明远');
  });

  it('reads 他 after who was invited to speak (请了谁来讲) as the person the passage names, not the official who said it', () => {
    const c = fresh();
    engine.converse(c, '报告会请了谁来讲');
    const a = engine.converse(c, '他讲的是什么题目');
    expect(a.understood).toContain('李克强');
    expect(a.text).toContain('智能网联汽车产业发展态势');
  });

  it('reads 她 as the person spoken of by surname and title (王局长), and answers in the script the asker typed', () => {
    const c = fresh();
    expect(engine.converse(c, '一開始介紹情況的是誰').text).toContain('王局長');
    const a = engine.converse(c, '她在科技局擔任什麼職務');
    expect(a.understood).toContain('王慧');
    expect(a.script).toBe('traditional');
    expect(a.text).toContain('副局長王慧');
  });

  it('reads a what-kind question with no subject of its own (要发挥什么优势) with the last one', () => {
    const c = fresh();
    expect(engine.converse(c, '下一步对这个活动有什么打算').band).toBe('answer');
    const a = engine.converse(c, '主要发挥什么优势');
    expect(a.text).toContain('地理区位优势');
  });

  it('fills a left-out subject from the last turn: 签约项目有多少个 → 金额呢', () => {
    const c = fresh();
    engine.converse(c, '现场签约项目有多少个？');
    const a = engine.converse(c, '那签约金额呢？');
    expect(a.headline).toBe('累计签约金额：535.35万元');
  });

  it('gives the whole paragraph for 详细说说 after a short answer', () => {
    const c = fresh();
    const short = engine.converse(c, '走访了几家企业');
    const more = engine.converse(c, '详细说说');
    expect(more.band).toBe('answer');
    expect(more.quote!.length).toBeGreaterThan(short.quote!.length);
    expect(more.quote).toContain('第一阶段进行技术需求征集');
  });

  it('gives the whole official answer for 详细说说 after a sentence quoted from one', async () => {
    const ecology = await createEngine({ knowledgeDirs: [devRelease('r48')], cacheDir: false });
    const c = fresh();
    const short = ecology.converse(c, '剩下的农村黑臭水体什么时候整治完');
    expect(short.quote).toContain('剩余15条农村黑臭水体');
    const more = ecology.converse(c, '详细说说');
    expect(more.kind).toBe('qa');
    expect(more.quote!.length).toBeGreaterThan(short.quote!.length);
    expect(more.quote).toContain('剩余15条农村黑臭水体');
  });

  it('never reads a follow-up asking in words of its own as the last question of something else', async () => {
    const fisheries = await createEngine({ knowledgeDirs: [devRelease('r86')], cacheDir: false });
    const c = fresh();
    expect(fisheries.converse(c, '渔民转产培训今年办几期').text).toContain('26期');
    // (每期培训几天 is not 每期培训办多少期: the release gives no number of days, and the reply says so.)
    const days = fisheries.converse(c, '那每期培训几天');
    expect(days.answered).toBe(false);
    expect(days.understood ?? '').not.toContain('多少期');
  });

  it('reads 那里面, 那里头 as the thing just asked about, and answers only of it', async () => {
    const antiDrug = await createEngine({ knowledgeDirs: [devRelease('r87')], cacheDir: false });
    const c = fresh();
    expect(antiDrug.converse(c, '禁毒教育基地位置在哪').answered).toBe(true);
    // (The release gives a community museum's area, not the base's: that is no answer about the base.)
    const inside = antiDrug.converse(c, '那里头有多大面积');
    expect(inside.answered).toBe(false);
    expect(inside.understood).toContain('禁毒教育基地');
  });

  it("reads 他 after X来的是谁 as the one whose post names X, not whoever the answer's sentence names first", async () => {
    const eldercare = await createEngine({ knowledgeDirs: [devRelease('r11')], cacheDir: false });
    const c = fresh();
    eldercare.converse(c, '财政厅派来的是哪位');
    const post = eldercare.converse(c, '他是什么职务');
    expect(post.understood).toContain('许志明');
  });

  it('reads 以后打算呢 as the last question asked of later, as planned', async () => {
    const antiDrug = await createEngine({ knowledgeDirs: [devRelease('r87')], cacheDir: false });
    const c = fresh();
    antiDrug.converse(c, '污水毒情监测现在多久采一次样');
    const later = antiDrug.converse(c, '以后打算呢');
    expect(later.understood).toContain('多久采一次样');
    expect(later.text).toContain('每月1次');
  });

  it('never bends a new question into a follow-up', () => {
    const c = fresh();
    engine.converse(c, '第一阶段干啥？');
    const a = engine.converse(c, '发布地点在哪');
    expect(a.understood).toBeUndefined();
    expect(a.headline).toContain('宿州市新闻发布厅');
  });

  it('keeps one conversation out of another', () => {
    const alice = fresh();
    const bob = fresh();
    engine.converse(alice, '第一阶段干啥？');
    engine.converse(bob, '现场签约项目有多少个？');
    expect(engine.converse(alice, '第三阶段呢？').text).toContain('服务团');
    expect(engine.converse(bob, '那签约金额呢？').headline).toBe('累计签约金额：535.35万元');
  });

  it('answers a follow-up with no conversation behind it on its own', () => {
    const a = engine.converse(fresh(), '那次来了多少人？');
    expect(a.understood).toBeUndefined();
    expect(a.answered).toBe(false);
  });

  it('recognises requests for more by their form', () => {
    for (const m of ['详细说说', '具体点', '原文是什么', '全文', '还有呢', '說詳細點']) expect(asksForMore(m)).toBe(true);
    for (const m of ['详细说说第二阶段的情况', '签约金额是多少']) expect(asksForMore(m)).toBe(false);
  });
});

describe('elliptical follow-ups on releases the rules were not written for', () => {
  let farming: Engine;
  let market: Engine;
  let jobs: Engine;
  beforeAll(async () => {
    const engineOf = (release: string) => createEngine({ knowledgeDirs: [devRelease(release)], cacheDir: false });
    farming = await engineOf('r8');
    market = await engineOf('r7');
    jobs = await engineOf('r5');
  });

  it('asks 大豆呢 as the last question of 大豆, and says the releases do not answer it rather than quoting 大豆收割机', () => {
    const c = fresh();
    expect(farming.converse(c, '全省玉米平均亩产多少？').text).toContain('431.6公斤');
    // Alone, 大豆呢 finds the one sentence that mentions 大豆; after the question about 玉米 it means 大豆平均亩产.
    expect(farming.answer('大豆呢？').answered).toBe(true);
    const a = farming.converse(c, '大豆呢？');
    expect(a.understood).toBe('全省大豆平均亩产多少?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('收割机');
  });

  it('puts a quantity asked after another (总产量呢 after 播种面积) in the quantity\'s place, not the crop\'s', () => {
    const c = fresh();
    expect(farming.converse(c, '今年秋粮播种面积是多少').answered).toBe(true);
    const a = farming.converse(c, '那总产量呢');
    expect(a.understood).toContain('秋粮总产量');
    expect(a.text).toContain('2968.5');
  });

  it('answers a new question that opens with 那个 as it stands, not with the last one\'s measure (多少人次 for 多少钱)', async () => {
    const veterans = await createEngine({ knowledgeDirs: [devRelease('r61')], cacheDir: false });
    const c = fresh();
    expect(veterans.converse(c, '去年困难退役军人帮扶援助金发了多少钱').answered).toBe(true);
    expect(veterans.converse(c, '帮扶了多少人次').answered).toBe(true);
    expect(veterans.converse(c, '那个老兵关爱基金首期募集了多少').text).toContain('2000万元');
  });

  it('does not read a question for another kind of number at another time (多少所 after 多少市民) as the last one then', async () => {
    const sport = await createEngine({ knowledgeDirs: [devRelease('r62')], cacheDir: false });
    const c = fresh();
    expect(sport.converse(c, '今年上半年开放的学校接待了多少人次').answered).toBe(true);
    const a = sport.converse(c, '到年底要达到多少所');
    expect(a.text).toContain('340所');
  });

  it('puts a new place for the whole of the last one, though jieba cut a character off it (宁 北区)', async () => {
    const shelters = await createEngine({ knowledgeDirs: [devRelease('r69')], cacheDir: false });
    const c = fresh();
    expect(shelters.converse(c, '宁北区的应急避难场所能容纳多少人').text).toContain('17.6');
    const a = shelters.converse(c, '岱南区呢');
    expect(a.understood).toContain('岱南区');
    expect(a.understood).not.toContain('宁岱南区');
    expect(a.text).toContain('22.4');
  });

  it('reads an attribute asked of nothing it names (主题是啥) as the last subject\'s, though alone it is the release\'s', async () => {
    const elderly = await createEngine({ knowledgeDirs: [devRelease('r11')], cacheDir: false });
    const c = fresh();
    expect(elderly.converse(c, '敬老月活动是在几月份').answered).toBe(true);
    const a = elderly.converse(c, '主题是啥');
    expect(a.understood).toBe('敬老月活动的主题是啥');
    expect(a.text).toContain('孝老爱亲');
    // (Asked in one message, the second question reads the first's subject too.)
    expect(elderly.answer('敬老月活动是哪段时间 主题是啥').text).not.toContain('发布摘要');
  });

  it('does not answer a message naming nothing with another of the numbered series the conversation is about', async () => {
    const festival = await createEngine({ knowledgeDirs: [devRelease('r33')], cacheDir: false });
    const c = fresh();
    expect(festival.converse(c, '第四届电商节明年几月开').text).toContain('第四届');
    const a = festival.converse(c, '具体是哪一天开幕');
    expect(a.answered).toBe(false);
    expect(a.quote).toBeUndefined();
  });

  it('reads a message of several questions that leans on the conversation (面积多大？…) with its last turn', async () => {
    const library = await createEngine({ knowledgeDirs: [devRelease('r65')], cacheDir: false });
    const c = fresh();
    expect(library.converse(c, '新总图的儿童馆设在几楼').answered).toBe(true);
    // (Alone, 面积多大 is the site's: 新总图基地面积1.2公顷.)
    const a = library.converse(c, '面积多大？藏书多少？');
    expect(a.text).toContain('2,400平方公尺');
    expect(a.text).not.toContain('1.2公顷');
  });

  it('reads X自己呢 as the last question of X alone, and refuses it when X is only counted with others', async () => {
    const schools = await createEngine({ knowledgeDirs: [devRelease('r9')], cacheDir: false });
    const c = fresh();
    expect(schools.converse(c, '禅城、三水和高明合计新增了多少学位').text).toContain('1.72万个');
    const a = schools.converse(c, '高明区自己呢');
    expect(a.answered).toBe(false);
  });

  it('reads "as for X" (幼儿园那块呢) as the last question of X, though X alone is answered', async () => {
    const childcare = await createEngine({ knowledgeDirs: [devRelease('r57')], cacheDir: false });
    const c = fresh();
    childcare.converse(c, '今年托位计划新增多少');
    // Alone it quotes the kindergartens there are (196所); after a question about plans, those planned.
    expect(childcare.answer('幼儿园那块呢？').text).toContain('196所');
    const a = childcare.converse(c, '幼儿园那块呢？');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.text).toMatch(/60所|1500个/u);
  });

  it('reads X那部分呢 as "as for X" too: the part of the amount just answered, not all that is said of X', async () => {
    const dengue = await createEngine({ knowledgeDirs: [devRelease('r75')], cacheDir: false });
    const c = fresh();
    // (會點分配 is Cantonese for 会怎么分配.)
    expect(dengue.converse(c, '預留的4,800萬元會點分配？').text).toContain('約2,600萬元');
    const a = dengue.converse(c, '無人機那部分呢？');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.text).toContain('約700萬元');
  });

  it('reads 那 opening a message as "then", and puts the new subject in the place of its like: 那居民医保呢', async () => {
    const health = await createEngine({ knowledgeDirs: [devRelease('r1')], cacheDir: false });
    const c = fresh();
    expect(health.converse(c, '职工医保普通门诊报销比例是多少？').text).toContain('不低于60%');
    expect(health.converse(c, '那居民医保呢？').understood).toBe('居民医保普通门诊报销比例是多少?');
  });

  it('puts the new subject in the place of the whole noun it is like: 锂电池 for 新能源汽车, not for 汽车', async () => {
    const customs = await createEngine({ knowledgeDirs: [devRelease('r28')], cacheDir: false });
    const c = fresh();
    expect(customs.converse(c, '新能源汽车出口额多少').text).toContain('192.4亿元');
    const a = customs.converse(c, '锂电池呢');
    expect(a.understood).toBe('锂电池出口额多少');
    expect(a.text).toContain('178.5亿元');
  });

  it('drops a measure word that counts the last subject\'s kind: 品种呢 after 几家企业 is not counted in 家', async () => {
    const procurement = await createEngine({ knowledgeDirs: [devRelease('r35')], cacheDir: false });
    const c = fresh();
    expect(procurement.converse(c, '省内有几家企业中选').text).toContain('27家');
    const a = procurement.converse(c, '品种呢');
    expect(a.understood).toBe('省内有多少品种中选');
    expect(a.text).toContain('46个');
  });

  it('reads 其中X的呢 as the last question of a part of what it counted, not as the whole just read', async () => {
    const flu = await createEngine({ knowledgeDirs: [devRelease('r44')], cacheDir: false });
    const c = fresh();
    expect(flu.converse(c, '流感疫苗今年总共供应多少剂').text).toContain('126.5万剂');
    const a = flu.converse(c, '其中免费的呢');
    expect(a.understood).toContain('免费');
    expect(a.text).toContain('89.2万剂');
    const snow = await createEngine({ knowledgeDirs: [devRelease('r36')], cacheDir: false });
    expect(snow.converse(c, '上个雪季全省一共来了多少冰雪游客').text).toContain('6830.5万人次');
    expect(snow.converse(c, '其中省外的呢').text).toContain('2147万人次');
  });

  it('reads 其中 after a count as of the things counted (单车投诉), not of the one who counted them', async () => {
    const bikes = await createEngine({ knowledgeDirs: [devRelease('r104')], cacheDir: false });
    const c = fresh();
    expect(bikes.converse(c, '12345熱線今年上半年收到幾多單車投訴？').text).toContain('2.87萬件');
    expect(bikes.converse(c, '其中亂停放佔幾成？').understood).toContain('單車投訴中');
  });

  it('reads a message with a subject of its own with the last question when it is not answered alone', async () => {
    const flu = await createEngine({ knowledgeDirs: [devRelease('r44')], cacheDir: false });
    const c = fresh();
    expect(flu.answer('医生增加了多少').answered).toBe(false);
    flu.converse(c, '去年儿科太挤了，今年儿科做了哪些准备');
    const a = flu.converse(c, '医生增加了多少');
    expect(a.understood).toBeDefined();
    expect(a.text).toContain('96名');
  });

  it('answers a pointing question of another kind from the passage just quoted: the date its sentence gives', async () => {
    const food = await createEngine({ knowledgeDirs: [devRelease('r34')], cacheDir: false });
    const c = fresh();
    expect(food.converse(c, '约谈了哪几家外卖平台').text).toContain('邻家到');
    expect(food.converse(c, '要求他们哪天之前完成复核').text).toContain('12月31日');
  });

  it('reads 第三个呢 after 第一阶段 as the third stage, and 销售额呢 after 卖了多少斤 as money', async () => {
    const weather = await createEngine({ knowledgeDirs: [devRelease('r31')], cacheDir: false });
    const c = fresh();
    weather.converse(c, '汛期气象服务第一阶段是什么时候');
    expect(weather.converse(c, '那第三个呢').understood).toContain('第3阶段');
    const festival = await createEngine({ knowledgeDirs: [devRelease('r33')], cacheDir: false });
    const d = fresh();
    expect(festival.converse(d, '脐橙网上一共卖了多少斤').text).toContain('372万斤');
    expect(festival.converse(d, '销售额呢').text).toContain('2160万元');
  });

  it('reads 在哪些地方 as where, of the last subject, answered by places listed with 等地', async () => {
    const snow = await createEngine({ knowledgeDirs: [devRelease('r36')], cacheDir: false });
    const c = fresh();
    expect(snow.converse(c, '冰雪大集办了几场').text).toContain('12场');
    expect(snow.converse(c, '在哪些地方').text).toContain('雪湖公园');
  });

  it('asks a follow-up with its own question word in that word: money, not the tons the last question counted', async () => {
    const customs = await createEngine({ knowledgeDirs: [devRelease('r28')], cacheDir: false });
    const c = fresh();
    expect(customs.converse(c, '榴莲进口了多少').text).toContain('2.3万吨');
    // The release gives the tonnage of durians, not what they cost.
    expect(customs.converse(c, '进口额是多少钱呢').answered).toBe(false);
  });

  it('asks the target of the last subject for 年底目标呢, not any target the release states', async () => {
    const recycling = await createEngine({ knowledgeDirs: [devRelease('r23')], cacheDir: false });
    const c = fresh();
    expect(recycling.converse(c, '试行程式现在有多少登记用户').text).toContain('42.6万');
    const a = recycling.converse(c, '年底目标呢？');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.text).toContain('80万名');
  });

  it('compares the last subject for 比去年同期呢', () => {
    const c = fresh();
    expect(market.converse(c, '国庆期间12315一共受理了多少件？').text).toContain('3472件');
    const a = market.converse(c, '比去年同期呢？');
    expect(a.understood).toContain('比去年同期');
    expect(a.text).toContain('同比下降7.3%');
  });

  it('asks an attribute of the last subject for 那截止日期呢, and does not answer with the release date', () => {
    const c = fresh();
    expect(jobs.converse(c, '创业大赛什么时候开始报名？').text).toContain('7月1日');
    const a = jobs.converse(c, '那截止日期呢？');
    expect(a.understood).toBe('创业大赛的截止日期');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('发布时间');
  });

  it('asks the last question of another numbered one: 那第三批呢 after 第一批消费券哪天发', async () => {
    const tourism = await createEngine({ knowledgeDirs: [devRelease('r6')], cacheDir: false });
    const c = fresh();
    tourism.converse(c, '第一批消费券哪天发？');
    const a = tourism.converse(c, '那第三批呢？');
    expect(a.understood).toBe('第3批消费券哪天发?');
    expect(a.text).toContain('8月3日');
  });

  it('reads a follow-up with a question that got suggestions, not only with an answered one', async () => {
    const flood = await createEngine({ knowledgeDirs: [devRelease('r10')], cacheDir: false });
    const c = fresh();
    expect(flood.converse(c, '6月中旬那场强降雨，最大点雨量出现在哪？').band).toBe('suggest');
    const a = flood.converse(c, '有多少毫米？');
    expect(a.understood).toContain('最大点雨量');
    expect(a.text).toContain('286毫米');
  });

  it('asks the last question at another time, of the like sharing its ending, and an attribute of what it was about', async () => {
    const commerce = await createEngine({ knowledgeDirs: [devRelease('r14')], cacheDir: false });
    const marathon = await createEngine({ knowledgeDirs: [devRelease('r15')], cacheDir: false });
    const c = fresh();
    commerce.converse(c, '社区回收点现在建了多少个？');
    expect(commerce.converse(c, '年底呢？')).toMatchObject({ understood: '社区回收点年底建了多少个?' });
    const d = fresh();
    marathon.converse(d, '全程马拉松关门时间是多长？');
    const half = marathon.converse(d, '半程呢？');
    expect(half.understood).toBe('半程马拉松关门时间是多长?');
    expect(half.text).toContain('3小时');
    const e = fresh();
    engine.converse(e, '活动现场签约了多少个项目？');
    expect(engine.converse(e, '金额呢？').text).toContain('535.35万元');
  });

  it('reads 它 as the last subject and 其中 as a part of it, and never answers 其中 with the passage just given', async () => {
    const housing = await createEngine({ knowledgeDirs: [devRelease('r16')], cacheDir: false });
    const c = fresh();
    expect(housing.converse(c, '全市累计加装电梯多少台？').text).toContain('1536台');
    // The release does not break the 1536 down: the total again is no answer to "of those, how many".
    const part = housing.converse(c, '其中多少台是高层住宅的？');
    expect(part.understood).toBe('全市累计加装电梯中多少台是高层住宅的?');
    expect(part.answered).toBe(false);
    const d = fresh();
    housing.converse(d, '燃气管道是今年改造的重点吗？');
    expect(housing.converse(d, '它去年改了多少公里？').understood).toMatch(/^燃气管道去年改了多少公里/u);
  });

  it('asks the last question at the time a message names and nothing else: 今年预计能到多少', async () => {
    const housing = await createEngine({ knowledgeDirs: [devRelease('r16')], cacheDir: false });
    const c = fresh();
    expect(housing.converse(c, '去年加装了多少台电梯？').text).toContain('412台');
    const a = housing.converse(c, '今年预计能到多少？');
    expect(a.understood).toBe('今年预计加装了多少台电梯?');
    expect(a.text).toContain('450台');
  });

  it('asks an elliptical message\'s own question of the last subject: 那最高能奖多少', async () => {
    const safety = await createEngine({ knowledgeDirs: [devRelease('r19')], cacheDir: false });
    const c = fresh();
    safety.converse(c, '举报隐患打什么电话？');
    const a = safety.converse(c, '那最高能奖多少？');
    expect(a.understood).toBe('举报隐患 最高能奖多少?');
    expect(a.text).toContain('30万元');
  });

  it('reads 他 after 谁回答的 as whoever answered, and 现在呢 after a question about 以前', async () => {
    const stats = await createEngine({ knowledgeDirs: [devRelease('r22')], cacheDir: false });
    const c = fresh();
    stats.converse(c, '物价为什么低位运行，这个问题谁答的');
    expect(stats.converse(c, '他是什么职务').understood).not.toMatch(/谢谢/u);
    const services = await createEngine({ knowledgeDirs: [devRelease('r24')], cacheDir: false });
    const d = fresh();
    services.converse(d, '以前给新生儿上户口要跑几次');
    expect(services.converse(d, '现在呢？').understood).toMatch(/^现在给新生儿上户口要跑/u);
  });

  it('answers a question with a subject of its own as it stands: 主持人是谁 after 发布会在哪开的', () => {
    const c = fresh();
    engine.converse(c, '发布会在哪开的？');
    const a = engine.converse(c, '主持人是谁？');
    expect(a.understood).toBeUndefined();
    expect(a.answered).toBe(false);
  });
});

describe('conversation memory', () => {
  it('keeps a bounded number of conversations, the least recently used going first', () => {
    const memory = new ConversationMemory({ ttlMs: 60_000, conversations: 2 });
    const turn = { understood: 'q', content: 'q', cues: '' };
    memory.remember('a', turn);
    memory.remember('b', turn);
    memory.remember('c', turn);
    expect(memory.size).toBe(2);
    expect(memory.last('a')).toBeUndefined();
    expect(memory.last('c')).toEqual(turn);
  });

  it('forgets a conversation a few minutes after its last turn, and keeps only the last turns', () => {
    let now = 1_000;
    const memory = new ConversationMemory({ ttlMs: 5 * 60_000, turns: 2, now: () => now });
    for (const q of ['q1', 'q2', 'q3']) memory.remember('a', { understood: q, content: q, cues: '' });
    expect(memory.last('a')?.understood).toBe('q3');
    now += 4 * 60_000;
    expect(memory.last('a')).toBeDefined();
    now += 2 * 60_000;
    expect(memory.last('a')).toBeUndefined();
  });

  it('asks the last question again of another span of time (那超过一天呢 after 半小时内…), a span in any unit', async () => {
    const fraud = await createEngine({ knowledgeDirs: [devRelease('r111')], cacheDir: false });
    const c = fresh();
    expect(fraud.converse(c, '半小时内报警，止付成功率是多少').headline).toContain('30分钟内');
    const a = fraud.converse(c, '那超过一天呢');
    expect(a.understoodAs).toBe('follow-up');
    expect(a.headline).toContain('超过24小时');
  });

  it('answers 那X呢 naming a quantity after a question of a date with the quantity, when that reading is the one answered', async () => {
    const taxis = await createEngine({ knowledgeDirs: [devRelease('r101')], cacheDir: false });
    const c = fresh();
    // (Taiwan's 計程車 for the release's 出租汽车: the first turn is answered, and the second read with it is not.)
    expect(taxis.converse(c, '計程車新運價哪天開始收？').answered).toBe(true);
    expect(taxis.converse(c, '那夜裡的起步價呢？').text).toContain('13元');
    const last = { understood: '计程车新运价哪天开始收', at: 0 } as unknown as Parameters<typeof namesQuantityAfterOtherFrame>[1];
    expect(namesQuantityAfterOtherFrame('那夜里的起步价呢？', last)).toBe(true);
    // (After a figure question, 那X呢 asks the same of X: the last question's reading stands.)
    expect(namesQuantityAfterOtherFrame('那夜里的起步价呢？', { ...last, understood: '白天起步价多少' })).toBe(false);
    expect(namesQuantityAfterOtherFrame('那第二阶段呢？', last)).toBe(false);
  });

  it('reads 那X的呢 as 那X呢: the 的 standing for the thing left out is no part of the new subject', async () => {
    const trees = await createEngine({ knowledgeDirs: [devRelease('r94')], cacheDir: false });
    const c = fresh();
    expect(trees.converse(c, '古树保险，一级古树每棵保多少钱？').text).toContain('30万元');
    const third = trees.converse(c, '那三级的呢？');
    expect(third.text).toContain('10万元');
    expect(third.text).not.toContain('75.7%');
  });

  it('puts a thing in the place of the thing modifying the last subject, not of the act with it (台风 for 暴雨 in 暴雨预警信号)', () => {
    const last = { understood: '暴雨预警信号入汛以来发了几次', content: '暴雨预警信号入汛以来发了', cues: '几次' };
    expect(followUpCandidates('台风呢', last)[0]).toEqual({ question: '台风预警信号入汛以来发了几次', literal: true });
    // (A thing named with the act still stands for both: 锂电池 for 新能源汽车 in 新能源汽车出口额.)
    const exports = { understood: '新能源汽车出口额是多少', content: '新能源汽车出口额', cues: '是多少' };
    expect(followUpCandidates('锂电池呢', exports)[0]?.question).toBe('锂电池出口额是多少');
  });

  it('asks the last question of a narrower subject (生态护林员 after 护林员), never of one of the counted parts as a narrowing', () => {
    const last = { understood: '护林员现在每月补助多少', content: '护林员现在每月补助', cues: '多少' };
    expect(followUpCandidates('那生态护林员呢？', last)[0]).toEqual({ question: '生态护林员现在每月补助多少', literal: true });
    // (第二阶段 after 分几个阶段 is one of the parts counted: not 对接活动分了几第二阶段.)
    const stages = { understood: '对接活动分了几个阶段', content: '对接活动分了', cues: '几个阶段' };
    expect(followUpCandidates('第二阶段呢？', stages).map((c) => c.question)).not.toContain('对接活动分了几第二阶段');
  });

  it('reads 其中 after a subject cut off before its verb without the adverb before it (夜校老师, not 夜校老师都)', () => {
    const last = { understood: '夜校老师都是从哪里来的', content: '夜校老师都是从 来的', cues: '哪里' };
    const readings = followUpCandidates('其中非遗传承人有几位？', last).map((c) => c.question);
    expect(readings).toContain('夜校老师中非遗传承人有几位?');
    expect(readings.some((q) => q.includes('都中'))).toBe(false);
  });

  it('asks the last question at another time named in two time words (那明年以后呢 after 现在…能借几本书)', () => {
    const last = { understood: '现在一张读者证能借几本书', content: '现在一张读者证能借 书', cues: '几本' };
    const literal = followUpCandidates('那明年以后呢？', last).find((c) => c.literal);
    expect(literal?.question.replace(/\s+/gu, '')).toBe('明年以后一张读者证能借几本书');
  });

  it('answers 举几个例子 after a count with the whole passage that lists them, and asks nothing of the releases when nothing came before', async () => {
    const training = await createEngine({ knowledgeDirs: [devRelease('r177')], cacheDir: false });
    const c = fresh();
    expect(training.converse(c, '緊缺工種目錄有多少個工種？').text).toContain('38個');
    const examples = training.converse(c, '舉幾個例子');
    expect(examples.answered).toBe(true);
    expect(examples.text).toContain('數控車工');
    const alone = training.converse(fresh(), '举几个例子');
    expect(alone.text).not.toContain('没有提到“例子”');
  });

  it('reads 那位姓李的，她的职称 after a list of two speakers as the one of them with that surname, and 职称 as a post', () => {
    const c = fresh();
    engine.converse(c, '這次發布會科技局派了哪兩位出來講？');
    const post = engine.converse(c, '那位姓李的，她的職稱完整是什麼喔？');
    expect(post.text).toContain('協同創新與對外科技合作科科長');
    expect(post.text).not.toContain('副局長');
  });

  it('reads 南埠那边 as the place 南埠, whose 那 points at nothing said before', () => {
    const last = { understood: '哪两个街道出现了聚集性疫情', content: '街道出现了聚集性疫情', cues: '哪两个' };
    const readings = followUpCandidates('南埠那边现在累计有多少病例？', last).map((c) => c.question);
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.some((q) => q.includes('边'))).toBe(false);
  });

  it('reads 其他几个 after a count as the others of what was counted, not 他 as a person to put the last subject for', () => {
    const last = { understood: '24小时应急避暑场所有几个', content: '24小时应急避暑场所有', cues: '几个' };
    const readings = followUpCandidates('除了市图书馆，其他几个都在哪条路上？', last).map((c) => c.question);
    expect(readings.some((q) => q.includes('其24小时'))).toBe(false);
  });

  it('reads 签约的居民呢 after a count of one place\'s teams as the count of its residents, of the same place, in people', () => {
    const last = { understood: '南湖街道社区医院有多少个家庭医生团队?', content: '南湖街道社区医院有 家庭医生团队', cues: '多少个' };
    expect(followUpCandidates('签约的居民呢？', last)[0]?.question).toBe('南湖街道社区医院有 签约的居民多少');
  });

  it('reads 比去年同期高了多少 after a share as the same share compared, 去年同期 being no subject of its own', () => {
    const last = { understood: '今年1至8月签约居民基层首诊比例是多少?', content: '今年1至8月签约居民基层首诊', cues: '比例是多少' };
    expect(followUpCandidates('比去年同期高了多少？', last).map((c) => c.question)).toContain('今年1至8月签约居民基层首诊 比去年同期高了多少?');
  });

  it('asks who is meant when a question names someone only by a pronoun and nobody was named before', () => {
    const c = fresh();
    const who = engine.converse(c, '她是什么职务？');
    expect(who.answered).toBe(false);
    expect(who.text).toContain('哪一位');
    expect(who.text).not.toContain('您好');
    // (After a turn that names her, the pronoun is read with it.)
    engine.converse(c, '谁介绍的活动情况？');
    expect(engine.converse(c, '她是什么职务？').text).toContain('副局长');
  });

  it('reads who spoke of a part (技术需求征集那部分是谁讲的) as the speaker of it, whom the next question points at', () => {
    const c = fresh();
    const who = engine.converse(c, '技术需求征集那部分是谁讲的？');
    expect(who.answered, who.text).toBe(true);
    const post = engine.converse(c, '她是什么职务？');
    expect(post.answered, post.text).toBe(true);
    expect(post.text).toContain('王慧');
    expect(post.text).toContain('副局长');
  });

  it('answers a message opening with the asker\'s story as a new question: its 他 is the story\'s, not the last answer\'s', () => {
    const c = fresh();
    engine.converse(c, '走访了多少家企业？');
    const story = engine.converse(c, '我舅舅说他那天去了，说现场人挤人有两千多人，线下一共来了多少人？');
    expect(story.answered, story.text).toBe(true);
    expect(story.text).toContain('800余人');
    expect(story.text).not.toContain('接上题');
  });
  it("remembers the question without the asker's remark on their task: 我在写一篇校报报道 is no subject to follow up", () => {
    const c = fresh();
    expect(engine.converse(c, '我在给校报写稿子，现场签了多少个项目？').text).toContain('35个');
    expect(engine.converse(c, '金额呢？').text).toContain('535.35万元');
  });
  it('reads a time counted from now alone (以前呢, 去年呢) as asking the last question then, not a time of its own (周末呢)', () => {
    expect(leansOnContext('以前呢？')).toBe(true);
    expect(leansOnContext('那去年呢')).toBe(true);
    expect(leansOnContext('那周末呢？')).toBe(false);
    expect(leansOnContext('第三阶段呢？')).toBe(false);
  });
  it('reads X呢 of a name the release lists beside one the last question named (悠骑出行91.5分，橙风单车86.2分) as the last question of X', async () => {
    const r171 = await createEngine({ knowledgeDirs: [devRelease('r171')], cacheDir: false });
    const c = fresh();
    expect(r171.converse(c, '悠骑出行一季度考核几分？').text).toContain('91.5分');
    const next = r171.converse(c, '橙风呢？');
    expect(next.understoodAs).toBe('follow-up');
    expect(next.text).toContain('86.2分');
    const d = fresh();
    expect(r171.converse(d, '快轮出行答应增加多少运维人员？').text).toContain('80名');
    expect(r171.converse(d, '那橙风单车呢？').answered).toBe(false);
    // (A head both items share is no sibling: 学位 of 小学学位2.58万个、初中学位2.02万个 stays.)
    const r9 = await createEngine({ knowledgeDirs: [devRelease('r9')], cacheDir: false });
    const e = fresh();
    r9.converse(e, '今年秋季新增多少公办学位？');
    r9.converse(e, '其中小学多少？');
    expect(r9.converse(e, '初中呢？').text).toContain('2.02万个');
  });
  it('reads a follow-up with a time of its own at that time, not with the last question\'s (今年用了多少 after 现在总共攒了多少)', async () => {
    const r136 = await createEngine({ knowledgeDirs: [devRelease('r136')], cacheDir: false });
    const c = fresh();
    expect(r136.converse(c, '维修资金现在总共攒了多少？').text).toContain('58.36亿元');
    expect(r136.converse(c, '今年用了多少？').text).toContain('1.92亿元');
  });
  it('reads 它 after a question about one stage as that stage, and answers its date from the passage just quoted (那它从什么时候到什么时候)', async () => {
    const r186 = await createEngine({ knowledgeDirs: [devRelease('r186')], cacheDir: false });
    const c = fresh();
    r186.converse(c, '专项治理一共分几个阶段？');
    expect(r186.converse(c, '第三阶段叫什么？').text).toContain('巩固提升');
    const reply = r186.converse(c, '那它从什么时候到什么时候？');
    expect(reply.understood).toContain('第三阶段');
    expect(reply.text).toContain('2025年10月至12月');
  });
  it('reads a follow-up with a verb of its own as asked of the last question\'s things, not of what was done to them then (那捐完以后多长时间能恢复)', async () => {
    const r200 = await createEngine({ knowledgeDirs: [devRelease('r200')], cacheDir: false });
    const c = fresh();
    expect(r200.converse(c, '造血干细胞采集大概要几个小时？').text).toContain('4至5小时');
    expect(r200.converse(c, '那捐完以后多长时间能恢复？').text).toContain('2至3周');
  });
});
