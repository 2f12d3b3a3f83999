import { describe, expect, it } from 'vitest';
import { readFrame } from '../../src/question/frames.ts';
import { normalise } from '../../src/text/pipeline.ts';

const frame = (q: string) => readFrame(normalise(q));

describe('question frames', () => {
  it.each([
    ['研究院几号揭的牌', 'date'],
    ['活动什么时候开始的', 'date'],
    ['新闻发布会的时间', 'date'],
    ['走访了几家企业？', 'figure'],
    ['三号线有多长', 'figure'],
    ['报告会上谁做了报告', 'person'],
    ['王慧是什么职务', 'person'],
    ['交通运输局局长叫什么', 'person'],
    ['发布地点在哪', 'place'],
    ['三号线一期从哪到哪', 'place'],
    ['为什么要开展这个活动', 'reason'],
    ['怎样让实验室的盆景变成风景', 'method'],
    ['下一步有什么谋划', 'plan'],
    ['将来还办不办这个活动', 'plan'],
    ['技术需求是什么意思', 'definition'],
    ['发布单位是哪里', 'definition'],
    ['李克强', 'any'],
  ])('reads %s as asking for a %s', (question, asks) => {
    expect(frame(question).asks).toBe(asks);
  });

  it('takes the kind of number from the measure word, and 个 as any countable kind', () => {
    expect(frame('线下来了多少人')).toMatchObject({ asks: 'figure', measure: 'people' });
    expect(frame('签了多少钱')).toMatchObject({ asks: 'figure', measure: 'money' });
    // A verb of spending or earning before a bare 多少 asks money, not a count of the people before it.
    expect(frame('入境游客一共消费了多少')).toMatchObject({ asks: 'figure', measure: 'money' });
    expect(frame('每亩能多赚多少？')).toMatchObject({ asks: 'figure', measure: 'money' });
    expect(frame('游客消费了多少人次')).toMatchObject({ measure: 'people' });
    expect(frame('走访了几家企业')).toMatchObject({ measure: 'sites', genericMeasure: false });
    expect(frame('有几个路演项目')).toMatchObject({ measure: 'count', genericMeasure: true });
    expect(frame('打几折')).toMatchObject({ measure: 'percent' });
    // (排第几 asks a rank, whatever quantity the question ranks by.)
    expect(frame('优良天数比例在全省排第几').measure).toBeUndefined();
    // (With words between: 占比现在多少, 比例有多少, 比重大概是几.)
    expect(frame('外地游客占比现在多少了')).toMatchObject({ asks: 'figure', measure: 'percent' });
    expect(frame('用手机办的比例有多少')).toMatchObject({ asks: 'figure', measure: 'percent' });
    expect(frame('网上预约的比例有多高')).toMatchObject({ asks: 'figure', measure: 'percent' });
    expect(frame('空载试运行跑了多长时间')).toMatchObject({ measure: 'time' });
    // A noun for people makes a count of people: 多少专家.
    expect(frame('派了多少专家')).toMatchObject({ measure: 'people', counted: '专家' });
    // Not a noun for people that modifies another noun: 长者食堂 are canteens, counted by 个.
    expect(frame('到去年底长者食堂总共建成多少个了')).toMatchObject({ measure: 'count' });
    expect(frame('义务监督员请了多少个')).toMatchObject({ measure: 'people' });
    // The noun after 多少个 with the nouns after it, up to one for people: 义务 says which 监督员.
    expect(frame('全区请了多少个义务交通监督员')).toMatchObject({ measure: 'people', counted: '监督员' });
    expect(frame('派了多少农技人员下村')).toMatchObject({ counted: '人员' });
    // A verb and its object split by the number asked measure what the word names: 贷款, 罚款 are money.
    expect(frame('创业能贷多少款')).toMatchObject({ asks: 'figure', measure: 'money' });
    expect(frame('一共罚了多少款')).toMatchObject({ measure: 'money' });
    expect(frame('新上市多少款车型')).toMatchObject({ measure: 'count' });
  });

  it('reads the kind of number from the noun before the question word, however jieba tags or cuts it', () => {
    // jieba tags 收入 a verb in 可支配收入是, and leaves 率 alone after a word it does not know (机耕 率有).
    expect(frame('农民人均可支配收入是多少？')).toMatchObject({ asks: 'figure', measure: 'money' });
    expect(frame('小麦机耕率有多少')).toMatchObject({ asks: 'figure', measure: 'percent' });
    // (从哪天起算, 什么时候开始实施 ask when a thing starts; 几号截止 its end, 几号到几号 a span.)
    expect(frame('新标准从哪天起算').starts).toBe(true);
    expect(frame('什么时候开始实施').starts).toBe(true);
    expect(frame('报名几号截止').starts).toBeUndefined();
    expect(frame('从几号到几号').starts).toBeUndefined();
    // (A physical rate is measured in units of its own: 功率 in 瓦, not a share.)
    expect(frame('路灯功率降到多少瓦').measure).not.toBe('percent');
    expect(frame('路灯的功率是多少').measure).not.toBe('percent');
    expect(frame('總產值為多少')).toMatchObject({ asks: 'figure', measure: 'money' });
    // A verb that is no quantity says nothing of the kind.
    expect(frame('增长是多少').measure).toBeUndefined();
  });

  it('reads the action a how-question asks how to do, but not a verb of any handling', () => {
    expect(frame('人才公寓怎么申请')).toMatchObject({ asks: 'method', action: '申请' });
    expect(frame('成果展如何预约')).toMatchObject({ asks: 'method', action: '预约' });
    expect(frame('差评件会怎么处理').action).toBeUndefined();
    expect(frame('挤不上车怎么办').action).toBeUndefined();
  });

  it('reads the noun counted after the measure word with a modifier jieba does not know', () => {
    expect(frame('改造了多少个老旧小区')).toMatchObject({ counted: '小区', countedWith: ['老旧'] });
    // (A word jieba calls an idiom, 孤独症, before a noun for people: the people are counted, the word says which.)
    expect(frame('全市有多少名孤独症儿童')).toMatchObject({ counted: '儿童', countedWith: ['孤独症'] });
    // (Who spoke of a part: the part and the speaking are how it asks, 介绍 stays, as hosts say 请…介绍情况.)
    expect(frame('婚检那部分是谁讲的').content).not.toMatch(/部分|讲/u);
    expect(frame('谁介绍的整体情况').content).toContain('介绍');
    // (新规定里 scopes the question; 新规定 asked about stays.)
    expect(frame('新规定里门店招牌能做多高').content).not.toContain('规定');
    expect(frame('新规定什么时候实施').content).toContain('新规定');
    // (A verb right after the measure word modifies the noun it counts: 多少条捕捞渔船 counts 渔船; 多少人参加活动 counts people.)
    expect(frame('一共压减了多少条捕捞渔船')).toMatchObject({ counted: '渔船', countedWith: ['捕捞'] });
    expect(frame('多少人参加活动').counted).toBeUndefined();
    // (占多大比例 asks a share, and 比例 is how it is asked, not what about.)
    expect(frame('外卖案件占全部案件多大比例')).toMatchObject({ asks: 'figure', measure: 'percent' });
    expect(frame('外卖案件占全部案件多大比例').content).not.toContain('比例');
    // (整个, 全部 take the whole: they pick none of the things counted out.)
    expect(frame('整个活动线下参加的人数多少').countedWith ?? []).not.toContain('整个');
  });

  it('reads a bare noun phrase ending in a noun of time as asking that time, and 第N批 as no count', () => {
    expect(frame('第二批报名截止日期')).toMatchObject({ asks: 'date' });
    expect(frame('志愿者招募时间')).toMatchObject({ asks: 'date' });
    // A span asked for: 哪段时间, 什么时间段 (and nothing of it left as content).
    expect(frame('整治阶段是哪段时间')).toMatchObject({ asks: 'date', content: '整治阶段是' });
    expect(frame('集中检查安排在什么时间段')).toMatchObject({ asks: 'date' });
    // A comparison with the year before, however it is said (比上年, 比前一年; 前年 is the year before that).
    expect(frame('食堂比前一年多了多少家')).toMatchObject({ comparesWithPast: true });
    expect(frame('食堂比上年多了多少家')).toMatchObject({ comparesWithPast: true });
    // The kind a which-ones question lists, when it names one (not which kind qualifies: 哪些小区可以申请).
    expect(frame('具体是哪几个服务区？')).toMatchObject({ list: true, listedKind: '服务区' });
    expect(frame('哪些小区可以申请').listedKind).toBeUndefined();
    // 哪几个区 asks which ones, as 哪些区 does; 哪几家 of a count the question states stays a count's list.
    expect(frame('新模式在哪几个区试点')).toMatchObject({ asks: 'definition', list: true });
    // 具体 within a question and 是 before 从几号 are how it is put, not content.
    expect(frame('集中攻坚阶段具体是从几号到几号').content).not.toMatch(/具体|是从/u);
    // 给个地址 asks where: an address answers it.
    expect(frame('具体都在哪？给个地址').asks).toBe('place');
    expect(frame('给个地址')).toMatchObject({ asks: 'place', content: '地址' });
    // A height by the noun for it, though jieba does not know it (肩高 of a dog), but not money by a character an
    // unknown word ends in (护薪驿站).
    expect(frame('肩高多少就算大型犬')).toMatchObject({ asks: 'figure', measure: 'length' });
    expect(frame('护薪驿站设了几个').measure).not.toBe('money');
    // 那段时间 points at the time named beside it and adds nothing.
    expect(frame('清明前后那段时间的火灾占全年几成').content).not.toContain('段时间');
    // (So do 那阵子, 那会儿, 那时候.)
    expect(frame('去年休渔那阵子海鲜涨了多少').content).not.toContain('阵子');
    expect(frame('春节那会儿客流多少').content).not.toContain('会儿');
    // A word with an aspect particle after it is a verb, and a linking word (一共) modifies nothing: no noun counted.
    expect(frame('今年1到5月无人机一共飞了多少架次').counted).toBeUndefined();
    // 下一场, 下一期 ask of what is to come, as 下一次 does.
    expect(frame('下一场双创汇什么时候办')).toMatchObject({ asks: 'date', future: true });
    // A part asked of a stated total; not a rank among so many, nor a time (三年行动计划).
    expect(frame('312家退税商店里老字号有多少家').partOfStated).toEqual({ total: '312家', part: '老字号' });
    expect(frame('优良天数比例在全省16个市里排第几').partOfStated).toBeUndefined();
    expect(frame('纳入三年行动计划的城中村有多少个').partOfStated).toBeUndefined();
    // 在哪条路上 asks on which street: an address answers it, not a venue's name; 什么路公交 asks a bus route.
    expect(frame('少年宫那个托管点在哪条路上')).toMatchObject({ asks: 'place', street: true, content: '少年宫那个托管点' });
    expect(frame('去松鹤园坐什么路公交').street).toBeUndefined();
    expect(frame('坐什么路线').street).toBeUndefined();
    // 哪几种, 哪几类 ask which kinds as 哪几个 asks which ones: question words, not content.
    expect(frame('主题口袋公园分哪几种')).toMatchObject({ asks: 'definition', list: true, content: '主题口袋公园分' });
    expect(frame('零钱包有哪几类面额')).toMatchObject({ asks: 'definition', list: true });
    // An amount for each one (一辆, 每人), not a rate in time (每月) nor a count (一共).
    expect(frame('以旧换新一辆车补多少钱')).toMatchObject({ measure: 'money', perItem: true });
    expect(frame('每人奖励多少钱')).toMatchObject({ perItem: true });
    expect(frame('每条举报奖励多少钱')).toMatchObject({ perItem: true });
    expect(frame('一起事故罚多少钱').perItem).toBeUndefined();
    expect(frame('每月能领多少钱').perItem).toBeUndefined();
    expect(frame('十一辆车一共花了多少钱').perItem).toBeUndefined();
    // 哪些事, 什么事情 ask what was done: 事 is the question's word, not content (事故 stays).
    expect(frame('第一阶段做了哪些事')).toMatchObject({ asks: 'definition', content: '第一阶段做了' });
    expect(frame('发生了什么事故').content).toContain('事故');
    // 算第几个 asks a rank, not a count.
    expect(frame('在全省算第几个')).toMatchObject({ asks: 'figure', superlative: true });
    expect(frame('在全省算第几个').measure).toBeUndefined();
    // 几点 asks the hour; 什么时段 a part of the day too.
    expect(frame('咨询活动几点开始')).toMatchObject({ clock: true, hour: true });
    expect(frame('哪些时段不能施工')).toMatchObject({ asks: 'date', clock: true });
    // The quantity asked is its head noun's, a character jieba leaves alone included: 公积金的个贷率 asks a rate, not money.
    expect(frame('公积金的个贷率是多少').measure).toBe('percent');
    // A verb with its modal after a span of time asked says what happens, not which thing is counted.
    expect(frame('联合审查几天能出结果').countedWith).toBeUndefined();
    // 几样 counts things, as 几项 does.
    expect(frame('申请材料要交几样')).toMatchObject({ asks: 'figure', measure: 'count' });
    // 场地 is counted though jieba files it as a place word; 户外, 村里 say where, not what.
    expect(frame('能约的场地有多少个').counted).toBe('场地');
    expect(frame('在户外干活的有多少人').counted).toBeUndefined();
    expect(frame('热线什么时段有人接').hour).toBeUndefined();
    // From when to when: two question words of time joined by 到, or a start and an end asked together.
    expect(frame('集中整治阶段是从几号到几号').span).toBe(true);
    expect(frame('大检查从几号搞到几号').span).toBe(true);
    expect(frame('第一期托管啥时候开始，到哪天结束').span).toBe(true);
    expect(frame('咨询活动几号开始').span).toBeUndefined();
    // A web address is asked as a telephone number is: 网址是啥 leaves what it is the address of.
    expect(frame('市局门户网站网址是啥')).toMatchObject({ asks: 'definition', web: true, content: '市局门户网站' });
    expect(frame('第三批试点名单').asks).toBe('any');
  });

  it('reads a target (要达到, 力争, 目标) as a number ahead', () => {
    expect(frame('覆盖率要达到多少')).toMatchObject({ asks: 'figure', futureAmount: true });
    expect(frame('年底的目标是多少家')).toMatchObject({ futureAmount: true });
    expect(frame('覆盖率已经达到多少').futureAmount).toBe(false);
    // 下半年 is ahead, but last year's is past.
    expect(frame('下半年计划新增多少').futureAmount).toBe(true);
    expect(frame('去年下半年补贴发了多少钱')).toMatchObject({ asks: 'figure', futureAmount: false });
  });

  it('reads 哪两个人, 哪几个人, 哪2名 as asking which people', () => {
    expect(frame('发布会是哪2人来发布的')).toMatchObject({ asks: 'person', list: true });
    expect(frame('哪几个人来发布的').asks).toBe('person');
    expect(frame('哪2名选手获奖').asks).toBe('person');
  });

  it('reads a verb of paying before a bare 多少 as asking money (每部补多少), not before a measure word (补多少人)', () => {
    expect(frame('加装电梯市里每部补多少')).toMatchObject({ asks: 'figure', measure: 'money' });
    expect(frame('超速罚了多少')).toMatchObject({ measure: 'money' });
    expect(frame('补多少人').measure).toBe('people');
    expect(frame('门诊能报销多少').measure).toBeUndefined();
  });

  it('reads a verb of telling or knowing after 怎么 (怎么看出, 如何判断) as how the question is put, not as the action asked', () => {
    const f = frame('怎么看出井盖下面有没有防坠网');
    expect(f.asks).toBe('method');
    expect(f.action).toBeUndefined();
    expect(f.content).not.toContain('看出');
    expect(frame('人才公寓怎么申请').action).toBe('申请');
  });

  it('reads a generic count of a noun that a quantity noun only modifies (没交过维修资金的老旧小区有多少个) as a count, not money', () => {
    expect(frame('從來沒交過維修資金的老舊小區有多少個').measure).toBe('count');
    expect(frame('计划总投资亿元以上的项目有几个').measure).toBe('count');
    expect(frame('大豆生产者补贴标准是多少呢').measure).toBe('money');
  });

  it('reads 计划 before a modal (飞行计划得提前多久报) as the noun, content of the question, not an intention', () => {
    expect(frame('飞行计划得提前多久报').content).toContain('计划');
    expect(frame('明年计划建几座').futureAmount).toBe(true);
  });

  it('reads a grade (一级) before the counted noun as its modifier, but not 这一类, which points', () => {
    expect(frame('樟樹裡面一級古樹有幾棵').countedWith).toContain('一级');
    expect(frame('建筑与小区这一类项目有几个').countedWith ?? []).not.toContain('一类');
  });

  it('reads 现在做完几间了 and 完成了多少 as asking what is done by now, not a plan', () => {
    expect(frame('现在做完几间了').doneAmount).toBe(true);
    expect(frame('完成了多少个').doneAmount).toBe(true);
    expect(frame('一共要改多少间教室').doneAmount).toBe(false);
  });

  it('reads how high a rate is (检出率有多高) as a share, and 多高 of anything else as a length', () => {
    expect(frame('高中生高度近视的检出率有多高').measure).toBe('percent');
    expect(frame('接通率有多高').measure).toBe('percent');
    expect(frame('电视塔有多高').measure).toBe('length');
  });

  it('reads 多少天内 as asking a time within which, not a noun opened by 天 (jieba reads 内能)', () => {
    const f = frame('筛查结果多少天内能告诉家长');
    expect(f).toMatchObject({ asks: 'figure', measure: 'time' });
    expect(f.content).not.toContain('内能');
  });

  it('reads 最多多长时间 as asking a limit, as 最多多少 is, whose degree word is no content', () => {
    expect(frame('初中生每天书面作业最多多长时间')).toMatchObject({ superlative: true, limit: true });
    expect(frame('公共收益的合理成本最多能扣多少').content).not.toContain('最多');
    expect(frame('哪个区最多多少').limit).toBe(false);
  });

  it('reads 块 before the things it counts as their measure word, and alone or before 钱 as money', () => {
    expect(frame('东湖区换了多少块破损井盖')).toMatchObject({ asks: 'figure', measure: 'count', counted: '井盖', measureWord: '块' });
    expect(frame('门票多少块').measure).toBe('money');
    expect(frame('门票多少块钱一张').measure).toBe('money');
  });

  it('reads 计划 after a demonstrative or a measure word as the scheme, not an intention', () => {
    expect(frame('立法会批了多少钱给这个计划')).toMatchObject({ asks: 'figure', future: false, futureAmount: false });
    expect(frame('该计划惠及多少人').future).toBe(false);
    expect(frame('这个计划')).toMatchObject({ future: false });
    expect(frame('明年计划新建几座')).toMatchObject({ future: true, futureAmount: true });
  });

  it('reads a hedge on a number the asker gives as part of the number, not as content', () => {
    expect(frame('是不是招了将近两千名志愿者').content).not.toContain('将近');
    expect(frame('补贴50万元左右吗').content).not.toContain('左右');
  });

  it('reads 最晚 and 最早 of a date as a deadline or a start, not a rank', () => {
    expect(frame('补贴最晚什么时候申请')).toMatchObject({ asks: 'date', superlative: false });
    expect(frame('报名最迟哪天截止')).toMatchObject({ asks: 'date', superlative: false });
    expect(frame('哪个项目投资最多')).toMatchObject({ superlative: true, limit: false });
    // 总共有多少 asks for all there are; 一共新增了多少 for what was added.
    expect(frame('现在总共有多少在编人员')).toMatchObject({ asks: 'figure', total: true });
    expect(frame('今年一共新增了多少家')).toMatchObject({ total: false });
    // 目标 says what the number is to the time, not a thing counted.
    expect(frame('今年退税平均到账时间目标是多少').counted).toBe('时间');
    // Colloquial question words: 干嘛 asks what, 咋整 and 咋 ask how.
    expect(frame('第二阶段是干嘛的')).toMatchObject({ asks: 'definition' });
    expect(frame('老人不会用智能手机咋整')).toMatchObject({ asks: 'method' });
    expect(frame('热线平均响应时长现在几秒')).toMatchObject({ asks: 'figure', measure: 'time' });
    // A unit of time after 多少 may open a noun (日供水能力, 天然气): then it measures nothing; before a verb it does.
    expect(frame('能新增多少日供水能力')).toMatchObject({ asks: 'figure', content: expect.stringContaining('日供水能力') });
    expect(frame('能新增多少日供水能力').measure).toBeUndefined();
    expect(frame('今年储备了多少天然气').measure).toBeUndefined();
    expect(frame('多少天能办完')).toMatchObject({ asks: 'figure', measure: 'time' });
    // (几个小时 counts hours, not things: 个 is part of the unit.)
    expect(frame('热线几个小时有人接')).toMatchObject({ asks: 'figure', measure: 'time' });
    expect(frame('几日到账')).toMatchObject({ asks: 'date' });
    expect(frame('几月份开始')).toMatchObject({ asks: 'date' });
    // 名单 asks a list only when it is what is asked, not when it says which rate (名单成功率).
    expect(frame('首贷名单成功率多少')).toMatchObject({ list: false, measure: 'percent' });
    expect(frame('获奖名单是什么')).toMatchObject({ list: true });
    // The last quantity noun is the head: 贷款平均利率 asks a rate, not money.
    expect(frame('普惠小微贷款平均利率多少')).toMatchObject({ asks: 'figure', measure: 'percent' });
    // Where an event is held is a place; where to do something is a way to do it.
    expect(frame('运动会开幕式在哪里办')).toMatchObject({ asks: 'place' });
    expect(frame('在哪里办手续')).toMatchObject({ asks: 'method' });
    // 那几天 points at days: it asks no number.
    expect(frame('春节那几天呢')).toMatchObject({ asks: 'any' });
    // 最多能扣多少 asks for a limit, which a passage states as 限额 or 不超过 as well as 最高.
    expect(frame('大病医疗最多能扣多少')).toMatchObject({ asks: 'figure', superlative: true, limit: true });
    expect(frame('每人最高贷多少')).toMatchObject({ limit: true });
    // Any verb between the degree word and the question word (充, 存, 退), but no 的: that one asks which is first.
    expect(frame('一张会员卡最多存多少钱')).toMatchObject({ limit: true });
    expect(frame('投诉最多的行业有多少件')).toMatchObject({ limit: false });
    expect(frame('哪个区最多有几家')).toMatchObject({ limit: false });
    // 流感疫苗中免费的: 流感疫苗 are counted, 免费 picks some of them out (as 省外 does of 游客).
    expect(frame('今年流感疫苗中免费的多少剂')).toMatchObject({ counted: '流感疫苗', countedWith: ['免费'], measure: 'count' });
    expect(frame('冰雪游客中省外的多少')).toMatchObject({ counted: '游客', countedWith: expect.arrayContaining(['省外']) });
    // A verb before 的 with no 中 picks them out too: the injured of 交通事故.
    expect(frame('前三季度交通事故受伤的有多少人')).toMatchObject({ counted: '交通事故', countedWith: ['受伤'] });
    // 哪个大学 asks which university: only a university's name answers it.
    expect(frame('那位院士是哪个大学的教授')).toMatchObject({ organisation: '大学' });
    // Who asked: an official Q&A's asker; 谁提供的 asks who gave something, not who asked.
    expect(frame('学位补贴是哪位记者提的问题')).toMatchObject({ asks: 'person', asksAsker: true, content: '学位补贴' });
    // The asking verb first: 问…的是哪家媒体.
    expect(frame('问学位补贴那个问题的是哪家媒体')).toMatchObject({ asks: 'person', asksAsker: true, content: '学位补贴' });
    expect(frame('问学位补贴那个问题的记者来自哪家媒体')).toMatchObject({ asks: 'person', asksAsker: true, content: '学位补贴' });
    expect(frame('第一个提问的记者是哪家媒体的').asksAsker).toBe(true);
    // (And with the question quoted between the verb and the one who asked it.)
    expect(frame('第一个问“有什么积极影响”的那位记者是哪家媒体的')).toMatchObject({ asks: 'person', asksAsker: true, askedOrdinal: 1 });
    expect(frame('问学位补贴的那位记者是哪家媒体的')).toMatchObject({ asksAsker: true, content: '学位补贴' });
    expect(frame('问题的关键是什么').asksAsker).toBe(false);
    expect(frame('数据是谁提供的')).toMatchObject({ asksAsker: false });
    // 哪一位 asks what 哪位 asks.
    expect(frame('秘书长是哪一位')).toMatchObject({ asks: 'person' });
    // 请问一下 is courtesy as a whole, not 请问 and a word 一下.
    expect(frame('请问一下在哪预约').content.trim()).toBe('预约');
  });

  it('reads a quantity noun as a figure question even without a question word', () => {
    expect(frame('累计签约金额')).toMatchObject({ asks: 'figure', measure: 'money' });
    expect(frame('线下参加人数有多少')).toMatchObject({ asks: 'figure', measure: 'people' });
  });

  it('finds the noun a figure question counts, after or before its number', () => {
    expect(frame('名医下基层一共派出了多少位专家？').counted).toBe('专家');
    // A quantity noun is what is measured; the noun before it, if any, is what is counted.
    expect(frame('累计签约金额是多少？').counted).toBeUndefined();
    expect(frame('核心示范区有多大面积？')).toMatchObject({ counted: '示范区', countedWith: ['核心'] });
    expect(frame('大豆平均亩产多少公斤？')).toMatchObject({ counted: '亩产', countedWith: ['大豆', '平均'] });
    expect(frame('实地走访的企业有一百多家吗').counted).toBe('企业');
    expect(frame('12月29日发布会 签约金额').counted).toBeUndefined();
  });

  it('reduces A-not-A forms and marks yes/no questions, without taking 什么 for 吗', () => {
    expect(frame('将来还办不办这个活动')).toMatchObject({ polar: true, future: true });
    expect(frame('将来还办不办这个活动').content).not.toContain('不');
    expect(frame('3号线是全地下的吗？').polar).toBe(true);
    expect(frame('有没有优惠').polar).toBe(true);
    expect(frame('报告的题目是什么').polar).toBe(false);
  });

  it('is never content: frame words, courtesy and particles leave the content', () => {
    expect(frame('请问您好，发布时间是哪天？').content).toBe('发布时间是');
    expect(frame('需求一共汇总了多少条').content).toBe('需求 汇总了');
  });

  it('reads what several things the question counts are (23个问题主要是啥问题) as asking for them, not their count', () => {
    expect(frame('检查发现的23个问题主要是啥问题').listsCounted).toBe(true);
    expect(frame('检查发现的问题主要是啥问题').listsCounted).toBe(false);
  });

  it('reads a part asked of a total the question names first (冷静期退款里，健身类的有多少笔)', () => {
    expect(frame('今年冷静期退款里，健身类的有多少笔').partOfNamed).toBe('健身');
    expect(frame('冷静期退款有多少笔').partOfNamed).toBeUndefined();
  });

  it('does not count the whole of an area a count is taken over (全市有多少个…)', () => {
    expect(frame('2000年以前建的老小区全市一共有多少个').counted).not.toBe('全市');
  });

  it('reads 几多 as 多少, a question word, not as 几 and a 多 of content', () => {
    expect(frame('今年收到几多单车投诉').asks).toBe('figure');
    expect(frame('今年收到几多单车投诉').content).not.toContain('多');
  });

  it('reads 是哪里人 as asking where one comes from, its 人 no content', () => {
    expect(frame('黄某是哪里人')).toMatchObject({ asks: 'place' });
    expect(frame('黄某是哪里人').content.trim()).toBe('黄某');
    expect(frame('哪些人可以申请').asks).not.toBe('place');
  });

  it('reads 是做什么工作的 as asking a person\'s post, its 工作 no content', () => {
    expect(frame('李黎是做什么工作的')).toMatchObject({ asks: 'person' });
    expect(frame('李黎是做什么工作的').content.trim()).toBe('李黎');
  });

  it('marks follow-up forms: elliptical 呢, pointers back, but not 这次发布会', () => {
    expect(frame('第二阶段呢？').elliptical).toBe(true);
    expect(frame('那9月26日呢').elliptical).toBe(true);
    expect(frame('她是什么职务').pointsBack).toBe(true);
    expect(frame('这次发布会的内容').pointsBack).toBe(false);
    // (本 points only with its measure: 本届 does, 读本 and 多少本 do not.)
    expect(frame('本届什么时候办').pointsBack).toBe(true);
    expect(frame('知识读本印了多少本').pointsBack).toBe(false);
    // (A demonstrative beside the noun it stands for names it; after 的 or a pronoun it points back.)
    expect(frame('集中整治那一段是从几号到几号').pointsBack).toBe(false);
    expect(frame('刚才说的那个项目投了多少钱').pointsBack).toBe(true);
    expect(frame('他们那个活动在哪办').pointsBack).toBe(true);
  });

  it('reads 路几号 as asking a street number, not a day', () => {
    expect(frame('老大厅在和平路几号')).toMatchObject({ asks: 'place' });
    expect(frame('活动几号开始')).toMatchObject({ asks: 'date' });
  });

  it('reads 哪两位 as asking people, as 哪几位 does', () => {
    expect(frame('发布人是哪两位')).toMatchObject({ asks: 'person' });
  });

  it('reads whose number a contact question asks, when it says', () => {
    expect(frame('应急管理咨询电话是多少').phoneOf).toBe('应急管理咨询');
    expect(frame('有问题打什么电话').phoneOf).toBeUndefined();
  });

  it('drops the asker\'s hearsay and precision hedges (听说, 确切的): they ask about no saying and name nothing', () => {
    const f = frame('听说签了三十多个项目，确切数字是多少');
    expect(f.aboutSaying).toBe(false);
    expect(f.content).not.toContain('听说');
    expect(f.content).not.toContain('确切');
    expect(f.counted).toBeUndefined();
    // (准确率 is a rate, not a hedge.)
    expect(frame('识别准确率是多少').content).toContain('准确率');
  });

  it('marks what constrains an answer: superlatives, the future, lists, and the X of X的Y', () => {
    expect(frame('签约金额最大的是哪个项目？').superlative).toBe(true);
    expect(frame('明年双创汇什么时候再来宿州？').future).toBe(true);
    expect(frame('路演的那5个项目分别是什么？')).toMatchObject({ list: true, listsCounted: true });
    expect(frame('报告的题目是什么').possessor).toBe('报告');
    expect(frame('报告题目是啥').possessor).toBe('报告');
    // (几楼 asks which floor: where, not how many.)
    expect(frame('发布会在几楼开的').asks).toBe('place');
    // (A part of a stated total, 里 right after its measure word; not the 中 of 中心城区.)
    expect(frame('抽检不合格的29批次里，电池有几批').partOfStated?.part).toBe('电池');
    expect(frame('那三个中心城区一共分到多少个口袋公园').partOfStated).toBeUndefined();
    // (热线是什么号码 asks a number to call; 号码 is how it asks, not what about.)
    expect(frame('食环署热线是什么号码')).toMatchObject({ contact: true, content: '食环署' });
    // (A person named by their duty is owned by nothing: 分管城市书房的副局长.)
    expect(frame('分管城市书房的副局长叫什么').possessor).toBeUndefined();
  });

  it('joins a separable verb split by a particle', () => {
    expect(frame('研究院几号揭的牌').content).toContain('揭牌');
    expect(frame('签了约没有').content).toContain('签约');
  });

  it('reads a request for a number to call, leaving what it is for as content', () => {
    expect(frame('三农服务热线号码多少')).toMatchObject({ asks: 'figure', contact: true, content: '三农服务' });
    expect(frame('旅游投诉打什么电话')).toMatchObject({ asks: 'figure', contact: true, content: '旅游投诉' });
    expect(frame('举报电话是多少').contact).toBe(true);
    // 哪两个 asks which ones, of as many as it says: no count.
    expect(frame('今年新增的驾驶人考场是哪两个')).toMatchObject({ asks: 'definition', list: true, listsCounted: true });
    // Asked whether there is one: the answer is the number, or there is none.
    expect(frame('有没有联系电话').contact).toBe(true);
    expect(frame('咨询热线有吗').contact).toBe(true);
    // 几号 asks a day, and 多少 a count, unless a number to call is asked.
    expect(frame('热线几号开通').contact).toBeUndefined();
    expect(frame('签约金额多少').contact).toBeUndefined();
  });

  it('does not read 比去年 in a question as a question about last year', () => {
    expect(frame('毕业生人数比去年多了多少').year).toBeUndefined();
    expect(frame('去年毕业生有多少人').year).toBe('去年');
  });

  it('reads which organisation is asked for, leaving its kind as content', () => {
    expect(frame('平台是哪家公司开发的')).toMatchObject({ asks: 'definition', organisation: '公司' });
    expect(frame('高龄津贴是通过哪家银行发放的').organisation).toBe('银行');
    // (With what kind of it between: 哪家保险公司 asks which 公司; 哪个区的学校 asks which 区.)
    expect(frame('电梯保险是哪家保险公司').organisation).toBe('公司');
    expect(frame('哪个区的学校最多').organisation).toBeUndefined();
    expect(frame('签约金额是多少').organisation).toBeUndefined();
    // What for: 图啥, 有什么好处 ask a purpose or the good done, keeping the noun as content.
    expect(frame('办这个活动到底图个啥')).toMatchObject({ asks: 'reason' });
    expect(frame('这个系列活动有什么好处')).toMatchObject({ asks: 'reason', content: '这个系列活动 好处' });
    // Which bodies, of no kind named: 是哪几家一起主办的.
    expect(frame('这个活动是哪几家一起主办的')).toMatchObject({ asks: 'definition', organisation: '单位' });
    expect(frame('第一个提问的是哪家媒体').organisation).toBeUndefined();
    // The kind before the question word: 第三方机构是哪一家.
    expect(frame('做水质检测的第三方机构是哪一家')).toMatchObject({ asks: 'definition', organisation: '机构' });
  });
  it('reads 是怎么回事 as asking what a thing is, leaving only the thing as content', () => {
    expect(frame('“一瓶一码”具体是怎么回事？')).toMatchObject({ asks: 'definition' });
    expect(frame('“一瓶一码”具体是怎么回事？').content).not.toMatch(/回事|具体/u);
    expect(frame('暂停充装许可是咋回事').content).not.toContain('回事');
  });
  it('reads 那几处, 这几家 as those, not as asking how many of them', () => {
    expect(frame('天宁区那几处宠物活动区具体建在哪')).toMatchObject({ asks: 'place' });
    expect(frame('那几家企业叫什么名字').asks).not.toBe('figure');
    // (A count asked of them still is one: 那几家企业一共投了多少钱.)
    expect(frame('那几家企业一共投了多少钱')).toMatchObject({ asks: 'figure' });
  });
  it('reads 全称是什么, 全名叫啥 as asking what a thing is called, as 叫什么名字 does', () => {
    expect(frame('这场活动的全称是什么')).toMatchObject({ asks: 'definition', asksName: true });
    expect(frame('这场活动的全称是什么').content).not.toContain('全称');
    expect(frame('那个研究院全名叫啥')).toMatchObject({ asks: 'definition', asksName: true });
  });
  it('reads 拨多少钱, 打多少折 as an amount, not as asking a number to call', () => {
    expect(frame('市财政每年给无障碍专门拨多少钱？')).toMatchObject({ asks: 'figure', measure: 'money' });
    expect(frame('市财政每年给无障碍专门拨多少钱？').contact).toBeUndefined();
    expect(frame('以旧换新能打多少折').contact).toBeUndefined();
    expect(frame('咨询要拨多少')).toMatchObject({ contact: true });
    expect(frame('投诉打什么电话')).toMatchObject({ contact: true });
  });

  it('drops 的事 that only means "the matter of", not the 事 of a word it begins (事故, 事项)', () => {
    expect(frame('家庭医生的事打哪个电话').content).not.toContain('事');
    expect(frame('走错路的事故占了几成').content).toContain('事故');
    expect(frame('要办的事项有几个').content).toContain('事项');
  });
});
