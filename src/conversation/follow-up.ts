import { mandarinOf } from '../language/cantonese.ts';
import { SCOPE_WORD } from '../answer/contrast.ts';
import { seriesMarks } from '../answer/fit.ts';
import { jieba } from '../text/jieba.ts';
import { escapeRegExp, FUNCTION_TAGS, normalise, SIDE_OF_PLACE } from '../text/pipeline.ts';
import { valueOfNumeral } from '../language/numerals.ts';
import { namesAttribute, PEOPLE_NOUN, readFrame, type QuestionFrame } from '../question/frames.ts';
import type { Answer } from '../answer/types.ts';
import type { Turn } from './memory.ts';
import { wordsToHold } from './compound.ts';
import { MEASURE_WORDS, measureKind, quantityKindOfNoun, type MeasureKind } from '../language/measures.ts';

/**
 * A message as the follow-up rules read it: normalised, and in Mandarin when typed in written Cantonese (佢 points
 * back as 他 does, 咩 asks as 什么).
 */
function readMessage(message: string): string {
  // (南埠那边: a place and the side of it is the place, and its 那 points at nothing said before.)
  return mandarinOf(normalise(message)).replace(SIDE_OF_PLACE, '');
}

/**
 * Follow-up questions recognised by their form, not by a list of sentences: a request for more of the last
 * passage (详细说说, 原文), a pronoun or demonstrative standing for the last subject (她是什么职务, 那次来了多少人),
 * an elliptical question with a new subject in the last frame (第二阶段呢, 那9月26日呢, 走访的企业呢), and a
 * question that leaves its subject out (惠及多少人了). Each gives whole questions to try, most literal first.
 */

/** 详细说说, 具体点, 原文是什么, 全文, 还有呢, 然后呢: more of the last passage, in normalised text. */
const MORE =
  /^(?:请|麻烦|能不能|可以)?(?:再)?(?:(?:详细|具体|完整)(?:一点|一些|点|些|地)?(?:说说|讲讲|说一下|讲一下|介绍一下|谈谈|说|讲)?|(?:说|讲)(?:得)?(?:详细|具体)(?:一?点|些)?|展开(?:说说|讲讲|说|讲)?|多说点|(?:原文|全文|原话|完整的?|出处)(?:是什么|呢|是啥|发一下|看看|给我看看)?|还有呢|然后呢|接着说|继续(?:说|讲)?|(?:举|举出|列举)(?:几|一|两|\d)?(?:个|些)?例子?|举例(?:说明|一下|子)?|(?:比如|例如)(?:说)?(?:呢|有哪些|是哪些)?|有(?:哪些|什么)例子)[?？!！。.]*$/u;

/** The other of the people the last answer named: 另外一个, 另一位, 另外那位. */
const OTHER_PERSON = /另外(?:一|那)?(?:个|位)(?:人)?|另一(?:个|位)(?:人)?/u;

/** The people the last answer named that a message does not (nor, when it names none, the one the last turn was about). */
function othersOf(last: Turn, body: string): string[] {
  const people = last.people ?? [];
  const namesOne = people.some((p) => body.includes(normalise(p)));
  return people.filter((p) => !body.includes(normalise(p)) && (namesOne || p !== last.person));
}

/** Whether a message asks of the other one of the people the last answer named, and there is exactly one. */
export function asksOfTheOther(message: string, last: Turn | undefined): boolean {
  const body = readMessage(message);
  return last !== undefined && OTHER_PERSON.test(body) && othersOf(last, body).length === 1;
}

/** A message opening with a verb of saying, its sayer left out: 讲的什么题目, 说了啥, 提到哪几点. */
const SAYING_FIRST = /^(?:讲|说|谈|提|介绍|作|做)(?:了|的|过|到)/u;

/** A personal pronoun, standing for the person the last answer named (not the 他 of 其他, 吉他, 利他). */
const PERSON_POINTER = /这位|那位|该人|此人|这人|这个人|那个人|他们|她们|(?<![其吉利])他|她/u;
/** They: people of a body or a group as much as persons. */
const PLURAL_POINTER = /他们|她们/u;
/** A person pointed at by place in the last answer's list: 第二位, 排第二的那位, 第一个人. */
const NTH_PERSON = /(?:排)?第([一二三四五六七八九1-9])(?:位|个人|个|名)?(?:的)?(?:那位|这位|那个人|那个)?(?:发布人|嘉宾|领导)?/u;

/** A demonstrative of time, standing for the date the last answer gave. */
const TIME_POINTER = /那天|当天|那时|当时|那一天|这一天/u;
/** A demonstrative with its measure word, standing for the last subject. */
const POINTER = /(?:这|那|该|此)(?:个|次|场|项|些|家|批|届|期|条|件|种|位)?/u;

/** Openers of an elliptical follow-up: 那, 那么, 还有, 另外 (那 before a measure word is a demonstrative: 那天, 那次). */
const OPENER = /^(?:那么|那(?![天时次个场项些家批届期条件种位一年月])|还有|另外)\s*/u;

/** A comparison standing for the last subject compared (比去年同期, 同比, 和上个月比). */
const COMPARISON = /^(?:比|较|与|跟|和|同比|环比)/u;
/** A time compared with: 比去年同期, 较上年, 同比, 与往年相比. */
const COMPARED_WITH = /(?:比|较|与|跟|和)(?:去年|上年|上一年|往年|前年|上月|上个月|上季度|上一季度)(?:同期)?(?:相比)?|同比|环比/gu;

/** A numbered one of several (第3批, 第2阶段, 第十届 in digits), with its measure word. */
const ORDINAL_KINDS = '批|期|届|次|阶段|轮|个|项|条|场|站|季';
const ORDINAL = new RegExp(`第([\\d一二三四五六七八九十]+)(${ORDINAL_KINDS})`, 'u');

/** Words for a time a question may be asked of (现在, 年底, 明年, 上半年). */
/** Words of intention or expectation that put a number ahead (预计, 计划, 能, 会), and the verbs of reaching it. */
const INTENT = /预计|计划|打算|力争|能|会|要|可以|达到|到/gu;
const TIME_WORD = /现在|目前|当前|如今|今年|去年|明年|年底|年初|年内|年末|上半年|下半年|年前|今后|以后|往后|未来|将来|到时候|以前|之前|过去|原来/u;
/** Every time word of a text, to take them out of it. */
const TIME_WORDS = new RegExp(TIME_WORD.source, 'gu');

/** Two Chinese words of one kind by their ending: 全程 and 半程, 第一阶段 and 第三阶段 (not 开通 and 开始载客). */
function sameEnding(word: string, topic: string): boolean {
  return /^\p{Script=Han}{2,6}$/u.test(topic) && /^\p{Script=Han}+$/u.test(word) && word.at(-1) === topic.at(-1);
}

/** Whether a message asks a number in another measure than the last question did (多少所 after 多少市民). */
function otherMeasure(frame: QuestionFrame, last: Turn): boolean {
  const before = readFrame(normalise(last.understood)).measure;
  return frame.measure !== undefined && before !== undefined && frame.measure !== before;
}

/** Whether the like found shares the new subject's last word (职工医保 and 居民医保): then it is the better swap. */
function sharesHead(like: string, topic: string): boolean {
  const head = jieba().tag(topic).at(-1)?.word;
  return head !== undefined && like.endsWith(head);
}

/** A date in normalised text. */
const DATE = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年/u;

/** Whether a message asks for more of the last passage rather than something new (详细说说, 原文呢, 举几个例子). */
export function asksForMore(message: string): boolean {
  return MORE.test(readMessage(message).replace(/\s+/gu, ''));
}

/** A whole question a follow-up may stand for. */
export interface FollowUpCandidate {
  /** The question, normalised (Simplified, digits). */
  question: string;
  /**
   * The last question asked again of a new subject put in the place of its like (居民医保 for 职工医保, 大豆 for
   * 玉米 in 全省玉米平均亩产多少). It is what the asker meant: when the releases do not answer it, the answer is
   * that they do not, never a looser reading that happens to match something.
   */
  literal: boolean;
}

/**
 * The whole questions a follow-up may stand for, given the last turn, most literal first; empty when the
 * message has no follow-up form and nothing to add to.
 */
export function followUpCandidates(message: string, said: Turn, listedTogether?: (a: string, b: string) => boolean): FollowUpCandidate[] {
  const text = readMessage(message);
  const frame = readFrame(text);
  const last = inTheMessagesTime(said, frame);
  const candidates: FollowUpCandidate[] = [];
  const add = (question: string, literal = false) => candidates.push({ question, literal });
  // 那 or 那么 opening a message is "then", not a demonstrative: 那居民医保呢 points at nothing.
  const body = text.replace(OPENER, '');
  // 她是什么职务 → 胡亚琴是什么职务; 那天几点开始 → 9月28日几点开始; 那次来了多少人 → 5月23日 活动来了多少人.
  // (他 and 她 name the person the last answer was about: asked of that person, the question is what was meant, even
  // when its words alone match something else, 他讲的题目是什么 the release's title.)
  // 第二位是什么职务, 排第二的那位 after 发布人有哪些: the second person the last answer named.
  const nth = NTH_PERSON.exec(body);
  const named = nth === null ? undefined : last.people?.[valueOfNumeral(nth[1]!) - 1];
  // (王慧是副局长是吧，那另外一个呢，是啥职务 after 发布会是哪两个人来发布的: the one of them the message does not name.)
  const other = OTHER_PERSON.exec(body);
  const others = other === null ? [] : othersOf(last, body);
  // (那位李黎，她的职称是什么 after 科技局派了哪两位, as 那位姓李的 reads: the one of them it names, whom the pronoun
  // after the name points at too.)
  const namedThen = (last.people ?? []).map((p) => new RegExp(`^(?:那位|这位|那个|这个)?${escapeRegExp(normalise(p))}[，,]?\\s*(?:他|她)`, 'u').exec(body)).filter((m) => m !== null);
  if (nth !== null && named !== undefined) add(body.replace(NTH_PERSON, named), true);
  else if (namedThen.length === 1) add(body.replace(namedThen[0]![0], namedThen[0]![0].replace(/^(?:那位|这位|那个|这个)/u, '').replace(/[，,]?\s*(?:他|她)$/u, '')), true);
  else if (other !== null && others.length === 1) {
    const rest = body.slice(other.index + other[0].length).replace(/^呢?[，,。\s]*/u, '');
    add(`${others[0]}${rest.length > 0 ? rest : last.cues}`, true);
  } else if (SAYING_FIRST.test(body) && last.person !== undefined) {
    // 讲的什么题目 after 谁作的报告: a saying whose sayer is left out is the person the last answer named.
    add(`${last.person}${body}`, true);
  } else if (PERSON_POINTER.test(body)) {
    // (他们管的井盖 after 水务集团来人了吗: they are the body the last question named, more than the one who came.)
    // (With no person, the one reading below is already the body's.)
    const plural = PLURAL_POINTER.test(body) && last.person !== undefined && last.content.trim().length > 0;
    if (plural) add(body.replace(PERSON_POINTER, last.content.trim()));
    add(body.replace(PERSON_POINTER, last.person ?? last.content), last.person !== undefined && !plural);
  }
  else if (TIME_POINTER.test(body)) add(body.replace(TIME_POINTER, `${last.content} ${last.date ?? ''}`));
  else if (POINTER.test(body)) add(body.replace(POINTER, last.content));
  // 它的汛限水位是多少 after 金溪水库是大型水库吗: 它 is the thing the last question was about, not all it said of it;
  // 其中多少个 after 服务点有多少个: of those.
  else if (/^(?:它们?|其中|里面|里头|里边)/u.test(body)) {
    // (The subject is what stands before the last question's copula or verb of having: 金溪水库 in 金溪水库是大型水库,
    // 农村互助养老服务点 in 农村互助养老服务点有多少个, whatever jieba tags its words.)
    // (Not the time it was asked of: 流感疫苗 in 流感疫苗今年总共供应多少剂.)
    const before = last.content
      .split(/\s+/u)[0]!
      .replace(/(?:是|有|为|在|要|能|会|已经|一共|总共|共).*$/u, '')
      .replace(TIME_WORDS, '')
      // (Nor the adverb before its verb: 夜校老师 in 夜校老师都是从哪里来的.)
      .replace(TRAILING_ADVERB, '');
    // (其中乱停放占几成 after 12345热线收到几多单车投诉: of the things the last question counted, 单车投诉.)
    const owner = [...before].length >= 2 ? before : subjectOf(last.content) ?? last.content;
    // (Asked with a question of its own, 占几成: 其中省外的呢 asks the last question again, of a part, in its words.)
    const counted = /^(?:其中|里面|里头|里边)/u.test(body) && !frame.elliptical && readFrame(last.understood).asks === 'figure' ? countedPhraseOf(last.content) : '';
    // (那它具体是哪几天 after 献血季第二阶段叫啥: 它 is the stage the last question asked of, not the whole season.)
    const part = /^它/u.test(body) ? ORDINAL.exec(last.content)?.[0] : undefined;
    const subject = counted.length > 0 && !owner.includes(counted) ? `${owner}${counted}` : part !== undefined && !owner.includes(part) ? `${owner}${part}` : owner;
    // (其中免费的呢 asks the last question of a part of those: 流感疫苗中免费的多少剂, without the 一共 of the whole.)
    const asked = frame.elliptical && !frame.cues.some((c) => c.length > 0) ? `${body.replace(/呢[?？]*$/u, '')}${last.cues.replace(/一共|总共|总计|合计/gu, '')}` : body;
    // (里面面积有多大 after 禁毒教育基地在哪: the inside of it is it, as far as its size goes.)
    add(asked.replace(/^它们?/u, subject).replace(/^其中/u, `${subject}中`).replace(/^(?:里面|里头|里边)/u, subject));
  }
  if (frame.elliptical) {
    // (那三级的呢 asks of 三级 what 那三级呢 asks: the 的 standing for the thing left out is no part of the subject.)
    const topic = frame.content.replace(OPENER, '').trim().replace(/(?<=\p{Script=Han}{2})的$/u, '');
    // 那报了多少人次 after 辅助生殖有哪些项目能报, 那多久能拿到 after 举报奖励最高多少钱: an elliptical message with a
    // question word of its own asks its own question of the last subject, not the last question again.
    // (Not one that names its own subject, 那帮办窗口设在哪, nor one pointing with 那天 or 她: those are read below.)
    // (那捐完多久能恢复 after 捐造血干细胞采集一次要多久: with a verb of its own it asks of the last question's things,
    // 造血干细胞, before it asks of what was done to them then, 采集.)
    if (frame.cues.some((c) => c.length > 0) && !DATE.test(topic) && !ORDINAL.test(topic) && !namesItsOwnSubject(frame) && !POINTER.test(body) && !TIME_POINTER.test(body) && !PERSON_POINTER.test(body)) {
      // (Not a yes-or-no question, 那以后还能再申请吗 after 违规转租会怎么处理, which asks of what was done; nor 它.)
      const things = hasOwnVerb(topic) && !frame.polar && !/它/u.test(body) ? thingsNamed(last.content.replace(TIME_WORDS, ' ')) : '';
      if (things !== '' && things !== last.content.replace(/\s+/gu, '')) add(`${things} ${body}`);
      add(`${last.content} ${body}`);
    }
    if (topic.length > 0) {
      // 那9月26日呢 after 5月23日办了什么活动: the same question of another date.
      const date = DATE.exec(topic)?.[0];
      const lastDate = DATE.exec(last.understood)?.[0];
      if (date !== undefined && lastDate !== undefined) add(last.understood.replace(lastDate, date), true);
      // 超过一天才报呢 after 半小时内报警的话，止付成功率有多高: the same question of another span of time.
      const span = DURATION.exec(topic)?.[0];
      const lastSpan = DURATION.exec(last.understood)?.[0];
      if (span !== undefined && lastSpan !== undefined && span !== lastSpan) add(last.understood.replace(lastSpan, span), true);
      // 那第三批呢 after 第一批消费券哪天发: the same question of another of the numbered things.
      // (第三个呢 after 第一阶段是什么时候: the generic 个 stands for the last one's measure word, 第三阶段.)
      const ordinal = ORDINAL.exec(topic);
      const lastOrdinal = ordinal === null ? null : new RegExp(`第[\\d一二三四五六七八九十]+${ordinal[2] === '个' ? `(?:${ORDINAL_KINDS})` : ordinal[2]}`, 'u').exec(last.understood);
      const kind = lastOrdinal === null ? undefined : ORDINAL.exec(lastOrdinal[0])?.[2];
      if (ordinal !== null && lastOrdinal !== null && lastOrdinal[0] !== ordinal[0]) add(last.understood.replace(lastOrdinal[0], `第${ordinal[1]}${kind ?? ordinal[2]}`), true);
      // 比去年同期呢 after 国庆期间受理了多少件: the same subject, compared.
      if (COMPARISON.test(topic)) add(`${last.understood.replace(/[?？!！。.]+$/u, '')}，${topic}`, true);
      // 年底呢 after 社区回收点现在建了多少个: the same question at another time.
      // (以后打算呢 after 现在多久采一次样: the same question later, as planned.)
      if (TIME_WORD.test(topic) && topic.replace(TIME_WORDS, '').replace(INTENT, '').trim().length === 0) {
        const lastTime = TIME_WORD.exec(last.understood)?.[0];
        add(lastTime !== undefined ? last.understood.replace(lastTime, topic) : `${topic}${last.understood}`, true);
      }
      // 那截止日期呢 after 创业大赛什么时候开始报名: an attribute of the last question's subject (创业大赛的截止日期);
      // 金额呢 after 现场签约了多少个项目: of what the last question was about, when it names no subject apart.
      const subject = subjectOf(last.content);
      if (namesAttribute(topic) && !(subject !== undefined && topic.includes(subject))) add(`${subject ?? last.content}的${topic}`, true);
      // 那居民医保呢 after 职工医保…报销比例是多少: the new subject takes the place of its like in the last question.
      const like = likeOf(last.content, topic);
      // 半程呢 after 全程马拉松关门时间是多长, 第三阶段呢 after 第一阶段干啥: a word sharing a character with the new
      // subject is its like before any other.
      let nearest = nearestWord(last.content, topic);
      // 江北区呢 after 今年老旧小区改造计划改多少个: a place or a name stands in for a place or a name (东港区 for
      // 高新区), never for a common noun that ends alike (小区); with none to stand in for, it narrows the last question.
      const name = properName(topic);
      if (name !== undefined && nearest !== undefined && properName(nearest) !== name) nearest = undefined;
      if (name !== undefined && nearest === undefined && like === undefined) add(`${topic}${last.understood}`, true);
      if (nearest !== undefined && sameEnding(nearest, topic) && (like === undefined || !sharesHead(like, topic))) add(withoutKindOfMeasure(last.understood.replace(nearest, topic)), true);
      if (like !== undefined) add(withoutKindOfMeasure(last.understood.replace(like, topic)), true);
      // 橙风呢 after 悠骑出行一季度考核几分: a name the release lists together with one of the last question's words
      // (悠骑出行91.5分，橙风单车86.2分) stands in its place, whatever the two are.
      const sibling = like === undefined && listedTogether !== undefined ? siblingIn(last.content, topic, listedTogether) : undefined;
      if (sibling !== undefined) add(withoutKindOfMeasure(last.understood.replace(sibling, topic)), true);
      // 那生态护林员呢 after 护林员现在每月补助多少: the last subject narrowed, asked the same question.
      const narrowed = like === undefined ? narrowedBy(last.content, topic) : undefined;
      if (narrowed !== undefined) add(withoutKindOfMeasure(last.understood.replace(narrowed, topic)), true);
      // Otherwise the word nearest the new subject gives way, as one reading among others.
      if (nearest !== undefined) add(last.understood.replace(nearest, topic));
      // 走访的企业呢 after 签约金额是多少: the last frame, asked of the new subject (or the message's own, 进口额是
      // 多少钱呢: money, not the tons the last question counted).
      // (销售额呢 after 脐橙卖了多少斤: money, not 斤; the last measure word goes when the new subject is a quantity of
      // another kind.)
      const ownKind = quantityKindOfNoun(topic);
      const lastMeasure = /(?:多少|几)(\p{Script=Han}+)/u.exec(last.cues)?.[1];
      // (A message asking in words of its own is read as it is put, not with its question words moved to the end.)
      if (frame.cues.some((c) => c.length > 0)) {
        // (Alone only when it points at nothing: 里面面积有多大 is the last subject's.)
        if (!INSIDE.test(body)) add(body);
        add(`${last.content} ${body}`);
      } else {
        const cues = ownKind !== undefined && lastMeasure !== undefined && measureKind(lastMeasure) !== ownKind ? '多少' : last.cues;
        // (After a yes-or-no question the same question is asked of the new subject before anything else: 微信举报呢
        // after 随手拍举报有奖励吗; its frame is all in the last content, which has no question words to carry over.)
        const lastFrame = readFrame(last.understood);
        const polar = lastFrame.polar;
        if (polar) add(`${last.content} ${topic}${cues}`);
        // (签约的居民呢 after 南湖街道社区医院有多少个家庭医生团队: the new thing counted in the place of the last one, of
        // the same owner, in a measure of its own when it names people and the last did not: 多少, not 多少个.)
        const counted = lastFrame.asks === 'figure' && lastFrame.counted !== undefined ? countedPhraseOf(last.content) : '';
        const ofPeople = PEOPLE_NOUN.test(topic) && lastMeasure !== undefined && measureKind(lastMeasure) !== 'people';
        if (counted.length > 0 && !topic.includes(counted) && last.content.trim() !== counted && last.content.includes(counted))
          add(`${last.content.replace(counted, topic).trim()}${ofPeople ? '多少' : cues}`);
        add(`${topic}${cues}`);
        // 年底前的目标呢 after 明厨亮灶现在接入多少家了: the new subject, of the last one.
        if (!polar) add(`${last.content} ${topic}${cues}`);
      }
    }
  }
  // 今年预计能到多少 after 去年异地贷款发了多少金额: the last question at another time, with the asker's intention
  // (预计, 计划) putting it ahead. Only a message that says nothing but the time and how it is asked.
  // (Not one asking another kind of number: 到年底要达到多少所 after 上半年接待了多少市民 asks for schools, not visitors.)
  if (!frame.elliptical && TIME_WORD.test(frame.content) && frame.content.replace(TIME_WORD, '').replace(INTENT, '').trim().length === 0 && !otherMeasure(frame, last)) {
    const time = TIME_WORD.exec(frame.content)![0];
    const lastTime = TIME_WORD.exec(last.understood)?.[0];
    const intent = new RegExp(INTENT.source, 'u').exec(text)?.[0] ?? '';
    add(lastTime !== undefined ? last.understood.replace(lastTime, `${time}${intent}`) : `${time}${intent}${last.understood}`, true);
  }
  // 惠及多少人了 after 先诊疗后付费有多少家医院开通: the subject left out is the last one. An elliptical question
  // names its own subject and replaces the last one; a question whose content names a thing of its own
  // (主持人是谁, 臭氧浓度多少) has its subject and is answered, or not, as it stands.
  // (The noun a figure question counts is what it counts, not what it is about: 有多少家商家承诺了.)
  // (A message opening with 其中 or 它 leans on the last subject even when it names a thing: 其中多少个拿到了运营补贴.)
  // (A time of its own takes the place of the last one's: 今年用了多少 after 维修资金现在总共攒了多少 is not asked of now; a
  // time compared with, 比去年同期, is no time of its own.)
  if (!frame.elliptical && (!namesItsOwnSubject(frame) || pointsAtLast(message))) add(`${TIME_WORD.test(frame.content.replace(COMPARED_WITH, ' ')) ? last.content.replace(TIME_WORDS, ' ') : last.content} ${text}`);
  const seen = new Set<string>();
  // (A message asking in words of its own, 那每期培训几天, is never read as the last question of something else,
  // 渔民每期培训今年办多少期: every reading keeps what it asks.)
  const own = frame.cues.filter((c) => c.length > 0);
  return candidates
    .map((c) => ({ ...c, question: c.question.replace(/\s+/gu, ' ').trim() }))
    .filter((c) => own.every((cue) => c.question.includes(cue)))
    .filter((c) => c.question.length > 0 && c.question !== text && !seen.has(c.question) && seen.add(c.question));
}

/**
 * A message read with the last question's words, without the time it was asked of (去年, 今年): the reading tried
 * when the message names a subject of its own yet is not answered alone (医生增加了多少 after 今年儿科有啥准备).
 */
export function withLastSubject(message: string, said: Turn): FollowUpCandidate {
  const frame = readFrame(readMessage(message));
  const last = inTheMessagesTime(said, frame);
  // (主题是什么 after 敬老月活动是哪段时间: the attribute of the last subject, 敬老月活动的主题是什么.)
  // (The last content whole when it is one phrase, 敬老月活动是 → 敬老月活动: jieba cuts 敬老 月 out of it.)
  const phrase = last.content.replace(TIME_WORDS, ' ').trim().replace(/[是为的有在于将要会]+$/u, '');
  const subject = /^\p{Script=Han}{2,12}$/u.test(phrase) ? phrase : subjectOf(last.content);
  if (subject !== undefined && asksBareAttribute(frame)) return { question: `${subject}的${readMessage(message)}`, literal: false };
  return { question: `${last.content.replace(TIME_WORDS, ' ')} ${readMessage(message)}`.replace(/\s+/gu, ' ').trim(), literal: false };
}

/**
 * The last turn with its words of intention dropped when the message asks what is done by now (现在做完几间了 after
 * 一共要改多少间教室): the subject carries over, not the plan.
 */
function inTheMessagesTime(last: Turn, frame: QuestionFrame): Turn {
  if (!frame.doneAmount) return last;
  const content = jieba()
    .cut(last.content)
    .filter((w) => !INTENTION_WORD.test(w))
    .join('');
  return content === last.content ? last : { ...last, content };
}

/** Words of intention and plan. */
const INTENTION_WORD = /^(?:要|将|将要|计划|打算|准备|拟|预计)$/u;

/** Whether a question asks an attribute (主题, 的名称) and names nothing it is of. */
function asksBareAttribute(frame: QuestionFrame): boolean {
  const content = frame.content.trim();
  // (A quantity is an attribute too: 面积多大, 人数多少.)
  return (namesAttribute(content) || quantityKindOfNoun(content.replace(/^的/u, '')) !== undefined) && new RegExp(`^${ATTRIBUTE_ALONE}$`, 'u').test(content);
}

/**
 * Whether an answer to a message that names no one of a numbered series is about another of the series the last
 * turn named (第三届's dates for 具体哪一天开幕 after 第四届电商节什么时候开), and not about that one.
 */
export function answersAnotherOfSeries(message: string, last: Turn, answer: Answer): boolean {
  const named = seriesMarks(last.understood);
  if (named.length === 0 || seriesMarks(readMessage(message)).length > 0) return false;
  const said = seriesMarks(normalise(`${answer.headline ?? ''} ${answer.quote ?? ''}`)).filter((m) => named.some((n) => n.kind === m.kind));
  return said.length > 0 && !said.some((m) => named.some((n) => n.kind === m.kind && n.value === m.value));
}

/** Whether a message asks an attribute of nothing it names (主题是什么): it is of the subject asked just before. */
export function asksAttributeOfNothing(message: string): boolean {
  return asksBareAttribute(readFrame(readMessage(message).replace(OPENER, '')));
}

/**
 * Whether a message leans on what was said before: it names no subject of its own (主题是什么, 具体是哪几天, 在哪个
 * 场地) or opens with a pointer to it (其中户籍类几项, 它的汛限水位). Asked right after another question, it is about
 * that question's subject, even when its words alone match something (the release's own theme or venue).
 */
export function leansOnContext(message: string): boolean {
  const text = readMessage(message).replace(OPENER, '');
  const frame = readFrame(text);
  // (幼儿园那块呢, 农村方面呢: "as for X" asks the last question of X, though X alone is answered.)
  // (以前呢, 去年呢, 2024年呢: a time alone names no subject; it asks the last question of that time.)
  if (frame.elliptical) return AS_FOR.test(text) || onlyTime(frame.content);
  if (POINTS_AT_LAST.test(text) || PERSON_POINTER.test(text)) return true;
  // (主题是什么 asks an attribute of nothing it names: of the last subject.)
  if (asksBareAttribute(frame)) return true;
  // (活动什么时候举办的 names its subject, 活动, though jieba files it as a verbal noun.)
  return !namesItsOwnSubject(frame, true);
}

/**
 * Whether a message's content is a time counted from the present and nothing else (以前, 原来, 去年, 上半年, 2024年):
 * it asks the last question then. (周末, 第三阶段 name a time of their own, which a passage may give alone.)
 */
function onlyTime(content: string): boolean {
  return /^(?:那|那么)?(?:以前|之前|此前|原来|原先|从前|过去|以后|之后|将来|今年|去年|前年|明年|后年|上半年|下半年|\d{4}年)$/u.test(content.replace(/[\s\p{P}]+/gu, ''));
}

/**
 * Whether an elliptical message names something the last answer's passage said, after a yes-or-no question
 * (重大隐患呢 after 随手拍举报有奖励吗, answered 每条给予20元奖励；属于重大隐患的，每条给予200元奖励): the asker has
 * just read of it and asks the last question of it, though alone it would be answered about it in general.
 */
export function asksOfWhatWasRead(message: string, last: Turn, passage: string): boolean {
  const frame = readFrame(readMessage(message));
  if (!frame.elliptical || frame.cues.some((c) => c.length > 0)) return false;
  const topic = frame.content.replace(OPENER, '').trim().replace(/(?<=\p{Script=Han}{2})的$/u, '');
  return /^\p{Script=Han}{2,10}$/u.test(topic) && readFrame(last.understood).polar && !last.understood.includes(topic) && normalise(passage).includes(topic);
}

/** Whether a message asks the last question "as for X" (幼儿园那块呢, 禅城区自己呢): it means nothing without it. */
export function asksAsFor(message: string): boolean {
  return AS_FOR.test(readMessage(message).replace(OPENER, ''));
}

/**
 * Whether an elliptical message names a quantity after a question that asked no figure (那夜里的起步价呢 after 新运价哪天
 * 开始收): it may ask the quantity's value as well as the last question of it, so it is answered alone when it can be.
 */
export function namesQuantityAfterOtherFrame(message: string, last: Turn): boolean {
  const frame = readFrame(readMessage(message));
  if (!frame.elliptical || readFrame(normalise(last.understood)).asks === 'figure') return false;
  const head = jieba()
    .tag(frame.content.replace(/\s+/gu, ''))
    .filter((w) => /^n/u.test(w.tag))
    .at(-1)?.word;
  return head !== undefined && quantityKindOfNoun(head) !== undefined;
}

/** Whether a message opens with a pointer to what was said before (其中, 它, 该, 此) or speaks of a person by pronoun. */
export function pointsAtLast(message: string): boolean {
  const text = readMessage(message).replace(OPENER, '');
  return POINTS_AT_LAST.test(text) || PERSON_POINTER.test(text);
}

/** A span of time with its bound: 半小时内, 超过一天, 24小时以上, 3天之内. */
const DURATION = /(?:超过|不到|不足|多于|少于|满)?(?:\d+(?:\.\d+)?|半|一|两|[二三四五六七八九十]+)个?(?:分钟|小时|钟头|天|周|星期)(?:以上|以内|之内|内|以后|之后|后)?/u;
/** "As for X": X那块, X那部分, X这边, X方面, X那里 before the closing 呢 or 的呢. */
const AS_FOR = /\p{Script=Han}(?:[那这]一?(?:块|部分|项|笔)|那边|这边|那头|方面|那里|这里|自己|本身|单独)(?:的)?呢[?？!！。]*$/u;

/** An attribute noun with nothing before it but a particle (主题, 的名称): what it is of is not said. */
const ATTRIBUTE_ALONE = '(?:的)?\\p{Script=Han}{2}';

/** An adverb ending a subject cut off before its verb: 都, 也, 还, 又, 全, 均, 主要. */
const TRAILING_ADVERB = /(?<=\p{Script=Han}{2})(?:都|也|还|又|全|均|主要|大多|大都|基本)$/u;

/** The words for the inside of what was just asked about: 里面, 那里头, 其中. */
const INSIDE_WORDS = '(?:那|这)?(?:里面|里头|里边|当中)|其中|之中';
/** Whether a question's content has a verb of two characters or more (恢复), not a verbal noun. */
function hasOwnVerb(content: string): boolean {
  return jieba().tag(content.replace(/\s+/gu, '')).some((w) => /^v/u.test(w.tag) && w.tag !== 'vn' && [...w.word].length >= 2);
}

/** The nouns of two characters or more a content names, in order (造血干细胞 of 捐造血干细胞采集一次要). */
function thingsNamed(content: string): string {
  return jieba().tag(content.replace(/\s+/gu, '')).filter((w) => NOUN.test(w.tag) && w.tag !== 'vn' && [...w.word].length >= 2).map((w) => w.word).join('');
}

/** A message opening with a pointer to the last subject: 其中, 里面, 它, 该, 此. */
const POINTS_AT_LAST = new RegExp(`^(?:它们?|该|此|${INSIDE_WORDS})`, 'u');
/** A message opening with the inside of the last subject. */
const INSIDE = new RegExp(`^(?:${INSIDE_WORDS})`, 'u');

/** Parts of speech of nouns, names, places and abbreviations (jieba's tag set). */
const NOUN = /^(?:n|nr|ns|nt|nz|nw|j|vn)$/u;

/**
 * The part of the last question that a new subject stands in for, when the two are alike: a compound with the
 * same head (职工医保 for 居民医保), or, for a subject that is one noun, the noun modifying the last question's
 * head (玉米 in 全省玉米平均亩产 for 大豆). Undefined when nothing in the last question is its like.
 */
function likeOf(content: string, topic: string): string | undefined {
  const words = jieba().tag(content);
  const topicWords = jieba().tag(topic);
  const topicHead = topicWords.at(-1)?.word;
  // (A particle closing the message, 了 of 首期募了, is no head: 帮了 is not its like. 的 is: 补税的 for 退税的.)
  if (topicHead === undefined || (topicWords.at(-1)!.tag !== 'uj' && FUNCTION_TAGS.test(topicWords.at(-1)!.tag))) return undefined;
  // The same head with another modifier: 职工 医保 → 居民医保.
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.word === topicHead && topicWords.length > 1 && !topic.includes(words[i - 1]!.word)) return `${words[i - 1]!.word}${words[i]!.word}`;
  }
  // (两居室 after 一居室每月多少钱: the same head counted otherwise, which jieba cut off its number, 一 居室.)
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if ([...w.word].length >= 2 && topic !== w.word && topic.endsWith(w.word) && words[i - 1]!.tag === 'm') return `${words[i - 1]!.word}${w.word}`;
  }
  // One noun for the noun modifying the head: 全省 玉米 平均 亩产 → 大豆 for 玉米. (A name in letters, pm2.5, is a
  // noun too: 臭氧呢 after 6月份pm2.5多少.)
  if (topicWords.length !== 1 || !NOUN.test(topicWords[0]!.tag)) return undefined;
  // (月份 in 6月份 is part of a date, not a thing.)
  const nouns = words
    .map((w, i) => ({ ...w, i }))
    .filter((w) => (NOUN.test(w.tag) || /^[a-z][a-z0-9.]+$/u.test(w.word)) && [...w.word].length >= 2 && !/\d$/u.test(words[w.i - 1]?.word ?? ''));
  const codes = content.match(/[a-z][a-z0-9]*(?:[.-]\d+)?/gu) ?? [];
  if (codes.length === 1 && nouns.every((w) => codes[0]!.startsWith(w.word))) return codes[0];
  const head = nouns.at(-1);
  if (head === undefined || nouns.length < 2) return undefined;
  // 总产量呢 after 秋粮播种面积多少: a quantity for a quantity, the head with what it is of (播种面积), not the thing's
  // name (秋粮).
  if (quantityKindOfNoun(topic) !== undefined && quantityKindOfNoun(head.word) !== undefined) {
    let quantity = head.word;
    for (let i = head.i - 1; i >= 0 && words[i]!.tag === 'vn'; i--) quantity = `${words[i]!.word}${quantity}`;
    return quantity;
  }
  // With the common nouns right before it that it goes with: 锂电池 stands for 新能源汽车 in 新能源汽车出口额, not
  // for 汽车 alone (never a place or a scope, 全省 or 江北区, which stay).
  // (A thing stands for a thing, not for the act modifying the head: 台风 for 暴雨 in 暴雨预警信号, not for 暴雨预警.)
  const before = nouns.slice(0, -1);
  const modifier = (topicWords[0]!.tag !== 'vn' ? before.filter((w) => w.tag !== 'vn').at(-1) : undefined) ?? before.at(-1)!;
  let like = modifier.word;
  for (let i = modifier.i - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!/^(?:n|nz|j)$/u.test(w.tag) || [...w.word].length < 2 || SCOPE_WORD.test(w.word)) break;
    like = `${w.word}${like}`;
  }
  return like;
}

/**
 * The word of the last question's content (longest first) that the release lists together with a new subject, in
 * one run of a sentence parted by 、，和 (悠骑出行 for 橙风 in 悠骑出行91.5分，橙风单车86.2分); undefined when none is.
 */
function siblingIn(content: string, topic: string, listedTogether: (a: string, b: string) => boolean): string | undefined {
  // (A quantity, 销售额 after 卖了多少斤, or a time, 开栓初期, asks the last question of it, not of a thing listed.)
  if (!/^\p{Script=Han}{2,10}$/u.test(topic) || quantityKindOfNoun(topic) !== undefined || jieba().tag(topic).at(-1)?.tag === 't' || TIME_WORD.test(topic)) return undefined;
  const flat = content.replace(/\s+/gu, '');
  const words = jieba()
    .tag(flat)
    .filter((w) => (NOUN.test(w.tag) || w.tag === 'x') && [...w.word].length >= 2 && !SCOPE_WORD.test(w.word) && quantityKindOfNoun(w.word) === undefined && !topic.includes(w.word) && !w.word.includes(topic));
  for (const word of words.map((w) => w.word).sort((a, b) => b.length - a.length)) {
    if (!listedTogether(word, topic)) continue;
    // (With the characters after it that the list names it with: 悠骑出行, which jieba cut after 悠骑.)
    const at = flat.indexOf(word);
    for (let more = 4; more > 0; more--) {
      const longer = flat.slice(at, at + word.length + more);
      if (longer.length === word.length + more && /^\p{Script=Han}+$/u.test(longer) && listedTogether(longer, topic)) return longer;
    }
    return word;
  }
  return undefined;
}

/**
 * The words of the last subject that an answer to a message pointing at it (里面面积有多大, 它的汛限水位) must hold:
 * the nouns and verbs of what the last question was about (禁毒教育基地 → 禁毒, 教育, 基地).
 */
export function wordsOfLastSubject(last: Turn): string[] {
  return wordsToHold(subjectOf(last.content) ?? last.content.replace(TIME_WORDS, ' '));
}

/** Whether a message asks about the inside of the thing the last question was about (里面, 其中). */
export function pointsInside(message: string): boolean {
  return INSIDE.test(readMessage(message).replace(OPENER, ''));
}


/** The nouns a question's content opens with, before its first verb (创业大赛 in 创业大赛开始报名); undefined when none. */
/** The nouns a figure question's content ends with, what it counts: 单车投诉 in 12345热线今年上半年收到 单车投诉. */
function countedPhraseOf(content: string): string {
  const words = jieba().tag(content.trim().split(/\s+/u).at(-1) ?? '');
  let i = words.length - 1;
  // (A verb after a noun ends a nominal, 单车投诉, whatever jieba tags 投诉 alone.)
  if (i >= 1 && /^v/u.test(words[i]!.tag) && NOUN.test(words[i - 1]!.tag)) i--;
  const verb = words.slice(i + 1).map((w) => w.word).join('');
  let nouns = '';
  for (; i >= 0 && NOUN.test(words[i]!.tag); i--) nouns = words[i]!.word + nouns;
  return nouns.length > 0 && [...`${nouns}${verb}`].length >= 2 ? `${nouns}${verb}` : '';
}

function subjectOf(content: string): string | undefined {
  const words: string[] = [];
  for (const { word, tag } of jieba().tag(content.replace(/\s+/gu, ''))) {
    if (!NOUN.test(tag) || tag === 'vn') break;
    words.push(word);
  }
  const subject = words.join('');
  return [...subject].length >= 2 ? subject : undefined;
}

/**
 * Whether a question's content names a thing (a noun of two characters or more) rather than only acts and qualities;
 * the noun a figure question counts is what it counts, not what it is about. Verbal nouns (活动) count when asked.
 */
function namesItsOwnSubject(frame: QuestionFrame, verbalNouns = false): boolean {
  // (Nor is the time compared with a subject: 比去年同期高了多少 names none.)
  const about = (frame.counted === undefined ? frame.content : frame.content.replace(frame.counted, ' ')).replace(COMPARED_WITH, ' ');
  // (The noun right after 什么 in 要发挥我市什么优势 is the kind of answer asked, as 多少企业's 企业 is what is counted:
  // the question's subject is elsewhere, or the last question's.)
  const words = jieba().tag(about);
  return words.some(
    (w, i) => NOUN.test(w.tag) && (verbalNouns || w.tag !== 'vn') && [...w.word].length >= 2 && !(frame.asks === 'definition' && i === words.length - 1 && words[i - 1]?.word === ' '),
  );
}

/** Whether a word is one proper name, and of what: a place (ns), a person (nr), an organisation (nt). */
function properName(word: string): string | undefined {
  const tagged = jieba().tag(word);
  return tagged.length === 1 ? /^(ns|nr|nt)/u.exec(tagged[0]!.tag)?.[1] : undefined;
}

/**
 * The noun of the last question that a new subject narrows (护林员 of 生态护林员): the subject ends with it, after a
 * modifier that is no number or ordinal (第二阶段 after 分几个阶段 is one of them, read elsewhere), and the last
 * question did not count it.
 */
function narrowedBy(content: string, topic: string): string | undefined {
  if (content.includes(topic)) return undefined;
  const words = jieba().tag(content);
  const found = words.filter(({ word, tag }, i) => {
    if (!/^n/u.test(tag) || [...word].length < 2 || topic === word || !topic.endsWith(word)) return false;
    const modifier = topic.slice(0, -word.length);
    return /^\p{Script=Han}{2,}$/u.test(modifier) && !/^第|[\d一二三四五六七八九十百千万几两多]/u.test(modifier) && !/[\d几多少]\p{Script=Han}?$/u.test(words[i - 1]?.word ?? '');
  });
  return found.sort((a, b) => b.word.length - a.word.length)[0]?.word;
}

/** The word of `content` that shares most characters with `topic` (at least one that is not a function word). */
function nearestWord(content: string, topic: string): string | undefined {
  let best: string | undefined;
  let bestShared = 0;
  const words = jieba().tag(content);
  words.forEach(({ word, tag }, i) => {
    // (Pronouns, conjunctions, adverbs and position words are no subject: 其中 is not 初中's like.)
    if ([...word].length < 2 || topic.includes(word) || /^(?:r|c|p|u|d|f)/u.test(tag)) return;
    const shared = [...new Set(word)].filter((c) => topic.includes(c)).length;
    if (shared > bestShared) {
      // (With a character of the name jieba cut off before it: 宁北区 read as 宁 北区 is one place, not 北区.)
      const before = words[i - 1];
      best = before !== undefined && /^\p{Script=Han}$/u.test(before.word) && /^(?:j|x|ns|nr|nz)$/u.test(before.tag) ? `${before.word}${word}` : word;
      bestShared = shared;
    }
  });
  return best;
}

/** The turn to remember for an answered question (as understood) and its answer. */
export function turnOf(understood: string, answer: Answer, person: { person?: string; people?: string[] }): Turn {
  const frame = readFrame(normalise(understood));
  const date = DATE.exec(normalise(`${answer.headline ?? ''}${answer.quote ?? ''}`))?.[0];
  return {
    understood: normalise(understood),
    content: frame.content,
    cues: frame.cues.filter((c) => c.length > 0).join(''),
    ...person,
    ...(date !== undefined ? { date } : {}),
    ...(answer.passageId !== undefined ? { passage: answer.passageId } : {}),
  };
}

/**
 * The question with its measure word made generic when it says what kind of thing is counted (几家, 多少名): 品种呢
 * after 省内企业中选了几家 asks how many 品种, which are not counted in 家.
 */
function withoutKindOfMeasure(question: string): string {
  return question.replace(/(?:多少|几)个?(\p{Script=Han}+)/u, (whole, after: string) => {
    const word = MEASURE_WORDS.find((w) => after.startsWith(w));
    const kind = word === undefined ? undefined : measureKind(word);
    // (Not 人次, a count of visits, which any subject may be counted in.)
    return kind !== undefined && KINDS_OF_THING.has(kind) && !word!.endsWith('次') ? `多少${after.slice(word!.length)}` : whole;
  });
}

/** The kinds of measure word that say what is counted: places, vehicles, people. */
const KINDS_OF_THING: ReadonlySet<MeasureKind> = new Set(['sites', 'vehicles', 'people']);
