import { generalWord, isDictionaryWord, isInDictionary, specificity } from '../language/general-words.ts';
import { isVerbTaggedAsNoun } from '../language/near-synonyms.ts';
import { isGenericMeasure, MEASURE_WORDS, measureKind, quantityKindOfNoun, type MeasureKind } from '../language/measures.ts';
import { valueOfNumeral } from '../language/numerals.ts';
import { jieba } from '../text/jieba.ts';

/**
 * A grammar of Chinese question forms. A question is a frame (what kind of answer it wants) around content
 * (what it is about). The frame comes from interrogative pronouns (谁, 哪里, 什么时候), 多少/几 with a measure word
 * (几家 → a count of things, 多少人 → a number of people), sentence-final particles (吗, 呢), A-not-A forms
 * (办不办, 有没有) and a few frame nouns (时间, 地点, 原因). The frame chooses the kind of passage; it is never
 * content: a release that never says 几号 or 将来 can still answer a question that does.
 */

/** What a question asks for. */
export type Asks =
  | 'figure' // a number: 多少, 几个, 多大, 第几, 比例
  | 'date' // a day or time: 什么时候, 哪天, 几号
  | 'person' // who, or someone's post: 谁, 哪位, 什么职务
  | 'place' // where: 哪里, 在哪, 什么地方
  | 'reason' // why: 为什么, 原因
  | 'method' // how: 怎么, 如何, 哪些措施
  | 'plan' // what next: 下一步, 今后, 打算
  | 'definition' // what it is or means: 是什么, 什么意思
  | 'any';

/** The frame of one question. */
export interface QuestionFrame {
  asks: Asks;
  /** It asks a telephone number (热线是多少, 打什么电话): a passage giving one to call answers it. */
  contact?: boolean;
  /** Whose number it asks, the words right before 电话 or 热线 (应急管理咨询 of 应急管理咨询电话是多少). */
  phoneOf?: string;
  /** It asks a web address (网址是多少, 什么网站): a passage giving one answers it. */
  web?: boolean;
  /** A part asked of a total the question states (120名颁证员里劳动模范有几位): the total and the part. */
  partOfStated?: { total: string; part: string };
  /** A part asked of a total the question names without a number: 今年冷静期退款里，健身类的有多少笔 → 健身. */
  partOfNamed?: string;
  /** It asks on which street (在哪条路上, 什么街): an address answers it, not a venue's name. */
  street?: boolean;
  /** It asks an amount for each one (一辆补多少钱, 每人奖多少): a passage giving only a total does not answer it. */
  perItem?: boolean;
  /** The kind of organisation it asks which one of (哪家公司 → 公司): a passage naming none of that kind does not answer it. */
  organisation?: string;
  /** For a figure question, the kind of number wanted, when the question says (几家, 多少钱, 人数). */
  measure?: MeasureKind;
  /** For a figure question whose words allow a few kinds (多长: a length or a time), the kinds that answer it. */
  measureAmong?: MeasureKind[];
  /** Asked in the generic measure word (几个, 多少种): any countable kind answers. */
  genericMeasure?: boolean;
  /** A yes/no question (吗, 是否, 办不办): answered by quoting the passage that settles it. */
  polar: boolean;
  /** It asks a number for each of several (各分几辆, 分别是多少): one number for all of them does not answer it. */
  breakdown?: boolean;
  /** An elliptical question that leans on what was said before (那X呢, 还有X吗, X呢). */
  elliptical: boolean;
  /** It points back with a demonstrative or pronoun (这个活动, 那次, 该项目, 他, 她). */
  pointsBack: boolean;
  /** It points back at a person (他, 她, 这位): never the release itself. */
  pointsAtPerson: boolean;
  /** It asks who said, introduced or answered something (谁介绍的, 哪位回答的): a passage's speaker answers it. */
  aboutSaying: boolean;
  /** It asks which outlet or reporter asked a question (哪家媒体问的, 谁提的这个问题): an official Q&A's asker answers it. */
  asksAsker: boolean;
  /** Of those, which question in the order asked (哪家媒体第一个提问的: 1; 最后一个提问的: −1). */
  askedOrdinal?: number;
  /** A superlative (最大, 最多, 最早): only a passage that ranks (最, 第一, 之首) can answer it. */
  superlative: boolean;
  /** Of superlatives, one asking for a limit (最多能扣多少): a passage states it as 最高, 限额 or 不超过. */
  limit: boolean;
  /** A figure question for how many there are in all (总共有多少, 一共多少), not how many were added. */
  total: boolean;
  /** It asks what something is called (叫什么名字, 叫啥): the answer names it. */
  asksName: boolean;
  /** It asks 谁 (who), which an organisation or a body of people may answer, unlike 哪位. */
  asksWho: boolean;
  /** It asks how a figure changed against an earlier one (同比, 比去年多了还是少了): the passage must say. */
  comparesWithPast: boolean;
  /** It asks how much is done so far (已经, 累计, 至今): a planned number does not answer it. */
  doneAmount: boolean;
  /** It asks about the future (明年, 下次, 今后 … 再): a past event does not answer it. */
  future: boolean;
  /** It asks a number planned or expected (今年计划…多少, 明年…多少): a past count does not answer it. */
  futureAmount: boolean;
  /**
   * It asks which ones or what they are (哪几家, 哪些村, 分别是什么) about things it counts itself (那5个项目,
   * 11家企业): a passage that only states the count restates the question.
   */
  listsCounted: boolean;
  /** It asks which ones (哪些, 哪几, 分别是): a passage that lists several things answers it. */
  list: boolean;
  /** The kind of thing a which-ones question lists (哪几个服务区 → 服务区), when it names one. */
  listedKind?: string;
  /** The year it points at from today (今年, 去年, 明年): a passage about another one does not answer it. */
  year?: string;
  /** It asks a time of day (几点): a day alone does not answer it. */
  clock: boolean;
  /** It asks the hour (几点, 几时): a part of the day (上午) does not say it. */
  hour?: boolean;
  /** It asks from when to when (从几号到几号, 啥时候开始到哪天结束): a passage giving one day does not say it. */
  span?: boolean;
  /** It asks from when a thing starts (从哪天起算, 什么时候开始实施): a date a thing starts from answers it best. */
  starts?: boolean;
  /** It asks the day a thing recurs on (每月几号, 每周哪天): a passage giving such a day (每月15日前) answers it best. */
  recurs?: boolean;
  /** The measure word it asks in (张, 台, 家), when it is not the generic one. */
  measureWord?: string;
  /** The measure word it asks in, generic or not (几种 → 种): what a passage's number in the same word suits best. */
  askedIn?: string;
  /**
   * For a figure question, the noun whose number it asks (多少位专家 → 专家, 签约金额是多少 → 签约金额): the passage's
   * number must stand with it, not with another noun of the same sentence.
   */
  counted?: string;
  /** The nouns that modify the counted one (大豆平均亩产 → 大豆, 平均): the passage's number must be theirs too. */
  countedWith?: string[];
  /**
   * In X的Y questions (报告的题目是什么, 第三阶段的内容), the X whose Y is asked: an answer must be about it, however
   * rare the Y is in the releases.
   */
  possessor?: string;
  /** In a how-question, the action asked how to do (申请 in 人才公寓怎么申请): a passage that never says it does not tell how. */
  action?: string;
  /** The question with its frame words, courtesy and particles taken out, A-not-A forms reduced: the content. */
  content: string;
  /** The frame words found, for explanations and tests. */
  cues: string[];
}

const MEASURE = MEASURE_WORDS.map(escape).join('|');

/** The kinds of organisation a question may ask which one of. */
const ORGANISATION_KINDS = '公司|企业|银行|单位|机构|医院|学校|高校|大学|学院|研究院|研究所|酒店|商场|超市|门店|景区|协会|工厂|厂家|厂商';
/** Asking which of counted things: 哪家, 哪个, 哪所, 哪间 (as Cantonese and many southern askers say it), 哪几家, 哪些. */
const WHICH_OF = '哪一?家|哪一?个|哪一?所|哪一?间|哪几家|哪几个|哪几所|哪几间|哪些';
/** Asking which one: 哪家, 哪个 … and 什么, 啥. */
const WHICH = `(?:${WHICH_OF}|什么|啥)`;
/** Which organisation is asked for: 哪家公司, 哪个单位, 什么银行 (the 哪家 is taken out, the kind left). */
const WHICH_ORGANISATION = new RegExp(`${WHICH}(?=(?:${ORGANISATION_KINDS}))`, 'gu');
/** The kinds of organisation that say only that a body is asked (哪个单位), standing as words of their own. */
const ANY_BODY = /(?<!\p{Script=Han})(?:单位|机构)/u;
/** The kind of organisation asked which one of (哪家保险公司 asks which 公司, of those insuring). */
const ORGANISATION_ASKED = new RegExp(`${WHICH}(?:[^\\s\\p{P}的地得样类种]{1,3}?)?(${ORGANISATION_KINDS})`, 'u');
/** Which bodies, of no kind named, did something: 是哪几家一起主办的, 由哪家承办. */
const BODIES_ASKED = new RegExp(`(?:是|由|跟|和|与)?哪(?:一|几)?家(?!${ORGANISATION_KINDS}|媒体|报社|电视台|网站|通讯社)(?=\\p{Script=Han}{0,4}?(?:主办|承办|协办|举办|合办|联办|参与|参加|合作|负责|组织|牵头|发起|开发|建设|运营|签))`, 'gu');
/** The same, to test a question once. */
const ASKS_BODIES = new RegExp(BODIES_ASKED.source, 'u');
/** The kind named before the question word: 第三方机构是哪一家, 施工企业是哪几家. */
const ORGANISATION_NAMED_FIRST = new RegExp(`(${ORGANISATION_KINDS})(?:是|为|分别是)(?:${WHICH_OF})`, 'u');

/**
 * Asking for a number to call: 电话是多少, 热线号码多少, 热线是什么号码, 打什么电话, 拨哪个号码, 联系方式是什么. (Not money
 * allotted, 每年拨多少钱, nor a discount, 打多少折, nor how often, 打几次.)
 */
const CONTACT_ASK =
  /(?:电话|热线|号码|联系方式)(?:号码)?(?:是|为)?(?:(?:多少|什么|哪个|啥)(?:号码|电话)?|几号(?=[?？。!！\s]|$))|(?:打|拨打|拨|致电)(?:什么|哪个|几号|多少|啥)(?:号码|电话|热线|(?!钱|元|块|万|亿|资金|经费|款|折|分|次|遍))|(?:什么|哪个|啥)(?:电话|热线)(?:号码)?|有没有(?:\p{Script=Han}{1,2})?(?:电话|热线|联系方式)|(?:电话|热线|联系方式)(?:有吗|有没有|有不有)/gu;

/**
 * Courtesy, hedges and fillers around a question (请问, 我想知道, 能告诉我, 麻烦问一下, 谢谢, 听说, 确切的 …), and the placeholders
 * other people's @handles and ids leave (@某人).
 */
const COURTESY = /@?某人|某群|某号|(?:[您你]好[,，!！]?)|(?:请问一下|请问下|请问|请教一下|请教|(?<!\p{Script=Han})请|麻烦(?:问一下|问下|您|你)?|我想(?:问一下|问问|问|知道|了解一下|了解)|想(?:问一下|问问|问(?!题)|知道|了解)|(?:能|可以|能不能|可不可以)(?:告诉我|说一下|讲一下|介绍一下|说说|讲讲)|告诉我|问一下|问下|帮我查一下|帮我查|查一下|谢谢|多谢|听说|据说|听人说|确切的?|(?:准确|精确)的?(?![率性度])|(?:具体|详细)的?(?=数字|数额|数目)|(?:具体|到底|究竟)(?=[是在有要会能叫指]|建在|设在|怎么|如何|哪|几|多少|什么|啥|包括))/gu;

interface Rule {
  pattern: RegExp;
  asks?: Asks;
  /** The kind of number, from the matched text. */
  measure?: (match: RegExpExecArray) => MeasureKind | undefined;
  /** Whether the matched measure word is the generic one. */
  generic?: (match: RegExpExecArray) => boolean;
  /** The kinds of number the matched words allow, when they allow more than one (多长: a length or a time). */
  among?: MeasureKind[];
  /** Keep the matched words as content too (打算, 措施 name what the Q&A talks about). */
  keep?: boolean;
}

/** A number asked of each of several: 每个区各分几辆, 城区和乡镇各几个, 分别是多少. */
const BREAKDOWN = /各(?:自|分|有|是|要|占|为|需|招|建|配|设)?(?:多少|几)|分别(?:是|有|为|占|要)?(?:多少|几)/u;

/** An amount asked for each one of a kind (一辆, 每人, 每个端口), not for a time (每月 is a rate). */
const PER_ITEM_ASK = /(?:每|(?<![\d一二三四五六七八九十])一)(?:个|辆|台|部|人|名|户|家|张|份|件|套|亩|平方米|餐|顿|千瓦|株|只|头)|每(?:条|笔|单|起|例|批|项|所|座|处|场|次|位|棵|盒|瓶|支|间)/u;

/**
 * A part asked of a total the question states: 120名特邀颁证员里劳动模范有几位, 312家退税商店中老字号有多少家,
 * 29批次里，电池有几批 (the total with its measure word, then the part, before the number asked; 里 may follow the
 * measure word at once, the bare 中 may not: 3个中心城区). Not an ordinal: 第三批里专门招的领读人有多少名 asks of the
 * third round, which states no total.
 */
const PART_OF_STATED = new RegExp(`(?<![\\d.第])(\\d[\\d.]*(?:万|亿)?(?:${MEASURE}))(?:[^，,。？?！!]{1,12}?(?:里面|里头|当中|之中|里|中)|里面|里头|当中|之中|里)[，,]?(\\p{Script=Han}{2,8}?)(?:有|占|是)?(?:多少|几)`, 'u');

/**
 * A part asked of a total the question names first, set off by a comma: 冷静期退款里，健身类的有多少笔, 罚没款当中，
 * 美容美发行业占了多少 (the part, before the number asked).
 */
const PART_OF_NAMED = /\p{Script=Han}{2,}(?:里面|里头|当中|之中|里)[，,]\s*(\p{Script=Han}{2,8}?)(?:类|方面|行业|领域|这块|那块)?的?(?:有|占了?|占比|是)?(?:多少|几)/u;

/** Asking on which street: 在哪条路上, 哪条街, 什么路. */
const STREET_ASK = /在?(?:哪一?条|什么|啥)(?:路|街|马路|大街|大道)(?![线口费况径段灯车]|公交|巴士)上?/gu;

/** A web address asked for: 网址是多少, 网址是啥, 什么网站, 哪个网址, 链接是什么. */
const WEB_ASK = /(?:网址|网站地址|网页地址|网页链接|链接)(?:是|为)?(?:多少|什么|哪个|啥)|(?:什么|哪个|啥)(?:网址|网站)/gu;

/**
 * The frame rules, most telling first: the first rule that sets `asks` decides it; every rule's words are
 * taken out of the content unless it keeps them.
 */
const RULES: Rule[] = [
  // A telephone number: 热线是多少, 打什么电话, 举报电话号码. Before dates and counts (几号 here is no day).
  { pattern: CONTACT_ASK, asks: 'figure' },
  // A web address: 网址是多少, 网站是啥 (what the address is of stays content).
  { pattern: WEB_ASK, asks: 'definition' },
  // Which organisation: 哪家公司, 哪个单位, 什么银行 (the kind stays as content; the frame asks which one).
  { pattern: WHICH_ORGANISATION, asks: 'definition' },
  // 是哪几家一起主办的, 由哪家承办: which bodies, of no kind named.
  { pattern: BODIES_ASKED, asks: 'definition' },
  // 和平路几号 asks a street number, an address: neither a day nor a count.
  { pattern: /(?<=[路街道巷弄])几号/gu, asks: 'place' },
  // 在几楼, 哪一层, 第几层: which floor is where, not how many.
  { pattern: /(?:在)?(?:几楼|几层|哪层|哪一层|哪个楼层|第几层|几号楼)/gu, asks: 'place' },
  // Dates before numbers: 几号, 几月 are days, not counts.
  { pattern: STREET_ASK, asks: 'place' },
  // 给个地址, 发一下地址: a request for an address asks where (the 地址 stays, and an address answers it).
  { pattern: /(?:给|发|说|告诉我)(?:个|一下|下|一个)?(?=地址)/gu, asks: 'place' },
  { pattern: /什么位置|哪个位置|具体位置|位于哪|在什么位置|从哪天到哪天|从什么时候到什么时候|几号到几号|哪几天|哪一?段时间|(?:什么|哪个|哪些|哪几个|啥)时间?段|什么时候|啥时候|什么时间|何时|哪一?天|哪一?日|哪一?年|哪几个月份?|哪个月|几月份?几[号日]|几月份?|(?<![路街道巷弄])几[号日]|几点钟?|什么日子|哪个时间/gu, asks: 'date' },
  { pattern: frameNoun('具体时间|时间|日期'), asks: 'date' },
  // (这几年, 近几天 are a span of time the question is about, not one it asks for.)
  { pattern: /(?:多长时间|多久|多少天|(?<![这那近前头末后过])几天|(?<![这那近前头末后过])几年|多少年)(?:以内|之内|内(?!容|部|外|地|涵))?/gu, asks: 'figure', measure: () => 'time' },
  // (多快能到, 多快可以办好: how soon a thing is done is a span of time; 多快 alone, 时速多少, a speed.)
  { pattern: /多快(?=能|可以|可|就|会|才|要|赶到|到达|到场|响应|办结|办好|修好|处理)/gu, asks: 'figure', measure: () => 'time' },
  { pattern: /多快|时速多少|速度多少/gu, asks: 'figure', measure: () => 'speed' },
  // (在人口里占多少, 占总数多少, 占全年计划的多少: a share of a whole the question names; 其中儿童占多少 after a count may be
  // a count.)
  { pattern: /百分之几|几成|(?:占比|比例|比重)(?:是|有|为|现在|目前|大概|大约|能)*(?:多少|几|多高|多大)|(?:多少|多大|多高)的?(?:比例|比重)|百分之多少|(?<=(?:(?:(?<![其了])中|里|里面|当中|之中)[^，,。？?\s]{0,12}?占(?:了|到|有|据)?|占(?:了|到|有|据)?(?:全部|总数|总量)的?|占(?:了|到|有|据)?[^，,。？?\s的]{1,8}的))(?:多少|多大)(?=[?？呢啊呀吗]*$)/gu, asks: 'figure', measure: () => 'percent' },
  // (A verb of spending or earning before a bare 多少 asks an amount of money: 游客消费了多少, 一共赚了多少.)
  // (Not with a measure word after it: 投了多少辆共享单车 counts bicycles.)
  { pattern: new RegExp(`多少钱|多少资金|(?:花|投|投入|消费|赚|挣|贷|借)了?多少(?=[?？呢啊呀吗]*$)|(?:花|投)了多少(?=个[万亿]|(?!${MEASURE}))|多少元|多少万元|多少亿元`, 'gu'), asks: 'figure', measure: () => 'money' },
  // 算第几个, 排第几: an ordinal asked, the rank a passage gives (首个, 第2位), not a count.
  { pattern: /(?<=[算是排列居])第几(?:个|位|名)?/gu, asks: 'figure' },
  // 三十几个 and 一百多家 are rough numbers, not questions: 几 and 多少 after a digit are not interrogative.
  // 哪几个 asks which ones, not how many.
  // (多少块破损井盖: 块 before the things it counts is their measure word, not the 块 of 六百块 people say for money; a
  // number in 件 counts other things, 投诉4,210件 no 招牌.)
  { pattern: /(?<![\d哪])(?:多少|几)(块)(?=\p{Script=Han}{2})(?!钱)/gu, asks: 'figure', measure: () => 'count', generic: () => false },
  // 多少万户, 多少亿吨: a magnitude before the measure word.
  { pattern: new RegExp(`(?<![\\d哪])(?:多少|几)(?:万|亿|千|百)?(${MEASURE})`, 'gu'), asks: 'figure', measure: (m) => measureKind(m[1]!), generic: (m) => isGenericMeasure(m[1]!) },
  // 多长 is a length or a time (签多长的合同): the passage's number says which.
  { pattern: /多长/gu, asks: 'figure', among: ['length', 'time'] },
  // (检出率有多高, 增长率多大: how high a rate is, a share.)
  { pattern: /(?<=率(?:是|有|为|现在|目前|大概|大约|能|会|达到)*)(?:多高|多大)/gu, asks: 'figure', measure: () => 'percent' },
  { pattern: /多高|多远|多宽|多深/gu, asks: 'figure', measure: () => 'length' },
  { pattern: /多重/gu, asks: 'figure', measure: () => 'weight' },
  // (几多, as Cantonese and southern speech ask how many, is 多少.)
  { pattern: /多大|(?<!\d)多少|第几|(?<![\d哪])几多(?=\p{Script=Han}|$)|(?<![\d哪])几(?=\p{Script=Han}|$)/gu, asks: 'figure' },
  // 一共, 总共, 共计, 加起来: a total is a number.
  { pattern: /一共|总共|共计|合计|总计|加起来|加在一起|合起来|算下来/gu, asks: 'figure' },
  { pattern: frameNoun('数量|数目|总数'), asks: 'figure' },
  // (黄某是哪里人 asks where one comes from: a place, its 人 no thing asked about.)
  { pattern: /是?(?:哪里|哪儿|什么地方|哪)的?人(?![员口数次群才士])/gu, asks: 'place' },
  // (李黎是做什么工作的 asks what one does for a living: a person's post, as 什么职务 does.)
  { pattern: /是?(?:做|干|搞)(?:什么|啥)工作的?/gu, asks: 'person' },
  { pattern: /谁|哪位|哪几位|哪\d+位|哪(?:几|\d+)(?:个人|人|名)|哪些人|什么人|何人|哪个人|什么职务|什么职位|什么身份|啥职务|啥身份|什么头衔|叫什么名字|(?:全称|全名|简称)(?:是|叫)?(?:什么|啥)|叫什么|叫啥/gu, asks: 'person' },
  // (职称, a professional title, is asked loosely for a post: 她的职称是什么.)
  { pattern: frameNoun('职务|职位|职称|身份|姓名|名字'), asks: 'person' },
  // 开幕式在哪里办, 运动会在哪举行: where an event is held is a place, not a way to do something.
  { pattern: /(?<=(?:会|式|赛|节|展|活动|典礼|仪式)\s*)(?:在|于)哪(?:里|儿)?(?=举办|办|举行|开|搞)/gu, asks: 'place' },
  // 在哪查, 去哪办, 到哪领: where to do something is a way to do it.
  { pattern: /(?:在|去|到|上)哪(?:里|儿)?(?:能|可以)?(?=查|看|办|领|申请|报名|登记|买|投诉|举报|咨询|问)/gu, asks: 'method' },
  { pattern: /在哪个(?=地方|城市|区|县|镇|村|街道|站|场馆|地点|位置|省|市|园区|景区|医院|学校)/gu, asks: 'place' },
  // (在宿州的哪个场地举办: which venue, wherever the 在 stands.)
  { pattern: /哪个(?=场地|场所|会场|场馆|地点|地方|位置)/gu, asks: 'place' },
  // 发布单位是哪里 asks which office, not where it stands: after 是, 哪里 and 哪个 ask for identity.
  { pattern: /是哪里|是哪儿|是哪个|是哪家|是哪些|在哪个|在哪家|在哪些(?!地方)/gu, asks: 'definition' },
  { pattern: /什么位置|哪个位置|具体位置|位于哪|在什么位置|从哪(?:里|儿)?到哪(?:里|儿)?|从哪(?:里|儿)?|到哪(?:里|儿)?|在哪里|在哪儿|在哪(?![个些家位几])|哪里|哪儿|何处|何地|什么地方|啥地方|哪个地方|哪些地方|哪几个地方|什么地点/gu, asks: 'place' },
  { pattern: frameNoun('地点'), asks: 'place' },
  // 地址是什么, 门牌号多少: an address asked (地址 stays content: an address is what answers it).
  { pattern: /(?<=(?:地址|门牌号?)\s*)(?:是|在|为)?(?:什么|啥|多少|哪里|哪儿)/gu, asks: 'place' },
  // The wording itself: 原话是怎么说的, 原文是什么, 是怎么表述的 ask for the passage that says it, quoted.
  { pattern: /(?:的)?(?:原话|原文|原句|具体说法|具体表述|具体提法|表述|提法|措辞)(?:是|为)?(?:怎么|如何|怎样|什么|啥)?(?:说|讲|表述|写|提)?的?|(?:是)?(?:怎么|如何|怎样)(?:表述|措辞|提)的/gu, asks: 'definition' },
  { pattern: /为什么|为何|为啥|怎么会|何故|什么原因|原因是什么/gu, asks: 'reason' },
  // What for, and to what good: 图啥, 目的是什么, 有什么意义 (好处, 用处) ask the purpose or the good done, as an
  // official answer opening 旨在… gives it.
  // (The noun stays content: the official question may use it, 有什么积极影响.)
  { pattern: /图个?啥|图什么|目的是什么|(?<=有(?:什么|啥))(?=(?:积极)?(?:意义|目的|好处|用处|用意|影响|作用|帮助))/gu, asks: 'reason' },
  { pattern: frameNoun('原因'), asks: 'reason' },
  { pattern: /下一步|接下来|今后|以后|将来|未来|后续|下阶段|(?<!去年|前年|上年|\d{4}年)下半年|明年/gu, asks: 'plan', keep: true },
  { pattern: /有什么打算|什么打算|有何打算|有什么计划|什么计划|有什么谋划|什么谋划|有什么安排|打算|计划|谋划|准备/gu, asks: 'plan', keep: true },
  // 是怎么回事, 咋回事: what a thing is about (回事 is no content; 具体 before it only presses the question).
  { pattern: /(?:具体|到底|究竟)?(?:是)?(?:怎么|咋|怎样)(?:一)?回事儿?/gu, asks: 'definition' },
  { pattern: /怎么办|怎么做|怎样做|如何做|怎么样|咋办|咋整|咋弄|咋样|怎么|怎样|如何|咋(?=\p{Script=Han})|什么办法|哪些办法|什么措施|哪些措施|什么举措|哪些举措|什么途径|哪些途径|通过什么方式|什么方式/gu, asks: 'method' },
  // X的内容, X的情况: what X is about.
  { pattern: frameNoun('主要内容|具体内容|内容|详细情况|具体情况|情况|详情'), asks: 'definition' },
  // 哪两个, 哪五类: which ones, of as many as the asker says, a count the passage that names them gives too.
  { pattern: /哪\d{1,2}(?:个|家|所|位|名|项|条|种|类|批|座|处|台|部|只)/gu, asks: 'definition', keep: true },
  { pattern: /干嘛|干吗|干啥|干什么|是什么意思|什么意思|啥意思|指什么|指的是什么|是指什么|何为|什么叫|什么是|含义|是什么|是啥|有哪些|有什么|(?:哪些|什么|啥)(?:事情|事儿|事)(?!\p{Script=Han})|哪些|哪几(?:个|种|类|项|样|条|批|方面)|哪\d+个|哪个|什么样的?|什么|啥/gu, asks: 'definition' },
];

/**
 * A frame noun (时间, 地点, 原因) standing as its own word, after 的, 是 or a space or at the start, not inside
 * a compound the release may use (发布时间, 活动地点 stay whole).
 */
function frameNoun(words: string): RegExp {
  return new RegExp(`(?<=^|[的之是\\s])(?:${words})`, 'gu');
}

/** A-not-A and A-没-A: 办不办 → 办, 有没有 → 有, 举不举办 → 举办, 是不是 → 是; the question is yes/no. */
const A_NOT_A = /(\p{Script=Han})([不没])\1(\p{Script=Han})?|(\p{Script=Han}{2})不\4/gu;
/** A duty a person is named by: 负责城市书房的, 分管教育的, 主管这项工作的. */
const DUTY = /^(?:具体)?(?:负责|分管|主管|牵头)\p{Script=Han}/u;
const DUTY_VERB = /^(?:具体)?(?:负责|分管|主管|牵头)/u;
/** Yes/no markers: a final 吗/么, 是否, 能否, 有没有 …. */
const POLAR = /(?:吗|(?<!什)么|嘛)[?？!！.。]*$|是否|能否|可否|有无|是不是|有没有|会不会|能不能|可不可以/u;
/** Elliptical follow-ups: 那X呢, X呢, 还有X吗, 还有呢. */
const ELLIPTICAL = /^(?:那么?|那个|还有|另外|其他|其它)|呢[?？!！.。]*$/u;
/** A number stated with its unit or measure word. */
const STATED_NUMBER = new RegExp(`(?<!第\\d*)\\d(?:[余多几来])?(?:万|亿)?(?:[余多几来])?(${MEASURE})`, 'u');
/** Every number a question states with its measure word. */
const STATED_NUMBERS = new RegExp(STATED_NUMBER.source, 'gu');
/** Dates, which are no numbers of anything (6月1日至9月30日, 截至2月25号). */
export const DATES = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年|\d{1,2}[日号]/gu;

const SUPERLATIVE = /最(?:大|多|少|高|低|早|晚|长|短|快|慢|好|差|重要|主要|贵|便宜|近|远)|第一大|排名第一|排第几|(?:算|是|排|列|居)第几(?![批期阶次轮届天年月])/u;
/**
 * A superlative that asks for a limit: 最多能扣多少, 最高可以贷多少, 最长补几年, 最多充多少钱, 最多多少, 最多多长时间,
 * 最快多久: the degree word,
 * then at most a few words of what is done (no 的 and no clause break), then the question word. Not 哪个最多, 最多的是,
 * 最多的项目签了多少钱 (which ask which one is first).
 */
const LIMIT = /(?<!哪\p{Script=Han}{0,3})最(?:多|高|长|少|低|短|晚|早|快)[^的，,。？?！!\s]{0,6}?(?:多少|几|多长|多久|多大|多高)/u;
/** The next one of a series, or the next year: 明年, 下一次, 下届, 下一场. */
const NEXT_ONE = '明年|下一次|下次|下一届|下届|下一[场期轮批]';
/**
 * 计划 as the verb of intention (计划投资多少, 明年计划建几座), not the noun a demonstrative or a measure word puts before it:
 * 这个计划 is the scheme the release is about (立法会批了多少钱给这个计划); nor one that a modal or 的 follows, as a noun's
 * (飞行计划得提前多久报).
 */
const PLAN_VERB = '(?<![这那该此本项个份])计划(?![得的书表中里内])';
const FUTURE = new RegExp(`${NEXT_ONE}|下一步|今后|以后|将来|未来|接下来|后续|还会|还要|还将|再办|再来|再举办|再开|${PLAN_VERB}|预计|打算`, 'u');
/** Verbs of modality, which make no clause of what stands before 以后: 那以后还会不会加 asks of the future. */
const MODALITY = /^(?:会|要|能|可以|可能|还会|还要|应该|得|想)$/u;

/** A question with 以后 or 之后 dropped where they close a clause with a verb (管廊用起来以后, 改完以后, 接到报警以后). */
function withoutAfterClauses(text: string): string {
  return text.replace(/([^，,。？?！!；;]*?)(?:以后|之后)(?![呢吗啊呀?？!！。\s]*$)/gu, (whole, clause: string, at: number) =>
    // (Not a time, 半夜12点以后, 9月份以后: from then on; nor what is asked of it, 调了以后呢, nor a plan after it,
    // 专项行动结束以后统计局会干嘛.)
    !/(?:\d|[点时日号月年]|[一二三四五六七八九十]点)$/u.test(clause) &&
    !/会|将|打算|准备|计划/u.test(text.slice(at + whole.length)) &&
    jieba()
      .tag(clause.replace(/\s+/gu, ''))
      .some(({ word, tag }) => /^v/u.test(tag) && !MODALITY.test(word))
      ? `${clause} `
      : whole,
  );
}
/**
 * Of those, the ones that put a number in the future (今年计划…多少, 明年…多少, 要提到多少), not a range ahead (未来3天);
 * 去年下半年 is past.
 */
const FUTURE_AMOUNT = new RegExp(`${NEXT_ONE}|${PLAN_VERB}|预计|打算|(?<!去年|前年|上年|\\d{4}年)下半年|要达到|要\\p{Script=Han}?到(?=多少|几)|力争|目标`, 'u');
/** Words that ask how much is done so far: 已经加装了多少部, 累计投了多少, 至今, 现在做完几间了. */
const DONE_AMOUNT = /已经|累计|至今|目前为止|到目前|截至目前|(?:现在|目前)\p{Script=Han}{0,4}(?:完|好|成)(?:了)?(?:多少|几)|(?:完成|做完|建成|改完|建好|完工|竣工|办结|办完|修好|修完)了(?:多少|几)/u;
/** Asking what something is called. */
const NAME_ASK = /叫什么|叫啥|什么名字|啥名|(?:全称|全名|简称)(?:是|叫)?(?:什么|啥)/u;
/**
 * A verb of paying or being paid, then a bare 多少 (no measure word after it): 补多少, 罚了多少, 交多少, 花了多少
 * (not 报销多少, which asks a share as often as an amount).
 */
const PAYING_HOW_MUCH = /(?:补|奖|罚|赔|付|花|缴|交|退|补贴|补助|奖励|赔偿|支付)(?:了|给|到)?(?:多少|几多)(?![\p{Script=Han}\d])/u;
/** Words of intention that put a number or a date in the future. */
const INTENTION = new RegExp(`打算|${PLAN_VERB}|预计|准备`, 'gu');
const LIST = /哪几|哪\d|哪些|分别是|分别有|分别叫|都有哪些|都是哪些|都是什么|都有什么|名单(?=[是有呢吗啊了都，,。?？\s]|$)|是什么项目|是哪些/u;

/** What things are, asked of several: 主要是啥, 具体是什么, 都有什么. */
const WHAT_THEY_ARE = /(?:都|主要|具体|大多|大都)(?:是|有|包括)(?:啥|什么|哪些)/u;

/** Demonstratives and third-person pronouns that point back at something said before. */
const PERSON_POINTER = /这位|那位|该人|此人|这人|他们|她们|(?<![其吉利])他|她/u;
// (本 points only with its measure, 本次, 本场: 读本 and 多少本 point nowhere.)
const POINTS_BACK = /^(?:那|那么)?其中|(?:这|那|该|此|上述|刚才|前面)(?:个|次|场|项|些|位|家|批|届|期|条|件|种|阶段)?|本(?:个|次|场|项|位|家|批|届|期|条|件|种|阶段)|他们|她们|他|她|它/u;
/**
 * Nouns that name an attribute of something (its date, amount, title): 截止日期 is the deadline of something, and
 * in 报告题目 the head 报告 is whose attribute is asked.
 */
const ATTRIBUTE_NOUN = '(?:题目|标题|名称|名字|主题|时间|地点|日期|金额|数量|规模|比例|职务|职位|身份|目标|指标|标准|额度|上限|限额)';
const ATTRIBUTE_OF = new RegExp(`^(\\p{Script=Han}{2,}?)${ATTRIBUTE_NOUN}\\s*$`, 'u');

/** Whether a phrase ends in a noun naming an attribute of something (截止日期, 报名时间, 投资金额). */
export function namesAttribute(phrase: string): boolean {
  return new RegExp(`${ATTRIBUTE_NOUN}$`, 'u').test(phrase.trim());
}

/** Other names of a press conference than 发布会. */
const OTHER_CONFERENCE_NAMES = /记者会|记者招待会|通气会|吹风会|见面会/u;

/** 这次发布会, 本场采访: the press conference the releases record. */
const THIS_RELEASE = /(?:这|本|此|该|今天的?)(?:次|场|个)?(?:新闻)?(?:发布会|采访|访谈|记者会|通气会|吹风会|见面会|座谈会|答记者问|答问)/gu;

/**
 * 这次, 本次, 此次 (this time): the occasion the release records, asked of out of the blue as naturally as 这次发布会
 * (这次一共几种药中选); 那次, 该次 point back at one named before.
 */
const THIS_TIME = /(?:这|本|此)次/gu;

/**
 * A demonstrative standing beside the noun before it (集中整治那一段, 降糖药那个例子): the noun names what is meant.
 * (Not after 的 or a verb of saying, 刚才说的那个项目, nor after a pronoun, 他们那个.)
 */
const BESIDE_NOUN = /(?<=\p{Script=Han}{2})(?<![的说讲提是了们他她它这那])(?:这|那)一?(?:段|个|项|次|场|阶段|块|部分|条)/gu;

/** Asking a rank: 排第几, 居第几, 排名多少, 第几名. */
const RANK_ASKED = /(?<=[算是排列居])第几|排名(?:第几|多少|怎么样|如何)|排第?几|第几名/u;

/** The kind of quantity the first noun of the content names that names one (金额, 人数, 租金, 面积), if any. */
function quantityOf(content: string): MeasureKind | undefined {
  const words = jieba().tag(content.replace(/[\s\p{P}]+$/u, ''));
  // (The last quantity noun is the head: 贷款平均利率 asks a rate, 补贴金额占比 a share.)
  for (let i = words.length - 1; i >= 0; i--) {
    const { word, tag } = words[i]!;
    // (A quantity character jieba leaves alone belongs to the word before it, 个贷 率: 公积金的个贷率 asks a rate, not
    // the money of 公积金.)
    const glued = [...word].length === 1 && i > 0 && /^\p{Script=Han}{2,}$/u.test(words[i - 1]!.word) ? quantityKindOfNoun(words[i - 1]!.word + word) : undefined;
    if (glued !== undefined) return glued;
    if (!/^(?:n|vn|nz|ng|x)$/u.test(tag) || [...word].length < 2 || isVerbTaggedAsNoun(word)) continue;
    const kind = quantityKindOfNoun(word);
    // (A word jieba does not know names a quantity by its end, 肩高 a height; not by a character of money, which
    // unknown words end in as often as not: 护薪驿站.)
    if (kind && !(tag === 'x' && kind === 'money')) return kind;
  }
  // The last word before the question word is what is asked about, whatever jieba tags it there (收入 in 人均可支配
  // 收入是多少 is a verb to it), and a quantity character it leaves alone belongs to the word before it (机收 率).
  while (words.length > 0 && LINKING_VERB.test(words[words.length - 1]!.word)) words.pop();
  // (率有: jieba glues the verb to the character before it when it knows neither.)
  const glued = words.length > 0 ? /^(\p{Script=Han})(?:有|是|为)$/u.exec(words[words.length - 1]!.word) : null;
  if (glued) words[words.length - 1] = { word: glued[1]!, tag: 'x' };
  const last = words[words.length - 1];
  if (last === undefined || !/^\p{Script=Han}+$/u.test(last.word)) return undefined;
  const before = words[words.length - 2]?.word ?? '';
  const head = [...last.word].length === 1 && /^\p{Script=Han}{2,}$/u.test(before) ? before + last.word : last.word;
  return [...head].length >= 2 && !isVerbTaggedAsNoun(head) ? quantityKindOfNoun(head) : undefined;
}

/** Whether the noun a generic count counts, before the cue, names no quantity while a quantity noun stands before it. */
function countsNounAfterQuantity(folded: string): boolean {
  const counted = countedNoun(folded)?.at(-1);
  if (counted === undefined || quantityKindOfNoun(counted) !== undefined) return false;
  const at = folded.indexOf(counted);
  return at > 0 && jieba().tag(folded.slice(0, at)).some((w) => quantityKindOfNoun(w.word) !== undefined);
}

/** Whether the number cue is followed by a noun of its own that names no kind of quantity (多少损失, 几个项目). */
function countsOwnNoun(folded: string): boolean {
  const cue = ASK_CUE.exec(folded);
  if (cue === null) return false;
  const next = jieba().tag(folded.slice(cue.index + cue[0].length))[0];
  return next !== undefined && /^(?:n|vn|nz)$/u.test(next.tag) && [...next.word].length >= 2 && quantityKindOfNoun(next.word) === undefined;
}

/** Verbs of telling, knowing and checking, which a how-question asks of what follows them. */
const KNOWING = /^(?:看出|看得出|认出|知道|判断|辨别|识别|分辨|区分|区别|确定|确认|得知|发现|查询|查到|查看|看到|分清)/u;

/** 怎么看出, 如何判断, 怎样才能知道: a how-question's verb of knowing, after its question word. */
const KNOWING_ASKED = new RegExp(`((?:怎么|怎样|如何|咋)(?:才能|才|能|可以|去|来)?)${KNOWING.source.replace(/^\^/u, '')}(?:出来|出)?`, 'gu');

/** The verb right after 怎么, 怎样, 如何, 咋 or 去哪 (not 怎么办, 怎么样: those ask what to do, or how it went). */
function actionAsked(folded: string): string | undefined {
  // (去哪里报名 asks where to do it, a way to do it as 怎么报名 is: 报名 is the action too.)
  // (The first of them that names an action: 去哪里领、怎么申请 asks how to 申请.)
  for (const m of folded.matchAll(/(?:怎么|怎样|如何|咋|(?:在|去|到|上)哪(?:里|儿)?)(?:才能|才|能|可以|去|来)?(\p{Script=Han}{1,4})/gu)) {
    const action = actionAfter(m[1]!);
    if (action !== undefined) return action;
  }
  return undefined;
}

/** The action named by the words after a how-question's question word, if they name one. */
function actionAfter(after: string): string | undefined {
  if (/^(?:办|做|样|回事|弄|搞)/u.test(after)) return undefined;
  // (Nor a verb of telling or knowing before what is to be told, 怎么看出井盖下面有没有防坠网: any account of the
  // signs tells it.)
  if (KNOWING.test(after)) return undefined;
  const first = jieba().tag(after)[0];
  // (Not a verb that could name any handling at all: 怎么处理, 如何解决, 怎么使用 ask what is done, in any words.)
  return first !== undefined && /^v/u.test(first.tag) && [...first.word].length >= 2 && specificity(first.word) >= 0.2 ? first.word : undefined;
}

/**
 * Whether a generic count is followed by words that are not the quantity it asks in: the things counted or what
 * they did (多少个项目获得补贴, 其中多少个已经拿到补贴), not 多少个百分点 or 几个亿.
 */
function countsBeforeQuantity(folded: string): boolean {
  // (Within its own question: 现场签了多少个项目？签约金额多少？ asks two things.)
  const after = /(?:多少|几)(?:个|家|项|所|种|批)([^?？!！。,，;；\s]*)/u.exec(folded)?.[1];
  if (after === undefined || after.length === 0 || /^(?:吗|呢|啊|呀|了|亿|万|千万|百万)/u.test(after)) return false;
  const words = jieba().tag(after);
  return quantityKindOfNoun(words[0]!.word) === undefined && words.some((w) => quantityKindOfNoun(w.word) !== undefined);
}

/**
 * Verbs that link a noun to the number asked (收入是多少, 机收率有多少, 总额为多少): LINKING without 的 and 了, since
 * 收入的多少 asks a part of the income, not the income.
 */
const LINKING_VERB_WORDS = '是|有|为|达|达到|共|一共|总共|大概|大约|能|会|约';
const LINKING_VERB = new RegExp(`^(?:${LINKING_VERB_WORDS})$`, 'u');
const LINKING_VERBS_ONLY = new RegExp(`^(?:${LINKING_VERB_WORDS}|\\s)*$`, 'u');

/** Whether a text holds only verbs linking a noun to the number asked (大概是, 一共有), or nothing. */
export function onlyLinksToNumber(text: string): boolean {
  return LINKING_VERBS_ONLY.test(text);
}

/** Hedges on a stated number: before it (将近, 接近, 大约, 差不多, 近), or after it and its measure (左右, 上下). */
const NUMBER_HEDGE = /(?:将近|接近|大约|大概|差不多|约莫|近)(?=\d)|(?<=\d(?:\.\d+)?[万亿]?\p{Script=Han}{0,2})(?:左右|上下)/gu;

/** 多少天, 几年, 多少日: a unit of time after the question word, which may open a noun instead (多少日供水能力, 多少天然气). */
const TIME_MEASURE_ASKED = /(多少|几)([日月年周天])(?=\p{Script=Han})/gu;

/** jieba's tags of the nouns a unit of time may open. */
const NOUN_OPENED = /^(?:n|nz|vn|l|j)$/u;

/** Nouns of time that a unit of time measures (几天时间, 多少年工夫): the unit stays a measure before them. */
const TIME_NOUN = /^(?:时间|工夫|功夫|光景|时光)$/u;

/**
 * Whether a unit of time and the text after it open a noun: the unit is part of a longer noun (天然气, 年收入, 日均), or a
 * noun follows it (日供水能力, 年产值), as no verb does (几日到账, 多少天能办完).
 */
function startsNoun(unit: string, after: string): boolean {
  // (多少天内能告诉家长: 内 after the unit bounds the time, whatever jieba makes of 内能.)
  if (/^(?:以内|之内|内)/u.test(after)) return false;
  const words = jieba().tag(`${unit}${after}`);
  const first = words[0]!;
  // (A two-character word is no evidence: jieba reads 年老 in 这几年老旧小区, 月份 in 几月份.)
  if (first.word !== unit) return ([...first.word].length >= 3 || first.tag === 'j') && NOUN_OPENED.test(first.tag) && isDictionaryWord(first.word);
  const next = words[1];
  return next !== undefined && NOUN_OPENED.test(next.tag) && !TIME_NOUN.test(next.word);
}

/**
 * Reads the frame of a folded question (Simplified, half-width, numbers in digits) and what is left of it as
 * content. Never throws; a question with no frame words asks for `any` passage.
 */
export function readFrame(question: string): QuestionFrame {
  // 哪一位, 哪一天, 哪一家 ask what 哪位, 哪天, 哪家 ask.
  // (春季的时候, 报名的时候: …的时候 says when, as the words before it do alone; it names nothing counted or owned.)
  // (最多的时候, 最高的时候 say when too, at the peak: no superlative or limit asked of the number; not 最高时速.)
  // (以后 closing a clause with its verb, 管廊用起来以后少挖了多少次马路, 报修以后多久能到, is the time after it happened,
  // not the future, and no word a passage must hold: the releases write it as they like, 投入运营以来.)
  const folded = withoutAfterClauses(question)
    .replace(/哪一(?=\p{Script=Han})/gu, '哪')
    .replace(/最(?:多|高|少|低|忙|热)(?:的时候|时候|的时)(?=\p{Script=Han})/gu, '')
    .replace(/(?<=\p{Script=Han})的时候(?=\p{Script=Han})/gu, '');
  const cues: string[] = [];
  let polar = POLAR.test(folded);
  const elliptical = ELLIPTICAL.test(folded);
  // 这次发布会 and 本次采访 are the release itself, not something said before.
  // (集中整治那一段 names its stage: a demonstrative after the noun it stands beside points at nothing said before.)
  const pointsBack = POINTS_BACK.test(folded.replace(THIS_RELEASE, ' ').replace(THIS_TIME, ' ').replace(BESIDE_NOUN, ' '));
  const pointsAtPerson = PERSON_POINTER.test(folded);
  const asksAsker = ASKER.test(folded);
  const aboutSaying = !asksAsker && SAYING.test(folded);
  // 将近1000个, 大约30万人, 50万元左右: a hedge on a number the asker gives is part of the number, not content.
  // (那几天, 前几天 point at days: no question of how many. Read as 那些天, they ask nothing. So do 那几处, 这几家:
  // those, not how many of them.)
  // (这两年 is as loose as 这几年: these last years, no count of them. 那段时间 points at a time the question names
  // beside it, 清明前后那段时间, 休渔那阵子: it adds nothing, and jieba reads its 段时间 as a person's name.)
  // (家庭医生的事打哪个电话: the matter of X, before what is asked of it, is X, unless 事 begins a word with what
  // follows, 迷路的事故; 新规定里, 按新规 scope the question to the rules the release is about, whatever it calls
  // them: 导则, 办法, 条例.)
  let text = folded.replace(COURTESY, ' ').replace(UNDER_NEW_RULES, ' ').replace(/(?<=\p{Script=Han}{2})的事(?:情|儿)?(?=(\p{Script=Han}))/gu, (matter, next: string) => (matter === '的事' && isInDictionary(`事${next}`) ? matter : ' ')).replace(NUMBER_HEDGE, '').replace(/([这那近前头])几(天|周|日)/gu, '$1些$2').replace(/([这那])几(?:个|家|处|所|位|项|条|种|座|名|批|只|台|辆|类|块)/gu, '$1些').replace(/(?:这|那)(?:段(?:时间|日子|时期)|阵子|阵儿|一阵|会儿|时候)/gu, ' ').replace(/([这那])(?:2(?=[年天周日])|[3-9](?=年))/gu, '$1几');
  // 这场记者会, 本次通气会: this conference by another of its names is the one the releases' own details call 发布会
  // (jieba would cut 记者会 into 记者, a reporter, and 会).
  text = text.replace(THIS_RELEASE, (named) => named.replace(OTHER_CONFERENCE_NAMES, '发布会'));
  // 这个阶段具体是哪天, 是从几号到几号: 具体 asks for detail and 是 before 从 only links, how the question is put
  // (jieba files 是从 as one verb). A message opening with 具体 leans on the last answer, and keeps it.
  text = text.replace(/(?<=\p{Script=Han})具体(?=是|在|从|有|怎|如何|哪|什么|啥|多少|几|说|讲)/gu, ' ').replace(/是(?=从(?:几|哪|什么|啥))/gu, ' ');
  text = text.replace(TIME_MEASURE_ASKED, (whole: string, ask: string, unit: string, at: number, all: string) => (startsNoun(unit, all.slice(at + whole.length)) ? `${ask} ${unit}` : whole));
  text = text.replace(A_NOT_A, (whole: string, a?: string, _neg?: string, b?: string, ab?: string) => {
    polar = true;
    cues.push(whole);
    if (ab !== undefined) return ab;
    // 举不举办 → 举办 when 举办 is a word; in 办不办这个 the 这 is the next word's.
    return b !== undefined && isDictionaryWord(`${a}${b}`) ? `${a}${b}` : `${a} ${b ?? ''}`;
  });
  // 怎么看出, 如何判断…有没有: a verb of telling or knowing after the question word is how the question is put (see
  // actionAsked); what is to be told is the content.
  text = text.replace(KNOWING_ASKED, '$1 ');
  let asks = 'any' as Asks;
  let measure: MeasureKind | undefined;
  let generic = false;
  let measureWord: string | undefined;
  let askedIn: string | undefined;
  let among: MeasureKind[] | undefined;
  // (哪家媒体问的: who asked, a person's frame; 媒体, 记者 and 问的 are the frame's words, not content.)
  // (第一个提问的, 最后一个问的: which question in the order asked, read before the words of asking go.)
  const ordinalAsked = asksAsker ? ASKED_ORDINAL.exec(text) : null;
  const askedOrdinal = ordinalAsked === null ? undefined : ordinalAsked[1] === undefined ? (ordinalAsked[0].startsWith('头') ? 1 : -1) : valueOfNumeral(ordinalAsked[1]);
  if (asksAsker) {
    asks = 'person';
    text = text.replace(ASKED_ORDINAL, '').replace(ASKER_WORDS, ' ');
  }
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (...args: unknown[]) => {
      const whole = args[0] as string;
      const match = Object.assign([...(args.slice(0, -2) as string[])], { index: 0, input: text }) as unknown as RegExpExecArray;
      cues.push(whole);
      if (rule.asks && asks === 'any') {
        asks = rule.asks;
        among = rule.among;
        measure = rule.measure?.(match);
        generic = rule.generic?.(match) ?? false;
        if (rule.generic) askedIn = match[1];
        if (rule.generic && !generic) measureWord = match[1];
      } else if (rule.asks === 'figure' && asks === 'figure' && measure === undefined) {
        measure = rule.measure?.(match);
        generic = rule.generic?.(match) ?? false;
      }
      return rule.keep ? ` ${whole} ` : ' ';
    });
  }
  // 贷多少款, 罚了多少款: a verb and its object split by the number asked (贷款, 罚款) measure what the word names,
  // not what the object's character counts alone (款 as a measure word counts models).
  if (asks === 'figure' && measureWord !== undefined) {
    const verb = new RegExp(`(\\p{Script=Han})了?(?:多少|几)(?:万|亿|千|百)?${escape(measureWord)}`, 'u').exec(folded)?.[1];
    const kind = verb !== undefined && isDictionaryWord(verb + measureWord) ? quantityKindOfNoun(verb + measureWord) : undefined;
    if (kind !== undefined) {
      measure = kind;
      measureWord = undefined;
    }
  }
  // 签约金额是多少 asks a figure in money; 签约金额 alone, with no question word, asks for that figure too.
  // A generic measure (多少个) leaves room for the noun to say more: 多少个人 asks a number of people.
  // (A yes/no question is not made a figure question by its nouns alone: 学生能半价吗 asks whether, not how much.)
  if (asks === 'any' || asks === 'definition' || (asks === 'figure' && (measure === undefined || generic))) {
    // A number the question states with its unit, when it asks nothing else (惠及了300多万人次吗), says what kind
    // of number it is about.
    const stated = asks === 'any' ? STATED_NUMBER.exec(text.replace(DATES, ' '))?.[1] : undefined;
    // (A bare quantity noun asks for its number: 签约金额. After 什么 or 哪, a noun is what is asked about.)
    // (多少损失 counts 损失, whatever noun stands before it: 给游客挽回了多少损失 is no number of people.)
    // (排第几 asks a rank: 优良天数比例排第几 is answered by 第4位, not by the share itself.)
    const quantity =
      stated !== undefined ? measureKind(stated) : asks !== 'any' && asks !== 'figure' ? undefined : polar || countsOwnNoun(folded) || RANK_ASKED.test(folded) ? undefined : quantityOf(text);
    if (quantity !== undefined) {
      if (asks !== 'figure') generic = false;
      asks = 'figure';
      // (其中多少个已经拿到补贴, 多少个项目获得补贴: a generic 个 followed by what the things did, or by the things,
      // counts them, not the money.)
      // (Nor one before a noun the asker counts in it: 没交过维修资金的老旧小区有多少个 counts 小区, not money.)
      if (measure === undefined || (generic && !countsBeforeQuantity(folded) && !countsNounAfterQuantity(folded))) {
        measure = quantity;
        generic = false;
      }
    }
  }
  // 每部补多少, 罚了多少, 要交多少: a verb of paying right before a bare 多少 asks an amount of money.
  if (asks === 'figure' && measure === undefined && measureWord === undefined && PAYING_HOW_MUCH.test(folded)) measure = 'money';
  // 第二批申报截止日期, 报名时间: a question that is only a noun phrase ending in a noun of time asks for that time
  // (the compound stays content: the release may use it whole).
  if (asks === 'any' && !polar && /(?:时间|日期)[?？。!！\s]*$/u.test(text)) asks = 'date';
  text = joinSeparableVerbs(text)
    .replace(/(?:吗|(?<!什)么|嘛|呢|吧|啊|呀|哦)[?？!！.。]*$/u, ' ').replace(/[?？!！。,，、;；:：]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  // (最晚什么时候申请 asks for a deadline, which a passage states as 9月30日前, not as a rank.)
  const superlative = SUPERLATIVE.test(folded) && !(asks === 'date' && /最(?:早|晚|迟)/u.test(folded) && !/最(?:大|多|少|高|低|长|短)/u.test(folded));
  // (最多能扣多少, 最高贷多少 ask for a limit, which a passage states as 最高, 限额 or 不超过.)
  const limit = superlative && asks === 'figure' && LIMIT.test(folded);
  // (最多能扣多少: the degree word of a limit is how the question asks it, not what the passage must say; a release
  // states a limit as 不超过 or 上限 as often.)
  // (Not 最快 or 最晚 of a time, 最快几天能办好: those say which end of the time is asked.)
  if (limit) text = text.replace(/最(?:多|高|长|少|低|短)/gu, ' ').replace(/\s+/gu, ' ').trim();
  const total = asks === 'figure' && /总共|一共|总数|共有|现有|总计|累计|全部/u.test(folded) && !INCREMENT.test(folded);
  // (9月份以后 is a time from a date on, not the future: 9月份以后每月几号发 asks the day the release gives from then.)
  const future = FUTURE.test(folded.replace(/(?:\d{1,2}月份?|\d{4}年|\d{1,2}[日号])(?:以后|之后)/gu, ' '));
  const futureAmount = FUTURE_AMOUNT.test(folded);
  const doneAmount = !futureAmount && DONE_AMOUNT.test(folded);
  const comparesWithPast = COMPARES_WITH_PAST.test(folded);
  // 今年打算装多少台, 计划什么时候完工: the intention only puts the number or the date ahead, which the tense check
  // holds (the passage must be about the future); the release's word for it (计划, 拟, 力争) is not the asker's.
  if (futureAmount && (asks === 'figure' || asks === 'date')) text = text.replace(INTENTION, ' ').replace(/\s+/gu, ' ').trim();
  // X的Y, or a noun X before an attribute noun (报告题目, 活动时间): the X whose Y is asked.
  // (负责城市书房的副局长 names a person by their duty, not by what owns them: no possessor, and the verb of the duty
  // is how the person is described, which the releases need not use: 分管, 主管.)
  const owning = (/^(\p{Script=Han}[^的]*)的(\p{Script=Han}+)\s*$/u.exec(text) ?? ATTRIBUTE_OF.exec(text))?.[1]?.trim();
  const dutyOf = owning !== undefined && DUTY.test(owning);
  if (dutyOf) text = text.replace(DUTY_VERB, '').trim();
  const possessor = dutyOf ? undefined : owning;
  const list = LIST.test(folded);
  // 哪几个服务区, 哪些区: the kind of thing listed, which a passage answering names several of.
  const listedKind = list ? /(?:哪几个|哪些)(\p{Script=Han}{1,3}?)(?:[?？吗呢啊]|$|有|是|在|都|分别|试点|开展|参加|获得)/u.exec(folded)?.[1] : undefined;
  // Which ones, or where, of things the question counts itself (那5个项目分别是什么, 56个中心都在什么位置).
  // (发现的23个问题主要是啥问题 asks what they are, as 分别是什么 does.)
  // (A span of time stated, 24小时开的避暑场所, counts no things to be listed.)
  const counts = [...folded.replace(DATES, ' ').matchAll(STATED_NUMBERS)].filter((m) => measureKind(m[1]!) !== 'time');
  // (那3家二级医院叫什么名字 asks the names of as many as it points at, as 是哪3家 does; not 那个劣5类断面叫什么, a
  // grade.)
  const listsCounted = (list || asks === 'place' || (asks === 'definition' && WHAT_THEY_ARE.test(folded)) || ((asks === 'definition' || asks === 'person') && NAME_ASK.test(folded) && counts.some((m) => /[那这]$/u.test(folded.slice(0, m.index))))) && counts.length > 0;
  // (比去年高了吗 compares with last year; it does not ask about it.)
  const year = YEAR_DEICTIC.exec(folded.replace(COMPARED_WITH_YEAR, ' '))?.[0];
  const clock = CLOCK.test(folded);
  const hour = /几点|几时/u.test(folded);
  const span = SPAN_ASKED.test(folded);
  const starts = !span && START_ASKED.test(folded);
  const recurs = RECURS_ASKED.test(folded);
  const contact = new RegExp(CONTACT_ASK.source, 'u').test(folded);
  // (Not a verb or a question word: 打什么电话 says nothing of whose.)
  const phoneOf = contact ? /([\p{Script=Han}\d]{2,12}?)的?(?:电话|热线)/u.exec(folded.replace(COURTESY, ' '))?.[1]?.replace(/^.*(?:打|拨|什么|哪|啥|多少|几|有没有)/u, '') : undefined;
  const web = new RegExp(WEB_ASK.source, 'u').test(folded);
  const perItem = measure === 'money' && PER_ITEM_ASK.test(folded);
  const ofTotal = PART_OF_STATED.exec(folded);
  // (Of a count of things or people: 三年行动计划的城中村 states no total, nor does a rank, 十六个市里排第几.)
  const totalKind = ofTotal === null ? undefined : measureKind(/^[\d.]+(?:万|亿)?(.*)$/u.exec(ofTotal[1]!)![1]!);
  const partOfStated = ofTotal === null || RANK_ASKED.test(folded) || !['people', 'count', 'sites', 'vehicles', 'occurrences'].includes(totalKind ?? '') ? undefined : { total: ofTotal[1]!, part: ofTotal[2]!.replace(/的$/u, '') };
  const partOfNamed = PART_OF_NAMED.exec(folded)?.[1];
  const organisation = ORGANISATION_ASKED.exec(folded)?.[1] ?? ORGANISATION_NAMED_FIRST.exec(folded)?.[1] ?? (ASKS_BODIES.test(folded) ? '单位' : undefined);
  // 许国栋是哪个单位的: 单位 and 机构 say only that a body is asked, whatever else the releases call 单位 (供餐单位).
  if (organisation === '单位' || organisation === '机构') text = text.replace(ANY_BODY, ' ').replace(/\s+/gu, ' ').trim();
  // (A number to call counts nothing: 热线号码多少 is not a count of 号码.)
  // (Nor does an ordinal: 第几个全民健身日 asks which in a series, not how many 全民.)
  const countedPhrase = asks === 'figure' && !contact && !/第几/u.test(folded) ? countedNoun(folded) : undefined;
  const counted = countedPhrase?.[countedPhrase.length - 1];
  // (整个活动线下参加的人数: 整个, 全部, 所有 say how much of it, not which of the things counted.)
  const countedWith = countedPhrase?.slice(0, -1).filter((w) => [...w].length >= 2 && !WHOLE_OF.test(w));
  // 多少专家, 多少游客: a count of a noun for people is a number of people.
  // (多少个专家 too: the generic 个 says no more than the noun does.)
  if (counted !== undefined && (measure === undefined || (measure === 'count' && generic)) && PEOPLE_NOUN.test(counted)) {
    measure = 'people';
    generic = false;
  }
  // Whether the content names people (监督员, 专家), read once and only when asked.
  let people: boolean | undefined;
  // (As the head of its phrase: 长者食堂 are canteens, a noun for people before a noun modifies it; so does one
  // before a single character that jieba tags otherwise: 便民点 is a place, 点 its head.)
  const namesPeople = () =>
    (people ??= jieba()
      .tag(text)
      .some((w, i, words) => /^n/u.test(w.tag) && PEOPLE_NOUN.test(w.word) && !/^n/u.test(words[i + 1]?.tag ?? '') && !modifiesCharacter(words[i + 1])));
  // 专项行动叫啥名, 两座水库叫什么名字 ask a thing's name; 叫什么 asks a person's only of a person.
  const asksName = NAME_ASK.test(folded);
  if (asks === 'person' && asksName && !/谁|哪位|人|长|主任|书记|主席|经理|总监|发言人|主持/u.test(folded) && !namesPeople()) asks = 'definition';
  // 义务质量监督员请了多少个: the generic 个 of a question about people, named before it, counts people.
  if (counted === undefined && measure === 'count' && generic && namesPeople()) {
    measure = 'people';
    generic = false;
  }
  // 怎么申请, 如何预约, 怎样领取: the verb right after the question word is the action asked about.
  const action = asks === 'method' ? actionAsked(folded) : undefined;
  return {
    asks,
    ...(action ? { action } : {}),
    ...(contact ? { contact } : {}),
    ...(phoneOf !== undefined && phoneOf.length >= 2 ? { phoneOf } : {}),
    ...(web ? { web } : {}),
    ...(new RegExp(STREET_ASK.source, 'u').test(folded) ? { street: true } : {}),
    ...(partOfStated !== undefined && asks === 'figure' ? { partOfStated } : {}),
    ...(partOfNamed !== undefined && partOfStated === undefined && asks === 'figure' ? { partOfNamed } : {}),
    ...(perItem ? { perItem } : {}),
    ...(asks === 'figure' && BREAKDOWN.test(folded) ? { breakdown: true } : {}),
    ...(organisation ? { organisation } : {}),
    ...(measure ? { measure, genericMeasure: generic } : among && asks === 'figure' ? { measureAmong: among } : {}),
    polar,
    elliptical,
    pointsBack,
    pointsAtPerson,
    aboutSaying,
    asksAsker,
    ...(askedOrdinal !== undefined && Number.isFinite(askedOrdinal) ? { askedOrdinal } : {}),
    superlative,
    limit,
    total,
    future,
    futureAmount,
    doneAmount,
    comparesWithPast,
    asksName,
    asksWho: /谁/u.test(folded),
    listsCounted,
    list,
    ...(listedKind ? { listedKind } : {}),
    ...(year ? { year } : {}),
    clock,
    ...(hour ? { hour } : {}),
    ...(span ? { span } : {}),
    ...(starts ? { starts } : {}),
    ...(recurs ? { recurs } : {}),
    ...(measureWord ? { measureWord } : {}),
    ...(askedIn ? { askedIn } : {}),
    ...(counted ? { counted } : {}),
    ...(countedWith && countedWith.length > 0 ? { countedWith } : {}),
    ...(possessor ? { possessor } : {}),
    // (婚检那部分是谁介绍的 asks who spoke of 婚检: the speaking and the part are how it asks, not what it is about.)
    content: asks === 'person' && aboutSaying ? text.replace(SPOKEN_OF, ' ').replace(/\s+/gu, ' ') : text,
    cues,
  };
}

/** A scope of the new rules: 新规定里, 按新规, 根据新政策 (not 新规定 asked about: 新规定什么时候实施). */
const UNDER_NEW_RULES = /(?:按照?|根据|依照)(?:新规定|新规|新政策|新政|新标准|新条例|新办法)(?:里|中|上)?的?|(?:新规定|新规|新政策|新政|新标准|新条例|新办法)(?:里|中|上)的?/gu;

/** How a question of who spoke of something puts the speaking and the part spoken of: 那部分是谁介绍的, 谁讲的. */
const SPOKEN_OF = /(?:那|这)(?:部分|一块)|部分|(?:讲|(?<![听据])说|解读|提到|谈)(?:了|过)?的?/gu;

/** Where a figure question asks its number (多少, 几), or else a number the asker gives (有一百多家吗), not a date. */
const ASK_CUE = new RegExp(`(?<!\\d)(?:多少|几)(?:${MEASURE})?|多长|多大|多高|多远|多久|多重|多宽|多深|多快`, 'u');
const GIVEN_CUE = new RegExp(`(?<![\\d.])\\d[\\d.]*(?:[余多几来])?(?:万|亿)?(?:[余多几来])?(?:${MEASURE})`, 'u');
/** Words between a noun and its number that say nothing of their own (企业有多少家, 金额是多少, 人数一共有多少). */
const LINKING = /^(?:有|是|为|达|达到|共|一共|总共|共计|合计|累计|大概|大约|约|了|的|都|总|还|能|能有|到底|究竟)$/u;
/** Verbs of saying: who introduced, said, answered, announced. */
// (听说, 据说 are the asker's hearsay, not a question about who said it.)
const SAYING = /介绍|(?<![听据])说|讲|回答|答复|答的|答问|提到|表示|发布|宣布|谈|解读|主持/u;
/** The words of asking who asked, taken out of the content. */
const ASKER_WORDS = /的(?:那|这)?(?:位|个|名)?(?:记者|人)(?:是|来自|属于)(?:哪一?家|哪一?个|什么|啥)(?:媒体|报社|报纸|电视台|台|网站|通讯社)(?:的)?|(?:的)?(?:记者|人)?(?:来自|属于)(?:哪一?家|哪一?个|什么|啥)(?:媒体|报社|报纸|电视台|台|网站|通讯社)(?:的)?|(?:是|由)?(?:哪一?家|哪一?个|哪位|什么|啥|谁)(?:媒体|报社|报纸|电视台|台|网站|通讯社)?(?:的)?(?:记者)?(?:问的|问|提的|提问的|提问|提出的|提出)|(?:这个|这一|该|那个|的)?问题|^(?:问|提问|提)(?=\p{Script=Han})|的(?:是|为)(?:哪一?家|哪一?个|哪位|什么|啥|谁)(?:媒体|报社|报纸|电视台|台|记者|网站|通讯社)?(?:的记者)?[?？]*$/gu;
/** Which question in the order asked: 第一个提问, 第3个问, 头一个提问, 最后一个问. */
const ASKED_ORDINAL = /(?:第([一二三四五六七八九十\d]+)个|头一个|最后一个)(?=提问|问|提出|提的)/u;
/** Asking who asked: 哪家媒体问的, 哪个记者提的, 谁问的, 谁提的问题, 问加装电梯那个问题的是哪家媒体, 第一个提问的记者来自哪家媒体. */
const ASKER = /问.{1,40}?的(?:那|这)?(?:位|个|名)?(?:记者|人)(?:是|来自|属于)(?:哪|什么|啥)\p{Script=Han}{0,2}(?:媒体|报社|报纸|电视台|台|网站|通讯社)|(?:哪|什么|啥)\p{Script=Han}{0,2}(?:媒体|报社|报纸|电视台|台|记者|网站|通讯社)\p{Script=Han}{0,3}?(?:问|提的|提问|提出)|(?:提问|问题|问|提)的(?:记者|人)?(?:是|来自|属于)(?:哪|什么|啥)\p{Script=Han}{0,2}(?:媒体|报社|报纸|电视台|台|网站|通讯社)|谁(?:问的|提的|提问|提出)|(?:是谁|哪位记者)(?:问|提的|提问|提出)|^(?:问|提问|提)\p{Script=Han}.*的(?:是|为)(?:哪|什么|啥|谁)\p{Script=Han}{0,2}(?:媒体|报社|报纸|电视台|台|记者|网站|通讯社)?/u;

/** A year named only as what is compared with it: 比去年, 较上年同期, 与去年相比. */
export const COMPARED_WITH_YEAR = /(?:比|较|与|和|跟|同)(?:去年|上年|上一年|前一年|前年)(?:同期)?(?:相比|比较|比)?/gu;
/** A comparison with an earlier time: 比去年, 同比, 环比, 较上月. */
const COMPARES_WITH_PAST = new RegExp(`${COMPARED_WITH_YEAR.source}|同比|环比|比上月|较上月`, 'u');

/** Words that take the whole of something, which pick none of it out: 整个, 全部, 所有. */
const WHOLE_OF = /^(?:整个|整体|全部|所有|全体|一切|各个|每个|总共|全)$/u;

/** Years counted from today. */
const YEAR_DEICTIC = /今年|去年|明年|前年|上一年|下一年/u;
/** How far from a release's year a year counted from today is (去年 in a 2025 release is 2024). */
export const YEAR_OFFSET: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 上一年: -1, 前年: -2, 明年: 1, 下一年: 1 };
/** A time of day asked for. */
const CLOCK = /几点|几时|(?:什么|哪个|哪些|哪几个|啥)时段|哪几个小时|几点钟/u;
/** When, as a question word of a day, a month or a time. */
const WHEN_WORD = '(?:几[号日月]|哪一?天|哪一?日|哪个?月|什么时候|啥时候|什么时间|几时)';
/**
 * From when to when: two question words of time joined by 到 or 至 (从几号到几号, 几月到几月, 从哪天办到哪天), or a
 * start and an end asked together (啥时候开始，到哪天结束).
 */
// (几点到几点, 几点开到几点: the hours from one to the other, as 几号到几号 asks the days.)
const SPAN_ASKED = new RegExp(`${WHEN_WORD}(?:开始)?[^，,。？?]{0,4}?[到至]${WHEN_WORD}|${WHEN_WORD}(?:开始|起)[，,\\s]*(?:到|至)?${WHEN_WORD}(?:结束|截止|为止)|几点钟?(?:开始|起)?[^，,。？?]{0,4}?[到至]几点`, 'u');

/** Asking the day a thing recurs on: 每月几号, 每周哪天, 每年几月. */
const RECURS_ASKED = /每(?:个)?(?:月|周|星期|年)[^，,。？?]{0,10}?(?:几号|几日|哪一?天|星期几|周几|礼拜几|几月)/u;

/** Asking from when a thing starts: 从哪天起算, 什么时候开始实施, 几号起执行, 哪天生效. */
const START_ASKED = new RegExp(`(?:从|自)${WHEN_WORD}|${WHEN_WORD}(?:起|开始|(?:正式)?(?:算|计算|执行|实施|实行|施行|生效))`, 'u');

/** Nouns for people, by their endings: 专家, 医生, 游客, 市民, 职工, 学员, 患者, 人才, 儿童, 婴幼儿, 老人. */
export const PEOPLE_NOUN = /(?:专家|人士|人才|干部|代表|群众|患者|百姓|儿童|孩子|老人|妇女|子女|少年|青年|[员者生师客民工众人儿])$/u;
/** Whether a noun names people (专家, 农民工, 游客), so that 人 and 名 count it. */
export function isPeopleNoun(noun: string): boolean {
  return PEOPLE_NOUN.test(noun);
}

/** Nouns that say what a number measures rather than what it counts: 多少钱, 多少人. */
const MEASURE_NOUN = /^(?:钱|人|人次|天|年|元|块|钟头)$/u;

/** Place words that say where, not what: 户外, 村里, 国内, 附近, 当地 (ending in a locative or in 地 of a place). */
const LOCATIVE = /(?:[里外内上下边间中旁前后头处]|附近|周边|周围|当地|本地|外地|这里|那里|哪里)$/u;

/** A cue asking a span of time: 几天, 多少个工作日, 几个月. */
const TIME_CUE = /^(?:多少|几)个?(?:天|日|年|月|小时|分钟|周|星期|工作日)/u;
/** A verb opening with its modal: 能出, 会有, 要交, 可以. */
const MODAL_VERB = /^[能会要可得]/u;

/** The whole of an area a count is taken over: 全市, 全省, 我市, 本区. */
export const WHOLE_AREA = /^(?:全|我|本|该)(?:市|省|国|县|区|镇|乡|村|州)$/u;

/**
 * The noun a figure question counts: the noun right after its number cue (多少位专家), else the last noun before
 * it, across linking words (签约金额是多少, 企业有一百多家吗); none when the question does not say.
 */
function countedNoun(folded: string): string[] | undefined {
  // Dates are not counts: blank them out (keeping offsets) before looking for a number the asker gives.
  const cue = ASK_CUE.exec(folded) ?? GIVEN_CUE.exec(folded.replace(DATES, (d) => ' '.repeat(d.length)));
  if (!cue) return undefined;
  // (场地 too, which jieba files as a place word; not where, 附近 or 周边.)
  const isNoun = (w: { word: string; tag: string }) => (/^(?:n|nr|ns|nt|nz|vn|ng)$/u.test(w.tag) || (w.tag === 's' && !LOCATIVE.test(w.word))) && /\p{L}/u.test(w.word) && !MEASURE_NOUN.test(w.word) && !isVerbTaggedAsNoun(w.word);
  const after = jieba().tag(folded.slice(cue.index + cue[0].length));
  // (Not a verb with its modal, 能出 of 几天能出结果, nor a word after a span of time asked: that says what happens,
  // not which thing is counted.)
  const mayModify = (w: { word: string }) => !MODAL_VERB.test(w.word) && !TIME_CUE.test(cue[0]);
  // (A set phrase right after the cue is what is counted, 多少条远洋渔船, whatever else jieba calls it: 孤独症 an idiom.)
  if ((after[0]?.tag === 'l' || after[0]?.tag === 'i') && /^\p{Script=Han}{3,}$/u.test(after[0].word)) after[0] = { word: after[0].word, tag: 'n' };
  const next = after[0];
  // (With the nouns after it that end in one for people: 多少个义务质量监督员 counts 监督员, of which 义务 says which.)
  if (next && isNoun(next) && quantityKindOfNoun(next.word) === undefined) {
    // (Up to a noun for people only: in 多少农技人员下村, 下村 is where they went, not what was counted.)
    let end = 0;
    let j = 1;
    for (; j < after.length && isNoun(after[j]!) && quantityKindOfNoun(after[j]!.word) === undefined; j++) if (PEOPLE_NOUN.test(after[j]!.word)) end = j;
    // (Unless the count's measure word is not one for people and the nouns go on: 多少个家庭医生团队 counts 团队, teams of
    // 家庭医生.)
    if (end < j - 1 && PEOPLE_NOUN.test(after[end]!.word) && /^(?:多少|几)(?:个|支|家|类|种|批)$/u.test(cue[0])) end = j - 1;
    // (多少条企业的技术需求 counts 技术需求, whose owner 企业 is: the noun after 的 is the head.)
    if (after[j]?.word === '的' && after[j + 1] && isNoun(after[j + 1]!) && quantityKindOfNoun(after[j + 1]!.word) === undefined) {
      let k = j + 1;
      while (k + 1 < after.length && isNoun(after[k + 1]!) && quantityKindOfNoun(after[k + 1]!.word) === undefined) k++;
      return [after[k]!.word];
    }
    const phrase = after.slice(0, end + 1).map((w) => w.word);
    // (A 人 that jieba cuts off the noun before it is that noun's head: 多少个登革热病人 counts 登革热病人, people.)
    if (after[end + 1]?.word === '人' && end === j - 1) phrase[end] += '人';
    return phrase;
  }
  // (A verb modifying the noun, 捕捞 in 多少条捕捞渔船, 参展 in 多少家参展企业: the noun, with it; not a count of people
  // and what they did, 多少人参加活动.)
  if (next !== undefined && next.tag === 'v' && /^(?:多少|几)\p{Script=Han}/u.test(cue[0]) && mayModify(next) && [...next.word].length <= 2 && after[1] && isNoun(after[1]) && [...after[1].word].length >= 2 && quantityKindOfNoun(after[1].word) === undefined && !/^(?:人|名|位|人次|个人)/u.test(cue[0].replace(/^(?:多少|几)/u, '')) && (after[2] === undefined || !isNoun(after[2])))
    return [next.word, after[1].word];
  // (A clause modifying the noun at the question's end, 多少个能打流感疫苗的点: the noun after its 的.)
  if (next !== undefined && /^(?:v|d|p|a|ad|c)$/u.test(next.tag) && /^(?:多少|几)\p{Script=Han}/u.test(cue[0])) {
    const de = after.findIndex((w, i) => i > 0 && i <= 8 && w.word === '的');
    const head = de > 0 ? after[de + 1] : undefined;
    if (head !== undefined && /^\p{Script=Han}{1,4}$/u.test(head.word) && quantityKindOfNoun(head.word) === undefined && after.slice(de + 2).every((w) => !/\p{Script=Han}/u.test(w.word) || /^(?:y|ul|uj)$/u.test(w.tag))) return [head.word];
  }
  // (A word jieba does not know modifying the noun, 老旧 in 多少个老旧小区: the noun, with it.)
  if (next?.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(next.word) && mayModify(next) && after[1] && isNoun(after[1]) && quantityKindOfNoun(after[1].word) === undefined) return [next.word, after[1].word];
  // (A day, 截至2月25号, is a time: it says nothing of what is counted, and 25号 is no numbered name.)
  const before = jieba()
    .tag(folded.slice(0, cue.index).replace(DATES, ' '))
    .filter((w) => w.word.trim().length > 0);
  // Back across linking words to the noun, and across a verb that a copula puts before the number (改善目标定的
  // 是多少); a verb right before the number takes it as its object (能报销多少): then no noun is counted. A
  // quantity noun (面积, 总产量) says what is measured: the noun before it is what it belongs to.
  let verbs = 0;
  let copula = false;
  const modifiers: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    if (LINKING.test(w.word) || /^(?:u|uj|ul|d|p)$/u.test(w.tag)) {
      if (/^(?:是|为|的)$/u.test(w.word)) copula = true;
      continue;
    }
    // 1号线, 2号楼: a numbered name.
    if (/^号/u.test(w.word) && /^\d+$/u.test(before[i - 1]?.word ?? '')) return [`${before[i - 1]!.word}${w.word}`];
    if (/^\d+号/u.test(w.word)) return [w.word];
    // (目标, 标准, 额度 say what the number is to the thing, like a quantity noun: 到账时间目标是多少 counts no 目标.)
    // (游客 names people as a count does, but they are what is counted: 入境游客 are not all 游客.)
    if (isNoun(w) && ((quantityKindOfNoun(w.word) !== undefined && !PEOPLE_NOUN.test(w.word)) || VALUE_NOUN.test(w.word))) {
      // With what qualifies the quantity (平均浓度, 累计金额): the noun before those is what it belongs to.
      while (i > 0 && /^(?:a|b|ad|an)$/u.test(before[i - 1]!.tag)) i--;
      continue;
    }
    // (The whole of an area, 全市 in 全市有多少个停车点, is where they are counted, not what is.)
    if (WHOLE_AREA.test(w.word)) continue;
    // (A word with an aspect particle after it is a verb, whatever jieba tags it: 一共飞了多少架次 counts no 飞.)
    if (isNoun(w) && !/^[了过着]$/u.test(before[i + 1]?.word ?? '')) {
      // With the nouns right before it that modify it (大豆平均亩产 → 大豆, 平均).
      const phrase = [w.word];
      // (And across 里面, 中 between them: 雷电预警信号里面红色的 are the red ones among 雷电预警信号, which are what is
      // counted; the words after 中 pick some out, as modifiers do.)
      let among = -1;
      // (A grade, 一级 or 三类, modifies as a noun does: 樟树里面一级古树有几棵 asks of the 一级 ones; not 这一类, which
      // points.)
      for (let j = i - 1; j >= 0 && !LINKING.test(before[j]!.word) && (isNoun(before[j]!) || /^(?:a|b|j)$/u.test(before[j]!.tag) || (GRADE.test(before[j]!.word) && !/[这那哪每该此]$/u.test(before[j - 1]?.word ?? '')) || AMONG.test(before[j]!.word)); j--) {
        if (AMONG.test(before[j]!.word)) among = among < 0 ? phrase.length : among;
        else phrase.unshift(before[j]!.word);
      }
      // (A verb or adjective before 的 after it picks some of them out, as a modifier would: 交通事故受伤的有多少人
      // counts the injured of 交通事故, not any of its people.)
      if (among < 0) return modifiers.length > 0 ? [...modifiers, ...phrase] : phrase;
      const picked = phrase.slice(phrase.length - among);
      return [...picked, ...phrase.slice(0, phrase.length - among)];
    }
    // (流感疫苗中免费的多少剂: 流感疫苗 are counted, the free ones among them, a verb or adjective before 的 picking
    // them out as a noun modifying them would.)
    if (AMONG.test(w.word) && modifiers.length > 0 && i > 0 && isNoun(before[i - 1]!)) {
      const phrase: string[] = [];
      for (let j = i - 1; j >= 0 && isNoun(before[j]!); j--) phrase.unshift(before[j]!.word);
      return [...modifiers, ...phrase];
    }
    // (省外 and 大型 before 的 pick some out too, when 中 follows: 游客中省外的.)
    if (copula && ((/^[va]/u.test(w.tag) && verbs++ < 2) || (/^[sb]$/u.test(w.tag) && AMONG.test(before[i - 1]?.word ?? '')))) {
      modifiers.unshift(w.word);
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Whether a word is a single character jieba tags as a numeral, measure or unknown (点 of 便民点): the head of what is before it. */
function modifiesCharacter(next: { word: string; tag: string } | undefined): boolean {
  return next !== undefined && /^\p{Script=Han}$/u.test(next.word) && /^(?:m|q|ng|x)$/u.test(next.tag);
}

/** A grade or class: 一级, 二类, 三档, 5星. */
const GRADE = /^[一二三四五六七八九十\d]+[级类档星]$/u;

/** Words that put a noun among those before it: 里面, 当中, 中. */
const AMONG = /^(?:里面|里头|当中|之中|中)$/u;

/** A number given as what was added (新招录14名, 新增3家, 新建12座), which a question for a total is not asking. */
export const INCREMENT = /新(?:增|招|建|开|设|录|上|推|认定|备案)|扩建/u;

/** Nouns that say what a number is to a thing (its target, standard, level, limit, extent), not a thing counted. */
export const VALUE_NOUN = /^(?:目标|指标|标准|水平|额度|上限|下限|限额|数量|数额|数目|数字|总数|规模|任务|范围|幅度|程度|力度)$/u;

/** A verb split by a particle (揭的牌, 签了约, 开过会) joined again when the two halves make one verb. */
const SPLIT_VERB = /(\p{Script=Han})[了过的着](\p{Script=Han})/gu;

/** Joins separable verbs (离合词) that a question splits: 研究院几号揭的牌 asks when 揭牌 happened. */
export function joinSeparableVerbs(text: string): string {
  return text.replace(SPLIT_VERB, (whole: string, a: string, b: string) => {
    return isDictionaryWord(a + b) && /^v/u.test(generalWord(a + b).tag) ? a + b : whole;
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
