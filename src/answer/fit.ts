import { LRUCache } from 'lru-cache';
import { jieba } from '../text/jieba.ts';
import { generalWord, isInDictionary } from '../language/general-words.ts';
import { contrasted } from './contrast.ts';
import { valueOfNumeral } from '../language/numerals.ts';
import { escapeRegExp, normalise } from '../text/pipeline.ts';
import { monthsOfPeriod, partOfDayAsked } from '../text/numbers.ts';
import { fold } from '../text/script.ts';
import { COUNTABLE, kindOfUnit, kindsAgree, measureKind, quantityKindOfNoun, type MeasureKind } from '../language/measures.ts';
import { classifiersOfNoun } from '../language/near-synonyms.ts';
import { COMPARED_WITH_YEAR, DATES, INCREMENT, isPeopleNoun, onlyLinksToNumber, VALUE_NOUN, YEAR_OFFSET, type QuestionFrame } from '../question/frames.ts';
import { boundOf, type Bound, type Understanding, type UnderstoodTerm } from './understand.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { PassageText } from '../search/passage-text.ts';
import { numberKinds, PLACE_WORD, type AnswerUnit, type MetaField } from '../search/units.ts';

/**
 * Whether a passage can be the kind of answer a question's frame asks for, and how well it suits it: the
 * checks that keep a nearby sentence from passing for an answer (a number of another kind, a count of another
 * noun, a day for 几点, 去年 for 今年, a count for 哪些).
 */

/** Which units suit a frame best, for a second search among them; none for frames any passage may answer. */
export function suitsFrame(index: KnowledgeIndex, frame: QuestionFrame): ((unitId: number) => boolean) | undefined {
  const unit = (id: number) => index.units[id]!;
  switch (frame.asks) {
    case 'definition':
      // (网址是多少: the passages that give a web address.)
      return frame.web ? (id) => WEB_ADDRESS.test(unit(id).text) : undefined;
    case 'figure':
      // (打哪个电话: the passages that give a number to call.)
      if (frame.contact) return (id) => PHONE_NUMBER.test(unit(id).text) && TO_CALL.test(unit(id).text);
      return frame.measure ? (id) => unit(id).facets.kinds.some((kind) => ofAskedKind(frame, kind)) : (id) => unit(id).type === 'figure';
    case 'date':
      return (id) => unit(id).type === 'event' || unit(id).metaField === 'date';
    case 'person':
      return (id) => namesPeople(unit(id));
    case 'place':
      return (id) => unit(id).metaField === 'place';
    case 'reason':
    case 'method':
    case 'plan':
      return (id) => unit(id).type === 'qa' || unit(id).type === 'faq';
    default:
      return undefined;
  }
}

/**
 * Whether a passage can be the kind of answer the frame asks for: a figure question needs a number (of the
 * kind asked, when the question says: 多少人 is not answered by 35个), a date question a date, a who-question a
 * person, a where-question a place; a whole official answer gives a number or a date only when its question
 * asked for one (otherwise the sentence of it that states the number answers). A superlative needs a passage
 * that ranks; a question about the future, a passage about the future; a question for the items it counts
 * itself (那5个项目分别是什么), more than the count.
 */
export function fitsFrame(
  unit: AnswerUnit,
  { frame, counted, countedWith, modified, terms }: Pick<Understanding, 'frame' | 'counted' | 'countedWith' | 'modified' | 'terms'>,
  text: PassageText,
  unitId: number,
  releaseYear?: number,
  reportedYear?: number,
  season?: readonly number[],
): boolean {
  // The unit's words as normalised once (Simplified: a Traditional release's 預計 is 预计 here).
  const own = text.unitText(unitId);
  // 琅川自然博物馆白天每天限额多少 is not answered by 琅川博物馆日间每日限额: a name the question writes as the releases
  // print it, of several words, is another thing than the one a figure's label names with its first and last word only.
  // (A sentence too: 例如琅川博物馆日间每日限额18,000人 never names 琅川自然博物馆.)
  if (namesAnotherOfPhrase(unit.type === 'figure' ? text.unitKeys(unitId) : own, printedPhrases(terms, frame.content, text))) return false;
  // 梅溪那个安置点有多少套房子 is not answered by 在青石湾、梅溪、龙潭坪规划建设了3个集中安置点，共提供安置房源560套: a name
  // the passage holds only as one item of a list, with no number of its own, shares the list's total.
  // (Not when it asks of several items of the list, 维保电费这些, nor when the passage gives the items' numbers in the
  // list's order, 轻度、中度、重度…分别按每人每月100元、200元、300元.)
  if (frame.asks === 'figure' && !PARALLEL_NUMBERS.test(own)) {
    const listed = terms.filter((t) => !t.numeric && onlyListed(own, t.term));
    if (listed.length === 1 && listed[0]!.binding) return false;
  }
  // 那家中介公司叫什么名字 is answered by a company's name, not by 某财税咨询中介 and a quoted slogan (nor by an
  // official answer that names none).
  const kindNamed = frame.asksName && frame.asks === 'definition' ? NAME_OF_KIND.exec(frame.content.trim())?.[1] : undefined;
  if (kindNamed !== undefined && !namesOrganisation(own, kindNamed, frame.content.trim())) return false;
  // 那个被罚8万的商业综合体叫什么名字 is not answered by a passage that speaks of it only as 某商业综合体: it
  // withholds the name.
  if (frame.asksName && frame.asks === 'definition' && withholdsName(own, frame.content)) return false;
  // 具体是哪个村 is not answered by a passage that names the village only as 某城中村: which one, it does not say.
  if ((frame.asks === 'definition' || frame.asks === 'place') && frame.cues.some((cue) => WHICH_ONE.test(cue)) && namesOnlyAsSome(own, frame.content)) return false;
  // 那位领奖最多的外卖骑手叫什么名字 asks a person's name: a passage that names no one does not give it.
  if (frame.asksName && frame.asks === 'definition' && namesKindOfPerson(frame.content.trim()) && !namesPeople(unit) && unit.facets.named !== true) return false;
  // 具体是哪几个服务区 is answered by a passage that names several 服务区 (鹤鸣区、江东区; A、B等3个服务区), official
  // answers too: one that speaks of 服务区 only does not say which.
  // (Of places and organisations, which are named one by one; 哪些环节, 哪几个月 are answered in other words.)
  // (Not an office's curated answer, written for the question: its own words answer it.)
  if (frame.listedKind !== undefined && NAMED_KIND.test(frame.listedKind) && unit.type !== 'meta' && unit.type !== 'faq' && !namesSeveral(own, frame.listedKind)) return false;
  // Which ones: a passage that names several (a list with 、 or ；, a header list); never one that only counts
  // the things the question counts itself (那5个项目分别是什么), an official answer neither.
  // (A passage that names them just before their count, “速达外卖”“邻家到”和“澜味优选”3家平台企业, answers which.)
  // (The count may be in the question's words, 那5个项目, or in its question word, 哪两个.)
  const counting = `${frame.content} ${frame.cues.join(' ')}`;
  // (A list of speakers names them all, however many the question says: 哪两个人来发布的.)
  // (Or one clause naming exactly as many as 哪两个 asks, one after another: 在榆城区、柳溪区选取了40个小区.)
  const listsAsMany = frame.listsCounted && listsAsManyAsAsked(frame.content, own);
  if (frame.listsCounted && unit.type !== 'faq' && unit.metaField !== 'speakers' && (unit.type === 'figure' || !(namesBeforeCount(counting, own) || namesAfterCount(counting, own) || spellsOutAsMany(counting, own) || listsAsMany))) return false;
  // An official or curated answer to a question of the same kind answers it, whatever its wording holds.
  // (A figure, date or place still has to be stated in it, with what the question counts.)
  if ((unit.type === 'qa' || unit.type === 'faq') && unit.asks === frame.asks && frame.asks !== 'any' && !THING_FRAMES.has(frame.asks)) return true;
  // (是第几个全民健身日 asks which in a series: 第17个全民健身日 answers it as a rank would.)
  // (A figure's sentence may say it is the first where its label does not: 其中电梯维修更新占比最高，达到46.5%.)
  if (frame.superlative && !(frame.limit ? LIMITS : RANKS).test(unit.type === 'figure' ? `${own} ${rankingClause(unit)}` : own) && !numbersInSeries(own, frame)) return false;
  // 去年 is not answered about 今年; 几点 is not answered with a day.
  if (frame.year !== undefined && YEARS.test(own) && !own.includes(frame.year)) return false;
  // The year asked for, counted from the release's: 去年 in a 2025 release is 2024年. A passage naming other years
  // and not this one (2024年…完成投资11.6亿元) does not answer 今年.
  const asked = yearAsked(frame, releaseYear);
  // (恢复到2019年同期的87.5% compares with 2019; 本年 is 今年.)
  const stated = asked === undefined ? [] : yearsStated(own);
  // (Nor when the figure's own sentence says the year asked, as the question does: 今年供暖季 under a label naming
  // the season 2025—2026年.)
  // (今年 of a release on the season 2025—2026年度 held in 2025 is that season: 2026年2月1日至4月15日 is in it.)
  const thisSeason = frame.year === '今年' && season !== undefined && stated.some((year) => season.includes(year));
  if (asked !== undefined && stated.length > 0 && !stated.includes(asked) && !thisSeason && !own.includes(frame.year!) && !(frame.year === '今年' && own.includes('本年')) && !(unit.type === 'figure' && fold(quoteOf(unit)).includes(frame.year!))) return false;
  // A passage that names no year speaks of the release's own; 去年 or 明年 must be stated (as a word or as its number), and
  // not only as what this year is compared with (较去年增长两成 gives this year's figure, not last year's).
  // (A release whose title names the year it reports on, 2024年度…工作新闻发布会 held in 2025, states it for every
  // passage that names no other; so does a figure's sentence for the figure, 2024年，…为受援人挽回经济损失3.87亿元,
  // when the figure's own clause names none.)
  if (
    frame.year !== undefined &&
    OTHER_YEAR_WORDS[frame.year] !== undefined &&
    !OTHER_YEAR_WORDS[frame.year]!.test(own.replace(COMPARED_WITH_YEAR, '')) &&
    !(asked !== undefined && (stated.includes(asked) || (stated.length === 0 && (reportedYear === asked || (unit.type === 'figure' && (onlyYearStated(quoteOf(unit)) === asked || paragraphOpensIn(unit, frame.year, asked)))))))
  ) return false;
  // 第一次发掘 is not answered about the 第二次, nor 排第一的 by 排名第二: a passage naming others of the same
  // numbered kind, and not the one asked, is about another.
  // 台风“海棠”是哪天登陆的 is not answered by an event headed 第8号台风“竹节草”登陆, though its sentence names 海棠 too:
  // a headline naming things in quotes, none of them the one asked, is about another.
  if (quotedNamesDiffer(frame.content, unit)) return false;
  // 非居民用户的基本热价 is not answered of 居民用户: a kind the question names by its negation (非居民, which the
  // releases print) is not the kind itself, of which a passage speaks without the negation.
  if (negationMissed(frame.content, own, text)) return false;
  // (Nor by a sentence whose date is given, 其中“汀江夜泊美食节”定于7月18日至20日, of the other one it names.)
  if (frame.asks === 'date' && dateOfAnotherName(own, frame.content)) return false;
  if (!ordinalsAgree(frame.content, own, () => (unit.type === 'figure' ? quoteOf(unit) : own))) return false;
  // 9月份的零售总额 is not answered by 1月至8月's: a passage naming months, none of them the one asked, is about others.
  // (Nor by one about a named part of the year without it: 10月份 is not in 前三季度.)
  const month = frame.asks === 'figure' ? MONTH_ASKED.exec(frame.content)?.[1] : undefined;
  if (month !== undefined) {
    // (A figure's sentence that says no time is in the time its paragraph opens with: 前三季度，… 核心CPI上涨0.6%.)
    // (And 9月份 is one month: 前三季度's or 1—9月's total is not September's.)
    const inOwn = monthsOf(own);
    const months = inOwn.single.size + inOwn.spans.size > 0 || (unit.type !== 'figure' && unit.type !== 'sentence') ? inOwn : monthsOf(unit.context);
    if (months.single.size + months.spans.size > 0 && !months.single.has(Number(month))) return false;
  }
  // 2023年受理了多少办件 is not answered by 2025年1至5月's: a passage naming years, none of them the one asked.
  // (较2023年底提高 compares with 2023; it gives no figure of it.)
  // (A span the question runs from a year up to now, 2023年以来, asks of now, as the passage's does.)
  const years = frame.asks === 'figure' || frame.asks === 'date' ? yearsNamed(frame.content.replace(SINCE_YEAR, '')) : [];
  if (years.length > 0 && yearsNamed(own).length > 0 && !years.some((y) => yearsStated(own).includes(y))) return false;
  // (A figure whose label names no year, or a sentence quoted after the date its paragraph opens with, is of the year
  // its quote names: 2024年，……全市国土绿化资金投入2.1亿元 is no answer for 2025.)
  // (Not when the question compares with a year: 比2022年底提高了多少 is asked of the release's present.)
  if (years.length > 0 && !comparesWithAYear(frame) && (unit.type === 'figure' || unit.type === 'sentence') && yearsNamed(own).length === 0) {
    const sentence = quoteOf(unit);
    if (yearsNamed(sentence).length > 0 && !years.some((y) => yearsStated(sentence).includes(y))) return false;
  }
  // 2024年一年完成了多少 is not answered by 2023年至2024年累计完成528公里: a span's total is no one year's, unless the
  // passage states the year alone too (and the question asks of one year, not of the span).
  if (frame.asks === 'figure' && years.length === 1 && !YEAR_SPAN.test(frame.content)) {
    const sentence = yearsNamed(own).length > 0 ? own : unit.type === 'figure' || unit.type === 'sentence' ? quoteOf(unit) : '';
    const spans = [...sentence.matchAll(YEAR_SPAN_G)].filter((m) => Number(m[1]) <= years[0]! && years[0]! <= Number(m[2]));
    if (spans.length > 0 && !yearsStated(sentence.replace(YEAR_SPAN_G, ' ')).includes(years[0]!)) return false;
  }
  if (frame.clock && !(frame.hour ? HOUR : CLOCK_TIME).test(own)) return false;
  // (An event's hour is the one of the sentence naming what is asked: 闭幕式几点开始 is not answered by 开幕式定于10月18日
  // 晚7:30…举行；11月2日晚在同一地点举行闭幕式, whose hour is the opening's. A service's hours may well follow the
  // sentence naming it, 服务时间为8:30至17:30.)
  if (frame.clock && unit.type === 'event') {
    const heaviest = terms.filter((t) => !t.numeric).reduce<(typeof terms)[number] | undefined>((a, t) => (a === undefined || t.weight > a.weight ? t : a), undefined);
    const timed = own.split(/[。；;\s]/u).filter((sentence) => (frame.hour ? HOUR : CLOCK_TIME).test(sentence));
    if (heaviest !== undefined && own.includes(heaviest.term) && !timed.some((sentence) => sentence.includes(heaviest.term))) return false;
  }
  // 比去年同期多了还是少了 is answered by a passage that compares, not by one that only counts.
  if (frame.comparesWithPast && !CHANGE.test(own)) return false;
  // 超长期特别国债的钱比去年多了多少 is not answered by 市级配套资金3.5亿元，同比增长16.7%: the change stated is of the
  // thing named in its clause or the one before it, and that must be a thing the question names.
  if (frame.comparesWithPast && frame.asks === 'figure' && !changeOfAsked(own, terms)) return false;
  // A number to call is one a passage gives to call (拨打12345政务服务便民热线), whatever else it counts.
  // (应急管理咨询电话 is not answered by an answer about visits that gives 参观咨询电话：0867-85561110: the passage
  // giving the number must name whose it is.)
  if (frame.contact) {
    const whose = phoneOwner(frame);
    // (An official answer names it in the answer: the outlet that asked, 中国应急管理报, is nobody's number.)
    const said = unit.type === 'qa' || unit.type === 'faq' ? (unit.quote !== undefined ? quoteOf(unit) : own) : own;
    return PHONE_NUMBER.test(own) && TO_CALL.test(own) && (whose.length === 0 || whose.some((w) => namesOwner(said, w)));
  }
  if (frame.web) return WEB_ADDRESS.test(own);
  // 新能源公交一辆多少钱 is not answered by 1.2亿元用于新购新能源公交车320辆: an amount for each one is stated so.
  if (frame.perItem && !PER_ITEM_GIVEN.test(own)) return false;
  // 除了濠江区，其他区有没有奖励 asks of the others: a passage that speaks of 濠江区 and of no others does not answer it.
  const except = EXCEPT.exec(frame.content.trim().replace(/\s+/gu, '、'))?.[1];
  // (濠江老街 is 濠江区's: a place is named by its name without the level too.)
  // (除了工行、建行、农商行，另外几家: several set aside, each named in full or short, 工商银行 for 工行.)
  const setAside = except?.split(/[、和及与]/u).filter((item) => item.length > 0) ?? [];
  const named = (item: string) => own.includes(item.length > 2 ? item.replace(/[省市区县镇乡村]$/u, '') : item) || spelledIn(item, own);
  // (Of the others in the sentence that names them: 全市 elsewhere in the passage names no other bank.)
  if (setAside.length > 0 && setAside.every(named) && !own.split(/[。；;！？!?]/u).some((sentence) => setAside.some((item) => sentence.includes(item) || spelledIn(item, sentence)) && OTHERS_TOO.test(sentence))) return false;
  // 全市纳凉点一共安排了多少名志愿者 is not answered by 每个纳凉点…不少于4名: a number for each one is no total.
  // (Nor is 每年一共投入多少 by 每对新人约680元: a total each year is still a total.)
  // (Nor 全市同时最多能搭多少顶帐篷 by 每个帐篷位最多搭建帐篷1顶: a number for the whole city is a total too.)
  if (frame.asks === 'figure' && (frame.total || WHOLE_AREA.test(frame.content)) && !frame.perItem && !PER_ITEM_GIVEN.test(frame.content.replace(PER_PERIOD, ' ')) && everyNumberPerItem(own, frame)) return false;
  // 专项行动叫啥名 is answered by a passage that gives a name the question does not already say (“守护舌尖安全”,
  // 东湖水库), not by one that only speaks of 区融资担保公司 as the question does.
  // (A speaker's name and post answers what the person the question names is called: 叶志轩叫什么名, after 他 was read.)
  if (frame.asksName && frame.asks === 'definition' && unit.metaField !== 'speaker' && ![...own.matchAll(NAMED_THING)].some((m) => !frame.content.replace(/\s+/gu, '').includes(m[0]))) return false;
  // 哪家公司开发的 is answered by a passage that names an organisation, not by one about the platform's launch.
  // (哪家银行 asks a bank: a passage naming a 服务中心 names no bank.)
  // (许国栋是哪个单位的 asks a speaker's body: the list of speakers with their posts gives it, 市应急管理局党委委员、副局长许国栋.)
  if (frame.organisation !== undefined && !namesPeople(unit) && unit.metaField !== 'office' && unit.metaField !== 'media' && !namesOrganisation(own, OWN_KIND.test(frame.organisation) ? frame.organisation : undefined, frame.content.replace(/\s+/gu, ''))) return false;
  // (A figure's paragraph, its context, may say it is planned when its label does not; a sentence that breaks a plan
  // down, 分区来看，江北区46个, is planned by the sentence its quote puts before it.)
  // (A year after the release's, 到2027年回收率达到45%, is ahead as much as 计划 is.)
  if (
    ((frame.future && frame.asks === 'date') || (frame.futureAmount && frame.asks === 'figure')) &&
    !FUTURE_TENSE.test(own) &&
    !FUTURE_TENSE.test(unit.context) &&
    !FUTURE_TENSE.test(unit.quote ?? '') &&
    !namesLaterYear(own, releaseYear) &&
    // (今年的目标是…115万剂次以上 states an amount ahead as 计划 does.)
    !(frame.asks === 'figure' && TARGET.test(own))
  )
    return false;
  // 今年打算装多少台 is not answered by 今年已经验收的37台: the clauses that give a number of the kind asked must
  // not all tell of what is done. And 已经加装了多少部 is not answered by 计划新增加装450台.
  // A clause with no word of time of its own takes the tense of the clause before it (计划到2025年底，全省建设家庭
  // 养老床位3万张 is planned); a figure's label seldom says when, so its quoted sentence is read, at the clause that
  // gives its value; a sentence that says no time at all (分区来看，江北区46个) is read with the one its quote puts
  // before it.
  if ((frame.futureAmount || frame.doneAmount) && frame.asks === 'figure' && frame.measure !== undefined) {
    const [tense, other] = frame.futureAmount ? [FUTURE_TENSE, PAST_TENSE] : [PAST_TENSE, FUTURE_TENSE];
    const value = unit.type === 'figure' && unit.quote !== undefined && unit.headline !== undefined ? valueOf(unit) : undefined;
    const read = value !== undefined || (unit.quote !== undefined && !tense.test(own) && !other.test(own)) ? quoteOf(unit) : own;
    let told = '';
    const giving = read.split(/[；;。，,]/u).flatMap((clause) => {
      if (tense.test(clause) || other.test(clause)) told = clause;
      const gives = value !== undefined ? clause.includes(value) : numberKinds(clause, true).some((kind) => ofAskedKind(frame, kind));
      return gives ? [told] : [];
    });
    if (giving.length > 0 && giving.every((clause) => other.test(clause) && !tense.test(clause))) return false;
  }
  // 今年较大事故发生了几起 is not answered by 较大事故起数同比减少3起: a number the passage gives only as a change
  // answers a question about the change (比去年多了多少, 增长了多少), not one about the amount.
  // (Read only when the passage states a change at all: most do not.)
  // (And a share, 占多少 or 比例是多少, is not answered by a change in per cent, 同比下降7.8%.)
  if (frame.asks === 'figure' && frame.measure !== undefined && !frame.comparesWithPast && CHANGE_BY.test(own) && !CHANGE.test(frame.content) && !RATE_OF_CHANGE.test(frame.content)) {
    const giving = clausesGiving(own, frame);
    if (giving.length > 0 && giving.every((clause) => CHANGE_BY.test(clause))) return false;
  }
  // 总共有多少在编人员 is not answered by 去年新招录了14名: a number given only as what was added answers how many
  // were added, not how many there are.
  if (frame.total && INCREMENT.test(own)) {
    const giving = clausesGiving(own, frame);
    if (giving.length > 0 && giving.every((clause) => INCREMENT.test(clause) && !TOTAL_STATED.test(clause))) return false;
  }
  // 每个区各分几辆 is not answered by 新增80辆: a breakdown gives several numbers of the kind in one clause (城区52个、乡镇
  // 16个) or says it parts them (分别, 其中).
  if (frame.breakdown && !/分别|其中|各(?:为|是|有|占)?\d/u.test(own) && !own.split(/[，,。；;]/u).some((clause) => clausesGiving(clause, frame).length >= 2)) return false;
  // 一共要投放多少辆 is not answered by 第二批30辆: a batch or stage of a whole is a part of it (unless the question asks
  // of a batch, 首批投放了多少辆).
  if (frame.total && BATCH.test(own) && !BATCH.test(frame.content)) {
    const giving = clausesGiving(own, frame);
    if (giving.length > 0 && giving.every((clause) => BATCH.test(clause) && !TOTAL_STATED.test(clause))) return false;
  }
  // (哪几天, 哪几个月 are answered by a span of days or months too, 7月12日至14日, and by days listed, 7月4日、7月18日和8月1日.)
  if (frame.list && !(unit.metaField === 'speakers' || unit.metaField === 'media' || ENUMERATION.test(own) || (frame.asks === 'date' && (DAY_SPAN.test(own) || DAYS_LISTED.test(own))))) return false;
  // 大豆机收率 is not answered by 玉米机收率达到92.8%.
  // (Only the clauses giving a number of the kind asked: 建成社区养老服务站1268个 says nothing of 农村社区's 覆盖率.)
  if (frame.asks === 'figure' && modified.length > 0 && contrasted(own, modified, frame.content, (clause) => clausesGiving(clause, frame).length > 0)) return false;
  // (Nor 中考成绩什么时候公布 by 高考成绩6月25日左右公布: the clauses that give a date.)
  if (frame.asks === 'date' && unit.type !== 'meta' && modified.length > 0 && contrasted(own, modified, frame.content, (clause) => DATE_IN.test(clause))) return false;
  // 第二届是哪一年办的 is not answered by 第三届…将于8月8日开幕: a passage whose every clause giving what is asked
  // names another of the numbered series (第三届, 第5批) and not the one asked speaks of that one.
  if ((frame.asks === 'figure' || frame.asks === 'date') && otherOrdinalOnly(own, frame)) return false;
  // 禅城区单独新增多少个学位 is not answered by 禅城区、三水区、高明区合计新增1.72万个, nor 热水器单独卖了多少台 by 燃气灶具、
  // 燃气热水器4.3万台: asked alone, a thing counted only together with others is not given.
  if (frame.asks === 'figure' && ALONE_ASKED.test(frame.content)) {
    // (The clauses that give the number of the thing asked, named before 单独.)
    const thing = frame.content.split(ALONE_ASKED)[0]!.trim().split(/\s+/u).at(-1)!;
    // (When no clause names it as the question words it, 松鹤园陵园今年预计, every clause giving the number is read.)
    const all = givingClauses(own, frame);
    const naming = all.filter((clause) => thing.length >= 2 && clause.includes(thing));
    const giving = naming.length > 0 ? naming : all;
    if (giving.length > 0 && giving.every((clause) => TOGETHER.test(clause) || LISTED.test(clause))) return false;
  }
  // 三价灭活疫苗供应了多少剂 is not answered by …三价灭活疫苗、四价灭活疫苗和鼻喷疫苗三种，其中鼻喷疫苗…供应量4.5万剂:
  // a number given only after 其中 is the part's it names, and the question's names stand only before it.
  if (frame.asks === 'figure' && numberOnlyOfAnotherPart(own, frame, terms)) return false;
  // 线上有多少人参加 is not answered by 线下累计参加人数: a passage that holds only the opposite side of a pair (线上/线下,
  // 省内/省外, 节前/节后) speaks of the other side.
  // (jieba often cuts the side off, 线 上: the question's words are read, not its terms.)
  if (oppositeSideOnly(own, frame.content)) return false;
  // 县级储备的物资值多少 is not answered by 市级储备防汛物资总价值1.26亿元: a passage naming only another tier of
  // government (国家级, 省级, 市级, 县级 …) than the one asked speaks of that tier.
  if (otherTierOnly(own, frame.content)) return false;
  // 县一级储备的冲锋舟有多少艘 is not answered by 市、县两级储备…冲锋舟136艘: a number of two tiers together says
  // nothing of one of them.
  // (A figure's label leaves the tiers to its sentence: 储备冲锋舟 136艘.)
  if (frame.asks === 'figure' && jointTiersOnly(unit.type === 'figure' && tiersNamed(own).length === 0 ? `${own} ${quoteOf(unit)}` : own, frame.content)) return false;
  // 超过90天才参保的 is not answered by 90天内参保的: a passage that draws the question's line speaks of its other side.
  if (terms.some((t) => t.bound !== undefined && otherSide(own, t.term, t.bound))) return false;
  // 每个月能提多少 is not answered by a figure labelled 一名租房职工一年最多可提取: an amount for another span of time
  // is another figure.
  if (frame.asks === 'figure' && unit.type === 'figure' && unit.headline !== undefined && ratedOtherwise(frame.content, normalise(unit.headline.label))) return false;
  // 两居室每月多少钱 is not answered by 一居室月租金900元: a thing named by how many it has is another thing counted
  // otherwise.
  if (terms.some((t) => !t.numeric && countedOtherwise(own, t.term))) return false;
  // 那23件案子判了几个 is not answered by 移送公安机关案件23件: a passage whose only numbers of the kind asked are the
  // ones the question states tells the asker what they said.
  if (frame.asks === 'figure' && !frame.polar && !frame.comparesWithPast && !frame.listsCounted && !frame.list && frame.cues.length > 0 && restatesOnly(own, frame, terms)) return false;
  // 120名特邀颁证员里劳动模范有几位 is not answered by 从劳动模范…中聘请了特邀颁证员120名: a part asked of a total the
  // question states is given by a clause naming the part with a number other than the total.
  if (frame.asks === 'figure' && frame.partOfStated !== undefined && !partGiven(own, frame, frame.partOfStated)) return false;
  // 冷静期退款里，健身类的有多少笔 asks a part of the total it names: a clause giving a number must name the part.
  if (frame.asks === 'figure' && frame.partOfNamed !== undefined && !namedPartGiven(own, frame, frame.partOfNamed)) return false;
  if (frame.asks === 'figure' && counted.length > 0 && !countedNearNumber(unit, frame, counted, countedWith, text, unitId)) return false;
  // A whole official answer is many sentences: it answers what its question asked, or a question that asks for
  // an account (why, how, what next, yes or no); a figure, a date or a place is answered by the sentence that
  // states it.
  // 哪家媒体问的 is answered by an official Q&A that names its asker, and by nothing else.
  // (哪家媒体第一个提问的: the first question asked, 最后一个: the last.)
  if (frame.asksAsker) {
    const inOrder = frame.askedOrdinal === undefined || (frame.askedOrdinal === -1 ? unit.lastAsked === true : unit.askedOrder === frame.askedOrdinal);
    return unit.type === 'qa' && unit.askedBy !== undefined && inOrder;
  }
  const wholeAnswer = unit.type === 'qa' && unit.asks !== frame.asks;
  if (unit.type === 'qa' && THING_FRAMES.has(frame.asks)) return false;
  // One speaker's name and post answers who, what their post is (李黎是什么职务, 哪个科的) or what they are called
  // (叶志轩叫什么名): not what they said.
  if (unit.metaField === 'speaker' && frame.asks !== 'person' && !(frame.asksName && frame.content.includes(fold(unit.keys.split(' ')[0]!))) && !POST_WORDS.test(frame.content)) return false;
  switch (frame.asks) {
    case 'figure':
      // (发布人有几个, 来了几家媒体: the list of the speakers or of the media counts them by naming them.)
      if ((unit.metaField === 'speakers' && /发布人|发言人|嘉宾/u.test(frame.content)) || (unit.metaField === 'media' && /媒体|记者/u.test(frame.content))) return frame.measure === undefined || frame.measure === 'people' || COUNTABLE.has(frame.measure);
      // (算第几个 is answered by a rank in words as well as by a number: 皖北首个, 全省第一家.)
      if (frame.superlative && !frame.limit && frame.measure === undefined && !wholeAnswer && FIRST_OF_KIND.test(own)) return true;
      // (多久安检一次 asks how often: 每年至少开展1次 answers it, a frequency rather than a duration.)
      if (frame.measure === 'time' && ONCE.test(frame.content) && !wholeAnswer && FREQUENCY_GIVEN.test(own)) return true;
      // (An age answers how old, not a bare 多少: 托班招多少 is not answered by 年满2周岁.)
      if (frame.measure === undefined && unit.type === 'figure' && unit.facets.kinds.length > 0 && unit.facets.kinds.every((kind) => kind === 'age') && !AGE_ASKED.test(`${frame.content} ${frame.cues.join(' ')}`)) return false;
      // (需求量是多少 asks the amount itself: a share or a multiple of it, 供种量高出需求量7.3%, does not give it.)
      // (Not when the amount is what a share is of: 占新车销量多少, 最大承载量的多少.)
      if (frame.measure === undefined && frame.counted !== undefined && amountAsked(frame.content, frame.counted) && unit.facets.kinds.length > 0 && unit.facets.kinds.every((kind) => kind === 'percent' || kind === 'multiple')) return false;
      return (
        !wholeAnswer &&
        // (A share in characters, 约七成, answers what share.)
        (unit.facets.number || ((frame.measure === 'percent' || frame.measure === undefined) && unit.facets.kinds.includes('percent'))) &&
        // (比去年多了多少人 is answered by the change as the release gives it, 增长31% as well as 多了1.2万人; so is
        // 检查次数下降了多少, by 下降42%, and 租金能涨多少, by 涨幅不超过5%: the question says the thing rose or fell.)
        (frame.measure !== undefined ? ofKind(unit, frame, text, unitId) || ((frame.comparesWithPast || CHANGE.test(frame.content) || terms.some((t) => CHANGE_VERB.test(t.term)) || COMPARED.test(frame.content)) && unit.facets.kinds.includes('percent')) : frame.measureAmong === undefined || unit.facets.kinds.some((k) => frame.measureAmong!.includes(k)))
      );
    case 'date':
      // (A figure answers how many, whatever year its sentence opens with.)
      // (A time counted from another, 次月起发放, 15个工作日内, answers when as well as a date does.)
      // (具体哪一天, 几号 ask for a day: 9月下旬 or 8月中旬 does not give one.)
      if (frame.cues.some((cue) => DAY_ASKED.test(cue)) && unit.metaField !== 'date' && !DAY_GIVEN.test(own)) return false;
      // 截止日期是哪天, 最晚什么时候 ask when something ends: a date a passage counts up to (截至4月15日，已有3.2万名…)
      // is the day its figures were taken, and the release's own date is no deadline of anything in it.
      if (DEADLINE_ASKED.test(frame.content) && !CONFERENCE.test(frame.content) && (unit.metaField === 'date' || !givesEnd(own))) return false;
      // 从几号到几号 is answered by a passage giving a span (10月10日至11月30日, 自6月1日起…为期100天), not one day of it.
      // (The span may open the paragraph: 2023年6月至8月，分三个阶段…… before the sentence on the stages.)
      if (frame.span && !SPAN_GIVEN.test(own) && !SPAN_GIVEN.test(fold(unit.context))) return false;
      // (晚上开到几点 is not answered by 上午9:00: the hour given must be of the part of the day asked, or named with it.)
      if (frame.clock && !hourOfPartAsked(frame.content, own)) return false;
      // (几点 is answered by a clock time, 每天16时发布, which names no day.)
      return !wholeAnswer && unit.type !== 'figure' && (unit.facets.date || unit.type === 'event' || unit.metaField === 'date' || RELATIVE_TIME.test(own) || (frame.clock && (frame.hour ? HOUR : CLOCK_TIME).test(own)));
    case 'person':
      // 局长是谁 asks who holds that post: a passage naming no one in it (副局长王慧 is a deputy) does not answer it.
      // (Not the post of one set aside: 除了王慧局长，还有哪位领导出席 asks no 局长.)
      if (postsAsked(frame.content.replace(SET_ASIDE, ' ')).some((post) => !holdsPost(`${own} ${unit.speaker?.post ?? ''}`, post))) return false;
      // (应急管理局局长是谁 asks the head of that body: a 局长 of another body, in a list of posts, is not it.)
      const ofBody = bodyPostAsked(frame);
      if (ofBody !== null && !`${own}，${unit.speaker?.post ?? ''}`.split(/[，,；;。]/u).some((clause) => (clause.includes(ofBody[1]!) || spelledIn(ofBody[1]!, clause)) && holdsPost(clause, ofBody[2]!))) return false;
      // 除了王慧还有谁 asks for the others: the passage on 王慧 alone (her post and name) does not answer it.
      if (unit.metaField === 'speaker' && (frame.content.match(SET_ASIDE) ?? []).some((aside) => aside.includes(unit.keys.split(' ')[0]!))) return false;
      // 谁主持的 asks for the host: the speakers do not answer it, nor does a passage that names no one hosting.
      if (HOSTING.test(frame.content) && unit.metaField !== 'host' && !HOSTING.test(own)) return false;
      // (Where and when the release was held name no one, whatever body a hall's name suggests.)
      if (unit.metaField === 'place' || unit.metaField === 'date') return false;
      // (主持人是什么职务 is not answered by a host the release names with no post: 主持人：邵雨澄 says who, not what post.)
      if (unit.metaField === 'host' && POST_WORDS.test(`${frame.content} ${frame.cues.join(' ')}`) && fold(unit.text).match(POST) === null) return false;
      // 分管副市长叫什么名字 asks a name: a passage that speaks of the post and names no one in it does not give it.
      // (A passage one of the speakers said names them in its citation: 市场监管局派来的发布人叫啥名字.)
      if (frame.asksName && !namesPeople(unit) && unit.facets.named !== true && !(SPEAKER_ASKED.test(frame.content) && unit.speaker !== undefined && unit.speaker.name !== '主持人')) return false;
      // (谁介绍的上半年生态环境质量情况 is not answered by the release's summary, which no one said, nor 婚姻登记那部分是谁讲的
      // by the host, who presents no part.)
      if (frame.aboutSaying && unit.type === 'meta' && (!namesPeople(unit) || (unit.metaField === 'host' && !/主持/u.test(frame.content)))) return false;
      // Who said it is an answer to who said it (谁介绍的上半年生态环境质量情况): the citation names the speaker.
      // 谁主办的, 谁来管 may be answered by an organisation or a body of people (中国田径协会, 家庭医生团队); a post
      // asked for still needs a person in it.
      return (
        unit.facets.person ||
        namesPeople(unit) ||
        unit.metaField === 'media' ||
        (frame.aboutSaying && unit.speaker !== undefined && unit.speaker.name !== '主持人') ||
        (frame.asksWho && postsAsked(frame.content).length === 0 && (namesOrganisation(own) || BODY_OF_PEOPLE.test(own) || GOVERNMENT_BODY.test(own))) ||
        // (路长由谁来当 asks who serves in the role it names: 由街道城管中队负责人担任 says.)
        (frame.asksWho && SERVED_BY.test(own)) ||
        // 哪些人, 什么人 ask which kinds of people: 60岁及以上老年人、中小学生和医务人员 answer it.
        (frame.cues.some((cue) => KINDS_OF_PEOPLE_ASKED.test(cue)) && GROUPS_OF_PEOPLE.test(own))
      );
    case 'place':
      // 发到哪里 may be answered by where the money goes (社会保障卡银行账户), 在哪领 by 居住地 or a platform.
      // (The place must be more than the words the question asks about: 托育综合服务中心在什么地方 is not answered by
      // a passage naming the 中心 with no place for it.)
      // (The release's own place answers where the conference was held, not where a thing it speaks of is set up:
      // 智慧取书柜第二阶段会设在哪里 is no question of the venue.)
      // (Nor does a venue with no street, 市民中心三楼新闻发布厅, answer which street it is on.)
      if (unit.metaField === 'place') return !namesOtherThanRelease(frame) && (!(frame.street || ADDRESS_ASKED.test(frame.content)) || ADDRESS.test(own.replace(ADDRESS_ASKED, '')));
      // 窗口地址在哪里 asks for an address: a street and number, not a counter or a platform to go to.
      // (和平路几号 asks the number on that street: 88号, not 位于和平路.)
      const street = /(\p{Script=Han}{1,4}?[路街道巷弄])\s*$/u.exec(frame.content.replace(/^.*[在于到]/u, ''))?.[1];
      if (street !== undefined) return new RegExp(`${street}\\d+号`, 'u').test(own);
      if (frame.street || ADDRESS_ASKED.test(frame.content)) return ADDRESS.test(own.replace(ADDRESS_ASKED, ''));
      // (几楼, 哪一层 ask a floor: 2楼儿童馆, 五楼新闻发布厅 answer it, whatever else they say.)
      if (frame.cues.some((cue) => FLOOR_ASKED.test(cue))) return FLOOR_GIVEN.test(own);
      // (Named areas answer which places, 哪些地方, not which five: 海湾区、北屿区 are not the 5处 选址; they answer 哪两个区.)
      const areas = !frame.listsCounted || listsAsMany;
      return (unit.facets.place || PLACE_LIKE.test(own) || STREET_NUMBER.test(own) || (areas && NAMED_AREAS.test(own))) && placeBeyond(own, frame.content, areas);
    default:
      return true;
  }
}

/** A question for a floor: 几楼, 几层, 哪一层, 第几层. */
const FLOOR_ASKED = /几楼|几层|哪层|哪一层|楼层|第几层|几号楼/u;
/** A floor given: 2楼, 五楼, 3层, 负一层 (not 楼层高 or 层次). */
const FLOOR_GIVEN = /(?:\d+|[一二三四五六七八九十]+|负[一二三]|地下[一二三]?)(?:楼|层)(?![高次级面])/u;

/** What stands where a name would: 某, 该, 这个, a count … (某商业综合体, 该企业, 2个国家级开发区), or 的 after what says which. */
const IN_PLACE_OF_NAME = /(?:某|该|此|这|那|其|一|的|[一这那该此每\d]?[个家所座处])$/u;

/**
 * Whether a passage speaks of the thing a name question asks only in words that stand for its name: the longest
 * ending of the question's content (商业综合体 of 那个被罚8万的商业综合体) that the passage holds is never preceded
 * there by a name of its own.
 */
function withholdsName(own: string, content: string): boolean {
  const chars = [...content.replace(/\s+/gu, '')];
  for (let n = Math.min(6, chars.length); n >= 2; n--) {
    const kind = chars.slice(-n).join('');
    if (!/^\p{Script=Han}+$/u.test(kind) || !own.includes(kind)) continue;
    for (let at = own.indexOf(kind); at >= 0; at = own.indexOf(kind, at + 1)) if (!IN_PLACE_OF_NAME.test(own.slice(Math.max(0, at - 2), at))) return false;
    return true;
  }
  return false;
}

/** Words of a question about age, or a quantity told in years of age: 年龄, 岁数, 多大, 树龄, 人均预期寿命. */
const AGE_ASKED = /龄|岁|年纪|寿命|多大/u;

/** A cue asking which one of a kind: 哪个, 哪一家, 哪所. */
const WHICH_ONE = /哪一?(?:个|家|所|座|条|处)/u;

/**
 * Whether a passage speaks of a kind the question asks which one of (村 of 哪个村, a short word of its content) only as
 * 某…: 某城中村, 某小区.
 */
function namesOnlyAsSome(own: string, content: string): boolean {
  return content.split(/\s+/u).some((kind) => {
    if (!/^\p{Script=Han}{1,3}$/u.test(kind) || !own.includes(kind)) return false;
    for (let at = own.indexOf(kind); at >= 0; at = own.indexOf(kind, at + 1)) if (!/某\p{Script=Han}{0,3}$/u.test(own.slice(Math.max(0, at - 4), at))) return false;
    return true;
  });
}

/** Posts: the heads of an office, a command, a committee (局长, 主任, 总指挥), a deputy's with 副. */
const POST = /(副)?(主持人|负责人|联系人|总指挥|指挥长|发言人|董事长|总经理|总监|主任|书记|主席|[支大总中]队长|秘书长|(?<![增成延生擅特家])\p{Script=Han}长)/gu;

/** The posts a question asks about (交通运输局局长叫什么 → 局长; 哪位副院长 → 副院长). */
function postsAsked(content: string): string[] {
  return [...content.replace(/\s+/gu, '').matchAll(POST)].map((m) => `${m[1] ?? ''}${m[2]}`);
}

/** A post of a body the question names: 应急管理局局长, 卫健委主任, 市气象局的局长 (the body's name, then the post). */
const BODY_POST = /(?:那个|这个|那位|这位|该)?((?:(?!的)\p{Script=Han}){2,8}?(?<!副)(?:局|委|厅|办|院|署|中心|支队|大队))的?(副?(?:局长|厅长|院长|署长|主任|书记|支队长|大队长))/u;

/** The body and post a question asks the holder of (应急管理局, 局长), not of one it sets aside; read once per question. */
function bodyPostAsked(frame: QuestionFrame): RegExpExecArray | null {
  let found = bodyPostOf.get(frame);
  if (found === undefined) {
    found = BODY_POST.exec(frame.content.replace(SET_ASIDE, ' ').replace(/\s+/gu, ''));
    bodyPostOf.set(frame, found);
  }
  return found;
}
const bodyPostOf = new WeakMap<QuestionFrame, RegExpExecArray | null>();

/** What a question sets aside: 除了王慧局长, 除王慧以外, up to the clause's end. */
const SET_ASIDE = /除了?[^，,。？?]{1,12}?(?:以外|之外|外)?(?=[，,]|还|也|其他|其它|别的|另外|其余)/gu;

/** Whether a text names a post other than as a deputy's (局长 in 市科技局局长, not in 副局长). */
function holdsPost(text: string, post: string): boolean {
  for (let at = text.indexOf(post); at >= 0; at = text.indexOf(post, at + 1)) if (post.startsWith('副') || text[at - 1] !== '副') return true;
  return false;
}

/** Frames that ask for a thing a sentence states (a number, a date, a place), not for an account. */
const THING_FRAMES: ReadonlySet<string> = new Set(['figure', 'date', 'place']);

/** A span of days or of months: 7月12日至14日, 6月13日—16日, 11月21日到23日, 2025年4月至9月 (哪几个月). */
const DAY_SPAN = /\d{1,2}[日号]?(?:至|到|—|–|-|~|～)\d{1,2}月?\d{0,2}[日号]|\d月(?:至|到|—|–|-|~|～)(?:\d{4}年)?\d{1,2}月/u;

/** Days (or months) listed one after another: 7月4日、7月18日、8月1日和8月15日, 5日、12日, 7月和8月. */
const DAYS_LISTED = /\d[日号][、，,和及与]\d{1,2}(?:月\d{1,2})?[日号]|\d月[、，,和及与]\d{1,2}月/u;
/** Two or more things listed: 涧西、西工、老城, clauses set off with ；, or three or more short parallel clauses after a colon (牢记“三不一多”：未知链接不点击，陌生来电不轻信，…). */
const ENUMERATION = /\p{Script=Han}[、；;]\p{Script=Han}|[：:](?:[^，,。；;：:]{2,8}[，,]){2,}[^，,。；;：:]{2,8}(?:[。；;]|$)/u;

/** Whether a passage goes through the things a question counts after their count: 采取了4项措施：一是…；二是…. */
function namesAfterCount(content: string, own: string): boolean {
  const stated = /(\d+)(个|家|位|名|项|所|条|种|类|批|座|处|只|台)/u.exec(content);
  if (stated === null) return false;
  const after = new RegExp(`(?<![\\d.])${stated[1]}${stated[2]}[^。；;]{0,12}[：:]`, 'u').exec(own);
  return after !== null && (ENUMERATION.test(own.slice(after.index)) || /一是/u.test(own.slice(after.index)));
}

/**
 * Whether the passage spells out as many things as the question counts, one after another after 即, 包括 or a colon:
 * “四到场”制度，即选址踏勘到场、开工放线到场、基槽验收到场、竣工验收到场 names the four of 哪四个到场.
 */
function spellsOutAsMany(content: string, own: string): boolean {
  // (The count may be of a slogan's items, 六统一 or 四个严禁, as well as of things in a measure word.)
  const stated = /(\d+)(?:个|项|条|种|类|方面|步|样|\p{Script=Han})/u.exec(content);
  const count = stated === null ? 0 : Number(stated[1]);
  if (count < 2 || count > 12) return false;
  // (The last item may come after 和, 及 or 与: 公示施工内容、工期和联系人; an item may be a date, 7月20日.)
  return new RegExp(`(?:即|包括|分别是|分别为|分别位于|[：:])(?:${LIST_ITEM}、){${count - 2}}${LIST_ITEM}[、和及与]${LIST_ITEM}(?![、\\p{Script=Han}\\d])`, 'u').test(own);
}

/**
 * Whether a clause of the passage names exactly as many things of the kind as the question's 哪两个区 asks, with 、
 * between them (and 和, 及 or 与 before the last of three or more), each ending as the kind does or quoted:
 * 在榆城区、柳溪区选取了40个小区 for 哪两个区.
 */
export function listsAsManyAsAsked(content: string, own: string): boolean {
  // (The count asked comes last: 2025年试点 哪2个区.)
  const asked = [...content.matchAll(/(\d+)(?:个|家|所|座|条|处|位|名|种|类|项|只|台)?(\p{Script=Han}{1,4})(?=\s|$)/gu)].at(-1);
  const count = asked === undefined ? 0 : Number(asked[1]);
  if (asked === undefined || count < 2 || count > 12) return false;
  const kind = asked[2]!.at(-1)!;
  // (The first item may follow other words, 在榆城区, and the last be followed by them, 柳溪区选取了.)
  const endsAsKind = (item: string) => /[”」』]$/u.test(item) || item.endsWith(kind);
  const opensAsKind = new RegExp(`^(?:[“「『]|[^、]{1,8}?${escapeRegExp(kind)})`, 'u');
  return own.split(/[，,。；;：:（）()]/u).some((clause) => {
    let items = clause.split('、');
    if (count >= 3 && items.length === count - 1) {
      const last = items.at(-1)!.split(/[和及与]/u);
      if (last.length !== 2) return false;
      items = [...items.slice(0, -1), ...last];
    }
    return items.length === count && items.slice(0, -1).every(endsAsKind) && opensAsKind.test(items.at(-1)!);
  });
}

/** One item of a list spelled out: a few characters with no mark that parts items or clauses. */
const LIST_ITEM = '[^、，,。；;：:“”「」()（）]{2,14}';

/**
 * Whether the passage names several things in the clause that gives the count the question states, just before it:
 * 约谈了“速达外卖”“邻家到”和“澜味优选”3家平台企业 names the 3家; 评判团由五名国际烟花专家组成 names none.
 */
function namesBeforeCount(content: string, own: string): boolean {
  const stated = /(\d+)(?:个|家|位|名|项|所|条|种|类|批|座|处|只|台)/u.exec(content);
  if (stated === null) return false;
  return own.split(/[，,。；;：:]/u).some((clause) => {
    const at = new RegExp(`(?<![\\d.])${stated[1]}(?![\\d.])`, 'u').exec(clause)?.index;
    // (Quoted names, the last of them closing just before the count: a list with 、 is often of other things,
    // 新增科创板、北交所上市企业3家.)
    // (Or a whole list, its last item after 和, just before the count: 商超、农贸市场、餐饮单位和网络订餐5类; not one
    // closed by 等, which names only some, 市儿童医院、市一院等9家.)
    if (at === undefined) return false;
    const before = clause.slice(0, at);
    // (Or as many names as the count says, with 、 between them: 新增北塘、云岭2个驾驶人考场, 完成浔江镇中心卫生院、望湖街道
    // 社区卫生服务中心2家社区医院.)
    const listed = /(?:\p{Script=Han}{2,12}、)+\p{Script=Han}{2,12}$/u.exec(before)?.[0].split('、');
    return /[”」』](?:[“「『]|[和及与][“「『])[^”」』]*[”」』]\p{Script=Han}{0,2}$/u.test(before) || /\p{Script=Han}、[^，,。；;\d]*[和及][^，,。；;、等\d]+$/u.test(before) || (listed !== undefined && listed.length === Number(stated[1]));
  });
}

/** 分别 and 依次: the clause's numbers go, in order, with things named before it. */
const RESPECTIVELY = /分别|依次/u;

/** The items of the lists in a sentence's clauses (…分为A、B和C三类) that are one of the counted nouns, ending in it. */
function listedBefore(clauses: readonly string[], counted: readonly string[]): string[] {
  return clauses
    .flatMap((clause) => clause.split(/[、和及与跟]/u))
    .map((item) => item.replace(/[\d一二两三四五六七八九十]+[类种项个批]$/u, ''))
    .filter((item) => counted.some((noun) => item.endsWith(noun)));
}

/**
 * Whether the passage states a number (of the kind asked, if the question says) in the same clause as the noun
 * the question counts: 多少位专家 is not answered by 服务群众46万人次 beside 组织专家义诊2.3万场.
 */
function countedNearNumber(unit: AnswerUnit, frame: QuestionFrame, counted: readonly string[], countedWith: readonly string[][], text: PassageText, unitId: number): boolean {
  // The unit's words as the index normalised them once (keys and text: a figure's label stands with its number).
  const own = text.unitText(unitId);
  // Durations, rates and speeds are properties of what the question is about, not counts of a noun; still the
  // property of what it names, in the sentence that gives it (大豆平均亩产的增幅 is not answered about 玉米 alone).
  // A duration's subject is often left out of its sentence (空载试运行…，历时90天): only its modifiers are looked for.
  if (frame.measure !== undefined && PROPERTY_KINDS.has(frame.measure)) {
    const subject = frame.measure === 'time' ? [] : counted;
    if (subject.length === 0 && countedWith.length === 0) return true;
    const holdsAll = (sentence: string) =>
      (subject.length === 0 || subject.some((noun) => clauseHolds(sentence, noun))) && countedWith.every((forms) => forms.some((noun) => clauseHolds(sentence, noun)));
    return own.split(/[；;。！？!?]/u).some((sentence) => /\d/u.test(sentence) && holdsAll(sentence));
  }
  // (现场签约项目一共多少钱: a sentence that counts the things, 现场签约项目35个, and then gives an amount of money,
  // 累计签约金额535.35万元, gives theirs.)
  if (frame.measure === 'money' && amountOfCounted(own, counted, frame)) return true;
  // (A comma inside brackets parts no clause: 祭扫专线票价（单一票价，每人次） 2元.)
  // (Nor does the colon of a figure's label, 生活补贴：全日制博士研究生每人每月 3000元: what it heads is its number's.)
  // (A clause saying 分别 (respectively) gives the numbers of the things its sentence listed before it, and is read
  // with those of them that are the counted noun: 分为景区门票券、住宿券和餐饮券三类，面额分别为满100元减30元、满300元
  // 减80元… gives the 住宿券's, not the 门票's.)
  const clauses = (unit.type === 'figure' ? own.replace(/[：:]/gu, ' ') : own)
    .replace(/[（(][^（()）]*[）)]/gu, (bracketed) => bracketed.replace(/[，,；;]/gu, ' '))
    .split(/[；;。！？!?]/u)
    .flatMap((sentence) => sentence.split(/[，,：:]/u).map((clause, i, all) => (RESPECTIVELY.test(clause) ? [...listedBefore(all.slice(0, i), counted), clause].join(' ') : clause)));
  // The paragraph the passage stands in, read once and only when a clause lists items (see breaksDown).
  let paragraph: string | undefined;
  const inParagraph = () => (paragraph ??= normalise(`${unit.context} ${unit.quote ?? ''} ${own}`));
  // The topic its sentence opens with, read once and only when a modifier is looked for.
  let topic: string | undefined;
  const inTopic = () => (topic ??= topicOf(unit));
  // A measure word of its own (所, 台, 辆) says what is counted as well as the noun does: 37所 counts 学校.
  // (人, 名 and 位 count any people: 8万人 counts no 农民工 by itself, though it counts those who took part in 活动.)
  const ownMeasure =
    frame.measureWord !== undefined && !GENERIC_MEASURES.has(frame.measureWord) && !(PEOPLE_MEASURES.has(frame.measureWord) && counted.some(isPeopleNoun)) ? numberIn([frame.measureWord]) : undefined;
  return (
    clauses.some((clause) => {
      // (A date is no number of anything: 6月1日至9月30日 counts no 臭氧.)
      if (!/\d/u.test(clause.replace(DATES, ''))) return false;
      const holds = counted.some((noun) => clauseHolds(clause, noun) || countedInItsMeasure(clause, noun) || countedInClassifier(clause, noun)) || ownMeasure?.test(clause);
      if (!holds && !breaksDown(clause, inParagraph, counted)) return false;
      if (countsOthersOnly(clause, counted, frame)) return false;
      // The nouns that modify it are the passage's too (大豆平均亩产 is not 玉米平均亩产); a breakdown's are those of
      // the total it breaks down.
      // (A topic the sentence opens with scopes its clauses: 在乡村冰雪旅游方面，…发展冰雪民宿3860家.)
      // (Not one named only as an item of a list closed by 等 before the count: 清障车、救护车等应急救援车辆86台
      // counts the vehicles, not the 清障车 among them.)
      // (Nor one its sentence puts right before the counted noun ahead of the number: 3个试点片区，面积分别为….)
      if (!countedWith.every((forms) => forms.some((noun) => (clauseHolds(holds ? clause : inParagraph(), noun) && !(holds && listedBeforeTotal(clause, noun))) || clauseHolds(inTopic(), noun) || (holds && modifiesBefore(unit, own, clause, noun, counted))))) return false;
      // A number of its own, not just the digits of a name (1号线 in 与1号线换乘).
      if (frame.measure === undefined) return numberKinds(clause, true).length > 0 || /\d(?![\d.]*(?:号|期))/u.test(clause.replace(new RegExp(counted.map(escapeRegExp).join('|'), 'gu'), ''));
      // (A measure read from the noun alone, 多少经营者 as people, yields to the release's own: 2317家经营者; and so
      // does the asker's measure word for things, 多少条渔船, to the one the release counts them in: 38艘远洋渔船.)
      if (peopleByNounOnly(frame) && counted.some((noun) => countsNoun(clause, noun))) return true;
      if (countsInOwnMeasure(frame) && numberKinds(clause, true).some((kind) => COUNTABLE.has(kind)) && counted.some((noun) => countsNoun(clause, noun))) return true;
      // (Any thing counted in a measure word of its own is counted in the generic 个 too: 多少家法人单位 is answered by
      // 法人单位 16.83万个.)
      if (COUNTABLE.has(frame.measure) && counted.some((noun) => countsNounInGeneric(clause, noun))) return true;
      return numberKinds(clause, true).some((kind) => ofAskedKind(frame, kind));
    }) ||
    (unit.type === 'meta' && counted.some((noun) => text.unitHolds(unitId, noun)))
  );
}

/**
 * Whether the sentence stating a clause's number puts a modifier right before one of the counted nouns ahead of the
 * number (3个试点片区，面积分别为…: the 片区 whose areas follow are 试点片区); a figure's sentence is its quote.
 * (Not after it: 邀請77對新人參加，其中包括…金婚夫婦代表 gives no number of 金婚夫婦.)
 */
function modifiesBefore(unit: AnswerUnit, own: string, clause: string, modifier: string, counted: readonly string[]): boolean {
  const value = /\d[\d.]*/u.exec(clause.replace(DATES, ''))?.[0];
  if (value === undefined) return false;
  const sentences = (unit.type === 'figure' ? quoteOf(unit) : own).split(/[。！？!?]/u);
  const sentence = unit.type === 'figure' ? sentences.find((s) => s.includes(value)) : sentences.find((s) => s.includes(clause));
  if (sentence === undefined) return false;
  const before = sentence.slice(0, sentence.indexOf(unit.type === 'figure' ? value : clause));
  return counted.some((noun) => before.includes(`${modifier}${noun}`));
}

/**
 * Whether every number of the kind asked in a clause counts another noun, printed right after its measure word:
 * 多少条渔船 is not answered by 渔船须回到指定的6个集中停泊港, whose 6 counts 停泊港.
 */
function countsOthersOnly(clause: string, counted: readonly string[], frame: QuestionFrame): boolean {
  if (frame.measure === undefined || !COUNTABLE.has(frame.measure)) return false;
  const numbers = [...clause.matchAll(COUNT_BEFORE_NOUN)].filter((m) => {
    const kind = kindOfUnit(m[1]!);
    return kind !== undefined && ofAskedKind(frame, kind);
  });
  if (numbers.length === 0) return false;
  // (Not when the clause counts the noun asked too, in a measure word of its own: 可以容纳渔船约2800艘.)
  // (A date is no count: 渔船须于4月30日 counts no 渔船.)
  const undated = clause.replace(DATES, '#');
  if (counted.some((noun) => new RegExp(`${escapeRegExp(noun)}[^，,。；;\\d#]{0,3}\\d`, 'u').test(undated))) return false;
  // (One sharing a character with the noun asked may be the release's word for it: 12个大项 for 多少个项目. What
  // follows a measure word to hedge it, 500场以上, is no noun.)
  return numbers.every((m) => {
    const after = m[2]!.replace(HEDGE_AFTER, '');
    return after.length >= 2 && !counted.some((noun) => [...noun].some((c) => after.includes(c)));
  });
}

/** Words after a count that hedge it: 以上, 以内, 左右. */
const HEDGE_AFTER = /^(?:以上|以下|以内|之内|左右|上下|开外|多|余|次)/u;

/** A count in a measure word with the noun it counts after it (6个集中停泊港, 105家企业); nothing after, no match. */
const COUNT_BEFORE_NOUN = /\d+(?:\.\d+)?(?:[余多几来])?(?:万|亿)?([个家所处座条艘辆台部只名位项件种类批场])(\p{Script=Han}{2,8})/gu;

/** Whether a clause names a noun only as an item of a list closed by 等 (清障车、救护车等应急救援车辆86台). */
function listedBeforeTotal(clause: string, noun: string): boolean {
  if (!clause.includes(noun)) return false;
  const listed = new RegExp(`${escapeRegExp(noun)}[^，,。；;、等]{0,6}(?:[、和及与][^，,。；;、等]{1,12})*[、和及与][^，,。；;、等]{1,12}等`, 'gu');
  return clause.replace(listed, '').includes(noun) === false;
}

/** Numbers given item by item, in the order of the list before them: 分别, 依次. */
const PARALLEL_NUMBERS = /分别|分別|各为|依次/u;

/**
 * Whether a text holds a word only as an item of a list (青石湾、梅溪、龙潭坪), each time with no number of its own
 * before the next item (青石湾200套、梅溪180套 gives each its own).
 */
function onlyListed(text: string, word: string): boolean {
  let at = text.indexOf(word);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1] ?? '';
    const rest = text.slice(at + word.length);
    const item = /^[^、，,。；;：:和及与等]*/u.exec(rest)![0];
    const listed = before === '、' || (rest.startsWith('、') && /^、[^，,。；;]{1,12}(?:、|和|及|与)/u.test(rest)) || (/[和及与]$/u.test(before) && text.slice(Math.max(0, at - 16), at).includes('、'));
    if (!listed || /\d/u.test(item)) return false;
  }
  return true;
}

/** Whether a question counts people only because its noun names them (多少经营者, 多少个专家), in no measure word of people. */
function peopleByNounOnly(frame: QuestionFrame): boolean {
  return frame.measure === 'people' && (frame.measureWord === undefined || GENERIC_MEASURES.has(frame.measureWord));
}

/**
 * Whether a clause counts the noun with a measure word of its own, right before it (2317家经营者, 1.2万余名消费者) or
 * right after it (接入平台的经营者2317家, a figure's label and value).
 */
function countsNoun(clause: string, noun: string): boolean {
  const name = escapeRegExp(noun);
  return new RegExp(`\\d(?:[余多几来])?(?:万|亿)?[余多]?\\p{Script=Han}${name}|${name}\\s?(?:为|达|有|共)?\\d`, 'u').test(clause);
}

/**
 * Whether a clause counts a noun in the generic measure word 个, right after the noun or the rest of its compound
 * (法人单位 16.83万个 counts 法人) or right before it (35个项目); not a span of time (3个月).
 */
function countsNounInGeneric(clause: string, noun: string): boolean {
  let pattern = genericCounts.get(noun);
  if (pattern === undefined) {
    const [name, inGe] = [escapeRegExp(noun), numberIn(['个']).source];
    pattern = new RegExp(`${name}\\p{Script=Han}{0,2}\\s?(?:为|达|有|共)?[\\d.]*${inGe}(?![月小工钟星半百])|${inGe}${name}`, 'u');
    genericCounts.set(noun, pattern);
  }
  return pattern.test(clause);
}
/** The pattern of each counted noun asked of lately, made once per noun (ranking asks it of every clause). */
const genericCounts = new LRUCache<string, RegExp>({ max: 1000 });

/**
 * Whether a clause counts a noun named after its own measure word in that word: 项目 are counted in 项, so 设18个大项
 * 126个小项 counts 项目, as 多少个项目 and 多少项 ask the same.
 */
function countedInItsMeasure(clause: string, noun: string): boolean {
  const measure = /^([项件批场])\p{Script=Han}$/u.exec(noun)?.[1];
  return measure !== undefined && new RegExp(`\\d(?:[余多几来])?(?:万|亿)?个?[大小]?${measure}(?!\\p{Script=Han}{0,1}${noun.slice(1)})`, 'u').test(clause);
}

/**
 * Whether a clause ends with a number in one of the measure words the noun is counted in (see classifiersOfNoun):
 * 接听来电21.6万通 counts 电话, in 通, though it never writes the word. (At the clause's end only: 3起事故 counts 事故,
 * not the 案件 that 起 counts too.)
 */
function countedInClassifier(clause: string, noun: string): boolean {
  let ending = classifierEndings.get(noun);
  if (ending === undefined) {
    const measures = classifiersOfNoun(noun).filter((m) => measureKind(m) !== undefined);
    ending = measures.length === 0 ? false : new RegExp(`\\d[余多]?(?:万|亿)?[余多]?(?:${measures.map(escapeRegExp).join('|')})\\s*$`, 'u');
    classifierEndings.set(noun, ending);
  }
  return ending !== false && ending.test(clause);
}

/** Per noun, the pattern of a clause ending in a number in its measure words (false: it has none), built once. */
const classifierEndings = new LRUCache<string, RegExp | false>({ max: 1000 });

/**
 * Whether a clause lists a count the passage (or the paragraph it stands in) gives of the noun, item by item: 江北区46个、城南区39个、东港区35个
 * after 计划改造老旧小区173个 counts 小区 by district, in the same measure word.
 */
function breaksDown(clause: string, paragraph: () => string, counted: readonly string[]): boolean {
  const measure = /\p{Script=Han}\d+(?:\.\d+)?(?:万|亿)?(\p{Script=Han}{1,2})、\p{Script=Han}/u.exec(clause)?.[1];
  if (measure === undefined) return false;
  return counted.some((noun) => new RegExp(`${escapeRegExp(noun)}[^，,。；;、]*?\\d+(?:\\.\\d+)?(?:万|亿)?${escapeRegExp(measure)}`, 'u').test(paragraph()));
}

/** Whether a sentence counts one of the nouns (项目35个) in one clause and gives a number of the kind asked in a later one. */
function amountOfCounted(own: string, counted: readonly string[], frame: QuestionFrame): boolean {
  const counting = counted.map((noun) => new RegExp(`${escapeRegExp(noun)}\\d+(?:\\.\\d+)?(?:万|亿)?(?:个|项|家|宗|件)`, 'u'));
  return own.split(/[。；;！？!?]/u).some((sentence) => {
    const clauses = sentence.split(/[，,、]/u);
    const at = clauses.findIndex((clause) => counting.some((pattern) => pattern.test(clause)));
    return at >= 0 && clausesGiving(clauses.slice(at + 1).join('，'), frame).length > 0;
  });
}

const PROPERTY_KINDS: ReadonlySet<string> = new Set(['time', 'percent', 'speed', 'multiple', 'age', 'concentration']);

/** Whether a clause holds a noun, or most of it (走访的企业 for 企业; 列车 for 车). */
function clauseHolds(clause: string, noun: string): boolean {
  if (clause.includes(noun)) return true;
  const chars = [...noun];
  if (chars.length < 3) return false;
  // (All but one of its characters, in order and close together: 托管点 is not held by 依托公办小学设点.)
  return chars.some((_, skip) => {
    const kept = chars.filter((__, i) => i !== skip);
    return new RegExp(kept.map(escapeRegExp).join('.{0,2}'), 'u').test(clause);
  });
}

/** The year a question's 去年, 今年 or 明年 asks of, counted from the release's year. */
function yearAsked(frame: QuestionFrame, releaseYear: number | undefined): number | undefined {
  return frame.year !== undefined && releaseYear !== undefined && YEAR_OFFSET[frame.year] !== undefined ? releaseYear + YEAR_OFFSET[frame.year]! : undefined;
}

/** The one year a sentence gives figures of, if it gives figures of one only. */
function onlyYearStated(sentence: string): number | undefined {
  const years = new Set(yearsStated(sentence));
  return years.size === 1 ? [...years][0] : undefined;
}

/** How a passage states another year than its own that a question points at (去年 may be written 上年, 明年 下一年). */
const OTHER_YEAR_WORDS: Readonly<Record<string, RegExp>> = { 去年: /去年|上年|上一年/u, 上一年: /去年|上年|上一年/u, 前年: /前年/u, 明年: /明年|下一年|下年|次年|来年/u };

/** The kinds of organisation a name ends in (江淮汽车集团股份有限公司, 宿州学院). */
const ORGANISATION_KINDS = '公司|集团|银行|医院|研究院|研究所|大学|学院|学校|中学|小学|协会|商会|中心|委员会|基金会|酒店|商场|超市|景区|厂';
/** Question words that ask which kinds of people, not which person. */
const KINDS_OF_PEOPLE_ASKED = /^(?:哪些|哪几类|哪类|哪种|什么样的?|啥)人$/u;
/** Kinds of people listed: two nouns for people or more, with 、 or 和 between them (老年人、中小学生和医务人员). */
const GROUPS_OF_PEOPLE = /(?:人|生|员|者|群众|儿童|职工)(?:\([^)]*\))?[、和及与]\p{Script=Han}{1,12}?(?:人|生|员|者|群众|儿童|职工)/u;

/**
 * A government body by its name: two characters or more before 局, 厅, 调查队 … (国家统计局澄川调查队). It answers
 * 谁提供的 as an organisation does, but is no name of a thing asked (the office's own 市场监管局 is in every release).
 */
const GOVERNMENT_BODY = /\p{Script=Han}{2}(?:局|厅|调查队|支队|大队)(?!长)/u;
/** A question's content ending in a kind of organisation, whose name it asks (中介公司叫什么名字). */
const NAME_OF_KIND = new RegExp(`(${ORGANISATION_KINDS})$`, 'u');
/** Kinds of organisation a question may ask which one of that only a name of that kind answers (not 公司, 单位, 机构: any organisation may be one). */
const OWN_KIND = /^(?:银行|医院|学校|高校|大学|学院|研究院|研究所|酒店|商场|超市|景区|协会)$/u;
const ORGANISATION_KIND = new RegExp(`(?:${ORGANISATION_KINDS})`, 'gu');

/**
 * Whether a text names an organisation (of a kind, if given): two Han characters or more of its name before its kind
 * (嘉川农商银行, 澄州瑞芯微电子有限公司). 某医院, 某科技公司, 一家医院 and 该医院 name none: 某 and the like stand where
 * a name would.
 */
function namesOrganisation(text: string, kind?: string, asked = ''): boolean {
  for (const m of text.matchAll(kind === undefined ? ORGANISATION_KIND : new RegExp(escapeRegExp(kind), 'gu'))) {
    const before = text.slice(Math.max(0, m.index - 5), m.index);
    // (Nor by the question's own words: 外卖商户 does not name the 外卖商户 asked about.)
    if (asked.length > 0 && asked.endsWith(`${before.slice(-2)}${m[0]}`)) continue;
    // (某化工有限公司 withholds the name: 某 anywhere in the run of characters before the kind.)
    const run = /\p{Script=Han}*$/u.exec(text.slice(Math.max(0, m.index - 10), m.index))![0];
    // (本地大学, 当地医院, 相关企业, 大型商场: a word of place, pronoun, verb or attribute before the kind says which
    // kind of it, not its name.)
    if (/\p{Script=Han}{2}$/u.test(before) && !/[该此这那家所个各的]$/u.test(before) && !run.includes('某') && !GENERIC_BEFORE_KIND.test(jieba().tag(run).at(-1)?.tag ?? '')) return true;
  }
  return false;
}
/** Parts of speech of a word before an organisation's kind that says which kind, not which one (本地, 相关, 大型). */
const GENERIC_BEFORE_KIND = /^(?:r|s|v|vn|m|b|a|ad|d|f)$/u;
/** A thing's name in a passage: quoted, a title, or an organisation's or a place's or a programme's name with its kind. */
// (A quoted list or slogan, “多退税、包退税”, names nothing.)
// (A name holds no grammar word: 冒用他人证照被平台 is a clause ending in 平台, not a platform's name.)
const NAMED_THING = new RegExp(`“[^”、，,；]{2,}”|"[^"、，,；]{2,}"|《[^》]+》|[^\\P{Script=Han}被的了在对和与或及向由为将把从某]{2,}(?:${ORGANISATION_KINDS}|水库|公园|大桥|大道|广场|基地|园区|平台|行动|工程)`, 'gu');

/** Whether a passage states a place with the question's own words taken out of it. */
function placeBeyond(own: string, content: string, areas = true): boolean {
  // (A compound built on the question's noun, 起点区 for 起点, is that noun too.)
  const asked = askedWords(content);
  let rest = asked === undefined ? own : own.replace(asked, '，');
  // (A building asked after, 调解中心在哪里, stands on a street: a hotline or an app to reach it by is no place of it.)
  if (BUILDING_ASKED.test(content.trim())) rest = rest.replace(ONLINE, '，');
  // (An address in brackets, 市图书馆总馆（文昌路188号）, says where as a place word does.)
  return PLACE_WORD.test(rest) || PLACE_LIKE.test(rest) || STREET_NUMBER.test(rest) || (areas && NAMED_AREAS.test(rest));
}

/**
 * Named areas, which answer 哪些地方 as a venue does: a town or street of a district (海城区榄江街道), or a list of
 * districts, counties or towns (海城区、沙洲区).
 */
const NAMED_AREAS = /\p{Script=Han}{2,3}(?:区|县|市)\p{Script=Han}{2,3}(?:街道|镇|乡)|\p{Script=Han}{2,3}(?:区|县|街道|镇|乡)、\p{Script=Han}{2,3}(?:区|县|街道|镇|乡)/u;

/** A building or site, at the end of what a where-question asks about: 调解中心, 图书馆, 服务站, 办事大厅. */
const BUILDING_ASKED = /(?:中心|馆|站|大厅|医院|学校|公园|广场|基地|驿站|食堂)$/u;
/** Where one goes online, not on foot: 平台, 小程序, 公众号. */
const ONLINE = /平台|网站|公众号|小程序|客户端|app|热线/giu;

let lastAsked: { content: string; pattern: RegExp | undefined } | undefined;

/** The words a question's content is about, as one pattern, computed once per question (not per passage). */
function askedWords(content: string): RegExp | undefined {
  if (lastAsked?.content !== content) {
    const words = jieba().cut(content.replace(/\s+/gu, '')).filter((w) => [...w].length >= 2).sort((a, b) => b.length - a.length);
    lastAsked = { content, pattern: words.length === 0 ? undefined : new RegExp(`(?:${words.map(escapeRegExp).join('|')})[区处站点段]?`, 'gu') };
  }
  return lastAsked.pattern;
}

/** A time counted from another (次月起, 次日, 15个工作日内, 3日内), or a day of the week (每周四). */
const RELATIVE_TIME = /次月|当月|次日|当日|当天|下月|下个月|次年|翌年|\d+个?工作日内|\d+[日天]内|(?:周|星期|礼拜)[一二三四五六日天1-7]/u;
/** Bodies and roles that do things: 团队, 部门, 监护人. */
const BODY_OF_PEOPLE = /团队|部门|单位|机构|政府|委员会|协会|学会|监护人|家长|父母|社区|村委会|居委会|街道|乡镇/u;
/** Where something is got or sent that is not a place on a map: an account, a platform, a counter, one's home district. */
const PLACE_LIKE = /账户|账号|社会保障卡|银行卡|平台|网站|公众号|小程序|客户端|app|窗口|大厅|服务中心|居住地|户籍地|所在地|常住地/iu;

/** Who serves in a role, by post: 由街道城管中队负责人担任 answers 路长由谁来当. */
const SERVED_BY = /由[^，,。；;]{2,20}?(?:担任|兼任|出任|轮值|组成)/u;

/** Hosting a conference: 主持, 主持人. */
const HOSTING = /主持/u;

/** The whole of an area a number is asked of: 全市, 全省, 全区, 全县. */
const WHOLE_AREA = /全[市省区县镇]/u;

/** A street and its number, 桐华路58号: an address as a release gives one, with no 地址 before it. */
export const STREET_NUMBER = /\p{Script=Han}(?:路|街|大道|巷|弄|胡同)\d+号/u;

/** A question asking for an address (地址, 门牌号), which only a street and number answer. */
export const ADDRESS_ASKED = /地址|门牌/u;
/** An address: 位于, 滨江路88号, 人民大道, 3号楼 (not a word ending in 路 that is no road: 上路, 道路, 线路, 思路). */
const ADDRESS = /位于|\p{Script=Han}(?:(?<![上出道线思走让带修铁公马网套门后退迷半来去一])路|街|大道|巷|弄|胡同)(?:\d+号|[，。,；;（(]|$)|\d+号(?:楼|院)?/u;

/** A telephone number: a service number (12345, 12316), one with its area code (0411-12301), one written in two halves (2836 7393) or a 400 number. */
const PHONE_NUMBER = /(?<![\d.])(?:0\d{2,3}-?)?(?:\d{5,8}|\d{3,4}[ -]\d{4}|400-?\d{3}-?\d{4})(?![\d.%])/u;
/**
 * Whether a passage holds the asker's 电话 (打哪支电话, 接了多少个电话) by what it gives: a number to call, or a 热线 and the
 * calls it takes. (Not 钱 by any sum likewise: 花了多少钱 would then be answered by every sum, asked of or not.)
 */
export function holdsCallWord(term: string, text: string): boolean {
  return term === '电话' && (CALLS_TAKEN.test(text) || (PHONE_NUMBER.test(text) && TO_CALL.test(text)));
}
/** A line that takes calls, and the calls: 热线, 专线, 来电. */
const CALLS_TAKEN = /热线|专线|来电/u;
/** An amount for one item written with 单: 单件最高200元, 单次, 单人 (单户, a threshold as often as not, apart). */
const ONE_ITEM = '单(?:件|个|人|台|辆|次|笔)';
/** An amount for each span of time: 每个月, 一年, 每天, 月均, 日均 (the span, in one spelling). */
const RATE_SPAN = /(?:每个?|(?<![\d.])[一1]个?)(月|年|天|日|周|星期)|(月|年|日|周)均/gu;
const SPAN_SPELLING: Readonly<Record<string, string>> = { 日: '天', 星期: '周' };

/** The spans of time the amounts of a text are each for (每个月 → 月). */
function rateSpans(text: string): Set<string> {
  return new Set([...text.matchAll(RATE_SPAN)].map((m) => {
    const span = (m[1] ?? m[2])!;
    return SPAN_SPELLING[span] ?? span;
  }));
}

/** Whether a figure's label gives an amount for a span of time, and not for the one the question asks of (月 vs 年). */
function ratedOtherwise(content: string, label: string): boolean {
  const asked = rateSpans(content);
  if (asked.size !== 1) return false;
  const stated = rateSpans(label);
  return stated.size > 0 && ![...asked].some((span) => stated.has(span));
}

/** Each of a span of time, 每年, 每个月: a total may be asked of each. */
const PER_PERIOD = /每(?:年|个?月|天|日|周|星期|季度)/gu;
/** An amount given for each one: 每部, 每人, 一辆, 人均, 户均, 单价, 单件, 元/台. */
const PER_ITEM_GIVEN = new RegExp(`每|(?<![\\d一二三四五六七八九十])一\\p{Script=Han}|人均|户均|单价|${ONE_ITEM}|标准|元\\/|\\/(?:人|户|台|辆|个|次|亩)`, 'u');
/** Kinds of place and organisation, which a list names one by one (鹤鸣区、江东区). */
const NAMED_KIND = /(?:区|县|市|镇|乡|村|园|企业|公司|学校|高校|医院|银行|景区|站|馆|线)$/u;
/** Whether a passage names several things of a kind: 鹤鸣区、江东区; 甲、乙等3个区; 服务区：甲、乙. */
function namesSeveral(own: string, kind: string): boolean {
  return severalOf(kind).test(own);
}

/** The patterns of several things of a kind, built once per kind: every candidate passage of a question is tried. */
const severalPatterns = new LRUCache<string, RegExp>({ max: 200 });
function severalOf(kind: string): RegExp {
  let pattern = severalPatterns.get(kind);
  if (pattern === undefined) {
    const k = escapeRegExp(kind);
    // (By the kind's last character: 岭州市、云峤市 are 城市, 千灯湖片区、顺德区 片区.)
    const end = escapeRegExp(kind.slice(-1));
    pattern = new RegExp(
      `\\p{Script=Han}${end}(?:、|和|及|与|以及)\\p{Script=Han}{1,10}?${end}|、[^，。；、]{1,12}等\\d*[个家所座处名]?${k}|${k}[^，。；]{0,6}?(?:[：:]|分别是|包括|有|为|是)[^，。；]{1,12}、`,
      'u',
    );
    severalPatterns.set(kind, pattern);
  }
  return pattern;
}

/** The numerals that name a thing by how many it has: 两居室, 三人间, 双人床. */
const COUNT_OF_THING = /^([一二两三四五六七八九十单双])(\p{Script=Han}{2,3})$/u;

/** Whether a passage names the thing a word names by how many it has (两居室) only with another number (一居室). */
function countedOtherwise(own: string, term: string): boolean {
  const m = COUNT_OF_THING.exec(term);
  if (m === null || own.includes(term)) return false;
  return new RegExp(`[一二两三四五六七八九十单双]${escapeRegExp(m[2]!)}`, 'u').test(own);
}

/** Whether every mention of a number in a passage sets the other side of the line the question sets. */
function otherSide(own: string, term: string, bound: Bound): boolean {
  const sides: (Bound | undefined)[] = [];
  for (let at = own.indexOf(term); at >= 0; at = own.indexOf(term, at + term.length)) {
    // (Not inside a longer number: 190天 is no mention of 90天.)
    if (/\d/u.test(own[at - 1] ?? '')) continue;
    sides.push(boundOf(own, term, at));
  }
  return sides.length > 0 && sides.every((side) => side !== undefined && side !== bound);
}

/** A web address: a host name under a top-level domain, with or without its scheme (ybj.wuchuan.gov.cn, www.12306.cn). */
const WEB_ADDRESS = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov|edu|hk|mo|tw)(?![a-z0-9])/iu;
/** Words that give a number to call. */
const TO_CALL = /电话|热线|拨打|致电|号码|专线|服务台/u;

/** Words that say what a number to call is for in general (咨询电话, 服务热线), not whose it is. */
const CALL_PURPOSE = /^(?:咨询|服务|热线|电话|号码|联系|举报|投诉|求助|专线|市民|政务|便民)$/u;

/**
 * What a question's frame alone decides, read once per question rather than for every candidate passage (fitsFrame
 * is asked of hundreds of them).
 */
function perQuestion<T>(read: (frame: QuestionFrame) => T): (frame: QuestionFrame) => T {
  const memo = new WeakMap<QuestionFrame, T>();
  return (frame) => {
    if (!memo.has(frame)) memo.set(frame, read(frame));
    return memo.get(frame)!;
  };
}

/** The words naming whose number a contact question asks (应急管理 of 应急管理咨询电话是多少); none when it does not say. */
const phoneOwner = perQuestion((frame) => joinedCharacters(jieba().cut(frame.phoneOf ?? '')).filter((w) => [...w].length >= 2 && !CALL_PURPOSE.test(w) && !POINTING_WORD.test(w)));

/** Words with each run of single characters joined into one (卫 健 委 → 卫健委: a name jieba does not know). */
function joinedCharacters(words: readonly string[]): string[] {
  const joined: string[] = [];
  let run = '';
  for (const word of words) {
    if (/^\p{Script=Han}$/u.test(word)) {
      run += word;
      continue;
    }
    if (run.length > 0) joined.push(run);
    run = '';
    joined.push(word);
  }
  if (run.length > 0) joined.push(run);
  return joined;
}

/** Words that point rather than name: 那个 of 卫健委那个咨询电话. */
const POINTING_WORD = /^(?:那个|这个|那些|这些|那家|这家|该|其)$/u;

/**
 * Whether a passage names the owner of a number: as the question does, or spelled out around an abbreviation's
 * characters (卫健委 in 市卫生健康委员会).
 */
function namesOwner(said: string, owner: string): boolean {
  if (said.includes(owner)) return true;
  const chars = [...owner];
  return chars.length >= 3 && chars.length <= 4 && new RegExp(chars.map(escapeRegExp).join('\\p{Script=Han}{0,4}?'), 'u').test(said);
}

/** Whether a question compares with another year (比2021年提高了多少, 较去年同期, 恢复到2019年的): it asks of its own. */
export function comparesWithAYear(frame: QuestionFrame): boolean {
  return frame.comparesWithPast || /[比较]|同期|恢复到/u.test(frame.content);
}

/** Years counted from today, as a passage may put them. */
const YEARS = /今年|去年|明年|前年/u;

/** A rank in words: the first of its kind (首个, 首家, 第一家, 首批). */
const FIRST_OF_KIND = /首个|首家|首座|首批|首位|第一个|第一家|第一座|第一位|全国首|全省首|全市首/u;
/** A day or a month in a clause: 6月25日, 9月. */
const DATE_IN = /\d{1,2}月|\d{1,2}日/u;
/** An hour of the day: 9时, 14:30, 9点半 (全天 and 24小时 say every hour). */
const HOUR = /\d{1,2}[时点:：]|全天|24小时/u;
/** A time of day in a passage: an hour, or a part of the day. */
const CLOCK_TIME = new RegExp(`${HOUR.source}|上午|下午|晚上|凌晨|中午|夜间`, 'u');

/** Whether a passage gives an hour of the part of the day a question names (or names that part), or it names none. */
function hourOfPartAsked(content: string, own: string): boolean {
  const asked = partOfDayAsked(content);
  if (asked === undefined || own.includes(asked.word)) return true;
  const [from, to] = asked.hours;
  return [...own.matchAll(/(\d{1,2})[:：时点]/gu)].some((m) => {
    const hour = Number(m[1]);
    return (hour >= from && hour <= to) || (hour + 24 >= from && hour + 24 <= to);
  });
}

/** A passage that ranks things: 最, 第一, 之首, 首个, 排名 (not 第一阶段 or 第一批, the first of a sequence). */
const RANKS = /最|第一(?!阶段|批|期|届|次|季度|轮|步|天|条|项|款|章|节|个阶段)|之首|首个|首家|首位|排名|居首|冠军|位列|位居|位次|第[\d一二三四五六七八九十]+[位名]/u;
/** The clause of a figure's sentence that gives its value, with the one before it (…占比最高，达到46.5%). */
function rankingClause(unit: AnswerUnit): string {
  return normalise(beforeValue(unit) ?? '').split(/[，,；;。]/u).slice(-2).join('，');
}

/** Whether a passage gives the ordinal a 第几 question asks in its measure (第几个 → 第17个). */
function numbersInSeries(own: string, frame: QuestionFrame): boolean {
  const measure = frame.cues.map((cue) => /第几(\p{Script=Han})?/u.exec(cue)).find((m) => m !== null)?.[1];
  return measure !== undefined && [...own.matchAll(ORDINAL)].some((m) => m[2] === measure);
}

/** 第一次, 第2批, 排第三: an ordinal and what it numbers (次, 批 …; nothing after 排名第二). */
const ORDINAL = /第([\d一二三四五六七八九十]+)(次|批|届|期|轮|阶段|名|位|季|个|项|起|条)?/gu;

/**
 * Whether a passage names the ordinal the question asks, or no other of its kind; nor speaks of several of them at
 * once in its sentence (`sentence`: a figure's own words are its label and number).
 */
function ordinalsAgree(content: string, own: string, sentenceOf: () => string): boolean {
  const asked = [...content.matchAll(ORDINAL)];
  if (asked.length === 0) return true;
  const sentence = sentenceOf();
  const stated = [...(own === sentence ? own : `${own} ${sentence}`).matchAll(ORDINAL)].map((m) => ({ value: valueOfNumeral(m[1]!), kind: m[2] ?? '' }));
  return asked.every((a) => {
    const value = valueOfNumeral(a[1]!);
    const kind = a[2] ?? '';
    // (排第一的 asks a rank, which a passage states as 第2位 or 第2名.)
    const same = stated.filter((s) => s.kind === kind || (kind === '' && RANK_KINDS.has(s.kind)));
    if (same.length > 0) return same.some((s) => s.value === value);
    // 前五批, 分两批, 共三个阶段 speak of several at once: their number is not the fifth's or the first's (unless
    // the passage goes through them: 分三批发放，发放时间分别为7月6日、7月20日和8月3日; 分三个阶段组织实施：…).
    if (kind === '' || !COLLECTIVE.has(kind)) return true;
    const collective = new RegExp(`[前头首分共](?:[\\d一二三四五六七八九十两]+)个?${kind}`, 'u').exec(sentence);
    if (collective === null || /分别|依次/u.test(sentence)) return true;
    // (分三个阶段组织实施：A为…阶段，B为…阶段: gone through after a colon, as far as the one asked.)
    const after = sentence.slice(collective.index + collective[0].length);
    return /^[^，,。；;]*[:：]/u.test(after) && value !== undefined && after.split(kind).length - 1 >= value;
  });
}

/** The measure words of a rank. */
const RANK_KINDS: ReadonlySet<string> = new Set(['位', '名']);

/** The kinds of ordinal a passage may speak of several of at once (前五批, 分两批). */
const COLLECTIVE: ReadonlySet<string> = new Set(['批', '届', '期', '轮', '阶段']);

/** A clause that states a total as well: 累计, 总数, 共有. */
const TOTAL_STATED = /累计|总数|共有|总计|总量|达到/u;
/** A batch or stage of a whole: 第二批, 首批, 第一阶段, 一期. */
const BATCH = /第[一二三四五六七八九十\d]+(?:批|阶段|期)|首批|头批|[一二三四五\d]期(?:工程|项目)?/u;

/** A single month the question asks about (9月份, 9月): not a day (9月5日) and not part of a span (1至9月). */
const MONTH_ASKED = /(?<![\d至到—–~～-])(\d{1,2})月(?:份)?(?![\d至到—–~～-])/u;
/** A year's same period, which is only ever compared with: 恢复至2019年同期的87.5%. */
const SAME_PERIOD_OF_YEAR = /\d{4}年同期/gu;
/** A dated year named only as what is compared with it: 较2023年底, 比2022年. */
const COMPARED_WITH_DATE = /(?:较|比|与|同|和)\d{4}年(?:底|末|初|同期)?/gu;
const PERIOD_WORD = /前三季度|第?[一二三四]季度|上半年|下半年/gu;
const MONTH_SPAN = /(\d{1,2})月?(?:份)?(?:至|到|—|–|-|~|～)(\d{1,2})月/gu;

/** The months a text names on their own (9月份), and those it names within a span (1月至8月, 1—8月, 前三季度). */
function monthsOf(text: string): { single: Set<number>; spans: Set<number> } {
  const spans = new Set<number>();
  for (const m of text.matchAll(PERIOD_WORD)) {
    const span = monthsOfPeriod(m[0]);
    if (span !== undefined) for (let k = span[0]; k <= span[1]; k++) spans.add(k);
  }
  for (const m of text.matchAll(MONTH_SPAN)) for (let k = Number(m[1]); k <= Number(m[2]) && k <= 12; k++) spans.add(k);
  const single = new Set<number>();
  for (const m of text.replace(MONTH_SPAN, ' ').matchAll(/(\d{1,2})月/gu)) single.add(Number(m[1]));
  return { single, spans };
}

/** Whether a figure's value stands as a bound in its sentence: 超过400元, 不超过12万元, 65周岁以上. */
function isThreshold(unit: AnswerUnit): boolean {
  const value = unit.headline?.value;
  const quote = unit.quote;
  if (value === undefined || quote === undefined) return false;
  const at = quote.indexOf(value);
  if (at < 0) return false;
  return THRESHOLD_BEFORE.test(quote.slice(Math.max(0, at - 3), at)) || THRESHOLD_AFTER.test(quote.slice(at + value.length, at + value.length + 6));
}

/** The topic a passage's sentence opens with (在乡村冰雪旅游方面, 从案件类型看), normalised; empty when none. */
function topicOf(unit: AnswerUnit): string {
  const opening = /^(?:在|从|就|对于)?([^，,。；;]{2,16}?)(?:方面|领域|来看|看)[，,]/u.exec(normalise(unit.quote ?? unit.text));
  return opening?.[1] ?? '';
}

/** Whether a question's content names a thing of its own beside the conference (取书柜 in 取书柜会设在哪里). */
const namesOtherThanRelease = perQuestion(({ content }) => {
  // (双创汇走进宿州发布会在哪开的 names the conference by its topic.)
  if (/发布会|记者会|通气会|吹风会|见面会|采访|访谈/u.test(content)) return false;
  const rest = content.replace(/这次|本次|此次|这场|本场|今天的?|新闻|会议|活动|召开|举行|举办|发布|地点|地方|位置|场地|会场|会址|开的|开|在|是|的|了|\s/gu, '');
  return jieba()
    .tag(rest)
    .some((w) => /^(?:n|nz|vn|j)$/u.test(w.tag) && [...w.word].length >= 2);
});

/** Whether a question's content is only about the release itself (这次发布会的主要内容), naming no thing in it. */
function asksOfTheRelease(content: string): boolean {
  return content.replace(/这次|本次|此次|今天的?|本场|这场|新闻|发布会|记者会|通气会|主要|内容|主题|介绍|讲了|说了|谈了|的|\s/gu, '').length === 0;
}

/** Whether a figure's value (58种, 1.2万余人) is counted in the measure word, or one said of the same things. */
function inMeasure(value: string, measureWord: string): boolean {
  const unit = value.replace(/^[\d.]+(?:[余多几来])?(?:万|亿)?(?:[余多])?/u, '');
  const peers = MEASURE_PEERS.find((p) => p.includes(measureWord)) ?? [measureWord];
  return peers.some((word) => unit.startsWith(word));
}

/** Whether the question names something in quotes and a figure's or event's headline names only other quoted things. */
function quotedNamesDiffer(content: string, unit: AnswerUnit): boolean {
  if (unit.headline === undefined || (unit.type !== 'event' && unit.type !== 'figure')) return false;
  // (Or names without quotes one the passage quotes: 星光集市文创周是哪几天办 of 举办“汀江夜泊美食节”“星光集市文创周”…)
  const asked = [...[...content.matchAll(QUOTED)].map((m) => m[1]!), ...quotedNamesAsked(quoteOf(unit), content)];
  if (asked.length === 0) return false;
  const headed = [...headlineOf(unit).matchAll(QUOTED)].map((m) => m[1]!);
  return headed.length > 0 && !headed.some((name) => asked.some((a) => name.includes(a) || a.includes(name)));
}

const QUOTED = /[“「"]([^”」"]{2,12})[”」"]/gu;

/** The names a text quotes (“星光集市文创周”) that the question names, with quotes or without. */
function quotedNamesAsked(text: string, content: string): string[] {
  const bare = content.replace(/\s+/gu, '').replace(/[“”「」"]/gu, '');
  return [...text.matchAll(QUOTED)].map((m) => m[1]!).filter((name) => bare.includes(name));
}

/** Whether the question names a thing a passage quotes, and every clause of it giving a date quotes only others. */
function dateOfAnotherName(own: string, content: string): boolean {
  const asked = quotedNamesAsked(own, content);
  if (asked.length === 0) return false;
  const dated = own.split(/[，,；;。]/u).filter((clause) => DATE_IN.test(clause));
  return dated.length > 0 && dated.every((clause) => {
    const names = [...clause.matchAll(QUOTED)].map((m) => m[1]!);
    return names.length > 0 && !names.some((name) => asked.includes(name));
  });
}

/** A figure's label naming a target. */
const TARGET = /目标|任务|计划/u;
/** An aim a dated event states: 力争达到100%, 目标. */
const AIMED = /力争|争取|目标|计划/u;

/** Whether a figure's label puts a noun the question does not name right before the counted noun (住宅小区井盖). */
function narrowsCounted(label: string, counted: string, content: string): boolean {
  const bare = label.replace(/[（(][^（()）]*[）)]/gu, '');
  const at = bare.indexOf(counted);
  if (at <= 0) return false;
  const before = jieba().tag(bare.slice(0, at)).at(-1);
  return before !== undefined && /^n/u.test(before.tag) && [...before.word].length >= 2 && !content.includes(before.word);
}

/** Whether a figure's number stands in a clause that opens with 其中: a part of the total given before it. */
function isPart(unit: AnswerUnit): boolean {
  const before = beforeValue(unit);
  if (before === undefined) return false;
  const clause = before.split(/[，,；;。：:]/u).at(-1)!;
  // (Or the sentence opens with it, its comma before the part: 其中，本科18.3万人.)
  const sentence = before.split(/[；;。]/u).at(-1)!;
  return clause.includes('其中') || /^\s*其中[，,]/u.test(sentence);
}

/** A figure's quote up to its value (not inside a longer number: 12 in 112), or nothing when it is not found there. */
function beforeValue(unit: AnswerUnit): string | undefined {
  const value = unit.headline?.value;
  const quote = unit.quote;
  if (value === undefined || value.length === 0 || quote === undefined) return undefined;
  const at = new RegExp(`(?<![\\d.])${escapeRegExp(value)}`, 'u').exec(quote)?.index;
  return at === undefined ? undefined : quote.slice(0, at);
}

/** Whether a passage gives its number as a total: in its own words, or for a figure in the sentence before its value. */
function statesTotal(unit: AnswerUnit, own: string): boolean {
  if (unit.type !== 'figure') return unit.facets.number && TOTAL_WORDS.test(own);
  const before = beforeValue(unit);
  return before !== undefined && TOTAL_WORDS.test(before.split(/[。；;]/u).at(-1)!);
}

/** The opposite of a side: 上 of 下, 内 of 外, 前 of 后. */
const OPPOSITE_SIDE: Readonly<Record<string, string>> = { 上: '下', 下: '上', 内: '外', 外: '内', 前: '后', 后: '前' };

/** Whether a passage holds the other side of a side the question names (线下 for 线上, 省外 for 省内) and not that side. */
function oppositeSideOnly(own: string, content: string): boolean {
  for (const [pair, stem, side] of content.matchAll(SIDE_OF)) if (!own.includes(pair) && own.includes(`${stem}${OPPOSITE_SIDE[side!]}`)) return true;
  // (周末 and 工作日 are the two sides of the week.)
  for (const [one, other] of WEEK_SIDES) if (one.test(content) && !one.test(own) && other.test(own)) return true;
  // (春季学期 is not answered by what the passage says of 秋季学期: the seasons are four sides of the year; 冬春季 holds
  // both of its seasons.)
  const season = SEASON_ASKED.exec(content)?.[1];
  if (season !== undefined && !SEASON_HELD[season]!.test(own) && /[春夏秋冬](?:季|天)/u.test(own)) return true;
  return false;
}

/**
 * Whether a figure's paragraph opens with the year asked (去年7月20日至8月31日，…试行夜间延时开放，…满意度达到94.2%):
 * the time a paragraph opens with is the time of the figures its sentences give without one of their own.
 */
function paragraphOpensIn(unit: AnswerUnit, word: string, asked: number): boolean {
  const opening = fold(unit.context).split(/[，,。；;：:]/u)[0] ?? '';
  return OTHER_YEAR_WORDS[word]!.test(opening.slice(0, 6)) || opening.replace(/^(?:在|截至|截止|从)/u, '').startsWith(`${asked}年`);
}

/** The phrases of a question, kept per question: see printedPhrases. */
const phrasesOf = new WeakMap<readonly UnderstoodTerm[], { first: string; last: string; phrase: string }[]>();

/**
 * Runs of three of a question's words that stand together in it and that the releases print together, four
 * characters or more, a name's parts jieba cut apart (琅川 自然 博物馆): with their first and last word.
 */
function printedPhrases(terms: readonly UnderstoodTerm[], content: string, text: PassageText): { first: string; last: string; phrase: string }[] {
  let phrases = phrasesOf.get(terms);
  if (phrases === undefined) {
    phrases = [];
    const words = terms.filter((t) => !t.numeric).map((t) => t.term);
    for (let i = 0; i + 3 <= words.length; i++) {
      const run = words.slice(i, i + 3);
      const phrase = run.join('');
      // (Words of two characters or more, the last no start of the middle one: 公共 停车场 停 is no name.)
      if (run.every((word) => [...word].length >= 2) && !run[1]!.startsWith(run[2]!) && content.includes(phrase) && text.unitsContaining(phrase, 1).length > 0) phrases.push({ first: run[0]!, last: run[2]!, phrase });
    }
    phrasesOf.set(terms, phrases);
  }
  return phrases;
}

/** Whether a label names, with a phrase's first and last word and nothing between, another thing (琅川博物馆, not 琅川自然博物馆). */
function namesAnotherOfPhrase(label: string, phrases: readonly { first: string; last: string; phrase: string }[]): boolean {
  return phrases.some(({ first, last, phrase }) => !label.includes(phrase) && label.includes(`${first}${last}`));
}

/** A season the question names: 春季, 秋天. */
const SEASON_ASKED = /([春夏秋冬])(?:季|天)/u;
/** A passage holding a season, alone or with another (冬春季), made once per season rather than per passage. */
const SEASON_HELD: Readonly<Record<string, RegExp>> = Object.fromEntries(
  [...'春夏秋冬'].map((season) => [season, new RegExp(`${season}[季天]|${season}[春夏秋冬]季|[春夏秋冬]${season}季`, 'u')]),
);

/** The two sides of the week: its weekend and its working days. */
const WEEKEND = /周末|双休日|周六|周日|星期六|星期日|星期天|礼拜六|礼拜天/u;
const WORKING_DAYS = /工作日|周一至周五|星期一至星期五/u;
const WEEK_SIDES: readonly [RegExp, RegExp][] = [
  [WEEKEND, WORKING_DAYS],
  [WORKING_DAYS, WEEKEND],
];

const SIDE_OF = /(\p{Script=Han})([上下内外前后])/gu;

/** A tier of government or of an institution: 国家级, 省级, 市级, 区县级, 乡镇级, 村级, 校级. */
const TIER = /(?:国家|中央|省|市|区|县|乡镇|镇|街道|村|社区|校|院)级/gu;

/** Whether the question names a tier (县级) and a passage names another (市级) but not that one. */
function otherTierOnly(own: string, content: string): boolean {
  const asked = [...content.matchAll(TIER)].map((m) => m[0]);
  if (asked.length === 0) return false;
  const named = [...own.matchAll(TIER)].map((m) => m[0]);
  return named.length > 0 && !asked.some((tier) => named.includes(tier));
}

/** One tier of government as a question puts it: 县一级, 市级, 市财政, 区里 (not 全市, 城市, 市民). */
const ONE_TIER = /(?<![全本城我该各])(省|市|区|县)(?:级|一级|本级|财政|里|这一级|这边)/gu;

/** The tiers a text names one by one (县一级 → 县). */
function tiersNamed(text: string): string[] {
  return [...text.matchAll(ONE_TIER)].map((m) => m[1]!);
}
/** Tiers named together: 市、县两级, 省市县三级, 市区两级. */
const JOINT_TIERS = /([省市区县])、?([省市区县])(?:、?([省市区县]))?[两三]级/gu;
/** A question asking of several tiers together: 两级, 合计, 一共. */
const TOGETHER_ASKED = /[两三]级|合计|一共|总共|加起来|共/u;

/** Two tiers asked of together: 市里和区里, 市级与区级 (not 市财政出多少、区财政出多少, each asked apart). */
const TIERS_JOINED = /[省市区县](?:级|一级|里|财政)?(?:和|与|跟|及|加)[省市区县](?:级|一级|里|财政)/u;

/** Whether the question asks of one tier (县一级) and a passage names that tier only together with others (市、县两级). */
function jointTiersOnly(own: string, content: string): boolean {
  const tier = tiersNamed(content)[0];
  if (tier === undefined || TOGETHER_ASKED.test(content) || TIERS_JOINED.test(content)) return false;
  const joint = [...own.matchAll(JOINT_TIERS)].filter((m) => m.slice(1).includes(tier));
  if (joint.length === 0) return false;
  // (Named on its own besides, 县级财政安排…, the tier's own figure may be there.)
  return !tiersNamed(own.replace(JOINT_TIERS, ' ')).includes(tier);
}

/** Hours from one to another: 22:30至次日5:30, 8点到12点, 上午9时至下午5时, 9:00-17:00; or the whole day. */
const CLOCK_SPAN = '\\d{1,2}(?:[:：]\\d{2}|[时点](?:\\d{1,2}分?|半)?)\\s*(?:至|到|—+|－|-|～|~)\\s*(?:次日|翌日|当日|第二天)?(?:凌晨|早上|上午|中午|下午|晚上|夜间)?\\d{1,2}(?:[:：]\\d{2}|[时点])|全天|24小时';
/** A day that recurs: 每月15日前, 每个月的最后一天, 每周三, 每年9月. */
const RECURRING_DAY = /每(?:个)?月的?(?:\d{1,2}[日号]|第|最后|月底|月初|上旬|中旬|下旬)|每(?:周|星期|礼拜)[一二三四五六日天]|每年的?\d{1,2}月/u;

/** A day a thing starts from: 自2025年7月1日起, 7月1日起执行, 从11月1日开始, 6月1日正式施行. */
const STARTS_FROM = /(?:\d{1,2}[日号]|\d{1,2}月|\d{4}年)(?:零时|0时)?(?:起|开始|正式|施行|实施|执行|实行|生效)/u;

/** A day or a month as releases print it: 2025年10月10日, 11月30日, 6月, 15日. */
const DATE_POINT = '(?:[\\d〇零一二三四五六七八九十]{2,4}年)?[\\d一二三四五六七八九十]{1,3}月(?:[\\d一二三四五六七八九十]{1,3}[日号])?|[\\d一二三四五六七八九十]{1,3}[日号]';
/**
 * A span of time given: from one day or month to another (10月10日至11月30日, 6月—8月, 6月下旬到7月底, 5月18日持续到
 * 5月24日, 6月10日上午9:00至16日下午5:00, 从十一月十日开始，到十二月二十日结束), or from a day on for a while.
 */
const SPAN_GIVEN = new RegExp(
  `(?:${DATE_POINT})[^。；;]{0,8}?(?:至|到|—+|－|-|～|~)[^。；;，,]{0,4}?(?:${DATE_POINT}|[上中下]旬|底)|起[^。；;]{0,24}?(?:止|结束|为期)|为期|${CLOCK_SPAN}`,
  'u',
);
/** A question word asking for a day: 哪天, 哪一天, 几号, 几日 (not 几月, 什么时候). */
const DAY_ASKED = /^(?:哪一?天|哪一?日|几[号日]|几月份?几[号日])$/u;
/** A day in a passage: 8日, 26号, a span of days, or one counted from another (当天, 次日, 每周四). */
const DAY_GIVEN = /\d{1,2}[日号]|当天|当日|次日|翌日|今天|明天|(?:周|星期|礼拜)[一二三四五六日天1-7]|工作日/u;

/** Asking for one thing apart from others: 单独, 单列, 光是. */
const ALONE_ASKED = /单独|单列|单算|只算|单是|光是|单单|自己/u;
/** Things listed together before their one number: 燃气灶具、燃气热水器4.3万台, 天宁区、桦江区和高新区…7.92万只. */
const LISTED = /\p{Script=Han}[、和及与]\p{Script=Han}/u;
/** A number stated of several things together: A、B合计, A和B共, 两者合计. */
const TOGETHER = /(?:\p{Script=Han}[、和与及](?:\p{Script=Han}+)(?:合计|共计|共|总计|合起来)|[两二三四五]者|[两二三四五]项合计)/u;

/** The measures that number one of a series (第3届, 第5批, 第2期), not a rank (第一名) or an item (第三条). */
const SERIES_MEASURE = /^(?:届|批|期|轮|季|次|阶段)$/u;

/** A thing named by its number: 3号线, 5号楼, 第11号台风 (not the day of 10月1号). */
const NUMBERED_NAME = /(?<![月\d])([\d一二三四五六七八九十]+)号(\p{Script=Han})/gu;

/** A grade named by its number: 五星级, 4A级, 一级水效, 三级医院. */
const GRADE = /(?<![\d.])([\d一二三四五六七八九十]+)(星|A级|级)/gu;

/** The numbered series a text names: 第3届 (kind 届) and 1号线 (kind 号线), with their values. */
export function seriesMarks(text: string): { kind: string; value: number }[] {
  const ordinals = [...text.matchAll(ORDINAL)].filter((m) => m[2] !== undefined && SERIES_MEASURE.test(m[2])).map((m) => ({ kind: m[2]!, value: valueOfNumeral(m[1]!) }));
  const named = [...text.matchAll(NUMBERED_NAME)].map((m) => ({ kind: `号${m[2]!}`, value: valueOfNumeral(m[1]!) }));
  // (一二级 names two grades, 一级 and 二级, as 一、二级 does.)
  const grades = [...text.matchAll(GRADE)].flatMap((m) =>
    /^[一二三四五六七八九]{2}$/u.test(m[1]!) && valueOfNumeral(m[1]![1]!) === valueOfNumeral(m[1]![0]!) + 1
      ? [...m[1]!].map((numeral) => ({ kind: m[2]!, value: valueOfNumeral(numeral) }))
      : [{ kind: m[2]!, value: valueOfNumeral(m[1]!) }],
  );
  return [...ordinals, ...named, ...grades];
}

/** Whether the question names one of a numbered series and every clause of a passage giving what it asks names another. */
function otherOrdinalOnly(own: string, frame: QuestionFrame): boolean {
  const asked = seriesMarks(frame.content);
  if (asked.length === 0) return false;
  // (几点开抢 is given by a clause with an hour, 第一轮于12月13日10时开抢, not by one with a day only.)
  // (The number of 1号线 is a name, not a figure given.)
  const gives = (clause: string) => {
    const told = clause.replace(NUMBERED_NAME, '$2');
    return frame.asks === 'date' ? (frame.clock ? HOUR : DATE_IN).test(told) : clausesGiving(told, frame).length > 0;
  };
  let other = false;
  for (const sentence of own.split(/[。；;！？]/u)) {
    // A clause naming none speaks of what its sentence opened with (3号线一期工程西起…，线路全长22.4公里).
    const opening = seriesMarks(sentence.split(/[，,]/u)[0]!);
    for (const clause of sentence.split(/[，,]/u)) {
      if (!gives(clause)) continue;
      const marks = seriesMarks(clause);
      const named = (marks.length > 0 ? marks : opening).filter((m) => asked.some((a) => a.kind === m.kind));
      if (named.length === 0) continue;
      if (named.some((m) => asked.some((a) => a.kind === m.kind && a.value === m.value))) return false;
      other = true;
    }
  }
  return other;
}

/** A numbered part of a whole: 第二阶段, 第3批, 第一期. */
const ORDINAL_PART = /第[一二三四五六七八九十\d]+(?:阶段|階段|批|期|轮|輪|步)/u;

/** A question's words putting what it asks ahead: 要投, 将完成 (not 主要, 需要, 要求, 将近, nor the 会 of 发布会). */
const AHEAD_ASKED = /(?<![主需重只])要(?!求)|将(?!近)|准备|打算/u;

/** Words that give a number as the whole: 共有, 总数, 累计, 合计, 全市共. */
const TOTAL_WORDS = /共有|总数|總數|累计|累計|合计|合計|总计|總計|全市共|全省共|共计|共計/u;

/** Whether every number a text states is a bound (二是汇算需补税金额不超过400元的). */
function onlyThresholds(own: string): boolean {
  let any = false;
  for (const m of own.matchAll(/\d+(?:\.\d+)?/gu)) {
    any = true;
    const before = own.slice(Math.max(0, m.index - 3), m.index);
    const after = own.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (!THRESHOLD_BEFORE.test(before) && !THRESHOLD_AFTER.test(after)) return false;
  }
  return any;
}

const THRESHOLD_BEFORE = /(?:超过|高于|低于|不足|不到|多于|少于|不满|满)$/u;
const THRESHOLD_AFTER = /^[^\d，,。；;]{0,3}(?:以上|以下|以内)/u;

/**
 * How a limit is stated: 最高, 限额, 上限, 下限, 不超过, 封顶, 限领2张, 以内, 年满50周岁, 延长至60周岁 (not 以下, which
 * 3岁以下 says of whom, nor a bare 7天内, which many spans of another length say too).
 */
const LIMITS = /最|限额|上限|下限|超过|不高于|不低于|不少于|不多于|不晚于|不迟于|不早于|封顶|至多|至少|起码|限\p{Script=Han}?\d|以内|之内|年满|延长至/u;
/** The things a question names, by its weighty nouns of two characters or more that pass a test of what they name. */
function thingsNamed(terms: Understanding['terms'], names: (term: string) => boolean): string[] {
  return terms.filter((t) => !t.numeric && /^n/u.test(t.tag) && t.weight >= 1 && [...t.term].length >= 2 && names(t.term)).map((t) => t.term);
}

/**
 * Whether a change a passage states (同比增长16.7%) is of a thing the question names: the question's nouns stand in
 * the clause that states it or the one before it (考务经费1.86亿元，比上年增长6.3%). A passage stating no change
 * with its size leaves that to the other checks.
 */
function changeOfAsked(own: string, terms: Understanding['terms']): boolean {
  // (A quantity noun of its own, 专项资金, names the thing; 资金, 人数 alone say only what kind of number, and 数量,
  // 规模 only that it is one.)
  const names = thingsNamed(terms, (term) => (quantityKindOfNoun(term) === undefined || [...term].length >= 3) && !VALUE_NOUN.test(term));
  if (names.length === 0) return true;
  const clauses = own.split(/[，,；;。]/u);
  const stating = clauses.flatMap((clause, i) => (CHANGE_BY.test(clause) ? [`${clauses[i - 1] ?? ''}${clause}`] : []));
  return stating.length === 0 || stating.some((span) => names.some((name) => span.includes(name)));
}

/** One thing compared with another by how much more or less (比市场价便宜多少): a share answers it as an amount does. */
const COMPARED = /比\p{Script=Han}{1,8}?(?:便宜|贵|高|低|多|少|快|慢|大|小|长|短|早|晚)/u;
/** A figure compared with an earlier one: 同比增长, 较上年下降, 比去年多. */
const CHANGE = /同比|环比|增长|增加|增幅|下降|降幅|减少|提高|上升|回落|降低|持平|翻番|翻了|比去年|较去年|比上年|较上年|比上月|较上月/u;
/**
 * A word of the question saying a thing rose or fell (涨, 降到, 上涨, 跌): asked of a money or a count, 租金一年最多能涨多少 is
 * answered by the change in per cent, 涨幅不超过5%. A word, not a character: 升级 is no rise.
 */
const CHANGE_VERB = /^(?:上|下)?[涨跌降升](?:了|到|至|价|幅)?$/u;
/** Words asking how fast something changes, which a change in per cent answers: 增速, 涨幅, 降了几成. */
const RATE_OF_CHANGE = /增速|涨幅|跌幅|增长率|下降率|增减|变化|涨|跌|降|升|多了|少了/u;
/** A number given as a change by that much (同比减少3起, 多了1200人), not as the level it changed to (增加到, 提高至). */
const CHANGE_BY = /(?:增加|减少|下降|增长|提高|降低|上升|回落|多了|少了)(?![到至])了?\s*(?:约|近|超过)?\s*\d/u;
/** A clause about what is done or stands now: 已经验收, 至今, 累计, 截至, 目前. */
const PAST_TENSE = /已|至今|累计|截至|截止到|目前|現有|现有/u;
/** Whether a text names a year after the release's own (2027年 in a 2025 release). */
function namesLaterYear(text: string, releaseYear: number | undefined): boolean {
  return releaseYear !== undefined && yearsNamed(text).some((year) => year > releaseYear);
}

/**
 * The years of the season a release's title names as a span of two (2025—2026年度…, 2025—2026年供暖季…), when the
 * release is held in one of them: its 今年.
 */
export function seasonOf(title: string, releaseYear: number): readonly number[] | undefined {
  const span = YEAR_SPAN.exec(normalise(title));
  if (span === null) return undefined;
  const [from, to] = [Number(span[1]), Number(span[2])];
  return to === from + 1 && (releaseYear === from || releaseYear === to) ? [from, to] : undefined;
}

/** The one year a release's title says it reports on (2024年度…, 2024年上半年…), if it names exactly one. */
export function reportedYear(title: string): number | undefined {
  const years = [...new Set(yearsNamed(title))];
  return years.length === 1 ? years[0] : undefined;
}

/** Whether a text gives figures of a year (2023年), not only compares with it (较2023年提高). */
export function statesYear(text: string, year: string): boolean {
  return yearsStated(normalise(text)).includes(Number(year.slice(0, 4)));
}

/** Once, in a question asking how long: 多久…一次 asks how often. */
const ONCE = /(?<![\d.])1次|一次/u;
/** A frequency: 每年至少1次, 每半年1次, 每月开展2次. */
const FREQUENCY_GIVEN = /每(?:\d+个?)?(?:年|半年|季度|季|个?月|周|星期|天|日)[^，,。；;]{0,12}\d+次/u;

/** Asking when something ends: 截止日期, 什么时候截止, 最晚哪天, 期限. */
const DEADLINE_ASKED = /截止|截至|到期|期限|最晚|最迟|deadline/u;
/** A date given as an end: 9月30日前, 下午4时前, 截止时间为7月31日, 申请截至12月20日，逾期不再受理, 期限. */
const DEADLINE_GIVEN = /(?:\d[日号时点]|点钟|时半|月底|年底|月末|年末)(?:之?前|以前|截止|止|为止|结束|到期)|截止|(?:截至|至|到|止于)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|底|末)|最迟|最晚|不晚于|期限|有效期|逾期|内(?:有效|办理|申请|提交|完成)/u;
/** A date a passage counts up to before its figures: 截至4月15日，全市已有…, 截至目前，累计…. */
const AS_OF = /截至[^，,。；;]{0,14}[，,](?=[^，,。；;]{0,12}(?:已|共|累计|达|有|新增|完成|办理|开放|投资|实现))/gu;
/** The same, to test for. */
const COUNTED_UP_TO = new RegExp(AS_OF.source, 'u');
/** The present as a question names it: 现在, 目前, 至今. */
const NOW_TERM = /^(?:现在|目前|当前|如今|眼下|至今|迄今|到现在|到目前)$/u;
/**
 * Whether a passage speaks of the present a question names (现在, 目前) by counting its figures up to a day, 截至2025年
 * 6月底，全市累计建成…: the latest state it gives is the present asked about.
 */
export function holdsPresent(term: string, text: string): boolean {
  return NOW_TERM.test(term) && COUNTED_UP_TO.test(fold(text));
}
/**
 * Whether a passage gives when something ends: a deadline (9月30日前, 截止时间为…) or a span's last day
 * (9月10日10:00至9月14日20:00), not the day its figures were taken (截至4月15日，已有…).
 */
export function givesEnd(text: string): boolean {
  return DEADLINE_GIVEN.test(fold(text).replace(AS_OF, ' '));
}
/** A word that only says "the end" of something: a passage giving its end date holds it, whatever its words. */
export const END_WORD = /^(?:截止|截至|到期|结束|为止)$/u;
/** Words naming the conference itself. */
const CONFERENCE = /发布会|记者会|通气会|吹风会|见面会/u;

/** A span of years, 2023年至2024年, 2021—2025年: its figures are the span's. */
const YEAR_SPAN = /(\d{4})年?(?:至|到|—|–|-|～|~)(\d{4})年/u;
const YEAR_SPAN_G = new RegExp(YEAR_SPAN.source, 'gu');

/** The years a text names (2024年, not the 2024 of a code). */
function yearsNamed(text: string): number[] {
  return [...text.matchAll(YEAR_NAMED)].map((m) => (m[1] !== undefined ? Number(m[1]) : Number(m[2]) + ROC_YEAR_ONE));
}

/**
 * A year as releases print it: 2024年, or in the Republic of China's reckoning that Taiwanese releases use, 113年
 * (民国113年 is 2024): a three-digit year from 100 to 119, not a span of time (110年历史, 100周年).
 */
const YEAR_NAMED = /(?<![\d.])(?:(\d{4})年|(1[01]\d)年(?!代|历史|以来|来|前|后|间|内))/gu;
const ROC_YEAR_ONE = 1911;

/** A year a span runs from up to now, 2022年以来, 自2022年起至今: what follows is of now, not of that year. */
const SINCE_YEAR = /(?:自|从)?\d{4}年(?:以来|来|起至今|至今|到现在|到目前)/gu;

/** The years a text gives figures of: not those it only compares with (较2023年底, 比去年, 2019年同期). */
function yearsStated(text: string): number[] {
  return yearsNamed(text.replace(SINCE_YEAR, '').replace(COMPARED_WITH_YEAR, '').replace(COMPARED_WITH_DATE, '').replace(SAME_PERIOD_OF_YEAR, ''));
}

/**
 * Whether a passage gives the number asked only after 其中 (of a part), while the names the question asks about
 * stand only before it: the number is another part's.
 */
function numberOnlyOfAnotherPart(own: string, frame: QuestionFrame, terms: Understanding['terms']): boolean {
  const at = own.indexOf('其中');
  if (at < 0) return false;
  const [whole, part] = [own.slice(0, at), own.slice(at + 2)];
  // (In the measure word asked, when it says what is counted: 3种 counts kinds, not the doses asked.)
  const word = frame.measureWord !== undefined && !GENERIC_MEASURES.has(frame.measureWord) ? numberIn([frame.measureWord]) : undefined;
  const gives = (text: string) => (word !== undefined ? word.test(text) : clausesGiving(text, frame).length > 0);
  if (gives(whole) || !gives(part)) return false;
  // (The things named, not the quantity asked of them: 供应量 stands by any number.)
  const names = thingsNamed(terms, (term) => quantityKindOfNoun(term) === undefined && !/[量数]$/u.test(term));
  return names.length > 0 && names.every((name) => whole.includes(name) && !part.includes(name));
}

/** Whether every number of the kind asked that a passage gives is one the question states with its measure (23件). */
function restatesOnly(own: string, frame: QuestionFrame, terms: Understanding['terms']): boolean {
  const stated = terms.flatMap((t) => (t.numeric && /^\d[\d.]*(?:万|亿)?\p{Script=Han}/u.test(t.term) ? [t.term] : []));
  if (stated.length === 0) return false;
  const given = clausesGiving(own, frame).flatMap((clause) => [...clause.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?(?:%|\p{Script=Han})?/gu)].map((m) => m[0]));
  // (The asker's round number is the release's: 五百三十五万 restates 535.35万元.)
  return given.length > 0 && given.every((number) => stated.some((s) => number.startsWith(s) || s.startsWith(number) || roughlyEqual(s, number)));
}

/**
 * Whether two numbers with their magnitudes and units (535万, 535.35万元) are within a hundredth of each other, in
 * the same unit where both give one (9月 is no 9家).
 */
function roughlyEqual(a: string, b: string): boolean {
  const read = (n: string) => {
    const m = /^(\d+(?:\.\d+)?)(万|亿)?(.*)$/u.exec(n);
    return m === null ? undefined : { value: Number(m[1]) * (m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1), unit: m[3]! };
  };
  const [x, y] = [read(a), read(b)];
  if (x === undefined || y === undefined || !(x.value > 0 && y.value > 0)) return false;
  if (x.unit.length > 0 && y.unit.length > 0 && !x.unit.startsWith(y.unit) && !y.unit.startsWith(x.unit)) return false;
  return Math.abs(x.value - y.value) <= 0.01 * Math.max(x.value, y.value);
}

/** Whether a clause naming the part gives a number of the kind asked other than the total the question states. */
function partGiven(own: string, frame: QuestionFrame, asked: { total: string; part: string }): boolean {
  const total = /^[\d.]+(?:万|亿)?/u.exec(asked.total)![0];
  return clausesGiving(own, frame).some((clause) => clause.includes(asked.part) && [...clause.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?/gu)].some((m) => m[0] !== total));
}

/** Whether a clause giving a number of the kind asked names the part asked (a word of it of two characters or more). */
function namedPartGiven(own: string, frame: QuestionFrame, part: string): boolean {
  // (By any two characters of it that are not a word of time or grammar: jieba may cut an asker's 漏登补上 badly.)
  const chars = [...part];
  const pairs = chars.slice(1).map((c, i) => `${chars[i]}${c}`).filter((pair) => !GRAMMAR_OR_TIME.test(generalWord(pair).tag) && !generalWord(pair).stop);
  // (In the sentence that gives the number: 二是此前漏登的，…，补登了319株; a number other than the whole's the question
  // states, 5000万专项资金里亮化改造分了多少 is not answered by 专项资金5000万元，重点支持集聚区亮化改造.)
  const stated = new Set([...frame.content.matchAll(AMOUNT_WRITTEN)].map((m) => m[0]));
  const sentences = own.split(/[。；;！？!?]/u).filter((sentence) => clausesGiving(sentence, frame).some((clause) => [...clause.matchAll(AMOUNT_WRITTEN)].some((m) => !stated.has(m[0]))));
  return pairs.length === 0 || sentences.some((sentence) => pairs.some((pair) => sentence.includes(pair)));
}
/** A number as written, with its 万 or 亿. */
const AMOUNT_WRITTEN = /(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?/gu;
/** Parts of speech of words that name no thing: time, place of, pronoun, adverb, preposition, conjunction, particle. */
const GRAMMAR_OR_TIME = /^(?:t|f|r|d|p|c|u|ul|uj|y|m|q)$/u;

/** The clauses of a passage that give a number of the kind a figure question asks (any number, when it says none). */
function clausesGiving(own: string, frame: QuestionFrame): string[] {
  return clausesWithKinds(own)
    .filter(({ clause, kinds }) => (frame.measure === undefined ? /\d/u.test(clause) : kinds.some((kind) => ofAskedKind(frame, kind))))
    .map(({ clause }) => clause);
}

/** A passage's clauses with the kinds of number each gives, read once per passage text (asked of every candidate). */
function clausesWithKinds(own: string): { clause: string; kinds: readonly MeasureKind[] }[] {
  let found = clauseKinds.get(own);
  if (found === undefined) {
    found = own.split(/[，,；;。、]/u).map((clause) => ({ clause, kinds: numberKinds(clause, true) }));
    clauseKinds.set(own, found);
  }
  return found;
}
const clauseKinds = new LRUCache<string, { clause: string; kinds: readonly MeasureKind[] }[]>({ max: 5000 });

/** A passage about what is to come: 将, 计划, 预计, 拟, 力争, 下一步, 年底前 …. */
const FUTURE_TENSE = /将|計劃|计划|预计|預計|拟|擬|力争|力爭|下一步|今后|今後|明年|下半年|年底前|年内|年內|即将|即將|准备|準備|筹备|籌備|將|预测|預測|预期|預期|有望|可望/u;

/** Whether a passage names a noun only with an ordinal before it (第二阶段, 第1批), as one of several. */
function onlyByOrdinal(own: string, noun: string): boolean {
  if (!own.includes(noun)) return false;
  let ordinal = ordinals.get(noun);
  if (ordinal === undefined) {
    ordinal = new RegExp(`第[\\d一二三四五六七八九十]+${escapeRegExp(noun)}`, 'gu');
    ordinals.set(noun, ordinal);
  }
  return own.split(noun).length - 1 === own.match(ordinal)?.length;
}
/** The ordinal pattern of each counted noun asked of lately, made once per noun (ranking asks it of every passage). */
const ordinals = new LRUCache<string, RegExp>({ max: 1000 });

/** Whether a passage states a number of the kind a figure question asks for. */
function ofKind(unit: AnswerUnit, frame: QuestionFrame, text: PassageText, unitId: number): boolean {
  // (A kind read from the noun alone, 多少经营者 as people, yields to the release's own count of it: 经营者2317家.)
  if (peopleByNounOnly(frame) && frame.counted !== undefined && countsNoun(text.unitText(unitId), frame.counted)) return true;
  // (A rate is given per so many as often as in per cent: 发生率为每10万剂次12.3例.)
  if (frame.measure === 'percent' && PER_BASE.test(text.unitText(unitId))) return true;
  // (A course's length is given in hours of study, 培训不少于16学时, as often as in days: 培训多久.)
  if (frame.measure === 'time' && STUDY_HOURS.test(text.unitText(unitId))) return true;
  // (Not a count of times things were done, 多少册次 of loans: 12.3万册 and 3个书房 are no number of them.)
  // (多少条渔船 is answered by 38艘远洋渔船: the measure word the release counts the asked noun in is the right one.)
  const timesDone = frame.measureWord?.endsWith('次') === true;
  if (frame.counted !== undefined && !timesDone && countsInOwnMeasure(frame) && unit.facets.kinds.some((kind) => COUNTABLE.has(kind)) && countsNoun(text.unitText(unitId), frame.counted)) return true;
  // (And any thing is counted in the generic 个 too: 多少家法人单位 is answered by 法人单位 16.83万个.)
  if (frame.counted !== undefined && COUNTABLE.has(frame.measure!) && !timesDone && unit.facets.kinds.includes('count') && countsNounInGeneric(text.unitText(unitId), frame.counted)) return true;
  // (几个积分 is answered by 10积分: a noun the release counts in itself, with no measure word, is its own unit.)
  if (selfCounted(frame)?.test(text.unitText(unitId)) === true) return true;
  if (!unit.facets.kinds.some((kind) => ofAskedKind(frame, kind))) return false;
  // (分几个阶段 is not answered by a number of the 第二阶段, one of them: a passage naming what is counted only by its
  // place in the order says nothing of how many there are. Not a time, 第一时间, which is "at once".)
  if (frame.counted !== undefined && frame.measure !== 'time' && onlyByOrdinal(text.unitText(unitId), frame.counted)) return false;
  // 多少张 is answered in 张, not in 类: a measure word other than the common ones for things must be the passage's.
  const word = frame.measureWord;
  if (word === undefined || THING_MEASURES.has(word)) return true;
  const words = [...(MEASURE_PEERS.find((peers) => peers.includes(word)) ?? [word]), ...(ALSO_ANSWERED_IN.get(word) ?? [])];
  return numberIn(words).test(text.unitText(unitId));
}

/** The header fields that name the release's people: its speakers, each speaker, its host. */
const PEOPLE_FIELDS: ReadonlySet<MetaField> = new Set(['speakers', 'speaker', 'host']);

/** Whether a passage is a header field naming the release's people. */
function namesPeople(unit: AnswerUnit): boolean {
  return unit.metaField !== undefined && PEOPLE_FIELDS.has(unit.metaField);
}

/** Whether what a question asks the name of is a person (骑手, 记者, 老人): a noun for people ends it. */
function namesKindOfPerson(content: string): boolean {
  return isPeopleNoun(content) || PERSON_KIND.test(content);
}
/** Words for people that no suffix for people ends. */
const PERSON_KIND = /(?:骑手|选手|司机|师傅|老人|家长|孩子|小孩|学生|志愿者|外卖员|快递员|女士|先生)$/u;

/** Words that name the conference's speakers: a question of their names is answered by what one of them said. */
const SPEAKER_ASKED = /发布人|发言人|嘉宾|出席|介绍/u;

/** Words that ask a person's post or where they work. */
const POST_WORDS = /职务|职位|职称|身份|头衔|岗位|单位|部门|科室|负责|分管|管什么|干什么的|做什么的|(?:做|干|搞)(?:什么|啥)工作/u;

/** 除了X(以外)，其他…: the question sets X aside. */
const EXCEPT = /除了?([\p{Script=Han}\d、]{2,20}?)(?:以外|之外)?[，,、]?(?:其他|其它|别的|另外|其余)/u;

/** A kind named by its negation: 非居民, 非机动车, 非本市户籍 (非 not starting a word of its own, 非法, 非常). */
const NEGATED_KIND = /非(\p{Script=Han}{2})/gu;

/**
 * Whether the question names a kind by its negation (非居民) that the releases print, and the passage speaks of
 * the kind (居民) and never of its negation; or the other way round.
 */
function negationMissed(content: string, own: string, text: PassageText): boolean {
  for (const [negated, kind] of content.matchAll(NEGATED_KIND)) {
    if (isInDictionary(negated.slice(0, 2)) || !own.includes(kind!) || own.includes(negated)) continue;
    if (text.unitsContaining(negated, 1).length > 0) return true;
  }
  // (And 居民供热多少钱 is not answered by 非居民供热价格: a passage that speaks of the kind only by its negation.)
  for (const [negated, kind] of own.matchAll(NEGATED_KIND)) {
    if (isInDictionary(negated.slice(0, 2))) continue;
    const itself = new RegExp(`(?<!非)${escapeRegExp(kind!)}`, 'u');
    if (itself.test(content) && !content.includes(negated) && !itself.test(own)) return true;
  }
  return false;
}

/**
 * Whether a text spells a short name out, its characters in order within a few of each other (工行 in 工商银行;
 * 金融监管分局 in 国家金融监督管理总局棣川监管分局, whose parts stand eight apart).
 */
function spelledIn(short: string, text: string): boolean {
  const chars = [...short];
  if (chars.length < 2) return false;
  let pattern = spellings.get(short);
  if (pattern === undefined) {
    pattern = new RegExp(chars.map(escapeRegExp).join('\\p{Script=Han}{0,8}?'), 'u');
    spellings.set(short, pattern);
  }
  return pattern.test(text);
}
/** The patterns of short names a question sets aside or names a body by, made once each (asked of every candidate). */
const spellings = new LRUCache<string, RegExp>({ max: 500 });
/** A passage speaking of the others as well: 其他, 其余, 各区. */
const OTHERS_TOO = /其他|其它|其余|另外|各[区县市镇乡地]|全[市省县]/u;

/** The clauses of a passage that give a number of the kind a figure question asks. */
function givingClauses(own: string, frame: QuestionFrame): string[] {
  return own.split(/[，,；;。]/u).filter((clause) => clausesGiving(clause, frame).length > 0);
}

/** A number given for each one: 每个, 每名, 每对, 单件, 单户. */
const EACH_ONE = new RegExp(`每(?:个|一|名|人|户|处|座|家|台|辆|所|位|次|场|批|对|套|份)|单户|${ONE_ITEM}`, 'u');

/** Whether every clause of a passage giving the kind of number asked gives it for each one (每个纳凉点…4名). */
function everyNumberPerItem(own: string, frame: QuestionFrame): boolean {
  const giving = givingClauses(own, frame);
  return giving.length > 0 && giving.every((clause) => EACH_ONE.test(clause));
}

/** A number per a base of so many: 每10万剂次12.3例, 每千人4.2批次. */
const PER_BASE = /每(?:\d+(?:\.\d+)?)?[十百千万]?\p{Script=Han}{1,3}\d/u;

/** A number, hedged (余, 多) and scaled (万, 亿) as printed, in one of the measure words: 3.2万余家. */
function numberIn(words: readonly string[]): RegExp {
  // (A hedge may follow the scale as well as precede it: 1.1万余块.)
  return new RegExp(`\\d(?:[余多几来])?(?:万|亿)?(?:[余多])?(?:${words.join('|')})`, 'u');
}

/**
 * Whether a number of this kind is of the kind the question asks: of its measure word's kind or of a peer's
 * (多少起投诉 is answered by 1,286件, though 起 counts occurrences and 件 things).
 */
function ofAskedKind(frame: QuestionFrame, kind: MeasureKind): boolean {
  return kindsAgree(frame.measure!, kind, frame.genericMeasure) || (frame.measureWord !== undefined && peerKinds(frame.measureWord).has(kind));
}

/** The kinds of a measure word's peers, read once a word. */
function peerKinds(word: string): ReadonlySet<MeasureKind> {
  let kinds = PEER_KINDS.get(word);
  if (kinds === undefined) {
    const peers = MEASURE_PEERS.find((p) => p.includes(word)) ?? [];
    kinds = new Set(peers.map((peer) => kindOfUnit(peer)).filter((kind): kind is MeasureKind => kind !== undefined));
    PEER_KINDS.set(word, kinds);
  }
  return kinds;
}
const PEER_KINDS = new Map<string, ReadonlySet<MeasureKind>>();

/**
 * Measure words a question's more general one is answered in, but not the other way round: 几次火 by 火情7起, 几次活动
 * by 3场 (次 counts any occurrence; 几起 asks of incidents, which 300次 of checks are not).
 */
const ALSO_ANSWERED_IN: ReadonlyMap<string, readonly string[]> = new Map([['次', ['起', '宗', '场', '轮', '届']]]);

/** Measure words said of the same things, one for the other: 多少部电梯 is answered by 1536台, 几位专家 by 20名. */
const MEASURE_PEERS: readonly (readonly string[])[] = [
  ['台', '部', '辆'],
  // (Cases, complaints and accidents are counted in 起, 件 and 宗 alike.)
  ['起', '件', '宗'],
  ['本', '册'],
  // (Money is asked in 块 as people say it and given in 元 as releases write it.)
  ['元', '块', '块钱'],
  // (Kits and doses are asked in 份 and given per person, 试剂8.6万人份.)
  ['份', '人份'],
  ['名', '位', '人'],
  ['座', '栋', '幢'],
  // (Trees and plants are counted in 棵 as people say it and 株 as releases write it; animals in 只 and 头.)
  ['棵', '株'],
  ['只', '头'],
  ['天', '日', '个工作日', '工作日'],
  ['周', '星期', '个星期'],
  ['岁', '周岁'],
  // (Lessons are counted in 节 as people say it and 课时 or 学时 as curricula write it.)
  ['节', '课时', '学时'],
  ['小时', '个小时', '钟头', '个钟头'],
  // (Units of one measure under two names: 多少公斤 is answered in 千克, 多少公里 in 千米.)
  ['公斤', '千克'],
  ['公里', '千米'],
  ['平方公里', '平方千米'],
  ['米', '公尺'],
  // (Schools and shops are counted in 间 as Hong Kong and Taiwan say it, in 所 and 家 as mainland releases write.)
  ['间', '所', '家'],
];

/**
 * Whether a figure question counts things in a measure word that the release's own for the noun may stand in for
 * (多少条渔船 by 38艘远洋渔船); not when it states a count itself (新增的两条线路是几路车 asks which, not how many).
 */
function countsInOwnMeasure(frame: QuestionFrame): boolean {
  // (Read once per question: it is asked for every candidate passage and clause.)
  let counts = ownMeasureOf.get(frame);
  if (counts === undefined) {
    counts = readsOwnMeasure(frame);
    ownMeasureOf.set(frame, counts);
  }
  return counts;
}
const ownMeasureOf = new WeakMap<QuestionFrame, boolean>();

/**
 * For a count asked in the generic 个 (几个积分), a number followed at once by the noun counted; made once per question,
 * as it is asked of every candidate. (The words after the cue are the noun when jieba tags them no noun: 积分 an adverb.)
 */
function selfCounted(frame: QuestionFrame): RegExp | undefined {
  if (!selfCountedOf.has(frame)) {
    const counted = frame.genericMeasure === true ? (frame.counted ?? /\s(\p{Script=Han}{2,4})$/u.exec(frame.content)?.[1]) : undefined;
    selfCountedOf.set(frame, counted === undefined ? undefined : numberIn([escapeRegExp(counted)]));
  }
  return selfCountedOf.get(frame);
}
const selfCountedOf = new WeakMap<QuestionFrame, RegExp | undefined>();

function readsOwnMeasure(frame: QuestionFrame): boolean {
  return frame.measure !== undefined && COUNTABLE.has(frame.measure) && frame.measureWord !== undefined && !GENERIC_MEASURES.has(frame.measureWord) && !(frame.counted !== undefined && new RegExp(`\\d[^\\d，,。？?]{0,6}${escapeRegExp(frame.counted)}`, 'u').test(frame.content));
}

/** Measure words that count any people, and so do not say which. */
const PEOPLE_MEASURES: ReadonlySet<string> = new Set(['人', '名', '位', '人次', '个人']);

/** Measure words that count anything, and so do not say what is counted. */
const GENERIC_MEASURES: ReadonlySet<string> = new Set(['个', '项', '件', '种', '类', '批', '次']);

/** Hours of study, 16学时, 32个课时: a length of time as curricula count it. */
const STUDY_HOURS = /\d(?:[余多])?(?:个)?(?:学时|课时)/u;

/** A noun for an amount of something (需求量, 供应量, 用水量), not a content (含量) or a quality (质量). */
const AMOUNT_NOUN = /\p{Script=Han}(?<![含质])量$/u;

/** Whether a question asks an amount itself (需求量大概是多少): its noun for it ends what is asked, not after 占 or before 的. */
function amountAsked(content: string, counted: string): boolean {
  if (!AMOUNT_NOUN.test(counted) || content.includes('占') || !content.includes(counted)) return false;
  // (What follows the noun's last mention only links it to the question word.)
  return onlyLinksToNumber(content.slice(content.lastIndexOf(counted) + counted.length));
}

/** Measure words for things in general, which stand in for each other (多少条需求 and 112项). */
const THING_MEASURES: ReadonlySet<string> = new Set(['个', '项', '件', '条', '种', '类', '样', '家', '所', '处']);

/** Not done or not had: 没配, 没有接入, 尚未, 未 (not 未来, 未成年, 未满 a bound). */
const NEGATED = /没有?(?!\p{Script=Han}?[多少])|尚未|(?<!尚)未(?!来|成年|满|到)|无(?:法)?(?=\p{Script=Han})/u;

/**
 * A unit's quote, headline and value as normalised, made once per unit and kept for the units asked of lately
 * (an LRU, so that many releases do not keep them all): ranking asks them of every candidate passage, question after
 * question.
 */
const normalisedParts = new LRUCache<AnswerUnit, { quote?: string; headline?: string; value?: string }>({ max: 5000 });
function partsOf(unit: AnswerUnit): { quote?: string; headline?: string; value?: string } {
  let parts = normalisedParts.get(unit);
  if (parts === undefined) {
    parts = {};
    normalisedParts.set(unit, parts);
  }
  return parts;
}
function quoteOf(unit: AnswerUnit): string {
  const parts = partsOf(unit);
  return (parts.quote ??= normalise(unit.quote ?? ''));
}
function headlineOf(unit: AnswerUnit): string {
  const parts = partsOf(unit);
  return (parts.headline ??= normalise(`${unit.headline?.label ?? ''} ${unit.headline?.value ?? ''}`));
}
function valueOf(unit: AnswerUnit): string {
  const parts = partsOf(unit);
  return (parts.value ??= normalise(unit.headline?.value ?? ''));
}

/** A figure's label closed with the time it was taken, in brackets: …配置数（2022年底）. */
const LABEL_YEAR_AFTER = /[（(](\d{4})年[^（）()]{0,8}[）)](?=\s|$)/u;

/** Words asking of the present: 现在, 目前, 当前, 如今, 眼下. */
const NOW_ASKED = /现在|目前|当前|如今|眼下/u;
/** A question of the state before a change: 以前, 原来, 之前, 调整前. */
const FORMER_ASKED = /以前|之前|此前|原来|原先|从前|过去|调整前|改革前|(?<![\p{Script=Han}])原(?=\p{Script=Han})/u;
/** Words of a label that say it gives the state before a change: 原 as a word (原申请材料), 原来, 调整前. */
const FORMER_WORDS: ReadonlySet<string> = new Set(['原', '原来', '原先', '以前', '此前', '之前', '过去']);

/** Labels read for the state before a change, by label: the same figures come back question after question. */
const formerLabels = new LRUCache<string, boolean>({ max: 5_000 });

/** Whether a figure's label gives the state before a change (原申请材料, 每台电梯原补贴上限, 额度（调整前）). */
function isFormer(label: string): boolean {
  let former = formerLabels.get(label);
  if (former === undefined) {
    former = /(?:调整|修订|改革|提高|精简|压缩|实施|施行|改造)前/u.test(label) || jieba().cut(label).some((word) => FORMER_WORDS.has(word));
    formerLabels.set(label, former);
  }
  return former;
}
/** A figure's time at the end of the year, ahead of a release made before it: 年底, 年末, 届时. */
const YEAR_END = /年底|年末|届时/u;

/** Favours the passages that suit what the question asks for; official Q&A a little always. */
export function frameBonus(unit: AnswerUnit, frame: QuestionFrame, text: PassageText, unitId: number, releaseYear?: number): number {
  const official = unit.type === 'qa' || unit.type === 'faq';
  // A question that names no year asks of the release's present: a figure labelled with another year (2024年加装电梯
  // in a 2025 release) answers it less well than the running total.
  // (Or closed with it in brackets: 每10万人口AED配置数（2022年底）.)
  // (The label as normalised: 目標 and 階段 in a Traditional release are 目标 and 阶段.)
  const keys = text.unitKeys(unitId);
  const labelYear = (/^(\d{4})年/u.exec(keys) ?? LABEL_YEAR_AFTER.exec(keys))?.[1];
  // A passage about a numbered part (“护航平安冬”行动第二阶段) answers a question about the whole less well than the
  // whole does, when the question names no part.
  const numberedPart = ORDINAL_PART.test(keys) && !ORDINAL_PART.test(frame.content) && !/阶段|批次?|期/u.test(frame.content) ? 0.04 : 0;
  // (And a figure whose year asked only its sentence states, 2024年，…；在离婚冷静期内撤回离婚登记申请的有1,023对,
  // answers 去年离婚登记多少对 less well than one whose own words do, 2024年全市办理离婚登记.)
  const askedYear = yearAsked(frame, releaseYear);
  const yearBySentence = unit.type === 'figure' && askedYear !== undefined && askedYear !== releaseYear && !yearsStated(text.unitText(unitId)).includes(askedYear) ? 0.1 : 0;
  const base = (official ? 0.03 : 0) - numberedPart - yearBySentence - (frame.year === undefined && releaseYear !== undefined && labelYear !== undefined && Number(labelYear) !== releaseYear ? 0.1 : 0);
  switch (frame.asks) {
    case 'figure': {
      const fits = frame.measure === undefined ? unit.facets.number : ofKind(unit, frame, text, unitId);
      // A figure that is a threshold (补税金额超过400元 需要办理) says when a rule applies, not how much there was: it
      // answers 多少 less well than a figure stated as it is, unless the question asks for a limit.
      const threshold = !frame.limit && (unit.type === 'figure' ? isThreshold(unit) : onlyThresholds(text.unitText(unitId))) ? 0.1 : 0;
      // A figure given as a part of the one before it (58种中选药品…，其中有9种是新过评的) answers 一共几种 less well
      // than the whole (其中纳入免申即享的政策48条 still answers 免申即享的政策有几条).
      const part = frame.total && unit.type === 'figure' && isPart(unit) ? 0.05 : 0;
      // And one stated as a total (全市共有…提供托位21130个) answers 托位一共多少个 better than the counts of parts
      // and plans beside it.
      // (Not when the total asked is ahead, 今年总共要投多少钱: a total so far is no answer to it.)
      const whole = frame.total && !frame.futureAmount && !AHEAD_ASKED.test(frame.content) && statesTotal(unit, text.unitText(unitId)) ? 0.06 : 0;
      // A target (成交额目标250亿元) answers 成交额是多少 less well than the amount reached, unless a target or the
      // future is asked.
      // (So does a dated aim, 2026年8月底：全市中小学戏曲课程开设率力争达到100%, a question of how many there are now.)
      const target = (unit.type === 'figure' ? TARGET.test(keys) : unit.type === 'event' && AIMED.test(keys)) && !frame.future && !frame.futureAmount && !TARGET.test(frame.content) ? 0.1 : 0;
      // (So does one for the year's end, 年底治理率67.2%, a question of now, 现在治理率多少: 截至8月底的63.4% is now.)
      const later = unit.type === 'figure' && NOW_ASKED.test(frame.content) && YEAR_END.test(keys) && !/截至|截止/u.test(keys) ? 0.05 : 0;
      // 几种药 is answered in 种 before 个, when a sentence gives both (58种中选药品涉及14个治疗类别).
      const sameMeasure = unit.type === 'figure' && frame.askedIn !== undefined && inMeasure(valueOf(unit), frame.askedIn) ? 0.03 : 0;
      // A figure of a narrower kind of what is counted (住宅小区井盖) answers 一共排查了多少个井盖 less well than one of
      // all of them, when the question names no such kind.
      const narrower = frame.counted !== undefined && unit.type === 'figure' && narrowsCounted(keys, frame.counted, frame.content) ? 0.04 : 0;
      // 还有几所没配 asks the count of those without: of two figures of one thing, the one its label says is not
      // done (尚未配置AED的中小学校) rather than the one done.
      const polarity = unit.type === 'figure' && NEGATED.test(frame.content) && NEGATED.test(keys) ? 0.03 : 0;
      // A figure labelled as the former state (原申请材料, 调整前) answers a question of before (以前, 原来) better than
      // the present one beside it, and a question of now (or of no time) less well.
      const former = unit.type === 'figure' ? isFormer(keys) : false;
      const formerAsked = FORMER_ASKED.test(frame.content);
      const then = former === formerAsked ? (former ? 0.05 : 0) : -0.05;
      return base - threshold - part - target - later - narrower + sameMeasure + whole + polarity + then + (unit.type === 'figure' && fits ? 0.15 : fits ? 0.06 : unit.facets.number ? 0.02 : 0);
    }
    case 'date': {
      // (从哪天起算 is answered best by the day a thing starts from, 自2025年7月1日起: not by a day something else
      // happens.)
      const start = frame.starts === true && STARTS_FROM.test(text.unitText(unitId)) ? 0.15 : 0;
      // (每月几号 by the day of every month a passage gives, 每月15日前, not by one date.)
      const recurring = frame.recurs === true && RECURRING_DAY.test(text.unitText(unitId)) ? 0.25 : 0;
      // (A day of the week or a time counted from another, 每周五, 次月起, is a date as a passage gives it.)
      return base + start + recurring + (unit.type === 'event' || unit.metaField === 'date' ? 0.15 : unit.facets.date || RELATIVE_TIME.test(text.unitText(unitId)) ? 0.05 : 0);
    }
    case 'person':
      return base + (namesPeople(unit) ? 0.15 : unit.facets.person ? 0.08 : 0);
    case 'place':
      return base + (unit.metaField === 'place' ? 0.15 : unit.facets.place ? 0.05 : 0);
    case 'reason':
    case 'method':
    case 'plan':
      return base + (official ? 0.1 + (unit.asks === frame.asks ? 0.12 : 0) : 0);
    case 'definition':
      // 这次发布会的内容: among the header fields, the summary says what a release is about.
      // (Not when it asks of a thing in it: 电商节主题叫啥 asks the festival's theme, which a sentence gives.)
      return base + (unit.metaField === 'summary' && asksOfTheRelease(frame.content) ? 0.08 : 0);
    default:
      return base;
  }
}
