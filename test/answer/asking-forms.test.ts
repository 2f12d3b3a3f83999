import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { readFrame } from '../../src/question/frames.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { normalise } from '../../src/text/pipeline.ts';

/**
 * Forms of asking met in the blind question sets of the development set, each put here in words of our own and
 * answered by the real engine (real nodejieba, real MiniSearch) from a development release: the grammar they
 * exercise is general, the releases are the ones it was found on.
 */
const DEVSET = path.resolve(import.meta.dirname, '../fixtures/devset/knowledge');
const engines = new Map<string, Engine>();
let seed: Engine | undefined;

beforeAll(async () => {
  seed = await bundledEngine();
  for (const release of ['r4', 'r13', 'r15', 'r16', 'r17', 'r19', 'r14', 'r11', 'r20', 'r21', 'r22', 'r23', 'r24', 'r26', 'r27', 'r28', 'r29', 'r30', 'r6', 'r18', 'r35', 'r36', 'r34', 'r17', 'r31', 'r37', 'r12', 'r43', 'r44', 'r45', 'r7', 'r26', 'r41', 'r38', 'r49', 'r40', 'r51', 'r50', 'r42', 'r56', 'r55', 'r53', 'r46', 'r54', 'r62', 'r61', 'r63', 'r9', 'r2', 'r67', 'r68', 'r69', 'r10', 'r32', 'r58', 'r65', 'r64', 'r5', 'r73', 'r74', 'r39', 'r75', 'r16', 'r44', 'r28', 'r72', 'r66', 'r71', 'r60', 'r70', 'r80', 'r81', 'r79', 'r54', 'r76', 'r86', 'r65', 'r85', 'r87', 'r69', 'r84', 'r83', 'r90', 'r89', 'r88', 'r97', 'r98', 'r99', 'r94', 'r103', 'r104', 'r105', 'r110', 'r23', 'r111', 'r109', 'r106', 'r101', 'r116', 'r117', 'r115', 'r94', 'r107', 'r96', 'r114', 'r123', 'r122', 'r121', 'r71', 'r113', 'r112', 'r133', 'r134', 'r135', 'r126', 'r139', 'r140', 'r141', 'r145', 'r146', 'r147', 'r93', 'r49', 'r151', 'r152', 'r153', 'r157', 'r158', 'r159', 'r122', 'r154', 'r170', 'r119', 'r171', 'r169', 'r165', 'r175', 'r176', 'r177', 'r161', 'r182', 'r183', 'r181', 'r146', 'r187', 'r188', 'r189', 'r193', 'r194', 'r195', 'r162', 'r110', 'r186', 'r192', 'r168', 'r199', 'r200', 'r201']) {
    engines.set(release, await createEngine({ knowledgeDirs: [path.join(DEVSET, release)], cacheDir: false }));
  }
});

/** The question is answered (not refused with suggestions that may name the same words) and the answer holds `needle`. */
function expectAnswer(release: string, question: string, needle: string) {
  const a = ask(release, question);
  expect(a.answered, question).toBe(true);
  expect(a.text).toContain(needle);
}

function ask(release: string, question: string) {
  if (release === 'seed') return seed!.answer(question);
  return engines.get(release)!.answer(question);
}

describe('forms of asking', () => {
  it("cuts a verb off the release's unknown word that jieba glued it to (进 of 进长护险), and reads an age by its line", () => {
    expectAnswer('r49', '城乡居民大概多大岁数以上才纳进长护险', '18周岁以上');
  });

  it('answers which places only with a passage that names several, official answers too', () => {
    expect(ask('r13', '春节前加装快充桩的是哪几个服务区').answered).toBe(false);
    expectAnswer('r17', '生育津贴免申即享在哪几个城市试点', '岭州市');
  });

  it('does not answer one side of a line with the other (超过90天 by 90天内)', () => {
    expect(ask('r49', '新生儿出生超过90天才参保，待遇从哪天起算').answered).toBe(false);
    expect(ask('r49', '新生儿出生90天内参保的，从什么时候开始享受待遇').answered).toBe(true);
  });

  it('does not take 第二批 for 二期: phases and rounds of different sequences are no near numbers', () => {
    expect(ask('r40', '4号线二期哪年开工').answered).toBe(false);
  });

  it('does not give the date of a sibling (高考成绩 for 中考成绩)', () => {
    expect(ask('r41', '今年中考的成绩哪天能出来').answered).toBe(false);
    expect(ask('r41', '高考成绩大概什么时候公布').answered).toBe(true);
  });

  it('reads 县里 as the release writes it, and 下去 as no time the passage must name', () => {
    expectAnswer('r42', '县里一共派下去几个督导组', '7个督导组');
  });

  it('reads 去年底 as the year the frame checks, which the release writes 2024年底, not as a word it must print', () => {
    expectAnswer('r50', '到去年底为止老旧小区一共改造了多少个', '1143个');
  });

  it('answers an amount asked for each one only with an amount given for each one, not with a total', () => {
    expect(ask('r40', '新购的新能源公交车一辆多少钱').answered).toBe(false);
    expectAnswer('r51', '新建一个助餐点能拿多少建设补贴', '5万元');
  });

  it('answers a web address asked for with the passage that gives one', () => {
    expectAnswer('r49', '医疗保障局门户网站的网站地址是什么', 'ybj.wuchuan.gov.cn');
  });

  it("reads a modal and a verb as the asker's, though the release quotes them as a word (“能办”)", () => {
    expectAnswer('r49', '在家门口就能办的医保高频事项一共多少项', '32项');
  });


  it.each([
    // 能补: jieba glues the grammar character 能 to 补; the question is about 补 (补贴).
    ['r17', '三孩家庭一年能拿到多少补贴', '6000元'],
    // 去年 in a 2025 release is 2024年.
    ['r16', '去年全市加装电梯的定期检验合格率是多少', '99.4%'],
    // 打算 puts the number ahead; 已经验收的37台 is not what is planned.
    ['r16', '今年打算新装多少台电梯', '450台'],
    // 部 and 台 count the same machines; 已经 asks what is done, not what is planned.
    ['r16', '全市已经装好了多少部电梯', '1536台'],
    // A district's share, listed item by item after the city's total.
    ['r16', '城南区今年要改几个小区', '39个'],
    // 六百块 is money; 这几年 asks no time.
    ['r16', '这几年老旧小区改造一共花了多少钱', '41.3亿元'],
    // 这两年 is as loose as 这几年: no count of years the passage must print.
    ['r16', '这两年老旧小区改造一共花了多少钱', '41.3亿元'],
    // 叫啥名 of a thing asks its name.
    ['r19', '这次专项行动叫啥名字', '“'],
    // 最多能扣 asks for a limit, which the release states as 限额 (and 不能超过), not as a rank.
    ['r30', '大病医疗最多能扣多少', '80000元'],
    ['r30', '不是独生子女的话赡养老人每人最多分摊多少', '1500元'],
    // 几个人 counts people (38.6万名纳税人); the day before it is a time, not what is counted; 截止 is typed for 截至.
    ['r30', '截止2月25号已经有几个人预约了', '38.6万名'],
    // 平均每人 is what the release writes 人均.
    ['r30', '平均每人退了多少钱', '1592元'],
    // A bound that says when a rule applies (补税金额超过400元的需要办理) is not how much there was.
    ['r30', '补税金额', '5.36亿元'],
    // 省市两级 is the release's 省、市两级.
    ['r29', '前置考古去年省市两级财政花了多少', '9300万元'],
    // 第二个 is an ordinal, which the release writes as it enumerates (二是某医院医生钱某…), not a count of 2个.
    ['r30', '第二个案例是谁', '钱某'],
    // 第三季度 is the release's 三季度.
    ['r28', '第三季度进出口多少', '1862.3亿元'],
    // 租房子 says again what 住房租金 says: it refuses nothing.
    ['r30', '在市区租房子住房租金能扣多少一个月', '1100元'],
    // 「银龄安康」 is a name the release quotes: a word of its own, which jieba would cut into pieces.
    ['r11', '银龄安康参保了多少人', '982万人'],
    // A year after the release's (2027年) puts a figure ahead as 计划 does: it answers a target.
    ['r23', '资源循环蓝图2027年整体回收率目标是多少', '45%'],
    // 社零 abbreviates 社会消费品零售总额 by the first characters of its words.
    ['r22', '社零总额多少', '2315.68亿元'],
    // 排第几 is answered by a passage that ranks with 位列第1名 or 第3位, not only with 最 or 排名.
    ['r24', '全市政务服务能力评估溪川排第几', '第1名'],
    // 谁接受的采访 asks who spoke, in words of a media interview.
    ['r20', '谁接受的采访', '邵敏华'],
    // 案子 is 案件 with a noun suffix (CC-CEDICT's "(coll.) case (criminal, medical etc)" read as "case").
    ['r26', '专利纠纷案子平均要审多久', '152天'],
    // 头十个月 is the release's 1月至10月 (and its 本年 is 今年; 恢复至2019年同期 only compares with 2019).
    ['r27', '今年头十个月入境旅客一共多少人次', '2856.4万人次'],
    // 哪几位 asks which ones, not how many.
    ['r19', '有哪几位发布人', '魏振东'],
  ])('%s: %s', (release, question, expected) => {
    const answer = ask(release, question);
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain(expected);
  });

  it('refuses a named rate the release never gives, and answers a rate of change with the change it states', () => {
    expect(ask('r21', '科技贷的利率是多少').answered).toBe(false);
    const growth = ask('r21', '科技贷的增长率是多少');
    expect(growth.answered, growth.text).toBe(true);
    expect(growth.text).toContain('36.2%');
  });

  it('answers a figure asked with the city\'s own name, which the release calls 全市 or 我市', () => {
    const answer = ask('r16', '桐江去年的电梯定期检验合格率是多少');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('99.4%');
  });

  it('does not answer what is done with what is planned, even in a sentence that only breaks the plan down', () => {
    // The release gives 2025's plan (173个, by district) and no count of those done so far.
    const answer = ask('r16', '今年已经改造了多少个老旧小区');
    expect(answer.answered, answer.text).toBe(false);
    const plan = ask('r16', '今年计划改造多少个老旧小区');
    expect(plan.text).toContain('173个');
    // A district's share of the plan, in a sentence that breaks it down and says no time of its own.
    const district = ask('r16', '东港区今年计划改造多少个老旧小区');
    expect(district.answered, district.text).toBe(true);
    expect(district.text).toContain('东港区35个');
  });

  it('answers a change with a number given as a change, and an amount never with it', () => {
    expect(ask('r19', '较大事故比去年少了几起').headline).toBe('较大事故起数同比减少：3起');
    expect(ask('r19', '较大事故有多少起').headline).not.toBe('较大事故起数同比减少：3起');
  });

  it('cuts again where jieba glued a verb to a name the release writes (科技贷 放, 高企 有)', () => {
    const loan = ask('r21', '科技贷放出去多少钱');
    expect(loan.answered, loan.text).toBe(true);
    expect(loan.text).toContain('86.5亿元');
    // (A character that is part of the thing, 费 of 报名费, is not cut off: the release gives no 报名费.)
    expect(ask('r15', '半程马拉松报名费多少钱').answered).toBe(false);
  });

  it('does not refuse a question for an everyday noun the release puts in its own words', () => {
    // The release speaks of 居民 and 业主, never 老百姓.
    const answer = ask('r16', '加装电梯老百姓要出多少钱');
    expect(answer.text).not.toContain('没有提到“老百姓”');
  });

  it('tells how to do a thing only from a passage that says the action', () => {
    const apply = ask('r16', '加装电梯补助怎么申请');
    expect(apply.answered, apply.text).toBe(true);
    // The release says the volunteers are 推选 from the residents, not how one signs up.
    expect(ask('r16', '义务质量监督员怎么报名').answered).toBe(false);
  });

  it('does not answer where a place is with a passage that only names it', () => {
    const answer = ask('r17', '省级托育综合服务中心在什么地方');
    expect(answer.answered, answer.text).toBe(false);
  });

  it('reads a bound on a number (过千亿, 不到两千亿) as asking for any figure past it', () => {
    for (const question of ['新能源汽车产业链产值是不是过千亿了', '新能源汽车产业链产值是不是不到两千亿']) {
      const answer = ask('r13', question);
      expect(answer.answered, answer.text).toBe(true);
      expect(answer.text).toContain('1260亿元');
    }
  });

  it('takes a near-synonym with no character in common as another word for the same thing (小孩 for 儿童)', () => {
    const answer = ask('r4', '臭氧浓度高的时候小孩要注意什么');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('儿童');
  });

  it('reads the period a paragraph opens with as the time of every figure in it', () => {
    // 前三季度 opens the paragraph; the figure's sentence says only 新能源汽车产量.
    const answer = ask('r22', '新能源车前三季度产了几万辆');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('8.64万辆');
  });

  it('reads 按年 as 同比: a change asked year on year is not answered by the level', () => {
    expect(ask('r27', '首十月不过夜旅客按年增长了多少').answered).toBe(false);
  });

  it('spells an abbreviation across words only where each character opens a word', () => {
    // 保费给予全额 does not spell 保额: 额 ends 全额.
    expect(ask('r16', '电梯安全责任保险的保额是多少').answered).toBe(false);
  });

  it('does not answer one month with the total of a span that holds it', () => {
    // The release gives 前三季度's total, not September's.
    expect(ask('r22', '9月份社零总额是多少亿元').answered).toBe(false);
  });

  it('does not answer a month asked with a passage about other months', () => {
    // The release gives 1月至8月's total, not September's.
    expect(ask('r14', '9月份全省社会消费品零售总额是多少').answered).toBe(false);
    expectAnswer('r14', '1到8月全省社会消费品零售总额是多少', '1.62');
  });

  it('does not answer an ordinal asked with a passage about another of its kind', () => {
    // The release gives the second dig and says nothing of the first's year; it ranks the city second, not who is first.
    expect(ask('r29', '龙骨洞遗址第一次发掘是哪一年').answered).toBe(false);
    expectAnswer('r29', '龙骨洞遗址第二次发掘是什么时候', '2024年6月至9月');
    expect(ask('r30', '全省退税到账最快排第一的是哪个市').answered).toBe(false);
  });

  it('does not answer how many there are in all with how many were added', () => {
    // The release gives the 14 staff recruited last year, not the institute's whole staff.
    expect(ask('r29', '省文物考古研究院现在总共有多少在编人员').answered).toBe(false);
  });

  it('does not take 某医院 for the name of a hospital, nor a quoted slogan for a company\'s name', () => {
    expect(ask('r30', '钱某是哪家医院的医生').answered).toBe(false);
    expect(ask('r30', '那个搞包退税的中介公司叫什么名字').answered).toBe(false);
    // 桐陵市某化工有限公司 withholds the name too, however many characters stand between 某 and 公司.
    expect(ask('r38', '在桐陵偷排废水的化工公司叫啥名字').answered).toBe(false);
    expect(ask('r30', '赵某是哪家公司的员工').answered).toBe(false);
    // 清障车、救护车等应急救援车辆86台 counts the vehicles, not the 清障车 among them.
    expect(ask('r55', '应急救援车辆里面清障车有几台').answered).toBe(false);
    // Which two, of as many as the asker says: named with 、 before their count, or not at all (r51's three 山區縣).
    expectAnswer('r55', '今年新增的驾驶人考场是哪两个', '北塘、云岭');
    expect(ask('r51', '流動餐車投放的是哪三個山區縣').answered).toBe(false);
    // Of any kind of thing: r56 fines 某商業綜合體 8萬元 and never names it.
    expect(ask('r56', '那個被罰8萬的商業綜合體叫什麼名字').answered).toBe(false);
    // Nor a count (2个国家级开发区), nor a figure's label that says which by 的 (设立首贷服务中心的国家级开发区).
    expect(ask('r63', '设首贷服务中心的国家级开发区叫什么名字').answered).toBe(false);
    expect(ask('r61', '101岁的那位抗战老战士叫什么名字').answered).toBe(false);
  });

  it('reads a share written in characters in a passage as a share (约七成 is 70%), not its counts (三道程序)', () => {
    expectAnswer('r55', '電動車死亡事故裡頭部受傷致死的佔多少', '約七成');
  });

  it('takes no other year for a cohort asked (2022届 is not 2023届)', () => {
    expect(ask('r53', '2022屆畢業生去向落實率是多少').answered).toBe(false);
    expectAnswer('r53', '2023屆畢業生去向落實率是多少', '93.6%');
  });

  it('does not answer one side of a pair (线上) with a passage that gives only the other (线下)', async () => {
    const seed = await createEngine({ cacheDir: false });
    expect(seed.answer('线上有多少人参加').answered).toBe(false);
    expect(seed.answer('线下有多少人参加').text).toContain('800余人');
  });

  it('does not give one tier\'s figure (市级) for another asked (县级)', () => {
    // (The citation's section heading names 1.26亿元: only the quote is read.)
    expect(ask('r46', '县级储备防汛物资总价值多少').text.split('——')[0]).not.toContain('1.26亿元');
    expectAnswer('r46', '市级储备防汛物资总价值多少', '1.26亿元');
  });

  it('reads 县（市、区） as the 县市区 askers type, and asks a street for an address, not a counter', () => {
    expect(ask('r45', '各区县社保经办窗口地址在哪里').answered).toBe(false);
    expectAnswer('r45', '没领到稳岗返还的企业到哪个区县窗口申请', '区（县）社保经办窗口');
  });

  it('takes a word differing only in its agent suffix (商家 for 商户) for the same thing, not a neighbour', () => {
    expectAnswer('r62', '被清退的违规商家有几家', '7家');
  });

  it('finds an office named short (人社局) in the long form of a speaker\'s post (人力资源和社会保障局)', () => {
    expectAnswer('r61', '人社局来的副局长是谁', '甘慧敏');
  });

  it('answers who hosted with the host, and never with the speakers of a release that names none', async () => {
    expectAnswer('r61', '这场发布会是谁主持的', '邬晓岚');
    const seed = await createEngine({ cacheDir: false });
    expect(seed.answer('这场发布会是谁主持的').answered).toBe(false);
  });

  it('does not answer one of a numbered series (第二届) with what a passage gives of another (第三届)', () => {
    expect(ask('r62', '第二届运动会几号开幕').answered).toBe(false);
    expectAnswer('r62', '第三届运动会几号开幕', '8月8日');
  });

  it('does not answer a thing named by its number (1号线) with what a passage gives of another (3号线), whose sentence it opens', () => {
    expect(ask('r2', '一号线线路长度是多少').answered).toBe(false);
    expectAnswer('r2', '三号线全长多少公里', '22.4公里');
  });

  it('does not answer one grade (三星级) with what a passage gives of another (五星级)', () => {
    expect(ask('r27', '三星级酒店入住率多少').answered).toBe(false);
    expectAnswer('r27', '五星级酒店平均入住率多少', '88.9%');
  });

  it('reads a year of the Republic of China (113年) as the year it is (2024), so 去年 in a 114年 release finds it', () => {
    expectAnswer('r65', '去年电子书一共借了多少次', '41.2万次');
  });

  it('reads this conference by another of its names (这次记者会, 本场通气会) as the one the release records', () => {
    expectAnswer('seed', '这次记者会是哪天开的', '2023年12月29日');
    expectAnswer('seed', '本场通气会在哪里开的', '宿州市新闻发布厅');
  });

  it('finds a one-character verb inside the release\'s longer word even where the release also prints it alone (开 in 开办)', () => {
    expectAnswer('r18', '现在开个公司要多长时间', '0.5个工作日');
  });

  it('answers who asked (…的是哪家媒体的记者) with the official answer whose own question names the subject', () => {
    expectAnswer('r76', '问停热那个问题的是哪家媒体的记者', '朔原新闻网');
  });

  it('does not answer a total asked (一共安排了多少资金) with an amount for one item (单件最高200元)', () => {
    expect(ask('r54', '节水器具补贴一共安排了多少资金').answered).toBe(false);
  });

  it('does not answer who the head of a detachment is (支队长) with its deputy (副支队长)', () => {
    expect(ask('r79', '市消防救援支队的支队长是谁').answered).toBe(false);
    expectAnswer('r79', '市消防救援支队的副支队长是谁', '郑启航');
  });

  it('reads two characters jieba guessed as one unknown word as the two words they are (分扣 as 分 and 扣)', () => {
    expectAnswer('r67', '摊主的信用分扣到多少就要取消资格', '积分低于60分的取消经营资格');
  });

  it('reads a topic the question opens with (夜间安全方面，…) as where it belongs, not as what the passage must name', () => {
    expectAnswer('r81', '夜间安全方面，一键报警柱一共装多少个', '152个');
  });

  it('prefers the official answer to a question of the same kind (why: the one on its effects, not the one on its plans)', () => {
    expectAnswer('seed', '为啥要搞双创汇这个系列活动', '旨在加快实施创新驱动发展战略');
  });

  it('answers a part asked of a total the question states only with a number of the part, not the total again', () => {
    // (从劳动模范…中聘请了特邀颁证员120名 names the part only as where the 120 came from.)
    expect(ask('r71', '120名特邀颁证员里劳动模范有几位').answered).toBe(false);
    expectAnswer('r66', '18.62万名持证残疾人里重度的有多少', '7.41万人');
  });

  it("counts a word of the release's own after the number asked (几个托管点), held only whole or nearly so in a clause", () => {
    expectAnswer('r80', '依托公办小学设了几个托管点', '168个');
    // (依托公办小学设点168个 holds 托 and 点 far apart: no count of 托管点 in 高新区.)
    expect(ask('r80', '高新区设了几个托管点').answered).toBe(false);
  });

  it("reads an asker's one-character noun by a character of the same meaning in the release's nouns (狗 in 犬只, 钱 in 资金)", () => {
    expectAnswer('r70', '截至8月底全市登记的狗有多少只', '86,420只');
    expectAnswer('r66', '提标后一年新增的补贴钱有多少', '3200万元');
  });

  it('reads a name jieba cuts (人 社局) as an abbreviation the release spells out wide (人力资源和社会保障局)', () => {
    expectAnswer('r60', '人社局的副局长是谁', '韦淑琴');
  });

  it('reads 一二级 as two grades, 一级 and 二级, not as a grade of its own', () => {
    expectAnswer('r66', '一二级重度残疾人一共有多少', '7.41万人');
  });

  it('counts in the measure words of seats and parking spaces (156席, 312格) when asked in 个', () => {
    expectAnswer('r65', '自习室一共多少个座位', '156席');
  });

  it('reads a 人 that jieba cuts off the noun before it as the head of what is counted (多少个登革热病人)', () => {
    expectAnswer('r75', '有多少个登革热病人正在公立医院留医', '14人');
  });

  it('reads days listed after one month as days (5月20、21号 as 5月20日、21日)', () => {
    expectAnswer('r71', '5月20、21号两天一共开放多少个预约名额', '5,400个');
  });

  it('reads a word differing from the release\'s in one character of the same meaning (噪音, 噪声) as that word', async () => {
    expectAnswer('r67', '夜里噪音限值是多少分贝', '55分贝');
    // (烟花 has 焰火, with no character in common, and the neighbour 烟火: it is 焰火.)
    expectAnswer('r68', '烟花汇演每晚放几分钟', '15分钟');
    // (校区 and 校园 differ in characters of different meanings: neighbours, not the same thing.)
    const seed = await createEngine({ cacheDir: false });
    expect(seed.answer('宿州学院有几个校区').answered).toBe(false);
  });

  it('reads a number counted with the generic 个 (六个试点) as the release\'s number in its own measure (6处试点)', () => {
    expectAnswer('r67', '六个试点配套设施安排了多少资金', '2,650万元');
  });

  it('reads a figure from a table, its unit in its column head (总面积（万平方米）: 88.1), as the amount in that unit', () => {
    const a = ask('r69', '临溪区避难场所总面积多大');
    expect(a.headline).toBe('临溪区应急避难场所总面积：88.1万平方米');
  });

  it('answers 多少本 with a count in 册, the measure said of the same things', () => {
    expectAnswer('r69', '防空知识读本今年发了多少本', '8.5万册');
  });

  it('answers whose number is asked (应急管理咨询电话) with a passage naming it, not with an answer giving another one', () => {
    expectAnswer('r69', '应急管理方面的咨询电话多少', '0867-85562350');
  });

  it('reads a word shortening the release\'s subject before 发布会 (知产 for 知识产权) as naming the release', () => {
    expectAnswer('r26', '这场知产发布会由谁主持', '周珺');
  });

  it('does not answer one tier (县一级) with a number the passage gives of two together (市、县两级), but answers both', () => {
    expect(ask('r10', '县一级的冲锋舟储备有多少艘').answered).toBe(false);
    expectAnswer('r67', '配套设施市区两级财政一共出了多少', '2,650万元');
  });

  it('does not answer the date of one named thing with a sentence whose date is of another it names (其中“汀江夜泊美食节”定于…)', () => {
    expect(ask('r67', '星光集市文创周什么时候举行').answered).toBe(false);
    expectAnswer('r67', '汀江夜泊美食节什么时候举行', '7月18日至20日');
  });

  it('asks a person with 负责人是谁: a passage about the body that names no one in charge does not answer it', () => {
    expect(ask('r68', '首店服务专班谁是负责人').answered).toBe(false);
  });

  it('does not answer a total (总共) with a number given for each one (每个纳凉点…4名), but answers for each one with it', () => {
    expect(ask('r69', '纳凉点总共配了多少名管理人员').answered).toBe(false);
    expectAnswer('r69', '每个纳凉点配几名管理人员', '4名');
  });

  it('reads 除了X，其他… as asking of the others: a passage that speaks only of X does not answer it', () => {
    expect(ask('r68', '除了濠江区，其他区有没有延时经营补贴').answered).toBe(false);
    expectAnswer('r68', '濠江区延时经营补贴每月最高多少', '3000元');
  });

  it('does not answer next year (明年) with what a passage says of this one (年内), as it does not answer last year', () => {
    expect(ask('r32', '明年准备认定多少个绿色网点').answered).toBe(false);
    expectAnswer('r32', '今年认定多少个绿色网点', '300个以上');
  });

  it('does not answer one year (2025年) with a figure whose sentence gives another (2024年，……资金投入2.1亿元)', () => {
    expect(ask('r58', '2025年全市国土绿化打算投入多少资金').answered).toBe(false);
    expectAnswer('r58', '2024年国土绿化资金投了多少', '2.1亿元');
  });

  it('answers where the conference was held with its venue, but not where a thing it speaks of is set up', () => {
    expect(ask('r65', '智慧取书柜第二阶段会设在哪里').headline ?? '').not.toContain('琉岸市政府1楼中庭');
    expectAnswer('r65', '新总图开馆记者会在哪里开的', '琉岸市政府1楼中庭');
    expectAnswer('r65', '发布地点在哪', '琉岸市政府1楼中庭');
  });

  it('reads 和平路几号 as asking a street number: answered by that street and its number, not by a day or another street', () => {
    expect(ask('r64', '原来的老大厅在和平路几号').answered).toBe(false);
    expectAnswer('r64', '新大厅在望湖路几号', '望湖路168号');
  });

  it('reads a line drawn with 及以下 as one side: a question about the other side (超过140平方米) is not answered by it', () => {
    expect(ask('r64', '首套房140平方米以上的契税税率多少').answered).toBe(false);
    expectAnswer('r64', '首套房140平方米及以下的契税税率多少', '1%');
  });

  it('reads a slogan split by a middle dot (“金融助企·普惠同行”) as askers type it, run together', () => {
    expectAnswer('r63', '金融助企普惠同行这个发布会是哪天', '2025年4月24日');
  });

  it('answers which in a series (是第几个) with the ordinal the passage gives, counting nothing', () => {
    expectAnswer('r62', '8月8日那个全民健身日是第几个', '第17个');
    // (今年的 says when, not whose: a passage need not say 今年, and one that does is not the answer for that.)
    expectAnswer('r62', '今年的全民健身日是第几个', '第17个');
  });

  it('counts no noun jieba reads across the question\'s words (金发 in 援助金发了)', () => {
    expectAnswer('r61', '去年困难退役军人帮扶援助金发了多少钱', '386万元');
  });

  it('parts two characters jieba guesses as one word neither it nor the release knows (水出 of 水出问题)', () => {
    expectAnswer('r54', '我家水出问题了找谁报修打什么电话', '96616');
  });

  it('does not give a number stated of several things together (A、B合计) for one of them asked alone (单独)', () => {
    expect(ask('r9', '高明区单独新增的学位有多少').answered).toBe(false);
    expectAnswer('r9', '顺德区新增的学位有多少', '1.36万个');
  });

  it('asks a day with 哪一天 or 几号: a passage giving only a month or part of one (6月至10月, 9月下旬) does not answer', () => {
    expect(ask('r61', '戎聘沁川招聘活动是几号').answered).toBe(false);
    expectAnswer('r62', '第三届运动会几号开幕', '8月8日');
  });

  it('does not answer the weekend with what a passage says of working days, nor the other way round', () => {
    expect(ask('r30', '12366热线周六开到几点').answered).toBe(false);
    expectAnswer('r30', '汇算期间12366热线工作日服务到几点', '晚上8点');
  });

  it('reads 多少日供水能力 as a daily capacity asked, not a number of days', () => {
    expectAnswer('r54', '北郊水厂二期能新增多少日供水能力', '20万立方米');
  });

  it('finds a season asked in the paragraph of the passage, under its other name (冬天, 冬季)', () => {
    expectAnswer('r55', '冬天防结冰储备了多少融雪剂', '1200吨');
  });

  it('answers a question about a campaign with the whole campaign, not one of its numbered stages', () => {
    expectAnswer('r55', '护航平安冬行动从什么时候到什么时候', '11月1日至2025年2月28日');
    expectAnswer('r55', '护航平安冬行动第二阶段从什么时候到什么时候', '11月16日至2025年1月13日');
  });

  it('answers 一共 with the number a passage gives as a total, not with a part or a count beside it', () => {
    expectAnswer('r24', '现在一共有多少个一件事了', '21个');
    expectAnswer('r30', '专项附加扣除一共给大家减了多少税', '28.64亿元');
    // A total asked ahead is no total so far.
    expectAnswer('r16', '今年改造總共要投多少錢？', '13.8億元');
  });

  it('does not answer a year asked with a passage about other years, or one that only compares with it', () => {
    // The release gives 2024's and 2025's, and 2023 only as what the online rate rose from.
    expect(ask('r24', '2023年一网通办平台受理了多少办件').answered).toBe(false);
    expectAnswer('r24', '2024年一网通办平台受理了多少办件', '186.4万件');
  });

  it('parts a chat message typed with a space between two questions', () => {
    const answer = ask('r16', '施工一般几点到几点 晚上能干活吗');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toMatch(/7:00至12:00|严禁夜间/u);
  });
});

describe('follow-ups of this round', () => {
  it('reads 江北区呢 as the same question of a district, not of 小区', () => {
    const engine = engines.get('r16')!;
    engine.converse('a', '今年全市计划改造多少个老旧小区');
    const answer = engine.converse('a', '江北区呢？');
    expect(answer.understoodAs).toBe('follow-up');
    expect(answer.understood).toContain('江北区');
    expect(answer.understood).toContain('小区');
  });

  it('reads 臭氧呢 after a question about PM2.5 as the same question of 臭氧', () => {
    const engine = engines.get('r4')!;
    engine.converse('b', '6月份PM2.5浓度多少？');
    const answer = engine.converse('b', '臭氧呢？');
    expect(answer.understood).toMatch(/6月份臭氧/u);
  });

  it('reads 三孩呢 after 二孩呢 as the amount for a third child', () => {
    const engine = engines.get('r17')!;
    engine.converse('c', '育儿补贴每个孩子一年多少钱');
    engine.converse('c', '二孩呢');
    const answer = engine.converse('c', '三孩呢？');
    expect(answer.text).toContain('6000元');
  });

  it('reads a question with no subject of its own with the last one, even when its words alone match the release', () => {
    const engine = engines.get('r15')!;
    engine.converse('d', '参赛物品在哪里领？');
    const answer = engine.converse('d', '具体是哪几天？');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('11月21日至23日');
  });

  it('reads 占比比去年底 as 占比 and a comparing 比, asked of the last subject', () => {
    const engine = engines.get('r13')!;
    engine.converse('e', '全市新能源汽车保有量现在多少？');
    const answer = engine.converse('e', '占比比去年底提高了多少？');
    expect(answer.text).toContain('4.1个百分点');
  });
});

describe('forms met in tune6', () => {
  it('answers 一共 with the whole before its part, and in the measure word asked', () => {
    // 58种中选药品涉及…14个治疗类别，其中有9种是近三年新过评的: 58种 is all of them, 9种 a part, 14个 not 种.
    expectAnswer('r35', '这次总共有几种药品中选了', '58种');
    // A part still answers a question about that part.
    expectAnswer('r18', '免申即享的政策现在有多少条', '48');
  });

  it('reads 这次 as the occasion the release records, not as pointing back', () => {
    expect(readFrame(normalise('这次一共罚没多少钱')).pointsBack).toBe(false);
    expect(readFrame(normalise('那次一共罚没多少钱')).pointsBack).toBe(true);
  });

  it('answers which outlet asked first, second or last by the order of the questions, two answers to one counting once', () => {
    // (r89's second question has two answerers, both 檀州广播电视台's question; the third is 檀州晚报's.)
    expectAnswer('r89', '哪家媒体第一个提问的', '檀州日报');
    expectAnswer('r89', '第三个提问的是哪家媒体', '檀州晚报');
    expect(ask('r89', '最后一个提问的是哪家媒体').answered).toBe(true);
    expect(readFrame(normalise('哪家媒体第一个提问的'))).toMatchObject({ asksAsker: true, askedOrdinal: 1 });
    expect(readFrame(normalise('最后一个提问的是哪家媒体')).askedOrdinal).toBe(-1);
  });

  it('answers a figure from a release that spells every number in characters (a text-to-speech page)', () => {
    // (惠及居民十八万七千六百户: a figure, though no digit is printed; 七亿九千万元 is 7.9亿元, not 700009000万元.)
    expectAnswer('r90', '改造一共惠及了多少户居民', '十八万七千六百户');
    expectAnswer('r90', '三年行动计划总投资是多少钱', '七亿九千万元');
  });

  it('answers a total with the whole, not with a batch of it, and a batch with the batch', () => {
    expectAnswer('r83', '无障碍出租车总共要投放多少辆', '60辆');
    expectAnswer('r83', '第二批无障碍出租车投放多少辆', '30辆');
  });

  it("reads what a figure's label heads before its colon as its number's: 生活补贴：硕士研究生每人每月 1500元", () => {
    expectAnswer('r84', '硕士研究生每月的生活补贴是多少', '1500元');
  });

  it("answers 这个 before a noun its release's title names, out of the blue, as about that release", () => {
    // (这个采暖季 in a release titled for its 采暖季: not a pointer to a last answer that is not there.)
    const answer = ask('r76', '这个采暖季什么时候开始供暖');
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.text).toContain('11月5日');
  });

  it('answers 几天 with working days', () => {
    expectAnswer('r35', '反映买不到药以后几天能给处理', '2个工作日');
  });

  it('does not answer the fifth or the first with a figure about several at once', () => {
    // 前五批 and 分两批 are totals over batches; the release gives no batch's own figure.
    expect(ask('r35', '第五批集采的药平均降价幅度多少').answered).toBe(false);
    expect(ask('r35', '第一批调整的医疗服务价格有多少项').answered).toBe(false);
    // 分三批发放，发放时间分别为… goes through them one by one.
    expectAnswer('r6', '第三批消费券是哪天发的', '8月3日');
  });

  it('answers which ones with the quoted names given just before their count, never with a count alone', () => {
    expectAnswer('r34', '约谈的那3家外卖平台都是哪几家', '澜味优选');
    // 新增科创板、北交所上市企业3家 lists boards, not the companies.
    expect(ask('r21', '新上市的那3家科技企业分别是哪几家').answered).toBe(false);
  });

  it('reads 咱们市 as 我市, and 我们市场 as 市场', () => {
    expectAnswer('r34', '食品安全评议考核咱们市在全省排第几', '第2位');
    expectAnswer('r34', '我们市场监管部门对校外供餐单位每月抽检几批次', '2批次');
  });

  it('counts the noun right after 多少, not a noun for people before it', () => {
    expect(readFrame(normalise('投诉给游客挽回了多少损失')).measure).toBeUndefined();
    expectAnswer('r36', '通过投诉帮游客挽回了多少损失', '386.2万元');
  });

  it('reads the topic a sentence opens with as said of each of its clauses', () => {
    // 在乡村冰雪旅游方面，全省培育…，发展冰雪民宿3860家
    expectAnswer('r36', '乡村那边的冰雪民宿有多少家', '3860家');
  });

  it('does not answer who is first with a passage ranking the city second', () => {
    expect(ask('r34', '食品安全考核全省排第一的是哪个城市').answered).toBe(false);
    expectAnswer('r34', '食品安全评议考核我市排第几', '第2位');
  });

  it('counts 项目 in 项: 设18个大项126个小项 answers how many 项目', () => {
    expectAnswer('r36', '大众冰雪运动会一共设几个项目', '18个大项');
  });

  it('answers which body a speaker is from with the speakers and their posts', () => {
    expectAnswer('r34', '许文博是哪个单位的', '临澜市市场监督管理局');
  });

  it('answers the theme of a thing in the release from the sentence that gives it, not from the release summary', () => {
    expectAnswer('r36', '冰雪旅游节的主题是啥', '第十二届北辰冰雪旅游节');
    expectAnswer('r36', '这次发布会主要讲了什么', '发布摘要');
  });

  it('reads 哪几家单位 as asking which bodies', () => {
    expect(readFrame(normalise('这个活动是哪几家单位一起主办的')).organisation).toBe('单位');
  });

  it('reads 在哪几个城市 as which ones, not where', () => {
    expectAnswer('r17', '免申即享是在哪几个城市先试点的', '云峤市');
  });

  it('counts 游客 as the thing counted, not as a measure of something before it', () => {
    expect(readFrame(normalise('上个雪季接待入境游客多少人次')).counted).toBe('游客');
  });

  it("reads a word with one character swapped for another of the same meaning as the releases' word (买房人 for 购房人)", () => {
    expectAnswer('r64', '开发商会提前多久通知买房人交契税？', '30天左右');
    expectAnswer('r16', '今年改造分成哪几类', '基础类、完善类、提升类');
    // (Not a numeral's character: 单季 is no 一季.)
    expect(ask('r28', '第三季度单季进出口多少').text.split('\n')[0]).not.toContain('一季度');
  });

  it('reads 图啥 and 有什么好处 as asking the purpose, answered by the official answer on the good the events do', () => {
    expectAnswer('seed', '搞双创汇这一系列活动到底图啥？有什么好处', '积极影响');
  });

  it('reads 是哪几家一起主办的 as asking which bodies, answered by the passage that names them', () => {
    expectAnswer('seed', '那次校园行是哪几家一起主办的', '宿州学院');
  });

  it('weighs what a count counts as much as the other nouns of the question, however common the word', () => {
    // (企业 is in every other sentence of the seed; the figure 走访企业105家 is what 跑了几家企业 asks.)
    expectAnswer('seed', '服务团实地跑了几家企业', '105家');
  });

  it('counts the noun after 的 when the measure word stands before its owner (多少条企业的技术需求)', async () => {
    expect(readFrame(normalise('一共有多少所学校的老师报了名')).counted).toBe('老师');
    expect(readFrame(normalise('多少家企业的员工参加了培训')).counted).toBe('员工');
    expect((await bundledEngine()).answer('这回一共收集了多少条企业的技术需求').text).toContain('112项');
  });

  it("does not answer one year's figure with a span of years' total, which answers the span", () => {
    expect(ask('r73', '2024年当年改造了多少公里老旧燃气管道').answered).toBe(false);
    expectAnswer('r73', '2023年到2024年一共改造了多少公里老旧燃气管道', '528公里');
  });

  it('answers a deadline with a date given as an end, not with the day figures were counted up to nor the release date', () => {
    // 截至4月15日，全市已有3.2万名消费者申领…: the day the count was taken.
    expect(ask('r73', '燃气具以旧换新补贴最晚哪天之前申领').answered).toBe(false);
    expect(ask('r74', '截止日期是哪一天').answered).toBe(false);
    // 第一批申报截止时间为5月31日; 申请截至2025年12月20日，逾期不再受理.
    expectAnswer('r21', '高企认定第一批申报什么时候截止', '5月31日');
    expectAnswer('r39', '养老保险缴费补贴申请截止到哪天', '12月20日');
  });

  it('does not take 本地大学 or 相关企业 for a name: which university is not answered by 与本地大学合作', () => {
    expect(ask('r75', '智能诱蚊器是跟哪间大学合作研究的？').answered).toBe(false);
    expectAnswer('seed', '宿州学院跟哪家公司签了战略合作协议', '安徽江淮汽车集团股份有限公司');
    // (第三方机构是哪家 asks a name too; the release's own office is an organisation's name whatever its kind.)
    expect(ask('r75', '研究智能诱蚊器的大学是哪一间？').answered).toBe(false);
    expectAnswer('seed', '这次发布会是哪个单位主办发布的', '宿州市政府新闻办');
  });

  it("answers how much more than last year only with a change stated of the thing asked, not of its neighbour's", () => {
    // 超长期特别国债资金2.1亿元，市级财政安排配套资金3.5亿元，同比增长16.7%: the growth is the matching funds'.
    expect(ask('r16', '超长期特别国债资金比去年多了多少').answered).toBe(false);
    expectAnswer('r44', '流感疫苗专项资金比去年多了多少', '1120万元');
  });

  it("does not part a figure's label at a comma inside its brackets (祭扫专线票价（单一票价，每人次）)", () => {
    expectAnswer('r72', '坐祭扫专线要多少钱一个人？', '2元');
  });

  it('does not count a date as a number of what is asked: 6月1日至9月30日 gives no figure of 臭氧', () => {
    const answer = ask('r4', '6月份臭氧多少');
    expect(answer.kind).toBe('fact');
    expect(answer.text).toContain('186微克/立方米');
  });

  it('reads 多久…一次 as asking how often, answered by a frequency (每年至少1次)', () => {
    expectAnswer('r73', '居民用户多久入户安检一次？', '每年至少开展1次');
  });

  it('answers from the sentence of an official answer that gives what is asked, not the whole answer', () => {
    expect(ask('r5', '求职创业补贴最迟哪天之前要申请').text.split('\n')[0]).toContain('9月30日前');
  });

  it('answers how much with the amount reached before a target, unless a target is asked', () => {
    expectAnswer('r21', '全市技术合同成交额有多少', '218.4亿元');
    expectAnswer('r21', '技术合同成交额的目标是多少', '250亿元');
  });

  it('answers the Nth stage from a sentence that goes through the stages after a colon, in their order', () => {
    // 分三个阶段组织实施：4月15日至6月10日为…，6月11日至7月15日为…，7月16日至10月15日为…
    expect(ask('r31', '汛期气象服务第一阶段是什么时候').text.split('\n')[0]).toContain('4月15日至6月10日');
    expect(ask('r31', '汛期气象服务第三阶段是什么时候').text.split('\n')[0]).toContain('7月16日至10月15日');
    // The campaign the sentence opens with is no stage.
    expect(ask('r34', '护苗净餐专项行动第二阶段是什么时候').text.split('\n')[0]).toContain('9月11日至11月15日');
  });

  it('reads 里面 between nouns as among: 雷电预警信号里面红色的 are not 暴雨红色预警信号', () => {
    expect(readFrame(normalise('雷电预警信号里面红色的有几次')).countedWith).toContain('雷电');
    expect(ask('r31', '雷电预警信号当中红色的有几次').answered).toBe(false);
    expectAnswer('r31', '暴雨预警信号里面红色的有几次', '3次');
  });

  it('does not answer of one quoted name with an event or figure headed by another', () => {
    expect(ask('r31', '台风“海棠”是哪天在哪登陆的').text.split('\n')[0]).not.toContain('7月28日：');
    expect(ask('r31', '台风“竹节草”是哪天登陆的').text.split('\n')[0]).toContain('7月28日');
  });

  it('reads an abbreviation jieba cuts apart as one word when the releases keep spelling it out', () => {
    // 保租房: 保障性租赁住房, 75 times in r37; jieba cuts 保 / 租房.
    expectAnswer('r37', '今年打算筹集多少套保租房', '1.2万套');
    // 迁户口 is 迁 and 户口: 迁入地户政窗口, met once, is no name it shortens.
    expectAnswer('r12', '跨市迁户口以前得来回跑几趟', '户口迁移');
  });

  it('reads a short name the release prints beside its long form as that long form: 住建局 for 住房和城乡建设局', () => {
    expectAnswer('r37', '住建局局长是谁', '周明远');
    // jieba cuts 住 / 建局 before 的; 建局 is printed only inside 住建局.
    expectAnswer('r37', '住建局的局长叫啥', '周明远');
    // (The head of a body asked is that body's: a 局长 of another body in the list of posts is not it.)
    expect(ask('r105', '市商务局局长是谁').answered).toBe(false);
    expectAnswer('r105', '商务局副局长是谁', '汤晓岚');
    // (监管局 is in the dictionary and is the 监督管理局 of the posts all the same; 局局长 is the body's 局 and its 局长.)
    expectAnswer('r105', '市场监管局局长叫什么名字', '顾立群');
  });

  it('answers where a building is with where it stands, not with the hotline or app that reaches it', () => {
    expectAnswer('r105', '消費糾紛調解中心在哪裡？', '人民路188號');
  });

  it('reads a short name of a station or hall as the long form the release writes, a word of it kept whole: 地铁站 for 地铁车站', () => {
    expectAnswer('r103', '地铁站里总共放了多少台AED', '326台');
  });

  it('reads a hedge after the scale (1.1万余块) and lessons counted in 节 as the release\'s 课时', () => {
    expectAnswer('r103', '全市設了多少塊AED導向標識？', '1.1萬餘塊');
    expectAnswer('r103', '初中高中每年上几节急救课', '4课时');
  });

  it('answers how many are not done with the figure of those not done, and how many are done with the other', () => {
    expectAnswer('r103', '還有幾所中小學沒配AED？', '132所');
    expectAnswer('r103', '已经配了AED的中小学有多少所', '1,083所');
  });

  it('reads a Traditional release\'s labels as normalised: a target (目標) answers a question of how many less well than the count', () => {
    expectAnswer('r104', '全市電子圍欄停放點有多少個', '6,420個');
    // (要到多少 asks the target.)
    expectAnswer('r14', '年底前参与门店要到多少个', '1.5万个');
  });

  it('answers the least asked (最少要有几个) with a figure the release states as a floor (不少于190名)', () => {
    expectAnswer('r104', '全市推廣以後，調度員最少要有幾多個？', '190名');
  });

  it('answers who serves in a role with the post the release says it is given to (由…担任)', () => {
    expectAnswer('r104', '「單車路長」是由誰來當的？', '街道城管中隊負責人');
  });

  it('answers 几岁 with an age in 周岁', () => {
    expectAnswer('r104', '儿童骑行要年满几岁', '12周岁');
  });

  it('does not answer a part asked of a named total with the total (冷静期退款里，健身类的有多少笔)', () => {
    expect(ask('r105', '今年冷静期退款里，健身类的有多少笔？').answered).toBe(false);
    expectAnswer('r105', '今年冷静期退款有多少笔？', '2,847笔');
  });

  it('does not answer the others asked after several set aside with a passage naming only those, in full or short', () => {
    expect(ask('r105', '除了工行、建行、农商行，另外几家对接的银行是哪几家？').answered).toBe(false);
  });

  it('reads paying money (交钱, 要钱, 收钱) as the release\'s fee or whether it charges one (交费, 收费, 免费)', () => {
    expectAnswer('r103', '學急救要交錢嗎？', '免費');
    expectAnswer('r70', '给狗打芯片要钱吗', '免费');
  });

  it('finds a specific word of a term the release abbreviates wherever it writes the abbreviation: 除颤仪 and AED', () => {
    expectAnswer('r103', '全市公共场所一共配置了多少台除颤仪', '4,862台');
  });

  it('answers a figure asked of now with the one taken this year, not one labelled with an earlier year', () => {
    expectAnswer('r103', '现在平均每十万人有几台除颤仪？', '52.2台');
  });

  it('reads a demonstrative beside a noun as naming it, not as pointing back: 集中整治那一段', () => {
    expectAnswer('r105', '集中整治那一段是从几号到几号？', '6月1日至10月31日');
  });

  it('does not take another year for a year asked', () => {
    expect(ask('r36', '2021—2022雪季全省接待冰雪游客多少人次').answered).toBe(false);
    expectAnswer('r36', '2023—2024雪季全省接待冰雪游客多少人次', '6830.5万人次');
  });
});

describe('counts and years read from the release itself', () => {
  it('reads 去年 in a release whose title names the year it reports on as that year', () => {
    // r43 is 梧川市2024年度…新闻发布会, held in 2025: a passage naming no year speaks of 2024.
    expectAnswer('r43', '去年一共处理了几起经营者闭店的事件', '37起');
  });

  it('counts a noun for people in the measure word the release counts it in', () => {
    // 经营者 are people by the noun, but the release counts them in 家.
    expectAnswer('r43', '现在有多少经营者接入了预付通平台', '2317家');
    // The generic 个 says no more than the noun: 几个专家 counts people (187名).
    expectAnswer('r44', '專家組裡一共有幾個專家', '187名');
  });

  it('reads 最多 + any verb + 多少 as asking for a limit', () => {
    expectAnswer('r43', '单张卡最多充多少', '5000元');
  });

  it('answers a target with the sentence that states it as a 目标, as with 计划', () => {
    expectAnswer('r44', '今年全季接种的目标定了多少剂次', '115万剂次');
  });

  it('answers a rate given per so many (每10万剂次12.3例) as well as in per cent', () => {
    expectAnswer('r44', '异常反应发生率去年多少', '12.3例');
  });

  it('answers which day with a day of the week', () => {
    expectAnswer('r44', '监测周报一般星期几出', '每周四');
  });

  it('answers 谁提供 with the government body that gave it', () => {
    expectAnswer('r45', '失业率是哪个部门谁给的数据', '调查队');
  });

  it('reads 全年 as the release\'s 年度', () => {
    expectAnswer('r45', '上半年新增就业占全年目标多少', '60.8%');
  });

  // Known regression (since 7516ae1, found when these checks learnt to tell an answer from a refusal whose
  // suggestions hold the same words): the date is in a sentence of the official answer whose question says 收到,
  // and the asker's 领到 counts there only as context; the bot offers that question instead of answering.
  // vitest's \`fails\` keeps it visible: it reports the day this is answered again.
  it.fails('reads a negated verb (没领到) as that verb', () => {
    expectAnswer('r45', '没领到稳岗返还的企业什么时候能补申请', '9月30日');
  });

  it('does not count a noun for people with a 人 that counts other people', () => {
    // 8万人 is the year's target for all new jobs; the release gives no number of 农民工.
    expect(ask('r45', '新增就业的人里面有多少个农民工').answered).toBe(false);
  });

  it('refuses a kind of a thing whose modifier the release never mentions', () => {
    // 保健 appears nowhere in r43: 保健食品 is a kind of 食品 it does not speak of.
    expect(ask('r43', '保健食品的抽检不合格率').answered).toBe(false);
  });

  it('does not answer how many of those N with a passage that only restates the N', () => {
    expect(ask('r12', '第三批那18项当中车驾管方面的占几项').answered).toBe(false);
  });

  it('reads 哪五家 as which ones: answered by a list of them, not by their count', () => {
    expect(ask('r44', '开了24小时儿科急诊的是哪5家医院').answered).toBe(false);
    // A whole list, its last item after 和, right before the count names them.
    expectAnswer('r7', '国庆期间监管重点是哪五类', '网络订餐');
  });

  it('reads a two-character short name the release spells out elsewhere as that long form: 消协, 社保中心', () => {
    // 消协 for 市消费者协会 in the speakers' posts: a word general use seldom prints.
    expectAnswer('r43', '消协秘书长叫什么名字', '彭建国');
    // 社保中心 for 社会保险事业管理中心.
    expectAnswer('r45', '社保中心的主任是谁', '林慧敏');
  });

  it('binds a year asked to a paragraph that states it, not to one that only compares with it', () => {
    // r26's paragraph is 2024年's, 较2023年提高1.8个百分点.
    expect(ask('r26', '2023年全省法院新收知识产权民事案件多少件').answered).toBe(false);
    expectAnswer('r26', '2024年全省法院新收知识产权民事案件多少件', '47390件');
  });

  it('does not answer of one thing with a number given after 其中 of another part', () => {
    // 包括三价灭活疫苗、四价灭活疫苗和鼻喷疫苗三种，其中鼻喷疫苗…今年供应量4.5万剂
    expect(ask('r44', '三价灭活疫苗的供应量有多少剂').answered).toBe(false);
    expectAnswer('r44', '鼻喷疫苗今年供应量多少剂', '4.5万剂');
  });

  it('answers which outlet asked with the official Q&A that names its asker, and shows it', () => {
    const a = ask('r44', '找不到医生那个问题是哪家媒体提的');
    expect(a.askedBy).toBe('新华社东岭分社');
    expect(a.text).toContain('问（新华社东岭分社）：');
    // r7's Q&A name no asker: nothing else answers who asked.
    expect(ask('r7', '国庆消费投诉那个问题是哪家媒体问的').answered).toBe(false);
  });

  it('does not take the first of a sequence (第一阶段) for a rank when the most is asked', async () => {
    // The bundled release goes through its stages (第一阶段…) but never says which county was visited most.
    const bundled = await createEngine({ cacheDir: false });
    expect(bundled.answer('走访最多的是哪个县区').answered).toBe(false);
  });

  it('answers 一共 with the whole before a part given after 其中，', () => {
    // 招生计划总数为42.6万人…。其中，本科18.3万人，专科24.3万人。
    expect(ask('r41', '普通高校一共招生多少人').text.split('\n')[0]).toContain('42.6万人');
  });

  it('reads a negation (没, 未) as grammar, not as something the release must mention', () => {
    // (Offered, not answered, for the regression above; what this checks is that 没 refuses nothing.)
    const a = ask('r45', '企业没 领到稳岗返还什么时候可以补申请');
    expect(a.band).not.toBe('refuse');
    expect(a.text).toContain('9月30日');
  });

  it('answers 哪些人 with the kinds of people a passage lists', () => {
    expectAnswer('r44', '免费接种是针对哪些人的', '在职医务人员');
  });
});

describe('frames of this round', () => {
  it.each([
    ['有哪几位发布人', 'person'],
    ['这几年改造花了多少钱', 'figure'],
    ['专项行动叫什么名字', 'definition'],
    ['局长叫什么名字', 'person'],
  ])('reads %s as asking for a %s', (question, asks) => {
    expect(readFrame(normalise(question)).asks).toBe(asks);
  });

  it('reads 这几年 as no question for a time, and 六百块 as money', () => {
    expect(readFrame(normalise('这几年改造花了多少钱')).measure).toBe('money');
    expect(readFrame(normalise('收费会不会超过六百块')).asks).not.toBe('date');
  });

  it('reads tense: 已经 asks what is done, 打算 what is planned', () => {
    expect(readFrame(normalise('已经装了多少台')).doneAmount).toBe(true);
    expect(readFrame(normalise('今年打算装多少台')).futureAmount).toBe(true);
    expect(readFrame(normalise('今年打算装多少台')).content).not.toContain('打算');
  });

  it('reads 场次 and 次数 as how many times, and a change asked of a count as answered by its change in percent', () => {
    expectAnswer('r53', '到5月中旬招聘会一共办了多少场次', '186场');
    expectAnswer('r18', '涉企行政检查的次数减少了多少', '38%');
  });

  it("answers a count asked in the asker's measure word (几条船) in the one the release counts the noun in (38艘), not a question stating the count", () => {
    expectAnswer('r86', '全市一共有几条远洋渔船', '38艘');
    expect(ask('r65', '新开的那两条公车路线分别是几路').answered).toBe(false);
  });

  it('reads 原话是怎么说的, 原文是怎么写的 as asking for the wording: the passage that says it, quoted', () => {
    const frame = readFrame(normalise('研究院揭牌那段的原话是怎么说的'));
    expect(frame.asks).toBe('definition');
    expect(frame.content).not.toContain('原话');
    const a = ask('seed', '关于新能源汽车产业研究院揭牌，原文是怎么写的');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('揭牌');
  });

  it('reads 在X里占多少 as a share of the whole named, and answers a share with no change in per cent', () => {
    expectAnswer('r85', 'O型血在全市人群里占多少', '31%');
    expect(readFrame(normalise('AB型血在人口里占多少')).measure).toBe('percent');
    // (其中儿童占多少, after a count, may ask a count: no share is read into it.)
    expect(readFrame(normalise('其中儿童占多少')).measure).toBeUndefined();
    expect(ask('r44', '发热门诊每天接诊的病人里儿童占多少').answered).toBe(false);
  });

  it('answers 多少公斤 in 千克: one unit under two names, and 千克 is no thousand grams', () => {
    expectAnswer('r87', '一共缴获了多少公斤氯胺酮', '38.9千克');
  });

  it('does not answer a count with a clause whose number counts another noun (6个集中停泊港 for 几条渔船)', () => {
    expect(ask('r86', '南塘渔港可以停几条渔船').answered).toBe(false);
    expectAnswer('r86', '那6个停泊港总共能停多少条船', '2800艘');
  });

  it('answers nothing with a passage whose own words hold no more of the question than a time word, and counts who said a passage as its own', () => {
    // (The release is about 纳凉点, and a sum of 今年's money is not their budget.)
    expect(ask('r69', '纳凉点开放今年的总预算有多少钱').answered).toBe(false);
    const advice = ask('r26', '韦立新对企业有什么建议');
    expect(advice.kind).toBe('qa');
    expect(advice.text).toContain('商业秘密');
  });
  it('reads a modifier of the counted noun that the sentence puts before the number (3个试点片区，面积分别为…), not one after it', () => {
    expectAnswer('r88', '澍湖新城那个试点片区面積多大？', '18.6平方公里');
    expect(ask('r71', '七夕集體頒證邀請的金婚夫婦有多少對？').answered).toBe(false);
  });
  it('reads the size of a change asked without its direction (幅度) as the change the release gives (降幅)', () => {
    expectAnswer('r89', '今年猪肉是涨了还是跌了，幅度多大', '8.7%');
  });
  it("reads a district jieba cuts apart (泠 江区) as the release's place, which binds the answer to it", () => {
    expectAnswer('r97', '泠江區發現了多少問題井蓋？', '4,862');
    expect(ask('r97', '东湖区发现了多少问题井盖？').text).not.toContain('4,862');
    // (A district the paragraph names elsewhere does not make the whole city's number its own.)
    expect(ask('r37', '南浦區保租房今年新建多少套').answered).toBe(false);
  });
  it('answers a question of a name only with a passage that names someone, not one that speaks of the post alone', () => {
    expect(ask('r97', '分管副市长叫什么名字？').answered).toBe(false);
    expect(ask('r37', '青澜日报的记者叫什么名字').answered).toBe(false);
    // (What a speaker said names them in its citation; a title beside a name names someone too.)
    expect(ask('r51', '市場監管局派來的發布人叫啥名字').answered).toBe(true);
    expectAnswer('seed', '作报告的院士叫什么名字', '李克强');
    expect(ask('r97', '那位领奖最多的外卖骑手叫什么名字？').answered).toBe(false);
  });
  it('answers how many of a thing in all with the figure of all of them, not of a narrower kind the question does not name', () => {
    expectAnswer('r97', '全市一共排查了多少个井盖啊', '46.32万座');
    expectAnswer('r97', '住宅小区里排查了多少个井盖', '10.6万座');
  });
  it('answers how to tell whether something is so with the official answer that tells it', () => {
    expectAnswer('r97', '学校医院附近怎么看出井盖下面有没有防坠网？', '黄色警示圈');
  });
  it('reads the pupils of a stage of schooling (小学生, 初中生) as the stage a release gives figures by, and 最多多长时间 as a limit', () => {
    expectAnswer('r98', '小学生近视率多少', '33.7%');
    expectAnswer('r98', '初中生每天书面作业最多多长时间？', '90分钟');
  });
  it("reads the asker's word for an amount (补贴) as the release's of the same kind (补助), unless asked whether there is one", () => {
    expectAnswer('r98', '困难家庭学生配眼镜每副补贴多少？', '300元');
    // (Asked whether there is one, a passage that gives it settles it: the release's 补助 is the asker's 补贴.)
    expect(ask('r98', '困难家庭的学生配眼镜有补贴吗').answered).toBe(true);
  });
  it("answers whose number to call by an abbreviation of the owner's name (卫健委 for 卫生健康委员会), a pointer aside", () => {
    expectAnswer('r98', '卫健委那个咨询电话是多少？', '88623120');
  });
  it("does not answer a question about a total the asker states in round figures (五百三十五万) with that total again", () => {
    expect(ask('seed', '那五百三十五万的签约金额里，各个县区分别签了多少？').answered).toBe(false);
    expect(ask('seed', '签约金额是五百三十五万吗').answered).toBe(true);
  });
  it('does not ask the post of one the question sets aside (除了王慧局长，还有哪位领导出席)', () => {
    const a = ask('seed', '請問發布會上除了王慧局長，還有哪位領導出席？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('李黎');
  });
  it("answers which is first with a figure whose sentence says it is, though its label does not", () => {
    expectAnswer('r99', '應急維修裡面哪一類用錢佔比最高？', '46.5%');
  });
  it("takes a modifier of several words for the asker's when one of them is its near-synonym (儿童青少年 for 孩子)", () => {
    expectAnswer('r98', '現在全市孩子的總體近視率是多少？', '49.6%');
  });
  it('counts trees asked in 棵 by the 株 releases write, and a grade (一级) as a modifier the passage must give', () => {
    expectAnswer('r94', '五百年以上的一级古树有多少棵', '214株');
    expect(ask('r94', '樟樹裡面一級古樹有幾棵？').answered).toBe(false);
  });
  it('reads the verb of a change whose result is asked as how it is put (发展到几名), and a number said to stand now as no plan', () => {
    expectAnswer('r110', '領讀的推廣人準備發展到幾名', '1,500名');
    expectAnswer('r110', '阅读推广人打算增加到多少名', '1,500名');
    expectAnswer('r110', '阅读推广人现在有多少名', '960名');
  });
  it('reads 限领2张 as a limit, and 成年人 as the release\'s 成年居民 (the generic 人 said in its word for people)', () => {
    expectAnswer('r110', '每位市民一天最多可以领多少张阅读消费券', '限领2张');
    expectAnswer('r110', '2024年成年人的综合阅读率有多高', '86.7%');
  });
  it('names a deputy described by their duty (分管城市书房的) and their body, the body not read across 的', () => {
    expectAnswer('r110', '分管城市书房的文化广电旅游局副局长叫啥', '林淑瑶');
    expectAnswer('r110', '主管书房建设的文化广电旅游局副局长是哪位', '林淑瑶');
  });
  it("answers what a speaker named in the question is called with their name and post", () => {
    expectAnswer('r23', '葉志軒叫什麼名字', '環境保護署署長葉志軒');
  });
  it('answers which ones with short parallel clauses after a colon, as with a list set off by 、', () => {
    expectAnswer('r111', '“三不一多”具体指哪几条', '陌生来电不轻信');
  });
  it('answers which street only with an address, not with a word ending in 路 that is no road (禁止上路)', () => {
    expect(ask('r109', '市民中心A座在哪条街上').answered).toBe(false);
  });
  it('tells one building of a set from another (B座 is not A座) and says so as typed; 几楼 asks where', () => {
    const b = ask('r109', '发布会在市民中心B座几楼开的');
    expect(b.answered).toBe(false);
    expect(b.text).toContain('“B座”');
    expectAnswer('r109', '发布会在几楼开的', '五楼');
  });
  it('reads 半小时 as the 30分钟 releases write, and compares durations in minutes whatever their unit', () => {
    // (One sentence gives both rates: the headline says which figure answered.)
    expect(ask('r111', '那半小时内报警的话，止付成功率有多高？').headline).toContain('30分钟内');
    expect(ask('r111', '48小时以后才报警，止付成功率多少').headline).toContain('超过24小时');
  });
  it('answers 第二个问题怎么答的 with the official Q&A asked second, not with who asked it', () => {
    const second = ask('seed', '第二个问题是怎么回答的');
    expect(second.answered).toBe(true);
    expect(second.kind).toBe('qa');
    expect(second.text).toContain('有什么谋划');
    // (The seed names no outlet: who asked first is not in it.)
    expect(ask('seed', '第一个提问的是哪家媒体的记者').answered).toBe(false);
  });
  it('reads a clause before 的 as which ones, not whose: 已经建成的 is answered by the release\'s 已创建的', () => {
    expectAnswer('r106', '已经建成的宁静小区投诉平均降了多少', '62%');
  });
  it('reads 本市 as the release\'s 我市, as 咱们市 is', () => {
    expectAnswer('r101', '拿到本市許可的網約車平台有幾家？', '23家');
  });
  it('reads a number of children stated in 个 as the release\'s count of people (四千多个 is 约4,100人)', () => {
    expectAnswer('r116', '今年适龄的孩子少了四千多个，总共有多少', '3.96万人');
  });
  it('finds an everyday word of two characters by both characters\' same-meaning forms (小狗 is 幼犬)', () => {
    expectAnswer('r117', '小狗几个月大能打狂犬疫苗', '3个月');
  });
  it('finds a part of a compound as its close near-synonym (燃气公司 is the release\'s 燃气企业)', () => {
    expectAnswer('r115', '城区燃气公司接警后多长时间内到达现场', '30分钟内');
  });
  it('does not answer how many there are in all with what was expanded (改扩建的18所幼儿园)', () => {
    expect(ask('r116', '东湖新区总共有几所幼儿园').answered).toBe(false);
  });
  it('reads 完工了多少 as what is done, not answered by a plan', () => {
    expect(ask('r115', '庭院管道完工了多少公里').headline).not.toContain('计划');
  });
  it('does not answer one season with what the passage says of another (春季学期 by 秋季学期)', () => {
    expect(ask('r116', '困难家庭幼儿资助春季学期什么时候申请').answered).toBe(false);
    expectAnswer('r116', '困难家庭幼儿资助秋季学期什么时候申请', '9月15日至9月30日');
    // (Nor by the release's own date when the release never names the season asked.)
    const spring = ask('r116', '春季学期具体是哪天');
    expect(spring.answered).toBe(false);
    expect(spring.text).toContain('“春季”');
  });
  it('reads a noun made with the suffix 子 as its first character\'s noun (牌子 is the release\'s 标识牌, 案子 its 案例)', () => {
    expectAnswer('r94', '古树挂了二维码牌子的有多少株', '3,418株');
    expectAnswer('r94', '硬化古树地面那个案子罚了多少钱', '3万元');
  });
  it("reads another region's word for the same thing as the release's (Taiwan's 計程車 is 出租汽车)", () => {
    expectAnswer('r101', '計程車現在新能源的佔多少', '96.4%');
  });
  it('does not answer a number asked for each of several (各分几辆) with one number for them all', () => {
    expect(ask('r101', '年底新增的80辆无障碍出租车每个区各分几辆').answered).toBe(false);
    expectAnswer('r117', '狂犬疫苗接种点城区和乡镇各有几个', '52个');
  });
  it('answers which street or what address only with an address, the venue of the release too; 地址是什么 asks one', () => {
    expect(ask('r116', '发布会说的市民中心在哪条路上').answered).toBe(false);
    expect(ask('r107', '市民服务中心3号楼地址是什么').answered).toBe(false);
    expectAnswer('r116', '发布会在哪开的', '市民中心三楼新闻发布厅');
  });
  it('does not read a verb jieba files as a place (上门) as a thing the words before it modify', () => {
    expectAnswer('r115', '冒充燃气公司上门推销的案子查处了几起', '11起');
  });
  it('reads 最多能…几个钟头 as a limit asked in hours, a few words between the degree word and the question word', () => {
    expectAnswer('r96', '三十七到四十度的时候，一天最多能在外面干几个钟头', '6小时');
  });
  it('does not answer which one with a passage naming it only as 某… (某城中村)', () => {
    expect(ask('r115', '打击黑气点的典型案例具体是哪个村').answered).toBe(false);
    expectAnswer('r115', '打击黑气点有没有典型案例', '清河区');
  });
  it('answers 几间 (schools counted as Hong Kong and Taiwan count them) with the release\'s 所', () => {
    expectAnswer('r116', '菱川一共有几间幼儿园', '612所');
  });
  it('reads 分几步走 as in how many stages, as releases write 分三个阶段', () => {
    expectAnswer('r116', '整个招生分几步走', '四个阶段');
    // (A sentence announcing the stages quotes them too, from the speaker's next paragraphs: what they are, not only
    // how many.)
    expectAnswer('r116', '招生分几个阶段', '资料审核');
  });
  it('does not answer one thing\'s own number, asked alone (单独), with a number given of it together with others', () => {
    expect(ask('r115', '以旧换新燃气热水器单独卖了多少台').answered).toBe(false);
    // (Nor when the question words the thing as no clause does: 高新区单独 against 天宁区、桦江区和高新区三个主城区.)
    expect(ask('r117', '高新区单独登记了多少只狗').answered).toBe(false);
    expectAnswer('r115', '以旧换新燃气灶具和热水器一共卖了多少台', '4.3万台');
  });
  it('answers a bare 多少 with no age, and how old with one', () => {
    expect(ask('r116', '托班今年 招 其中公办园的托班招多少').headline ?? '').not.toContain('周岁');
    expectAnswer('r116', '托班招收多大的孩子', '2周岁');
  });

  it('answers 有几个 with a number of people, as people count people in the generic 个', () => {
    expectAnswer('r84', '去年引进了几个博士？', '1260人');
  });

  it('answers 几起 with a number in 件, measure words said of the same cases', () => {
    expectAnswer('r114', '去年五一假期民宿投诉收到了几起', '19件');
  });

  it('reads 县里 in a question as the county level the release writes 县财政 or 县级', () => {
    expectAnswer('r123', '质保期过了以后厕所修一下县里每户最多补贴多少', '1000元');
  });

  it('reads 想问 as courtesy and "the matter of X" (X的事情) before what is asked of it as X', () => {
    expectAnswer('r122', '想问家庭医生的事情打哪个号码', '8836 1200');
  });

  it('answers how many speakers or media with their list, which counts them by naming them', () => {
    expectAnswer('seed', '这次一共几个发布人？', '李黎');
    expectAnswer('seed', '当天来了几家媒体', '拂晓报');
  });

  it('answers how much cheaper than something (比市场价便宜多少) with a share as well as an amount', () => {
    expectAnswer('r121', '惠商套餐能比市场价便宜多少钱', '15%');
  });

  it('reads 按新规, 新规定里 as the scope of the rules the release is about, whatever it calls them', () => {
    expectAnswer('r121', '按新规，门店招牌外挑最多能伸出去多少', '0.3米');
  });

  it('answers which two with a list of long names before their count (浔江镇中心卫生院、望湖街道社区卫生服务中心2家)', () => {
    expectAnswer('r122', '莳东区年底前要建好的是哪两家社区医院', '望湖街道社区卫生服务中心');
  });

  it('reads 市区两级 as the two levels releases write 市、区两级, and a total each year as a total, not an amount each', () => {
    expectAnswer('r122', '这三年市区两级财政给社区医院一共投了多少钱', '7.85亿元');
    expect(ask('r71', '每年市区两级财政在免费婚检上一共花多少钱').answered).toBe(false);
  });

  it('answers a question of now with the figure as of now, before the one for the year\'s end', () => {
    expectAnswer('r123', '目前全县农村污水治理率到了多少', '63.4%');
  });

  it('answers the question at the end of a story the asker tells first, whose words the release need not print', () => {
    expectAnswer('seed', '我舅舅说他那天去了，说现场人挤人有两千多人，线下一共来了多少人？', '800余人');
  });

  it('reads one of a measure word the release never prints (一节课, 一针) as each one, not a thing it does not mention', () => {
    expectAnswer('r113', '「新婚第一课」一节课上多久', '45分钟');
    expect(ask('r113', '「新婚第一课」一节课上多久').text).not.toContain('没有提到');
  });

  it('cuts again a place name jieba joined to the next word\'s first character (岫岭主 汛期), not a word of the general language', () => {
    expectAnswer('r114', '岫岭主汛期是哪段时间', '6月1日至9月30日');
  });

  it('reads 具体数字 as the exact figure asked, as 确切 is, not a thing called 数字', () => {
    expectAnswer('seed', '累计签约金额具体数字是多少', '535.35');
  });

  it('counts the noun a clause modifies at the end of the question (多少个可以去打流感疫苗的点), not any number of the thing in the clause', () => {
    expectAnswer('r112', '全市有多少个可以去打流感疫苗的点', '263个');
  });

  it('reads a city name jieba cut into a lone character and its rank (蘅 州) as one place, not a count of 州', () => {
    expectAnswer('r71', '蘅州男的平均多大岁数第一次结婚', '30.8');
  });

  it('answers a question set as a quiz: under its label, its blanks asked, its statement checked, the right option found', () => {
    expectAnswer('seed', '考考你：集中签约仪式是哪天办的？填空：____年__月__日', '2023年9月26日');
    expectAnswer('seed', '填空题：活动期间一共征集技术需求____项。', '112项');
    expectAnswer('seed', '判断题：现场签约项目三十五个，对还是错？', '35个');
    expectAnswer('seed', '选择题：报告会请来作报告的是哪位院士？A. 钟志华 B. 李克强 C. 陈清泉', '李克强');
    const right = ask('seed', '以下说法正确的是：A. 服务团走访了一百五十家企业 B. 宿州学院和江淮汽车签署了全面战略合作协议 C. 活动只有一个阶段');
    expect(right.answered).toBe(true);
    expect(right.text).toContain('全面战略合作协议');
  });

  it('reads one season (一个冬天, 每个冬天) in a question of an amount as "per season", not a season the passage must name', () => {
    expectAnswer('r133', '特困户一个冬天的采暖补贴是多少钱', '1,560元');
  });

  it('answers 今年 with a figure whose label names the season as a span of years (2025—2026年) and whose sentence says 今年', () => {
    expectAnswer('r133', '今年全市的集中供热面积一共多少平方米', '2.86亿平方米');
  });

  it('cuts a word jieba guessed across a modal verb (火会罚 of 私自用火会罚多少钱) into the words on either side of it', () => {
    expectAnswer('r134', '个人私自在林区里用火会罚多少钱', '200元以上');
  });

  it('answers 几点 with a clock time that names no day (每天16時發布)', () => {
    expectAnswer('r134', '森林火險等級預報每天幾點出？', '16時');
  });

  it('asks the holder of a post of the body it names, with 的 between them or not', () => {
    // (市气象局's deputy head is a speaker; its head is not, nor is the head of another body among the speakers.)
    expect(ask('r134', '市氣象局的局長是誰？').answered).toBe(false);
    expect(ask('r134', '市气象局局长是谁').answered).toBe(false);
    expectAnswer('r134', '市應急管理局的局長是誰？', '賀岩松');
    // (A short name spelled out far apart in the post: 国家金融监督管理总局棣川监管分局.)
    expectAnswer('r126', '那个金融监管分局的副局长叫啥？', '庞立川');
  });

  it('tells a kind named by its negation (非居民) from the kind itself (居民)', () => {
    expectAnswer('r133', '非居民供热一平米多少钱', '38.5元');
    expectAnswer('r133', '居民供热一平米多少钱', '26元');
    // (The releases give no 非居民 metered price: the residents' 10.4元 does not answer it.)
    expect(ask('r133', '非居民用户要是按计量收费，基本热价多少钱一平？').text).not.toContain('10.4元');
  });

  it('answers from when to when with a span of days, never with one day of it', () => {
    expectAnswer('r75', '全城滅蚊行動第一期由幾時到幾時？', '8月14日至8月31日');
    expectAnswer('r90', '今年下半年集中洗水箱从哪天到哪天？', '十一月十日');
    // (The release gives the span in other words, 供热费缴费期: not the day the heating starts instead.)
    expect(ask('r133', '今年交暖气费是从几号到几号？').text).not.toContain('11月1日');
  });

  it("reads 去年 in a figure's sentence when the figure's clause names no year, and prefers a figure that names it", () => {
    // (2024年，…；受援群众…，为受援人挽回经济损失或取得合法利益3.87亿元 in a release of January 2025.)
    expectAnswer('r135', '去年法律援助挽回多少经济损失', '3.87亿元');
    // (Not 2024年，…；在离婚冷静期内主动撤回离婚登记申请的有1,023对 before 2024年…办理离婚登记1.07万对.)
    expectAnswer('r71', '去年离婚登记多少对', '1.07万对');
  });

  it("takes a body named short (人社) for the speaker's own body, who says what it did", () => {
    expectAnswer('r135', '人社检查了多少个在建项目', '1,287个');
    // (Not a body the speaker's post does not spell: the same figure is no answer of 税务.)
    expect(ask('r135', '税务检查了多少个在建项目').answered).toBe(false);
  });

  it('reads 数量 in a question of a change as no thing the change must be of', () => {
    expectAnswer('r135', '2024年法援案件数量的同比增幅', '14.3%');
  });

  it('reads 今年 of a release on a season of two years (2025—2026年度, held in 2025) as the season', () => {
    expectAnswer('r134', '今年高火险期啥时候开始', '2026年2月1日至4月15日');
  });

  it("takes the clause stating a figure for the figure's own words, under a label in other words", () => {
    // (其中，民事案件7,812件 under the label 民事法律援助案件, not the whole 12,634件 whose label says 法律援助案件.)
    expectAnswer('r135', '2024年法律援助案件里民事案件有多少件', '7,812件');
    expectAnswer('r134', '进山路口的检查站设了多少个', '214个');
    // (A name in a list before the figure's value is one of those it counts, not the figure's own.)
    expect(ask('r72', '松鹤园陵园今年预计单独接待多少人？').text).not.toContain('98万人次');
  });
  it('finds a number the release prints only within a name (百日 of “加梯百日攻坚”), though the index holds no such figure', () => {
    expectAnswer('r139', '百日攻坚这个行动什么时候收尾', '10月22日');
    // (A number is not found inside a longer one: 1100日 is not 100日.)
    expect(ask('r139', '千日攻坚行动什么时候结束').answered).toBe(false);
  });

  it('reads an erhua word the release never prints (活儿) as its stem, a general word, not a specific thing; 哪些时段 asks a time of day', () => {
    expectAnswer('r139', '每天哪些时段不准搞有噪音的活儿', '12时至14时');
  });

  it("answers the question inside what the asker says of their own task (题目问：…; …？我要写进作业里)", () => {
    expectAnswer('seed', '题目问：签约金额是多少？', '535.35');
    expectAnswer('seed', '一共签了多少个项目？我要写进作业里', '35');
    expectAnswer('seed', '老师让我们查一下，走访了多少家企业', '105');
  });
  it('takes a near-synonym read the same syllable for syllable (帳號 for 賬號) for the word spelled another way', () => {
    expectAnswer('r140', '违规的帳號封了几个', '1,086');
  });

  it('does not answer an amount asked for each month with one for a year', () => {
    expectAnswer('r141', '租房的职工每个月可以提取多少', '1,800元');
  });
  it('takes a modifier the passage spells out (加梯 of 加装电梯补贴资金) for the same, not a sibling', () => {
    expectAnswer('r139', '2019年以来加梯补贴累计拨了多少钱', '3.86亿元');
  });
  it('counts in 样 as in 项, and answers now with the figure after a change, before (原来) with the one labelled 原', () => {
    expectAnswer('r139', '现在办加梯申请材料要交几样', '7项');
    expectAnswer('r139', '原来申请材料要交几项', '18项');
    // (以前呢 after a question asks the same of before, never 2000年以前 of another passage on its own.)
    expect(ask('r139', '申请材料现在要交几样？以前呢？').text).not.toContain('1.26万栋');
  });
  it('reads storeys (九层, 6层) as a number with its measure word, which binds the answer', () => {
    expectAnswer('r139', '6层的住宅加装一台电梯平均要花多少', '50万元');
    expect(ask('r139', '十二层的楼加装一台电梯平均要花多少').answered).toBe(false);
  });
  it('reads an ordinal in a measure word of its own (第三套) as that one of a series, not near 3个 or 3条 elsewhere', () => {
    expect(ask('r141', '买第三套房能用公积金贷款吗').answered).toBe(false);
    expectAnswer('r141', '买第二套房首付最低多少', '25');
  });
  it('answers the hour asked in a part of the day (晚上开到几点) with an hour of it, though the passage never says 晚上', () => {
    expectAnswer('r140', '市级场馆的室外场地晚上开到几点', '22:00');
    // (Not with an hour of another part: the ceremony is at 上午9:00.)
    expect(ask('r140', '全民健身季启动仪式晚上几点开始').answered).toBe(false);
    expectAnswer('r140', '全民健身季启动仪式几点开始', '9:00');
  });
  it('holds a part of the year the question names (暑期) by the months a passage dates its event in', () => {
    expectAnswer('r87', '暑期禁毒夏令营每期多少学生', '60名');
  });
  it('dates a figure whose sentence names no year by the year its paragraph opens with (去年7月20日至8月31日，…满意度达到94.2%)', () => {
    expectAnswer('r146', '去年试点夜场观众满意度多少', '94.2%');
  });
  it('reads a character CC-CEDICT gives as a variant of another as that one (账户 typed, 帳戶 printed and folded to 帐户)', () => {
    expectAnswer('r146', '一个账户每次最多能帮几个人预约', '5人');
  });
  it('reads a word CC-CEDICT gives as a variant of another as that one (记录 typed, 紀錄 printed and folded to 纪录)', () => {
    expectAnswer('r146', '平台的预约记录会保存多久？', '180天');
  });
  it('does not answer a name the question prints as the release does (琅川自然博物馆) with a figure of the name without its middle word (琅川博物馆)', () => {
    expect(ask('r146', '琅川自然博物館白天每天限額是多少人？').answered).toBe(false);
    expectAnswer('r146', '琅川自然博物館夜場每晚限額是多少人？', '2,800人');
    expectAnswer('r146', '琅川博物館白天每天限額是多少人？', '18,000人');
  });
  it('does not answer a figure of one item of a list with the list\'s total (梅溪 of 青石湾、梅溪、龙潭坪…共提供安置房源560套)', () => {
    expect(ask('r147', '梅溪那个安置点有多少套房子？').answered).toBe(false);
    expectAnswer('r147', '集中安置点一共提供多少套安置房', '560套');
    // (Nor is a question of several of its items, 维保电费这些, one item's.)
    expectAnswer('r16', '加装电梯以后每年维保电费这些大概要多少钱', '8000元至12000元');
  });
  it('answers 记者问的第一个问题是什么 with that question, as 第一个问题问的什么 is', () => {
    const first = ask('seed', '记者问的第一个问题是什么？');
    expect(first.answered, first.text).toBe(true);
    expect(first.text).toContain('官方答复');
    expect(first.text).toContain('创新驱动发展战略');
  });
  it('reads a noun and the state it is in that jieba guessed as one word (秤坏 of 智能秤坏了) as the two, not as a rare word', () => {
    expectAnswer('r145', '智能秤坏了多久会有人回应？', '2小时内响应');
    // (A name the release prints with more after it, 残简280枚, stays one word.)
    expectAnswer('r29', '残简出了多少枚', '280枚');
  });
  it('answers 哪四个 with a passage that spells out four after 即 (“四到场”制度，即选址踏勘到场、…、竣工验收到场), the count being the question word\'s', () => {
    expectAnswer('r147', '“四到场”具体指哪四个到场？', '选址踏勘到场');
    expect(normalise(readFrame(normalise('四到场是哪四个')).content)).not.toContain('4个');
    // (A count in a measure word of its own stays what the passage may state: 监管重点分哪五类 → 5类.)
    expect(readFrame(normalise('监管重点分哪五类')).content).toContain('5类');
  });
  it('answers how much a money or a count rose or fell (涨多少, 降到多少) with the change in per cent, and reads 升级 as no rise', () => {
    expectAnswer('r37', '租金一年最多能涨多少', '5%');
    expectAnswer('r89', '近三年春节那个月菜价一般涨多少？', '6%至11%');
    expect(ask('r93', '96333平台去年升级花了多少钱？').answered).toBe(false);
  });
  it('counts a noun by a measure word CC-CEDICT gives it, where the clause never writes the noun (接听来电21.6万通 counts 电话)', () => {
    expectAnswer('r49', '12393热线去年接了多少个电话', '21.6万通');
  });
  it('reads a forecast (根据…预测，…可能达到168万立方米, 有望) as an amount ahead, as 预计 is', () => {
    expectAnswer('r54', '今年夏天最高日供水量预计会到多少', '168万立方米');
  });
  it('holds a season the question names (春天) by another of its names in the passage (春季学期)', () => {
    expectAnswer('r151', '今年春天一共查了多少學生和幼兒的視力？', '71.4');
  });
  it('reads a form of address with no name (那位女士) as pointing at someone, not as a word the releases must print', () => {
    expectAnswer('r151', '衛健委出席的那位女士叫什麼名字？', '戚雨桐');
  });
  it('answers a count asked in a measure word of its own (几家) with the same things counted in the generic 个', () => {
    expectAnswer('r157', '到2023年末法人单位总共有几家', '16.83万个');
  });
  it('answers an amount asked itself (需求量是多少) with the amount, not with a share of it (高出需求量7.3%)', () => {
    expectAnswer('r158', '全县今年春播用种的需求量是多少啊', '178万公斤');
  });
  it('answers how long a training lasts (多长时间) with the hours of study it is given in (16学时)', () => {
    expectAnswer('r157', '普查指导员集中培训多长时间', '16学时');
  });
  it('reads …的时候 (春季学期的时候) as saying when, not as a noun counted or owned', () => {
    expectAnswer('r159', '春季的时候热门课中签率大概多少', '41.6%');
  });
  it('takes a year a span runs from up to now (2022年以来) as no figure of that year, on either side', () => {
    expect(ask('r122', '2022年全市家庭医生签约率是多少').answered).toBe(false);
    expectAnswer('r122', '2022年以来全市家庭医生签约率达到多少了', '42.0%');
  });
  it('holds 截止 of a date question by a passage giving the last day of a span (9月10日10:00至9月14日20:00：网上报名)', () => {
    expectAnswer('r154', '网上报名是几号截止的', '9月14日20:00');
  });
  it('reads a pronoun doing what a figure counts (他们走访了多少家企业) as its doer, not as someone to be pointed out first', () => {
    expectAnswer('seed', '他们下去走访了多少家企业', '105家');
    expect(ask('seed', '他是哪个单位的').answered).toBe(false);
  });
  it('reads a clause saying 分别 with the things its sentence listed before it (住宿券面额, not 门票 of 景区门票券)', () => {
    expectAnswer('r6', '住宿券面额是多少', '满300元减80元');
    expect(ask('r6', '啤酒美食节门票多少钱').answered).toBe(false);
  });
  it('reads 依次 or 分别 only with the listed things that are what it counts, not with a sentence’s earlier total', () => {
    expect(ask('r28', '进口集成电路金额是多少亿元').answered).toBe(false);
  });
  it('holds a part of the day by its other names (晚上: 夜间) and by the evening of a day (开幕式当晚), not by any word with 晚', () => {
    expectAnswer('r119', '外地遊客去年晚上在我們這花了多少錢？', '97.3億元');
    expectAnswer('r170', '郊區的人晚上回家有沒有公交？', '夜間定制公交');
    expect(ask('r170', '开幕那天晚上市长几点致辞').answered).toBe(false);
  });
  it('reads 最多的时候 as when (at the peak), not as a limit asked, and 投了多少辆 as a count of vehicles, not money', () => {
    expectAnswer('r171', '去年最多的时候中心城区投了多少辆共享单车？', '21.3万辆');
    const frame = readFrame(normalise('中心城区投了多少辆共享单车'));
    expect(frame.measure).toBe('vehicles');
    expect(readFrame(normalise('一共投了多少')).measure).toBe('money');
  });
  it('answers a quota asked (单车配额减到多少) with the vehicles allotted, not as money', () => {
    expectAnswer('r171', '快轮出行二季度单车配额减到多少了？', '3.78万辆');
  });
  it('reads a noun for people before a single character it modifies (便民点) as no people counted by a generic 个', () => {
    expect(readFrame(normalise('便民点全市设了多少个')).measure).toBe('count');
    expect(readFrame(normalise('义务质量监督员请了多少个')).measure).toBe('people');
    expectAnswer('r169', '磨刀修鞋配钥匙这种便民点全市设了多少个？', '254个');
  });
  it('answers a limit asked (最低多大, 最低要保证几度) by a bound stated as 年满 or 下限', () => {
    expectAnswer('r159', '报名有年龄要求吗？最低多大', '50周岁');
  });
  it('answers which ones a count names (哪五个功能, 哪六个统一) by a list of as many, its last item after 和', () => {
    expectAnswer('r165', 'App目前有哪五個功能？', '預警推送');
    expectAnswer('r169', '所謂「六統一」具體是哪六個統一？', '統一攤位規格');
  });
  it('reads 日均 or 人均 before the noun asked (日均客流量) as how it is taken, not as another thing than the asker’s 市场', () => {
    expectAnswer('r169', '改完以後市場客流量漲了多少？', '23.6%');
  });
  it('answers 多少份 with kits counted per person (8.6万人份), not as people', () => {
    expectAnswer('r175', '给基层配了多少份快速检测试剂？', '8.6万人份');
  });
  it('answers a generic count of a noun (几个积分) by a number the release writes before that noun (10积分)', () => {
    expectAnswer('r175', '上传清积水照片一次能拿几个积分？', '10积分');
  });
  it('answers which places (哪些地方) by named areas (海城区榄江街道、沙洲区南埠街道), not which five by two of them', () => {
    expectAnswer('r175', '哪些地方已经出现社区聚集性疫情了？', '南埠街道');
    expect(ask('r67', '第二批试点初步选的五个地方具体在哪？').answered).toBe(false);
  });
  it('reads 第三批里 as of the third round, not a part of a stated total', () => {
    expectAnswer('r176', '第三批里专门招的领读人有多少名？', '100名');
  });
  it('reads 几百块 as asking how much, not as a stated 100块', () => {
    expect(readFrame(normalise('一个人一个月补几百块')).measure).toBe('money');
    expectAnswer('r177', '企业招了失业人员搞以工代训，一个人一个月补几百块？', '600元');
  });
  it('reads 范围多大 as asking the extent of a thing (警戒区), not a count of 范围', () => {
    expectAnswer('r175', '疫點處置的警戒區範圍多大？', '200米');
  });
  it('answers which day (哪天) with a day of the week its sentence gives (每周五) before an event only its paragraph ties to the thing', () => {
    expectAnswer('r175', '全市的爱国卫生日定在哪天？', '每周五');
  });
  it('answers 多少册次 with a number of loans in 册次, not books bought (12.3万册) or reading rooms (3个)', () => {
    expectAnswer('r176', '书房今年借还书有多少册次？', '138.2万册次');
  });
  it('answers 地址是啥 by a street and number no 地址 precedes (综合窗口（桐华路58号）), and 市里那个 as where, not the city level', () => {
    expectAnswer('r177', '市里那个窗口地址是啥', '桐华路58号');
    expect(ask('r94', '市古树名木保护中心的办公地址在哪儿？').answered).toBe(false);
  });
  it('reads 哪个场地 as asking where, wherever 在 stands (在宿州的哪个场地举办)', () => {
    expect(readFrame(normalise('这场发布会是在宿州的哪个场地举办的')).asks).toBe('place');
    expectAnswer('seed', '這場發布會是在宿州的哪個場地舉辦的喔？', '宿州市新聞發布廳');
  });
  it('answers where a thing is set (设在哪) by a sentence saying where it was set up (设在…公园)', () => {
    expectAnswer('r161', '演練的主會場設在哪？', '鶴鳴公園');
  });
  it('reads 具体 before a verb or a question word as pressing the question, not as a word the passage must hold', () => {
    expect(readFrame(normalise('具体建在哪些地方')).content).not.toContain('具体');
    expect(readFrame(normalise('具体措施有哪些')).content).toContain('具体');
  });
  it('counts the noun a measure word fits (多少个家庭医生团队 counts 团队, teams of doctors, not the doctors)', () => {
    expect(readFrame(normalise('全市一共组了多少个家庭医生团队')).counted).toBe('团队');
    expectAnswer('r182', '全市一共组了多少个家庭医生团队', '2,386个');
  });
  it('answers two tiers asked of together (市里和区里) by their joint figure, and one tier asked alone by none', () => {
    expectAnswer('r182', '建社区医院市里和区里一共砸了多少钱进去？', '4.86亿元');
    expect(ask('r182', '建社区医院区里砸了多少钱进去？').answered).toBe(false);
  });
  it('answers 几次 by incidents counted in 起 (几次火 → 火情7起)', () => {
    expectAnswer('r183', '去年试点因为烧烤起了几次火？', '7起');
  });
  it('reads a part of the day (中午) as said by a clock time in its hours (12:00至16:00), not by one printed with another part', () => {
    expectAnswer('r181', '外賣騎手中午送一單能多拿多少補貼？', '0.5元');
    expect(ask('r146', '琅川自然博物館白天每天限額是多少人？').answered).toBe(false);
  });
  it("reads a speaker's 我们医院 as the body of their post, and not as another body of that kind", () => {
    expectAnswer('r182', '南湖街道社区医院地址在哪？', '杏林路88号');
    expect(ask('r182', '市第一人民醫院的地址在哪裡？').answered).toBe(false);
  });
  it('reads a span of time the question states (24小时开的) as no count of things to list, and a bracketed address as a place', () => {
    expect(readFrame(normalise('24小时开的避暑场所，市级示范点在哪儿？')).listsCounted).toBe(false);
    expect(readFrame(normalise('24小時兒科急診是哪五家醫院')).listsCounted).toBe(true);
    expectAnswer('r181', '24小时开的避暑场所，市级示范点在哪儿？', '文昌路188号');
  });
  it('reads the 他 of 其他 as no pronoun for a person', () => {
    expect(readFrame(normalise('除了市图书馆，其他几个都在哪条路上？')).pointsAtPerson).toBe(false);
  });
  it('reads 多快能到 as how soon (a span of time), 多快 alone as a speed; and a number for 全市 as no number for each', () => {
    expect(readFrame(normalise('着火了消防多快能到？')).measure).toBe('time');
    expect(readFrame(normalise('这条高铁多快')).measure).toBe('speed');
    expect(ask('r183', '全市帳篷區同時最多能搭多少頂帳篷').answered).toBe(false);
  });
  it('reads the verb after 去哪里 as the action asked how to do (去哪里报名), as it reads the one after 怎么', () => {
    expect(readFrame(normalise('志愿者去哪里报名？')).action).toBe('报名');
    expect(readFrame(normalise('舉報獎勵要去哪裡領、怎麼申請')).action).toBe('申请');
    expect(ask('r183', '「公園綠管家」志願者去哪裡報名？').answered).toBe(false);
  });
  it('reads 那3家…叫什么名字 as asking the names of as many as it points at, and 那个劣5类断面叫什么 as asking one name', () => {
    expect(readFrame(normalise('医疗集团里那3家二级医院叫什么名字？')).listsCounted).toBe(true);
    expect(readFrame(normalise('去年白鷺市那個劣五類斷面叫什麼')).listsCounted).toBe(false);
    expect(ask('r182', '医疗集团里那3家二级医院叫什么名字？').answered).toBe(false);
  });
  it("answers a host's post only from a host named with one: 主持人：邵雨澄 says who hosted, not what post", () => {
    expect(ask('r182', '主持人邵雨澄是什么职务？').answered).toBe(false);
    expectAnswer('r146', '今天記者會是誰主持的，什麼職位？', '副處長');
  });
  it("does not answer the asker's story told before the questions as one of them", () => {
    // (What the story says is no question: a passage matching its words answers nothing that was asked.)
    expect(ask('seed', '我侄子在宿州学院读书，听说双创汇进校园的时候还办了一场招聘会。请问那场招聘会来了多少家企业？提供了多少个岗位？').answered).toBe(false);
    expect(ask('seed', '我们单位是做电池的，想报名参加明年的活动。请问明年的双创汇走进宿州哪天举办？在哪里报名？').answered).toBe(false);
  });
  it('reads a sentence pointing back (相关违法违规行为) with the sentence before it, which names what it is about', () => {
    expectAnswer('r187', '要是碰到有人非法买卖个人信息，该打哪个电话举报？', '12377');
  });
  it('answers 几点到几点 with hours from one to the other, not with one hour (22:30以后)', () => {
    expectAnswer('r188', '深夜降功率从几点到几点', '22:30至次日5:30');
  });
  it('reads 弄完, 搞完 (a verb standing for doing, with its result) as asking when the thing named is done', () => {
    expectAnswer('r188', '剩余暗区什么时候能弄完', '10月31日');
    expectAnswer('r188', '剩下的55处暗区什么时候能搞完', '10月31日');
  });
  it('answers 哪两个区 with a clause naming two 区 one after the other, though it never prints 两个', () => {
    expectAnswer('r188', '小区路灯接管移交的试点放在哪两个区？', '柳溪区');
    // (Not with a list of another kind or length: the count asks as many of the kind.)
    expect(ask('r188', '小区路灯接管移交的试点放在哪三个区？').answered).toBe(false);
  });
  it('answers 从哪天起算 with the day the thing starts from (自…起), not a day something else happens', () => {
    expectAnswer('r189', '基础养老金新标准从什么时候开始算？', '7月1日');
  });
  it('answers 每月几号 with the day of every month a passage gives, and reads 9月份以后 as a time from a date, not the future', () => {
    expectAnswer('r189', '9月以后每个月几号前发放？', '每月15日前');
  });
  it('keeps two characters whole where the releases print one of them mostly inside the two (管廊), though the other is grammar elsewhere', () => {
    expectAnswer('r193', '管廊现在一共建了多少公里了？', '186.4公里');
  });
  it('reads 现在 as held by a passage counting up to its day (截至…累计), and a dated aim as no answer to how many now', () => {
    expectAnswer('r195', '现在全市有多少所中小学开了戏曲课？', '318所');
  });
  it('reads 占全年计划的多少 as asking a share', () => {
    expectAnswer('r193', '今年上半年完成的投资占全年计划的多少？', '54.2%');
  });
  it('reads 以后 closing a clause with its verb as the time after it, not the future, and no word a passage must hold', () => {
    expectAnswer('r193', '管廊用起来以后，少挖了多少次路？', '1,350余次');
    // (A quoted slogan of a verb and its complement, “用起来”, is no name of the release's.)
  });
  it('reads 半夜十二点 as 24时 and 同一时间 as 同时', () => {
    expectAnswer('r194', '餐饮店要是开到半夜十二点以后，有什么奖励吗？', '2万元');
    expectAnswer('r194', '東港碼頭裡同一時間最多容納多少人？', '1.8萬人');
  });
  it('answers 最后一个阶段 with the highest-numbered stage, and 分几轮发，哪几天 with the days listed', () => {
    expectAnswer('r194', '消费季最后一个阶段叫什么名字？', '悦享季');
    expectAnswer('r194', '消费券分几轮发？都是哪几天', '8月15日');
  });
  it("does not take a year from a figure's paragraph when its own sentence states another (今年1—5月…213.7亿元 is no 2023年's)", () => {
    expect(ask('r194', '2023年全市夜间消费额是多少？').answered).toBe(false);
    expectAnswer('r194', '2024年全市夜间消费额是多少？', '486.3亿元');
  });
  it("answers an event's hour only from the sentence naming it, not from another event's sentence beside it", () => {
    expect(ask('r195', '閉幕式暨頒獎晚會幾點開始？').answered).toBe(false);
    expectAnswer('r195', '開幕式幾點開始？', '7:30');
  });
  it('reads a day typed without its 日 (9月26那天) as that day', () => {
    expectAnswer('seed', '9月26那天揭牌的啥研究院', '研究院');
  });
  it('reads a word the asker spells out as the releases shorten it, by the first character of each of its words (今年冬天 → 今冬)', () => {
    expectAnswer('r162', '請問預計今年冬天越冬候鳥總數會有多少？', '45萬隻');
  });
  it('reads 电话 as held by a number to call, which no release writes 电话 before', () => {
    expectAnswer('r110', '視障讀者想要送書上門，打哪支電話？', '0593-2281100');
  });
  it('reads 哪几个月 as a time, answered by a span of months', () => {
    expectAnswer('r186', '第三阶段安排在哪几个月？', '2025年10月至12月');
  });
  it('answers a question pointing back (这座古城) when it names more than what it points at and one passage holds it all', () => {
    expectAnswer('r192', '这座古城最早是哪一年发现的', '1957年');
    // (Not when the demonstrative is the whole subject and the rest is the kind asked: which 件 is meant is not said.)
    expect(ask('r168', '那这几件分别是哪个行业的？').answered).toBe(false);
  });
  it('reads a one-character noun with its word of place that jieba takes for a name (库里) as the noun', () => {
    expectAnswer('r199', '库里一共存了多少份种质资源', '12,436份');
  });
  it('counts the stages of a whole with the passage that says how many, not with a figure of one stage (第二阶段…6个)', () => {
    expectAnswer('r200', '献血季一共有几个阶段', '分三个阶段');
  });
  it('does not answer two things asked each (民警和辅警分别) with one figure given for both', () => {
    expect(ask('r201', '护学岗上的民警和辅警分别有多少人？').answered).toBe(false);
  });
});
