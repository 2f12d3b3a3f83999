import type { Answer } from '../answer/types.ts';
import { quantityKindOfNoun } from '../language/measures.ts';
import { readFrame } from '../question/frames.ts';
import { jieba } from '../text/jieba.ts';
import { escapeRegExp, normalise } from '../text/pipeline.ts';
import { fold } from '../text/script.ts';

/**
 * A message that asks several things at once (网办率多少？比上一年提高了多少？, 汛前搞了培训没有？培训了多少人次？):
 * its question clauses in order, each ended by a question mark, an exclamation or a full stop, the later ones
 * often leaning on the first for their subject. A message of one clause has no parts.
 */

/** Messages longer than this are not taken apart: a pasted paragraph is not a list of questions. */
const MAX_LENGTH = 200;
/** At most this many clauses are tried. */
const MAX_PARTS = 4;

/** The question clauses of a message, when it has two to four of them; otherwise none. */
export function questionParts(message: string): string[] {
  if (message.length > MAX_LENGTH) return [];
  const parts = message
    .split(/[?？!！;；。]+/u)
    // 一共多少辆，占比是多少: a comma between two clauses that each ask something parts two questions too, and so
    // does a space in a chat message typed without punctuation (签约多少个项目 签约金额多少).
    .flatMap(atAskingCommas)
    .flatMap(distributed)
    .map((p) => p.trim())
    // (列一下, 详细说说: a request to say more of what was asked is no question of its own.)
    // (Nor is asking whether the release says it, 发布会有说吗: that is what every question asks.)
    .filter((p) => (p.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 && !REQUEST_ONLY.test(p) && !RELEASE_SAYS.test(fold(p)))
    // (Nor is saying which thing was meant, 就是滨江那个, 我是说新校区: it narrows the question before it, and the
    // message is read whole.)
    .filter((p) => !(SAYING_WHICH.test(fold(p)) && !ASKS.test(fold(p))));
  return parts.length >= 2 && parts.length <= MAX_PARTS ? parts : [];
}

/**
 * A part of the asker's own story, which asks nothing (我们公司做传感器的，想参加下一次; 听说双创汇进校园时办了双选会): about
 * themselves, or what they saw or heard.
 */
export function toldByAsker(clause: string): boolean {
  const folded = fold(clause);
  if (ASKS.test(folded) || A_NOT_A.test(clause) || ASKING_VERB.test(folded)) return false;
  return ABOUT_THE_ASKER.test(folded) || /^(?:听说|据说|听人说|看到|看了|刚才|刚刚)/u.test(folded);
}

/** Words that turn a clause to asking though it has no question word: 我想知道签约金额, 请介绍一下, 说说. */
const ASKING_VERB = /知道|了解|问|请教|咨询|打听|确认|请|介绍|说说|讲讲|求/u;

/** Saying which thing the question before meant: 就是滨江那个, 我是说新校区, 指的是…. */
const SAYING_WHICH = /^(?:就是|也就是|我是说|我说的是|说的是|我指的是|指的是|我问的是)/u;

/** A request with nothing to ask of: 列一下, 说说, 详细讲讲, 麻烦介绍一下, 展开说说吧. */
const REQUEST_ONLY = /^(?:请|麻烦|能不能|可以)?(?:你|您)?(?:给我|帮我)?(?:具体|详细|展开|简单)?(?:列|说|讲|介绍|解释|讲解|说明)(?:一下|一下子|下|说|讲|列)?(?:吧|呗|啊|呀|嘛)?$/u;

/** Whether the release says it: 发布会有说吗, 官方有提到吗, 文件里写了没, 有没有讲. */
const RELEASE_SAYS =
  /^(?:那|这个|这些)?(?:这次|这场|本次)?(?:发布会|会上|官方|文件|材料|通稿|原文|新闻稿|报道|你们|他们|领导|局长)?(?:上|里|中)?(?:有没有|有|没)?(?:说|提|讲|写|公布|透露|介绍)(?:到|过|了)?(?:吗|没|没有|么|不)?(?:啊|呀|呢|哈)?$/u;

/** X和Y分别是多少, X与Y各有几个: two things asked the same at once. */
const DISTRIBUTIVE = /^(.+?)(?:和|与|與|及|以及|跟|同)(.+?)(?:分别|分別|各自|各)(?=(?:是|为|為|有|在|要|能|达到|達到)?(?:多少|几|幾|什么|什麼|啥|哪|谁|誰|多大|多久|多长|多長))(.+)$/u;

/**
 * A clause asking the same of two things joined by 和 (签约项目数量和累计签约金额分别是多少) as two clauses, each
 * with what the first names before the pair (2024年全市新增企业和个体户各有多少 → 2024年全市新增企业有多少,
 * 2024年全市新增个体户有多少): the first thing is taken as long, in words, as the second.
 */
function distributed(clause: string): string[] {
  const pair = pairOf(clause);
  return pair === undefined ? [clause] : [`${pair.before}${pair.asked}`, `${pair.context}${pair.second}${pair.asked}`];
}

/** The parts of a clause asking the same of two things: what stands before the pair, the two things, what is asked. */
function pairOf(clause: string): { before: string; context: string; first: string; second: string; asked: string } | undefined {
  const m = DISTRIBUTIVE.exec(clause);
  if (m === null) return undefined;
  const [, before, second, asked] = m as unknown as [string, string, string, string];
  const secondWords = jieba().cut(second).filter((w) => w.trim().length > 0).length;
  const beforeWords = jieba().cut(before);
  let kept = beforeWords.length;
  for (let n = 0; n < secondWords && kept > 0; kept--) if (beforeWords[kept - 1]!.trim().length > 0) n++;
  return { before, context: beforeWords.slice(0, kept).join(''), first: beforeWords.slice(kept).join(''), second, asked };
}

/**
 * The things a message asks the same of at once (新建和收购各多少套 → 新建, 收购): each part's answer must be of its
 * own thing, not of the whole both belong to (2860套 筹集 answers neither).
 */
export function thingsAskedEach(message: string): string[] {
  return message.split(/[?？!！;；。，,]+/u).flatMap((clause) => {
    const pair = pairOf(clause.trim());
    return pair === undefined ? [] : [pair.first, pair.second];
  });
}

/** Whether an answer's headline gives one figure for two things asked each (民警和辅警：1,040余人次). */
export function statesJointly(answer: Answer, things: readonly string[]): boolean {
  if (things.length < 2 || answer.headline === undefined) return false;
  const headline = normalise(answer.headline);
  return things.some((a, i) => things.some((b, j) => i !== j && new RegExp(`${escapeRegExp(a)}(?:和|与|及|、)${escapeRegExp(b)}`, 'u').test(headline)));
}

/**
 * The words of a thing asked of that its answer must hold: nouns and verbs of two characters or more, but not
 * those that only say what kind of number is asked (数量, 金额, 人数).
 */
export function wordsToHold(thing: string): string[] {
  return jieba()
    .tag(thing)
    .filter((w) => /^(?:n|v)/u.test(w.tag) && [...w.word].length >= 2 && quantityKindOfNoun(w.word) === undefined && !/^(?:数量|数目|总数|总量|数字|情况)$/u.test(w.word))
    .map((w) => w.word);
}

/** A verb asked as itself and its negation: 收不收, 是不是, 有没有. */
const A_NOT_A = /(\p{Script=Han})[不没]\1/u;

/** Words that make a clause ask something. */
const ASKS = /多少|几|什么|啥|哪|谁|怎么|怎样|如何|为什么|为何|吗|呢|是否|有没有|是不是|能不能|会不会|多大|多久|多长|多高|多远/u;

/** A sentence cut at each comma that has a question on both sides; other commas stay. */
function atAskingCommas(sentence: string): string[] {
  const clauses = sentence.split(/[，,]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
  const parts: string[] = [];
  let current = '';
  for (const clause of clauses) {
    // (Read in Simplified: 分幾批發放 asks as 分几批发放 does.)
    if (current.length > 0 && ASKS.test(fold(current)) && ASKS.test(fold(clause))) {
      parts.push(current);
      current = clause;
    } else current = current.length > 0 ? `${current}，${clause}` : clause;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * 那第二阶段呢？具体哪段时间: an elliptical subject followed by a short question asked of it is one question, the
 * subject's (第二阶段具体哪段时间). Other messages are returned as they are.
 */
export function withEllipsisJoined(message: string): string {
  const m = /^(?:那么?|那个)?([^，,。？?！!\s]{2,16}?)呢[？?，,。！!\s]+([^？?。！!]{2,10}?)[？?。！!]*$/u.exec(message);
  if (m === null || !ASKS.test(fold(m[2]!))) return message;
  // (有例子吗 names a thing of its own, 例子: it is a question beside the subject's, not of it.)
  const content = readFrame(normalise(m[2]!)).content;
  if (jieba().tag(content).some((w) => /^n/u.test(w.tag) && [...w.word].length >= 2)) return message;
  return `${m[1]}${m[2]}`;
}

/**
 * What a reporter writes before the question to say where it comes from, ended by the words that turn to asking
 * (我看到你们提到……，想确认一下……; 答问环节有记者问到下一步的谋划，我想了解一下，……; ……，请问……).
 */
const TURN_TO_ASKING = /^(.{4,120}?)[，,：:；;]\s*(?:那么?|所以|因此)?(?:我们?|本报|我这边|我们这边)?(?:还|就)?(?:想|想要|希望|需要|要|特别想|主要想)?(?:再)?(?:确认|了解|核实|核对|求证|问|请教|打听|知道|咨询|请问)(?:一下|下)?(?:的是)?[，,：:]?\s*(.{2,})$/u;

/**
 * A message whose question follows a clause of context (我看到这场发布会是科技局介绍的，想确认一下发布会是哪天开的):
 * the context and the question, as typed (想確認一下 turns to asking as 想确认一下 does), or nothing when the message
 * has no such turn.
 */
export function contextAndQuestion(message: string): { context: string; question: string } | undefined {
  const typed = message.trim();
  const folded = fold(typed);
  const m = TURN_TO_ASKING.exec(folded);
  if (m === null || !/\p{Script=Han}{2}/u.test(m[2]!)) return undefined;
  // (As typed, script and punctuation, where folding kept every character in its place, as it almost always does.)
  const start = folded.length - m[2]!.length;
  return folded.length === typed.length ? { context: typed.slice(0, m[1]!.length), question: typed.slice(start) } : { context: m[1]!, question: m[2]! };
}

/**
 * A clause about the asker, which asks nothing (我老伴问我，…; …？我外孙女明年毕业。; 我孙子在读研究生，…): the asker's
 * own circumstances, said around the question, not what the releases are asked. 我 of the office speaking of itself
 * (我市, 我省, 我局, 我们市) is no asker.
 */
const ABOUT_THE_ASKER = /我(?!市|省|区|县|国|局|委|院|校|处|厅|部|办|们(?:市|省|区|县|局|委))/u;

/**
 * A message whose question stands beside clauses about the asker that ask nothing (我老伴问我，发布会上介绍情况的王慧
 * 是什么职务; 办了个什么会？我外孙女明年毕业): those clauses as context and the rest as the question, or nothing when
 * there is no such clause, or nothing else.
 */
export function asideAndQuestion(message: string): { context: string; question: string } | undefined {
  const typed = message.trim();
  if (typed.length > MAX_LENGTH) return undefined;
  const clauses = typed.split(/(?<=[，,。.！!；;？?])/u);
  const aside = (clause: string) => ABOUT_THE_ASKER.test(fold(clause)) && !ASKS.test(fold(clause));
  // (A story the asker opens with goes on to the clause that asks: 我表哥说他那天去了现场，说人山人海有上千人，线下一共
  // 来了多少人 — what the cousin said is the story's too, not what is asked.)
  const story = aside(clauses[0] ?? '') ? clauses.findIndex((c) => ASKS.test(fold(c))) : 0;
  const told = (clause: string, i: number) => aside(clause) || (i < story && !ASKS.test(fold(clause)));
  // (The context a question without a subject of its own is read with is what the story reports, not the asker.)
  const reported = clauses.filter((c, i) => told(c, i) && !aside(c));
  const context = reported.length > 0 ? reported : clauses.filter(told);
  const question = clauses.filter((c, i) => !told(c, i)).join('').replace(/^[，,。.！!；;\s]+/u, '');
  if (context.length === 0 || !ASKS.test(fold(question)) || !/\p{Script=Han}{2}/u.test(question)) return undefined;
  return { context: context.join('').replace(/[，,。.！!；;]+$/u, ''), question };
}

/**
 * A message's question without what the asker says around it of their own task: a remark after it about themselves
 * that asks nothing (…的目的是什么？我要写在报道第一段), and a lead-in before it that reports who asks or wants what
 * (作业里问：…, 老师说报道里要引用一句话，…, 我在写一篇报道，…). The question as typed from the first clause that
 * asks to the last; nothing when there is no such remark or no question left.
 */
export function questionWithoutRemarks(message: string): { question: string; leadIn: boolean; trailing: boolean } | undefined {
  const typed = message.trim();
  if (typed.length > MAX_LENGTH) return undefined;
  const clauses = typed.split(/(?<=[，,。.！!；;？?：:])/u).filter((c) => c.trim().length > 0);
  const asks = (clause: string) => ASKS.test(fold(clause));
  const aboutAsker = (clause: string) => ABOUT_THE_ASKER.test(fold(clause)) && !asks(clause);
  let from = 0;
  // (我看到活动期间走访了不少企业，…: what the asker saw or heard of the releases is the question's subject, no remark.)
  while (from < clauses.length - 1 && !asks(clauses[from]!) && ((aboutAsker(clauses[from]!) && !SAW_OR_HEARD.test(fold(clauses[from]!))) || REPORTS_TASK.test(fold(clauses[from]!)))) from++;
  let to = clauses.length;
  while (to > from + 1 && aboutAsker(clauses[to - 1]!)) to--;
  if (from === 0 && to === clauses.length) return undefined;
  const question = clauses.slice(from, to).join('').replace(/[，,：:]$/u, '').trim();
  if (!asks(question) || !/\p{Script=Han}{2}/u.test(question)) return undefined;
  return { question, leadIn: from > 0, trailing: to < clauses.length };
}

/** The asker telling what they saw or heard: 我看到, 我听说, 我注意到, 我记得. */
const SAW_OR_HEARD = /我们?(?:刚才|之前|也)?(?:看到|看见|听说|听到|注意到|了解到|发现|读到|记得|印象)/u;

/**
 * A lead-in that reports who asks or wants the question, asking nothing itself: 作业里问：, 题目问的是：, 老师说报道里要
 * 引用一句话, 老师让我们查一下. Said of the asker's task, not of the releases.
 */
const REPORTS_TASK = /^.{0,8}?(?:(?:问|(?<![听据])说|讲)(?:的是|道)?[：:]$|(?<![听据])(?:说|讲).{0,10}要.{0,10}[，,]$|(?:要求|让|叫|布置)(?:我|我们|咱们).{0,16}[：:，,]$)/u;

/**
 * A message whose question stands beside a remark that asks nothing and names nothing, typed before or after it as
 * chat (救命 报告会请来的院士是谁啊 我没看清; 盆景变风景是啥意思啊 看不懂; 签了战略合作啊 求科普): the question without
 * it, or nothing when there is no such remark. A remark names nothing when it has no name, place, organisation,
 * number or time in it (清华大学 签了什么协议 keeps its subject) and no word `known` to the releases.
 */
export function chatterAndQuestion(message: string, known: (word: string) => boolean = () => false): { question: string } | undefined {
  const typed = message.trim();
  if (typed.length > MAX_LENGTH) return undefined;
  const clauses = typed.split(/[，,。！!；;？?~～…\s]+/u).filter((c) => c.length > 0);
  if (clauses.length < 2) return undefined;
  const chatter = (clause: string) => {
    const folded = fold(clause);
    // (发布会有说吗 asks of the question beside it whether the release says it: the question is what is asked.)
    if (RELEASE_SAYS.test(folded)) return true;
    const han = clause.match(/\p{Script=Han}/gu)?.length ?? 0;
    // (Letters alone are a remark only as laughter, hhh, www: AED or TNR is what is asked about.)
    if (han === 0) return /^([a-z])\1{2,}$/iu.test(clause);
    // (收不收费, 有名单不 ask too; a clause with a number, or one that narrows the question, 业务里, is the question's.)
    if (ASKS.test(folded) || A_NOT_A.test(clause) || /[不没否]$/u.test(clause) || /\d/u.test(clause) || NARROWS.test(folded) || han > 8) return false;
    // (Nor one naming a thing the releases speak of, 签约仪式 before 几号: that is the question's subject.)
    const words = jieba().tag(folded);
    if (words.some((w) => [...w.word].length >= 2 && /\p{Script=Han}/u.test(w.word) && known(w.word))) return false;
    return !words.some((w) => /^(?:nr(?!t)|ns|nt|nz|m|t|eng)/u.test(w.tag) && !/^[a-z]+$/iu.test(w.word));
  };
  // (Only before or after the question, never inside it: what stands between two asking clauses is theirs.)
  let from = 0;
  let to = clauses.length;
  while (from < to && chatter(clauses[from]!)) from++;
  while (to > from && chatter(clauses[to - 1]!)) to--;
  if (from === 0 && to === clauses.length) return undefined;
  const question = clauses.slice(from, to).join('，');
  return ASKS.test(fold(question)) && /\p{Script=Han}{2}/u.test(question) ? { question } : undefined;
}

/** The end or words of a clause that narrows what the question after it asks: …里, 除了, 超过, a number, …以后. */
const NARROWS = /(?:里|中|当中|之中|里面|里头|以后|之后|后|以前|之前|前)$|除了?|超过|以上|以下|以内|不到|\d|[一二三四五六七八九十百千万两]+[个家座条项件名位户]|的$/u;

/**
 * A message whose question follows a clause of what happened, ending in its verb (商家一直拖着不退，平台直接退款多久能
 * 到账): that clause as context and the question after it; nothing for a clause that narrows what is asked or names
 * its topic, which the question needs.
 */
export function clauseAndQuestion(message: string): { context: string; question: string } | undefined {
  const typed = message.trim();
  if (typed.length > MAX_LENGTH) return undefined;
  const m = /^([^，,。？?！!；;]{2,40})[，,]\s*([^，,。？?！!；;]{2,60}[？?]?)$/u.exec(typed);
  const context = m === null ? '' : fold(m[1]!);
  if (m === null || ASKS.test(context) || !ASKS.test(fold(m[2]!)) || !/\p{Script=Han}{2}/u.test(m[2]!)) return undefined;
  // (Not a clause that narrows what is asked: 冷静期退款里, 除了工行, 超过140平方米的, 143个外币兑换点.)
  if (NARROWS.test(context)) return undefined;
  // (Nor a topic the question is asked of, a noun phrase: 映象网记者问的农业社会化服务，省里是怎么答复的; 景区免门票少收
  // 的钱，财政一年要补多少. A clause of what happened ends in its verb: 商家一直拖着不退.)
  const last = jieba().tag(context).at(-1);
  if (last === undefined || !/^(?:v|vd|vi|vl|a|ad|d|y|ul|uz)$/u.test(last.tag)) return undefined;
  return { context: m[1]!, question: m[2]! };
}

