import { generalWord, isDictionaryWord, isGrammarWord, NAMING_TAGS, QUANTIFIER, namesSpecificThing, specificity, type GeneralWord, isInDictionary } from '../language/general-words.ts';
import { isGenericMeasure, kindOfUnit, kindsAgree, measureKind, quantityKindOfNoun, type MeasureKind } from '../language/measures.ts';
import { numeralWord } from '../language/numerals.ts';
import { soundKey, soundsLike } from '../language/homophones.ts';
import { charsOfSameMeaning, erhuaStem, expansionsOf, isCedictWord, isVerbTaggedAsNoun, nearSynonymsOf, regionalVariantsOf, sameMeaningChars } from '../language/near-synonyms.ts';
import { headerNames, PLACE_NAME, type KnowledgeIndex } from '../search/knowledge-index.ts';
import { passageTextOf } from '../search/passage-text.ts';
import { jieba } from '../text/jieba.ts';
import { otherNamesOfPartOfYear, partOfDayAsked, PERIOD_NAMES, samePeriod } from '../text/numbers.ts';
import { escapeRegExp, normalise, type QueryTerm } from '../text/pipeline.ts';
import { spellsOut } from '../text/spelling.ts';
import { modifiedNouns, SCOPE_WORD, type ModifiedNoun } from './contrast.ts';
import { readFrame, YEAR_OFFSET, type QuestionFrame } from '../question/frames.ts';

/**
 * What a question means to this index: its frame (what kind of answer it wants) and its content terms, each
 * weighted by how much it decides relevance. The weight joins two kinds of evidence: how rare the term is among
 * the releases' passages (IDF over the index) and how specific it is in Chinese at large (general statistics,
 * src/language/general-words.ts). A term the releases never use is either a specific thing they do not
 * mention (分数线: the question cannot be answered) or a way of asking (将来, 负责, 汇总: it weighs little).
 */

/** An index term that stands for a question term the passage lacks: a near-synonym, or a number close to it. */
export interface Alternate {
  term: string;
  /** The share of the term's weight a passage earns by holding the alternate, 0–1. */
  credit: number;
}

/** One content term of a question, as this index understands it. */
export interface UnderstoodTerm extends QueryTerm {
  /** For a number, the side of a line it sets (超过90天: over; 不到100人: under). */
  bound?: Bound;
  /** How much the term decides relevance; the question's terms' weights sum to the whole of its meaning. */
  weight: number;
  /** Index terms that count for it when a passage lacks it. */
  alternates: Alternate[];
  /** Whether the index holds the term, one of its parts or an alternate, or a passage holds it as a string. */
  known: boolean;
  /**
   * The units whose own words hold the term as a string when the index does not hold it as a term (jieba cut
   * the release's 改造老旧小区 so that 老旧 is no term of it): they count as holding the term.
   */
  mentions: number[];
  /** Whether it is something the releases must mention to answer the question at all (an unknown specific noun). */
  mustBeMentioned: boolean;
  /**
   * A name (a place, a person, an organisation, the office's own term) or a number: the passage that answers must
   * hold it or belong to the release it points at. 广州今年改造多少个老旧小区 is not answered about 佛山.
   */
  binding: boolean;
  /**
   * Whether the paragraph a passage stands in may hold the binding term for it: a word jieba's dictionary does not
   * know (服务团) is bound like a name, but it is often who did what the passage counts, said in the sentence before.
   */
  boundByContext?: boolean;
  /** In a yes/no question, the happening asked about (收费 in 停车位收费吗): a passage without it cannot settle it. */
  settles: boolean;
}

type TermReading = Omit<UnderstoodTerm, keyof QueryTerm>;

/**
 * A term with what was understood of it, built field by field in one order. (An object spread of terms of
 * several shapes gives V8 a new hidden class, and a slow, large object, each time: a few kilobytes a term that
 * lived until the next full collection and made every young-generation collection long.)
 */
function understoodTerm(t: QueryTerm, r: TermReading): UnderstoodTerm;
function understoodTerm(t: QueryTerm, r: TermReading, predicate: boolean): UnderstoodTerm & { predicate: boolean };
function understoodTerm(t: QueryTerm, r: TermReading, predicate?: boolean): UnderstoodTerm | (UnderstoodTerm & { predicate: boolean }) {
  const term: UnderstoodTerm = {
    term: t.term,
    tag: t.tag,
    parts: t.parts,
    numeric: t.numeric,
    lexicon: t.lexicon,
    bound: r.bound,
    weight: r.weight,
    alternates: r.alternates,
    known: r.known,
    mentions: r.mentions,
    mustBeMentioned: r.mustBeMentioned,
    binding: r.binding,
    boundByContext: r.boundByContext,
    settles: r.settles,
  };
  return predicate === undefined ? term : Object.assign(term, { predicate });
}

/** A question understood: its frame and its weighted content terms. */
export interface Understanding {
  frame: QuestionFrame;
  terms: UnderstoodTerm[];
  /** The forms a figure question's counted noun may take in a passage: as typed, canonical, its near-synonyms. */
  counted: string[];
  /** The forms of each noun that modifies the counted one (大豆 in 大豆平均亩产): the number must be theirs too. */
  countedWith: string[][];
  /** The indexes (into `terms`) of the terms that name the possessor of an X的Y question; an answer holds one. */
  possessor: number[];
  /** A figure question's nouns with the nouns that say which (大豆 for 机收率): a passage about a sibling does not answer. */
  modified: ModifiedNoun[];
}

/** How much a word's general specificity (0–1) scales its weight: generic words count a quarter, specific ones whole. */
function generalScale(spec: number): number {
  return 0.25 + 0.75 * spec;
}

/** Parts of speech of proper names: places, people, organisations. */
const PROPER_NAME = /^(?:ns|nr|nt|nrt|nrfg|nsf)$/u;

/** A season: 冬天, 夏季, 春日. */
const SEASON = /^[春夏秋冬](?:天|季|日)$/u;

/** Frames that ask what, where, when or who of something: in X的Y their Y is a noun. */
const NOMINAL_FRAMES: ReadonlySet<string> = new Set(['place', 'person', 'date', 'definition']);

/** Frames whose answer is a thing (a number, a date, a person, a place) rather than an account. */
const WH_FRAMES: ReadonlySet<string> = new Set(['figure', 'date', 'person', 'place']);

/**
 * Below this specificity a word is everyday speech (房子, 病人, 老百姓): when the releases hold a near-synonym of it
 * (房屋, 患者, 群众), that is the release's word for it, not a different thing (as 校园 is for 校区).
 */
const COMMON_SPECIFICITY = 0.5;
/** Above this specificity a word is rare in general use (消协, 文旅): most often an office's own short name. */
const RARE_SPECIFICITY = 0.85;

/** Rates of change, which any change a release states answers. */
const CHANGE_RATE = /^(?:增长|下降|减少|增加|提高|降低|上升|增|降|涨)率$/u;

/** The size of a change, asked without its direction (涨了还是跌了，幅度多大), and the words releases give it in. */
const CHANGE_SIZE = /^(?:变化|变动|波动|升降|涨跌)?幅度$/u;
const CHANGE_SIZES = ['涨幅', '降幅', '增幅', '跌幅', '增速', '降速'];

/** One of a span of time, as a rate's "per": 1年, 1个月, 1天 (一年, 一个月, 一天 as typed). */
const PER_ONE = /^1(?:年|个月|月|天|日|周|星期)$/u;
/** One of a measure word, with at most the noun it counts: 一针, 一节课, 一趟. */
const ONE_OF_MEASURE = /^一(\p{Script=Han})\p{Script=Han}?$/u;

/** Nouns that say "a time" and name none: 日期 in 截止日期 asks the date, it is no period a passage must name. */
const TIME_NOUN = /^(?:时间|日期|时候|时期|时段)$/u;
/** A complement of direction, 下去 and 上来, which jieba's dictionary files as a time word: no time at all. */
const DIRECTIONAL = /^[上下进出回过起开][来去]$/u;
/** A time counted from today (去年底, 今年初): the frame checks the year, and a release writes it as 2024年底. */
const DEICTIC_TIME = /^(今年|去年|明年|前年|上年|本年)(底|初|末|年底|年初|年末|上半年|下半年|全年)?$/u;

/** A time counted from today (去年底) as the releases' own years write it (2024年底), where the index holds that. */
function inReleaseYears(index: KnowledgeIndex, term: string): string[] {
  const [, year, part] = DEICTIC_TIME.exec(term) ?? [];
  if (year === undefined || part === undefined) return [];
  const rest = part.startsWith('年') ? part : `年${part}`;
  const years = [...new Set(index.releases.map((r) => Number(r.date.slice(0, 4)) + YEAR_OFFSET[year]!))];
  // (The index holds 2024年 as a number: the year stands for it where the releases print 2024年底.)
  const text = passageTextOf(index.units);
  return years.flatMap((y) => (index.search.frequency(`${y}${rest}`) > 0 ? [`${y}${rest}`] : text.unitsContaining(`${y}${rest}`, 1).length > 0 && index.search.frequency(`${y}年`) > 0 ? [`${y}年`] : []));
}

/**
 * An erhua word the releases never print, 活儿 or 事儿, read as its stem, 活 or 事: they write the stem, and the stem
 * is judged as the general word it is (活儿 alone looks like a specific noun to the dictionary).
 */
function withoutErhua(index: KnowledgeIndex, t: QueryTerm): QueryTerm {
  if (t.numeric || t.lexicon || index.search.frequency(t.term) > 0) return t;
  const stem = erhuaStem(t.term);
  if (stem === undefined || /^[\d一二三四五六七八九十两几]/u.test(stem) || passageTextOf(index.units).unitsContaining(t.term, 1).length > 0) return t;
  const term = index.pipeline.canonicalTerm(stem);
  return { ...t, term, tag: generalWord(term).tag, parts: [] };
}

/**
 * Whether two characters are one word in the releases: one of them is printed mostly inside the two (廊 in 管廊, but
 * for 入廊), so the other is no grammar there, whatever it is elsewhere (管 of 不管). 投用 is no such word: 投 and 用
 * stand in many other words, and the question's 投用 is read by its verb.
 */
function aWordOfTheReleases(index: KnowledgeIndex, word: string): boolean {
  const text = passageTextOf(index.units);
  const whole = text.unitsContaining(word, 5000).length;
  return whole > 0 && [...word].some((c) => text.unitsContaining(c, 5000).length <= 2 * whole);
}

/** A verb with a negation glued on by the cutter (没拿到, 未收到, 没有参加): the verb is what it names. */
const NEGATED = /^(?:没有|没|未)(\p{Script=Han}{2,3})$/u;

/** A light verb before its object in one word: 办手续, 交材料, 拿证. */
const LIGHT_VERB = /^[办做搞交拿填领跑](\p{Script=Han}{2,})$/u;

/** Characters that make a noun of a word without adding to its meaning (房子, 老头儿). */
const NOMINAL_SUFFIX: ReadonlySet<string> = new Set(['子', '儿', '头']);

/** Characters that end a word for whoever does or keeps something (商家, 商户, 商人; 农户, 农家): one may stand for another. */
const AGENT_SUFFIX = /^[家户者人员方]$/u;

/**
 * Whether a near-synonym names the same thing as a word, not a neighbour of it: it holds all the word's
 * characters but a noun suffix (案件 for 案子), or the two differ only in their agent suffix (商户 for 商家).
 */
function sameThing(term: string, near: string): boolean {
  const a = [...term];
  const b = [...near];
  if (a.length === b.length && a.length >= 2 && a.slice(0, -1).join('') === b.slice(0, -1).join('') && AGENT_SUFFIX.test(a.at(-1)!) && AGENT_SUFFIX.test(b.at(-1)!)) return true;
  // (噪音 and 噪声, 店铺 and 店面: words differing in one character, and that of the same meaning.)
  if (a.length === b.length && a.length >= 2) {
    const differ = a.flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (differ.length === 1 && sameMeaningChars(a[differ[0]!]!, b[differ[0]!]!)) return true;
  }
  // (帐号 and 账号: a near-synonym one character apart and read the same, syllable for syllable, is the word spelled
  // another way.)
  if (a.length === b.length && a.length >= 2 && a.filter((c, i) => c !== b[i]).length === 1 && soundKey(term) === soundKey(near)) return true;
  return a.every((c) => near.includes(c) || NOMINAL_SUFFIX.has(c));
}

/** Words of place after a noun: 里, 内, 中, 上 (库里, 会上). */
const LOCATIVE = /^[里内中上]$/u;

/** What a count counts weighs at least this share of the question's other nouns' average weight. */
const COUNTED_SHARE = 0.75;

/** Verbs the releases never use weigh this share of a noun's weight: predicates vary more than the things named. */
const UNKNOWN_PREDICATE_SHARE = 0.35;

/** A topic a question opens with before a comma: 夜间安全方面，…, 关于收费，…, 春节网约车加价的事，… (not 除了X，其他…, which sets X aside). */
const TOPIC_OPENING = /^(?!除)(?:在|关于|对于|至于)?([^，,。？?]{2,12}?)(?:方面)?[，,]/u;

/** Understands a question already normalised (folded, numerals in digits) and rewritten with the office's phrases. */
export function understandQuestion(index: KnowledgeIndex, normalised: string): Understanding {
  const frame = readFrame(normalised);
  const unseen = index.search.idf('');
  // A rough number (三十亿左右), or one the asker checks (有没有四万人, 是不是超过一万五千人次).
  const approximate = APPROXIMATE.test(normalised) || frame.polar;
  // (Not a first question of two, 停车位有多少，收费吗: a topic asks nothing.)
  const topic = TOPIC_OPENING.exec(normalised)?.[1]?.replace(/^.*(?:多少|几|什么|哪|谁|吗|怎么|如何|为什么|为啥|啥|呢).*$/u, '') || undefined;
  const terms = recut(index, frame.content, index.pipeline.queryTerms(frame.content, (word) => aWordOfTheReleases(index, word))).map((t) => withoutErhua(index, t)).flatMap((t): (UnderstoodTerm & { predicate: boolean })[] => {
    // A named part of the year (一季度, 前三季度) is a period like 5月 is a month, whatever jieba tags it.
    // 一年多少钱, 一天能接待多少人: one year, one day is "per year", "per day", which a passage says as 每年, 年均,
    // 日均 or not at all; it is no number the passage must state. (多长时间 asks how long: there it counts.)
    // (Not one a bound draws a line at: 超过1天 is a span, not each day.)
    if (t.numeric && PER_ONE.test(t.term) && frame.asks === 'figure' && frame.measure !== 'time' && boundOf(normalised, t.term) === undefined) return [];
    // (So is one season, 一个冬天能拿多少补贴, 每个夏天: per season, which a release says of its own season, 每个供暖季.)
    if (SEASON.test(t.term) && frame.asks === 'figure' && frame.measure !== 'time' && new RegExp(`(?:每个?|(?<![\\d.一二三四五六七八九十])[1一]个)${t.term}`, 'u').test(normalised)) return [];
    // (So is a word jieba makes of one and a measure word, 一针, 一节课, 一趟, when the releases never print it: 打一针
    // 要多少钱 asks the price of a dose, which they give in their own words.)
    const one = ONE_OF_MEASURE.exec(t.term);
    if (!t.numeric && one !== null && measureKind(one[1]!) !== undefined && index.search.frequency(t.term) === 0 && passageTextOf(index.units).unitsContaining(t.term, 1).length === 0) return [];
    const period = PERIOD_NAMES.has(t.term);
    // 办手续, 交材料: a light verb and its object that jieba's dictionary files as one noun say what their object says.
    // (没拿到, 未收到: a negated verb is that verb as far as what it names goes.)
    const object = LIGHT_VERB.exec(t.term)?.[1] ?? NEGATED.exec(t.term)?.[1];
    const profile = t.numeric || t.lexicon || period ? undefined : generalWord(object !== undefined && isDictionaryWord(object) ? object : t.term);
    // In X的Y asking where, when, who or what, Y is a noun, whatever jieba's dictionary tags it (终点 is an adverb
    // there): 半程马拉松的终点在哪里. (Before a number, 的大概有多少, an adverb stays one.)
    const word =
      profile !== undefined && NOMINAL_FRAMES.has(frame.asks) && !NAMING_TAGS.test(profile.tag) && normalised.includes(`的${t.term}`) && [...t.term].length >= 2
        ? { ...profile, tag: 'n' }
        : profile;
    const spec = word === undefined ? 1 : specificity(t.term, word);
    // Time words, pronouns and the like that slip past the frames (今天, 这里) say nothing a passage must hold.
    if (word && spec === 0 && isGrammarWord(t.term, word) && index.search.frequency(t.term) === 0) return [];
    // 第二个案例, 第三项措施: an ordinal, which a release writes as it enumerates (二是, 其二, 第二): no count.
    const ordinal = t.numeric ? ORDINAL.exec(t.term) : null;
    const place = ordinal !== null && normalised.includes(`第${t.term}`) ? numeralWord(Number(ordinal[1])) : undefined;
    if (place !== undefined) {
      const text = passageTextOf(index.units);
      const mentions = [...new Set([`${place}是`, `其${place}`, `第${place}`].flatMap((form) => text.unitsContaining(form)))];
      if (mentions.length === 0) return [];
      return [understoodTerm({ ...t, numeric: false }, { weight: idfOf(index, mentions.length), alternates: [], known: true, mentions, mustBeMentioned: false, binding: false, settles: false }, false)];
    }
    const inIndex = index.search.frequency(t.term) > 0;
    // A one-character word is most often part of the release's longer word (签 in 签约, 换 in 换乘): it is found
    // there too, for less (see rank).
    // (So is one the releases also print alone: 办 in 举办 as well as in 办好.)
    // (A number the releases print only within a name, 百日 of “加梯百日攻坚”, is there as a string, not as a figure.)
    const mentions: number[] = t.numeric
      ? !inIndex && /\p{Script=Han}/u.test(t.term)
        ? passageTextOf(index.units).unitsHoldingNumber(t.term)
        : []
      : inIndex && !/^\p{Script=Han}$/u.test(t.term)
        ? []
        : passageTextOf(index.units).unitsContaining(t.term);
    // (A word jieba cut across in a release, 供水管/网, is in it all the same: 管网.)
    if (inIndex && !t.numeric && /^\p{Script=Han}{2}$/u.test(t.term)) mentions.push(...passageTextOf(index.units).unitsCuttingAcross(t.term));
    // (Or by a character of the same meaning in a noun of the releases: the asker's 狗 is the release's 犬, in 犬只.)
    if (!inIndex && !t.numeric && mentions.length === 0 && /^\p{Script=Han}$/u.test(t.term) && word?.tag === 'n' && measureKind(t.term) === undefined) mentions.push(...nounsOfSameMeaning(index, t.term).flatMap((noun) => passageTextOf(index.units).unitsContaining(noun)));
    // (A noun made with the suffix 子, 牌子 or 本子, is its first character's noun: the release's 标识牌 holds 牌; so is
    // one said twice as people say it to a child, 狗狗, the release's 犬.)
    const suffixed = /^(\p{Script=Han})(?:子|\1)$/u.exec(t.term)?.[1];
    if (!inIndex && !t.numeric && mentions.length === 0 && suffixed !== undefined && word?.tag === 'n' && generalWord(suffixed).tag === 'n' && measureKind(suffixed) === undefined)
      mentions.push(...[suffixed, ...nounsOfSameMeaning(index, suffixed)].flatMap((noun) => passageTextOf(index.units).unitsContaining(noun)));
    const partsKnown = t.parts.filter((p) => index.search.frequency(p) > 0);
    const specific = word === undefined || namesSpecificThing(t.term, word);
    // (第三套房, 第2批: an ordinal in a measure word of its own names that one of a series; 3个 or 3条 of another
    // passage is no near number of it.)
    const ordinalOfKind = t.numeric && ordinal === null && normalised.includes(`第${t.term}`);
    let alternates = ordinalOfKind ? [] : alternatesOf(index, t, inIndex, specific, approximate, t.numeric ? boundOf(normalised, t.term) : undefined);
    if (!inIndex && mentions.length === 0 && alternates.length === 0) alternates = abbreviated(index, t.term);
    // (And one the asker spells out that the releases shorten: 今年冬天 for their 今冬.)
    if (!inIndex && mentions.length === 0 && alternates.length === 0) alternates = shortenedIn(index, t.term);
    // One character for another of the same meaning makes a word the releases print (an asker's 狗 for their 犬).
    if (!inIndex && mentions.length === 0 && alternates.length === 0 && /^\p{Script=Han}{2,4}$/u.test(t.term)) alternates = sameMeaningSpellings(index, t.term);
    // (A slip of the pinyin input method, 院事 for 院士: a word no dictionary holds that sounds like one of the releases'.)
    if (!inIndex && mentions.length === 0 && alternates.length === 0 && !t.numeric && /^\p{Script=Han}{2,4}$/u.test(t.term) && !isInDictionary(t.term)) {
      const like = soundsLike(t.term, wordsBySound(index));
      if (like.length > 0 && like.length <= 2) alternates = like.map((term) => ({ term, credit: HOMOPHONE_CREDIT }));
    }
    // Another word the release prints for the same thing, at nearly its credit, once.
    const alsoAs = (other: string) => {
      if (index.search.frequency(other) > 0 && !alternates.some((a) => a.term === other)) alternates = [...alternates, { term: other, credit: 0.9 }];
    };
    // (除颤仪 is the AED of a release that writes 自动体外除颤器（AED）: a specific word of a term the release
    // abbreviates is found wherever it writes the abbreviation.)
    for (const short of abbreviationsDefined(index).get(t.term) ?? []) alsoAs(short);
    // (交钱, 扣钱, 花钱: paying money is the release's 交费, and whether it is charged at all, 收费 or 免费.)
    // (Not money paid out, 发钱 or 给钱, which is the release's 发放.)
    const payVerb = !inIndex && mentions.length === 0 ? /^([交付扣收花掏要缴出])钱$/u.exec(t.term)?.[1] : undefined;
    if (payVerb !== undefined) [`${payVerb}费`, '收费', '免费', '缴费'].forEach(alsoAs);
    // (A part of the year by another of its names: 全年 is the release's 年度.)
    if (period) samePeriod(t.term).forEach(alsoAs);
    // (And a season, or the holidays, by another of theirs: 春天 is the release's 春季 of 春季学期.)
    otherNamesOfPartOfYear(t.term).forEach(alsoAs);
    // (小学生, 初中生: the pupils of a stage of schooling are what a release gives by the stage, 小学近视率.)
    const stage = /^(\p{Script=Han}{1,2}[学中校])生$/u.exec(t.term)?.[1];
    if (stage !== undefined) alsoAs(stage);
    // (幅度 or 变化幅度 of a change is the release's 涨幅, 降幅, 增幅 or 跌幅, whichever way the change went.)
    if (CHANGE_SIZE.test(t.term)) CHANGE_SIZES.forEach(alsoAs);
    // (去年底 is 2024年底 in a 2025 release: the time in the releases' own years.)
    for (const other of inReleaseYears(index, t.term)) if (!alternates.some((a) => a.term === other)) alternates = [...alternates, { term: other, credit: 0.9 }];
    // (县里, read 县级 as releases mostly write it, is 县里 in one that writes so: 县里成立了7个督导组.)
    const level = /^([省市区县乡镇])级$/u.exec(t.term)?.[1];
    if (level !== undefined) alsoAs(`${level}里`);
    // (And 县里 in a question, 维修县里补多少, is the county's level as releases write it: 县级, or 县 of 县财政.)
    const levelAsked = /^([省市区县乡镇])里$/u.exec(t.term)?.[1];
    if (levelAsked !== undefined) {
      alsoAs(`${levelAsked}级`);
      if (index.search.frequency(levelAsked) > 0 && !alternates.some((a) => a.term === levelAsked)) alternates = [...alternates, { term: levelAsked, credit: 0.8 }];
    }
    // GDP for 生产总值: a Latin-letter abbreviation for the Chinese term the releases write (CC-CEDICT's glosses).
    if (!inIndex && alternates.length === 0 && /^[a-z][a-z0-9]{1,5}$/u.test(t.term))
      alternates = expansionsOf(t.term).filter((w) => index.search.frequency(w) > 0).map((term) => ({ term, credit: 0.9 }));
    // (huanjie for 环节, yuanshi for 院士: a word typed in pinyin by one who cannot write it is the release's word
    // that reads so, tones aside.)
    if (!inIndex && alternates.length === 0 && /^[a-z]{4,24}$/u.test(t.term) && PINYIN_SYLLABLES.test(t.term)) {
      const like = wordsByPinyin(index).get(t.term) ?? [];
      if (like.length > 0 && like.length <= 2) alternates = like.map((term) => ({ term, credit: HOMOPHONE_CREDIT }));
    }
    // 技校 for 技工院校, 文旅季 for 文化旅游季: the release's words may hold an abbreviation's characters in order.
    if (!inIndex && mentions.length === 0 && alternates.length === 0 && /^\p{Script=Han}{2,4}$/u.test(t.term)) {
      mentions.push(...passageTextOf(index.units).unitsSpelling(t.term));
      // (Or wider, a name of three or four characters no dictionary holds: 人社局 for 人力资源和社会保障局.)
      if (mentions.length === 0 && /^\p{Script=Han}{3,4}$/u.test(t.term) && !isDictionaryWord(t.term)) mentions.push(...spelledWide(index, t.term));
      // (社零 for 社会消费品零售总额: the characters open words further apart.)
      // (Each character must open a word there: 保额 is not spelled by 保费给予全额, whose 额 ends 全额.)
      if (mentions.length === 0 && [...t.term].length === 2) {
        const text = passageTextOf(index.units);
        const [first, second] = [...t.term] as [string, string];
        const span = new RegExp(`${first}[\\p{Script=Han}]{1,4}?${second}[\\p{Script=Han}]?`, 'u');
        mentions.push(
          ...text.unitsSpelling(t.term, 100, 4).filter((unitId) => {
            const match = span.exec(text.unitText(unitId))?.[0];
            if (match === undefined) return false;
            const starts = jieba().cut(match).map((word) => word[0]);
            return starts[0] === first && starts.includes(second);
          }),
        );
      }
    }
    // 住建局 for 住房和城乡建设局: a name the release prints short in one place and spelled out in another (its
    // speakers' posts); each character opens a word of the long form, the last may close it.
    // (So is a two-character abbreviation, 消协 for 消费者协会, one jieba files as one or that general use seldom
    // prints: a common two-character word spelled wide is most often two words that happen to meet, 安徽全省.)
    // (A body's short name may be in the dictionary too, 监管局, and is spelled out all the same: 监督管理局.)
    const shortName = /^\p{Script=Han}{3,4}$/u.test(t.term) ? !isDictionaryWord(t.term) || BODY_SHORT.test(t.term) : /^\p{Script=Han}{2}$/u.test(t.term) && word !== undefined && (word.tag === 'j' || spec >= RARE_SPECIFICITY);
    if ((inIndex || mentions.length > 0) && !t.numeric && !t.lexicon && alternates.length === 0 && shortName) {
      const listed = new Set(mentions);
      mentions.push(...spelledWide(index, t.term).filter((u) => !listed.has(u)));
    }
    // 老人 for 老年人: a contraction one character short of the release's word is that word, not a near-synonym of it.
    if (!inIndex && mentions.length === 0 && alternates.length > 0 && alternates.every((a) => a.credit < 0.75) && /^\p{Script=Han}{2,3}$/u.test(t.term))
      mentions.push(...passageTextOf(index.units).unitsSpelling(t.term, 100, 1));
    const known = inIndex || mentions.length > 0 || partsKnown.length > 0 || alternates.length > 0;
    // Grammar words the releases happen to use (今天, 目前) weigh a tenth: they are how the question is put.
    // (So do quantifiers, 全部 and 所有, which jieba tags as nouns: 什么时候能全部开起来.)
    const scale = word ? ((spec === 0 && isGrammarWord(t.term, word)) || QUANTIFIER.test(t.term) ? 0.1 : generalScale(spec)) : 1;
    let weight: number;
    if (inIndex) weight = index.search.idf(t.term) * scale;
    else if (mentions.length > 0) weight = idfOf(index, mentions.length) * scale;
    else if (partsKnown.length > 0) weight = Math.max(...partsKnown.map((p) => index.search.idf(p)));
    else if (alternates.length > 0) weight = Math.max(...alternates.map((a) => index.search.idf(a.term))) * scale;
    else weight = unseen * scale;
    if (!t.numeric && [...t.term].length === 1) weight *= 0.5;
    // Anything that does not name a thing (verbs, adjectives, 非要, 一共) is how the question is put, not what about.
    // (Nor does a word used as the verb of a change the question asks the size of: 发展到多少名, 扩大到几家.)
    const predicate = word !== undefined && (isPredicate(t.term, word) || !(NAMING_TAGS.test(word.tag) || /^(?:x|eng|m)$/u.test(word.tag)) || changesTo(normalised, t.term));
    // A yes/no question about a happening the releases never mention (宿州今天下雨吗) cannot be settled by them.
    // A specific thing the releases know only by a near-synonym (校区 for 校园) is still not mentioned: the
    // synonym counts toward the match, but the refusal names the thing.
    // (A longer form holding all its characters is the thing itself: 老年人 for 老人, and so is one holding all but a
    // noun suffix: 案件 for 案子. And a near-synonym with no
    // character in common is another word for the same thing, 小孩 for 儿童; one sharing a character while
    // differing in another is a neighbour, 校区 beside 校园, unless the two characters mean the same, 噪音 and 噪声;
    // and a thing that has another word with no character in common, 焰火 for 烟花, is that thing, whatever
    // neighbours it has besides, 烟火.)
    const onlyNear =
      !inIndex &&
      mentions.length === 0 &&
      partsKnown.length === 0 &&
      alternates.every((a) => a.credit < 0.75 && !sameThing(t.term, a.term) && !sameQuantity(t.term, a.term)) &&
      alternates.every((a) => [...t.term].some((c) => a.term.includes(c)));
    // A quantity noun (人数, 数量, 比例) says what kind of number is asked, like a question word: never a thing.
    // (An amount of money for something in particular, 保费, 票价, 学费, names what the money is for: that is a
    // thing the release may not give.)
    const kind = word === undefined ? undefined : quantityKindOfNoun(t.term);
    // (Nor is a rate that says which rate, 利率 or 合格率: a release that never names it does not give it. How much
    // something grew, 增长率 or 增速, is what any change the release states answers.)
    const namedRate = kind === 'percent' && /率$/u.test(t.term) && !CHANGE_RATE.test(t.term);
    const quantity = kind !== undefined && [...t.term].length <= 2 && (kind !== 'money' || spec < COMMON_SPECIFICITY) && !namedRate;
    // One the releases never use (人数 for 毕业生32.6万人) only says what kind of number is wanted, which the frame holds.
    if (quantity && !known && frame.asks === 'figure') return [];
    // (An everyday noun the releases never use, 老百姓 or 工厂, below COMMON_SPECIFICITY, is most often the asker's
    // word for theirs, 群众 or 企业: it weighs less but does not refuse the question.)
    // (A compound the releases know only by its head, 食品 of 保健食品, whose modifier names a thing they never
    // mention, is a kind of it they do not speak of: 保健食品抽检不合格率 is not 食品安全抽检总体不合格率.)
    const missingModifier =
      !inIndex &&
      mentions.length === 0 &&
      !t.numeric &&
      t.parts.length >= 2 &&
      t.parts.join('') === t.term &&
      alternates.every((a) => a.credit < 0.75) &&
      t.parts.some((p) => index.search.frequency(p) === 0 && passageTextOf(index.units).unitsContaining(p, 1).length === 0 && namesSpecificThing(p) && specificity(p) >= COMMON_SPECIFICITY);
    const mustBeMentioned =
      !quantity &&
      // (A season names a part of the year as a year names a year: 春季学期 is not asked of a release of 秋季 alone.)
      ((!known && (t.numeric || (specific && spec >= COMMON_SPECIFICITY) || namedRate || SEASON.test(t.term) || (frame.polar && predicate && word!.counted && spec >= 0.5 && strangeTo(index, t.term)))) ||
        (known && specific && !t.numeric && onlyNear && spec >= COMMON_SPECIFICITY) ||
        missingModifier);
    // Names, numbers, and times that name a period (上半年, 暑期, 汛期) bind the answer to them.
    // (A word the releases never use binds nothing: whether it must be mentioned is decided above. A common noun
    // jieba's dictionary files as a place, 城市, is no name; nor a verb it files as one, 上路, which CC-CEDICT glosses
    // only as a verb.)
    // (Nor does a topic the question opens with, 夜间安全方面，…: it says where the question belongs, not what the
    // passage must be about.)
    // (Nor a time the question compares with, 比往年早: the passage need not name the baseline.)
    const baseline = word?.tag === 't' && new RegExp(`(?:比|较|跟|和|与)${escapeRegExp(t.term)}`, 'u').test(normalised);
    // (Nor the part of the day before a clock time, 晚上 of 晚上22时: the time binds, and a release may print it alone.)
    // (Nor, in a question of the hour, the part of the day it is asked in, 晚上开到几点: a passage may give 22:00
    // alone, and fitsFrame checks the hour is of that part.)
    const ofClock = word?.tag === 't' && (new RegExp(`${escapeRegExp(t.term)}\\d{1,2}时`, 'u').test(normalised) || (frame.clock && partOfDayAsked(frame.content)?.word === t.term));
    const binding =
      !baseline &&
      !ofClock &&
      !(topic !== undefined && topic.includes(t.term)) &&
      (t.numeric ||
      t.lexicon ||
      period ||
      (known &&
        word !== undefined &&
        ((PROPER_NAME.test(word.tag) && (!word.known || spec >= COMMON_SPECIFICITY) && !isVerbTaggedAsNoun(t.term)) || (word.tag === 't' && spec > 0 && !TIME_NOUN.test(t.term) && !DEICTIC_TIME.test(t.term) && !DIRECTIONAL.test(t.term)) || (!word.known && [...t.term].length >= 2 && !predicate))));
    // (And in a how-question, the action asked how to do: 人才公寓怎么申请 is not told by a passage that never says 申请.)
    // (A season, 冬天, is the time of a whole paragraph as a period is: 冬季雨雪冰冻天气多发 before what was stored.)
    // (A place the release names, 南浦区, binds as a place jieba knows does, even when the index learnt it: a passage
    // whose paragraph names it elsewhere gives 全市's number, not its.)
    const boundByContext = binding && !t.numeric && !period && (t.lexicon ? (word === undefined || !PROPER_NAME.test(word.tag)) && !PLACE_NAME.test(t.term) : word !== undefined && ((!word.known && !PROPER_NAME.test(word.tag)) || SEASON.test(t.term)));
    // (有补贴吗, asked of a release that says 补助: settled by a passage that gives the amount, not by any passage.)
    const askedWhetherAmount = frame.polar && !inIndex && mentions.length === 0 && alternates.some((a) => sameQuantity(t.term, a.term));
    const settles = (frame.polar && predicate && word !== undefined && word.counted && spec >= 0.5 && !inIndex) || (frame.action !== undefined && t.term === index.pipeline.canonicalTerm(frame.action)) || askedWhetherAmount;
    const bound = t.numeric ? boundOf(normalised, t.term) : undefined;
    return [understoodTerm(t, { weight, alternates, known, mentions, mustBeMentioned, binding, boundByContext, settles, bound }, predicate)];
  });
  // A verb the releases never use is most often the asker's word for the release's verb (汇总 for 征集): it
  // weighs at most a third of what the question's known words weigh together, so it lowers a match but cannot sink it.
  // A question for a number, a date, a person, a place or which body names its answer by the things it is about; its verb
  // is often the asker's own (覆盖 for 实现, 主办 for 共同举办), so a known verb counts half there.
  for (const t of terms) if (t.predicate && t.known && (WH_FRAMES.has(frame.asks) || frame.organisation !== undefined)) t.weight *= 0.5;
  // 租房子 beside 住房租金: a word the releases never use whose every character the question's known words already
  // hold says again what they say, in the asker's words; it does not refuse the question, and weighs little.
  for (const t of terms) {
    if (!t.mustBeMentioned || t.numeric) continue;
    const knownCharacters = new Set(terms.filter((o) => o !== t && o.known && !o.numeric).flatMap((o) => [...o.term]));
    const content = [...t.term].filter((c) => !NOMINAL_SUFFIX.has(c));
    if (content.length >= 2 && content.every((c) => knownCharacters.has(c))) {
      t.mustBeMentioned = false;
      t.weight *= UNKNOWN_PREDICATE_SHARE;
    }
  }
  const knownWeight = terms.reduce((sum, t) => sum + (t.known ? t.weight : 0), 0);
  for (const t of terms) {
    // (In a yes/no question the verb is what is asked about: 宿州今天下雨吗 is not settled by a passage without 下雨.)
    if (t.predicate && !t.known && !t.mustBeMentioned && !(frame.polar && t.weight >= 0.5 * unseen))
      t.weight = Math.min(t.weight * UNKNOWN_PREDICATE_SHARE, 0.35 * knownWeight || t.weight * UNKNOWN_PREDICATE_SHARE);
  }
  // What a count counts (企业 in 服务团跑了几家企业) is what the question is about, however common the word: it weighs
  // at least what the question's other known nouns weigh on average.
  // (Or a word of the release's own right after the number asked, which general jieba cuts and the frame misses:
  // 几个托管点 counts 托管点.)
  const countedNoun = frame.counted ?? releaseWordCounted(frame, normalised, terms);
  if (frame.asks === 'figure' && countedNoun !== undefined) {
    const counted = index.pipeline.canonicalTerm(countedNoun);
    const others = terms.filter((t) => t.known && t.term !== counted && !t.predicate && !t.numeric);
    const average = others.length > 0 ? others.reduce((sum, t) => sum + t.weight, 0) / others.length : 0;
    // (A noun of one character, 线 in 几条线, is most often part of the release's longer word: it stays light.)
    for (const t of terms) if (t.term === counted && t.known && [...t.term].length >= 2) t.weight = Math.max(t.weight, COUNTED_SHARE * average);
  }
  const understood = terms.map((t) => understoodTerm(t, t));
  // (A time, 今年的全民健身日, says when, not whose: the year is read apart.)
  const owner = frame.possessor === undefined ? new Set<string>() : new Set(index.pipeline.queryTerms(frame.possessor).map((t) => t.term).filter((term) => !DEICTIC_TIME.test(term)));
  return {
    frame,
    terms: understood,
    counted: countedNoun === undefined || straddles(countedNoun, frame.content, understood) ? [] : countedForms(index, countedNoun, understood),
    // (Not the place a release is about, nor a scope word: 成都高校毕业生 is the release's 我市高校毕业生.)
    countedWith: (frame.countedWith ?? [])
      .filter((noun) => !SCOPE_WORD.test(noun) && !index.releaseScopes.some((scope, i) => scope.has(index.pipeline.canonicalTerm(noun)) || headerNames(index, i, noun)))
      .map((noun) => countedForms(index, noun, understood)),
    // (A clause before 的 says which ones, not whose: 已经建成的宁静小区 is answered by 已创建的; its verbs and adverbs own
    // nothing.)
    possessor: possessorOf(understood, terms, owner),
    // (A modifier the releases know by its full form counts: 半马 for 半程马拉松.)
    modified:
      frame.asks === 'figure' || frame.asks === 'date'
        ? modifiedNouns(frame.content).filter((m) => passageTextOf(index.units).unitsContaining(m.modifier, 1).length > 0 || understood.some((t) => t.term === m.modifier && t.known))
        : [],
  };
}

/** The terms naming the possessor of an X的Y question; none when X is a clause of verbs and adverbs alone. */
function possessorOf(understood: readonly UnderstoodTerm[], terms: readonly { predicate: boolean; tag?: string }[], owner: ReadonlySet<string>): number[] {
  const owning = understood.flatMap((t, i) => (owner.has(t.term) && t.known ? [i] : []));
  return owning.length > 0 && owning.every((i) => terms[i]!.predicate && /^[vd]/u.test(terms[i]!.tag ?? '')) ? [] : owning;
}

/** Whether every time a text holds a word, the word ends a clause or stands before a particle (秤坏了, 秤坏吗). */
function endsClause(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const next = text[at + word.length];
    if (next !== undefined && !/[了的吗呢啦啊么，,？?。！!；;\s]/u.test(next)) return false;
  }
  return true;
}

/**
 * Whether two characters' tags are a noun's and an adjective's: a thing and the state it is in (秤 坏). (Not a noun and
 * a verb, which shorten a term as often as they meet: 网签, 省控.)
 */
function nounAndState(tags: readonly string[]): boolean {
  return tags[0] === 'n' && tags[1] === 'a';
}

/** Whether two characters' tags are a noun's and a verb's (钱 发), which no shortened name is made of as often as two words meet. */
function nounAndVerb(tags: readonly string[]): boolean {
  return /^n/u.test(tags[0]!) && /^v/u.test(tags[1]!);
}

/**
 * Whether two characters are words of their own, and not two nouns (蜂 and 农 make 蜂农, a word jieba lacks): neither a
 * morpheme that only makes words (农, zg) nor a character jieba does not know.
 */
function twoWords(tags: readonly string[]): boolean {
  return tags.every((tag) => !/^(?:x|zg|ng)$/u.test(tag)) && !tags.every((tag) => /^n/u.test(tag));
}

/** Whether two characters may shorten a word of the releases (半马 for 半程马拉松, 暑托 for 暑期托管): no two words then. */
function abbreviates2(index: KnowledgeIndex, word: string): boolean {
  return passageTextOf(index.units).unitsSpelling(word, 1).length > 0 || abbreviated(index, word).length > 0;
}

/**
 * Cuts again where jieba cut a name the releases use: 科技贷放了 comes as 科技 / 贷放 (a word of its dictionary) though
 * the releases write 科技贷, and 高企奖 as one unknown word though they write 高企. A word no passage holds, even as
 * a string, is cut so that the word before it and its first characters (科技贷), or its own first characters (高企),
 * make a string the releases hold; the rest stands as a term of its own (放, 奖). The releases' own text decides,
 * not a list.
 */
/** Modal verbs and adverbs that stand between words, not inside one: 会, 要, 能 … */
const MODAL = /^[会要能该就才都也还]$/u;

function recut(index: KnowledgeIndex, content: string, terms: QueryTerm[]): QueryTerm[] {
  const text = passageTextOf(index.units);
  const held = (s: string) => text.unitsContaining(s, 1).length > 0;
  const unknown = (t: QueryTerm) => !t.numeric && !t.lexicon && /^\p{Script=Han}{2,}$/u.test(t.term) && index.search.frequency(t.term) === 0 && !held(t.term);
  const out: QueryTerm[] = [];
  for (const t of terms) {
    const prev = out[out.length - 1];
    let cut: [QueryTerm | undefined, string] | undefined;
    // (Only a last character that is a grammar character or a verb is cut off, 放 of 贷放, 有 of 高企有: 费 of 报名费
    // or 车 of 电动车 is part of the thing named, which the releases may well not mention.)
    const chars = [...t.term];
    const last = chars[chars.length - 1]!;
    // (Not a word of everyday speech, 现在 in 全市现在一共有: that the releases print 全市现有 makes no 全市现 of it.)
    if (unknown(t) && specificity(t.term) > 0 && /^(?:v|d|p|u|uj|ul|c|y|r)$/u.test(jieba().tag(last)[0]?.tag ?? 'x') && quantityKindOfNoun(last) === undefined) {
      const head = chars.slice(0, -1).join('');
      const joined = prev === undefined || prev.numeric ? undefined : `${prev.term}${head}`;
      if (joined !== undefined && content.includes(joined) && held(joined)) cut = [prev, joined];
      else if (chars.length >= 3 && held(head)) cut = [undefined, head];
    }
    // (And a first one glued to the releases' word by the same guess, 进 of 进长护险, 纳入 read 纳 进长护险.)
    // (Not one that begins a word the releases print: 进出口 in 进出口额.)
    // (Two characters jieba guessed as one word, neither its dictionary's nor the releases', are two words: 钱发 of
    // 补贴钱发到哪里 is 钱 and 发, 办帮 of 有没有办帮毕业生找工作的活动 办 and 帮, 分扣 of 信用分扣到多少 分 and 扣;
    // unless they are a word of the general language jieba lacks, 醉驾 (CC-CEDICT's), or, but for a noun and a verb,
    // may shorten a word the releases print, 暑托 for 暑期托管.)
    // (So are a noun and the state it is in, 秤坏 of 智能秤坏了多久会有人回应, though a passage prints the two together as
    // a string, 智能秤坏了或者被动了手脚: the index, which cut that passage too, holds no such word.)
    const guessed = chars.length === 2 && t.tag === 'x' && !t.numeric && !t.lexicon && index.search.frequency(t.term) === 0 && !isInDictionary(t.term) && !isCedictWord(t.term);
    // (Only where it ends its clause or stands before 了, in the question and in every passage printing it: 信易 of
    // 信易贷 opens a name, and 残简 of 残简280枚 is one.)
    if (cut === undefined && guessed && !unknown(t) && endsClause(content, t.term) && text.unitsContaining(t.term, 20).every((id) => endsClause(text.unitText(id), t.term)) && nounAndState(chars.map((c) => jieba().tag(c)[0]?.tag ?? 'x'))) {
      out.push(...index.pipeline.queryTerms(chars[0]!).filter((r) => !out.some((o) => o.term === r.term)));
      out.push(...index.pipeline.queryTerms(last).filter((r) => !out.some((o) => o.term === r.term)));
      continue;
    }
    if (cut === undefined && unknown(t) && chars.length === 2 && t.tag === 'x' && !isInDictionary(t.term) && !isCedictWord(t.term)) {
      const tags = chars.map((c) => jieba().tag(c)[0]?.tag ?? 'x');
      if (nounAndVerb(tags) || (twoWords(tags) && !abbreviates2(index, t.term))) {
        out.push(...index.pipeline.queryTerms(chars[0]!).filter((r) => !out.some((o) => o.term === r.term)));
        out.push(...index.pipeline.queryTerms(last).filter((r) => !out.some((o) => o.term === r.term)));
        continue;
      }
    }
    // (A modal verb jieba guessed into a word with what stands around it, 火会罚 of 私自用火会罚多少钱, 用火要 of 用火要罚
    // 多少: the words on either side of it, the first joined to the word before when the releases print them so, 用火.)
    const modalAt = chars.findIndex((c, i) => i > 0 && MODAL.test(c));
    if (cut === undefined && unknown(t) && chars.length >= 3 && t.tag === 'x' && modalAt > 0 && !isInDictionary(t.term) && !isCedictWord(t.term)) {
      const head = chars.slice(0, modalAt).join('');
      const tail = chars.slice(modalAt + 1).join('');
      if (prev !== undefined && !prev.numeric && held(`${prev.term}${head}`)) {
        out.pop();
        out.push({ term: `${prev.term}${head}`, tag: 'nz', parts: [prev.term], numeric: false, lexicon: false });
      } else out.push(...index.pipeline.queryTerms(head).filter((r) => !out.some((o) => o.term === r.term)));
      if (tail !== '') out.push(...index.pipeline.queryTerms(tail).filter((r) => !out.some((o) => o.term === r.term)));
      continue;
    }
    // (A noun of one character with a word of place after it that jieba takes for a name, 库里 (Curry), 卡里: the noun,
    // which the releases print in a longer word (种质资源库); the place word is how the question is put. Not a word of
    // place of its own, 网上, 市里, 街上: those say online, the city, the streets.)
    if (cut === undefined && chars.length === 2 && /^(?:nr|nrt)$/u.test(t.tag) && LOCATIVE.test(last) && /^n/u.test(jieba().tag(chars[0]!)[0]?.tag ?? 'x') && !isCedictWord(t.term)) {
      out.push(...index.pipeline.queryTerms(chars[0]!).filter((r) => !out.some((o) => o.term === r.term)));
      continue;
    }
    // (A verb and its result, 拦下, 测完, 关掉, which the releases do not print: the verb, which they write in a longer
    // word, 拦截, 检测, 关闭.)
    if (cut === undefined && unknown(t) && chars.length === 2 && /^v/u.test(t.tag) && /^[^办做搞弄干][下住掉完好]$/u.test(t.term)) {
      out.push(...index.pipeline.queryTerms(chars[0]!).filter((r) => !out.some((o) => o.term === r.term)));
      continue;
    }
    // (And a verb that only stands for doing, with its result, 弄完, 搞好, 干完, which the releases do not print: it says
    // only that the thing is done, which 啥时候能弄完 asks of the thing it names.)
    if (cut === undefined && unknown(t) && chars.length === 2 && /^[搞弄干整][完好掉]$/u.test(t.term)) continue;
    if (cut === undefined && unknown(t) && chars.length >= 3 && /^(?:v|d|p|c|r)$/u.test(jieba().tag(chars[0]!)[0]?.tag ?? 'x') && !held(chars.slice(0, -1).join('')) && held(chars.slice(1).join(''))) {
      out.push(...index.pipeline.queryTerms(chars[0]!).filter((r) => !out.some((o) => o.term === r.term)));
      out.push({ term: chars.slice(1).join(''), tag: 'nz', parts: [], numeric: false, lexicon: false });
      continue;
    }
    if (cut === undefined) {
      const merged = prev === undefined ? undefined : regrouped(index, prev, t, held);
      if (merged !== undefined) {
        out.pop();
        out.push(...merged);
        continue;
      }
      out.push(t);
      continue;
    }
    const [replaced, name] = cut;
    if (replaced !== undefined) out.pop();
    out.push({ term: name, tag: 'nz', parts: replaced !== undefined ? [replaced.term] : [], numeric: false, lexicon: false });
    const tail = index.pipeline.queryTerms(last).filter((r) => !out.some((o) => o.term === r.term));
    out.push(...tail);
  }
  return out;
}

/**
 * Two neighbouring words cut again by the releases' text, where jieba cut an abbreviation it does not know:
 * - 住建 局局长 → 住建局 局长: a word the releases never use as a token, with the next one's first character, is
 *   a word they print (住建局), and the rest is a word (局长);
 * - 保 租房 → 保租房: a lone character the releases never use alone and the next word, together printed nowhere, are
 *   spelled out in order in the releases' words (保障性租赁住房): an abbreviation, read as one word.
 */
function regrouped(index: KnowledgeIndex, prev: QueryTerm, t: QueryTerm, held: (s: string) => boolean): QueryTerm[] | undefined {
  if (prev.numeric || t.numeric || prev.lexicon || t.lexicon || !/^\p{Script=Han}+$/u.test(prev.term) || !/^\p{Script=Han}+$/u.test(t.term)) return undefined;
  const a = [...prev.term];
  const b = [...t.term];
  // 岫岭主 汛期 → 岫岭 汛期: a word the releases never print whose last character they print with the next word (我县
  // 主汛期), and whose rest they print: jieba joined a name it does not know to the next word's first character.
  // (Not a word of the general language, 初中生, which the releases need not print to be asked about.)
  if (a.length >= 3 && index.search.frequency(prev.term) === 0 && !held(prev.term) && !isDictionaryWord(prev.term)) {
    const head = a.slice(0, -1).join('');
    if (held(head) && held(`${a[a.length - 1]}${t.term}`)) return [...index.pipeline.queryTerms(head), t];
  }
  if (index.search.frequency(prev.term) === 0 && index.search.frequency(t.term) === 0 && !held(t.term) && a.length >= 2 && b.length >= 3) {
    const word = `${prev.term}${b[0]}`;
    const rest = b.slice(1).join('');
    if (held(word) && (index.search.frequency(rest) > 0 || isDictionaryWord(rest))) {
      return [{ term: word, tag: 'nz', parts: [prev.term], numeric: false, lexicon: false }, ...index.pipeline.queryTerms(rest)];
    }
  }
  const joined = `${prev.term}${t.term}`;
  // 芷 城镇 → 芷城镇: a lone character jieba takes for a place and a word ending in a place's rank (城镇, 新区) make a
  // place's name it cut across, whether the releases print it or not (渚阳城镇燃气 is 阳, a name's, and 城镇 gas).
  // (So does a lone character and the rank alone, 苒 州 → 苒州, the city's name jieba does not know.)
  if (a.length === 1 && (b.length === 2 ? /[镇乡县区村]$/u.test(t.term) : /^[州市县区省镇乡村]$/u.test(t.term)) && (prev.tag === 'ns' || prev.tag === 'x')) {
    return [{ term: joined, tag: 'ns', parts: [], numeric: false, lexicon: false }];
  }
  // 住 建局 → 住建局: a lone character and a word the releases print only inside the two together.
  // (建局 is printed only inside 住建局.)
  const text = passageTextOf(index.units);
  const inside = (part: string, whole: string) => text.unitsContaining(part, 5000).length === text.unitsContaining(whole, 5000).length;
  if (a.length === 1 && b.length >= 2 && index.search.frequency(t.term) === 0 && held(joined) && inside(t.term, joined)) {
    return [{ term: joined, tag: 'nz', parts: [], numeric: false, lexicon: false }];
  }
  // 人 社局 → 人社局: a lone character and a word printed nowhere, which jieba cut from a name it does not know, spelled
  // out wide in the releases' words (人力资源和社会保障局).
  if (a.length === 1 && a.length + b.length <= 4 && index.search.frequency(t.term) === 0 && !held(t.term) && !isDictionaryWord(joined) && spelledWide(index, joined).length > 0) {
    return [{ term: joined, tag: 'nz', parts: [], numeric: false, lexicon: false }];
  }
  // (The lone character opens the abbreviation: 老人 住 is a noun and its verb.)
  const single = a.length === 1 ? prev.term : undefined;
  if (single !== undefined && a.length + b.length >= 3 && a.length + b.length <= 4 && index.search.frequency(single) === 0 && !held(joined) && !isDictionaryWord(joined)) {
    // (Spelled out with the longer word cut apart, 保障性租赁住房 for 租房: a verb and its object, 建 遗址 in 建设遗址公园
    // or 津贴 发 in 津贴按月发放, keep the longer word whole and are no abbreviation.)
    const longer = single === prev.term ? t.term : prev.term;
    const spelled = new RegExp([...joined].join('\\p{Script=Han}{0,2}'), 'gu');
    const texts = text.unitsSpelling(joined, 20).map((u) => normalise(`${index.units[u]!.keys} ${index.units[u]!.text}`));
    // (And a name the releases keep using, spelled the same way in three passages or more: 迁入地户政窗口, met once,
    // is no name that 迁户口 shortens.)
    const spans = new Map<string, number>();
    for (const text of texts) for (const span of new Set([...text.matchAll(spelled)].map((m) => m[0]).filter((m) => !m.includes(longer)))) spans.set(span, (spans.get(span) ?? 0) + 1);
    if ([...spans.values()].some((n) => n >= 3)) return [{ term: joined, tag: 'nz', parts: [], numeric: false, lexicon: false }];
  }
  return undefined;
}

/** The units that spell a 3–4 character name out with words between its characters (住(房和城乡)建(设)局; see spellsOut). */
function spelledWide(index: KnowledgeIndex, name: string): number[] {
  const text = passageTextOf(index.units);
  return text.unitsSpelling(name, 200, 6).filter((unitId) => spellsOut(text.unitText(unitId), name));
}

/** A word of the release's own dictionary (its quoted names, its suffixed words) standing right after a figure question's cue. */
function releaseWordCounted(frame: QuestionFrame, normalised: string, terms: readonly QueryTerm[]): string | undefined {
  if (frame.asks !== 'figure') return undefined;
  for (const cue of frame.cues) {
    const at = normalised.indexOf(cue);
    if (at < 0) continue;
    const after = normalised.slice(at + cue.length);
    const word = terms.find((t) => t.tag === 'nz' && !t.numeric && [...t.term].length >= 2 && after.startsWith(t.term));
    if (word !== undefined) return word.term;
  }
  return undefined;
}

/** The forms the counted noun may take in a passage: 公司 as typed, 企业 as the office's synonym list has it. */
function countedForms(index: KnowledgeIndex, noun: string, terms: readonly UnderstoodTerm[]): string[] {
  const canonical = index.pipeline.canonicalTerm(noun);
  const term = terms.find((t) => t.term === canonical || t.term === noun);
  return [...new Set([noun, canonical, ...(term ? [...term.alternates.map((a) => a.term), ...term.parts] : [])])];
}

/**
 * Whether a noun the frame read is cut across the question's terms: jieba reads 金发 in 援助金发了 where the terms,
 * cut with the releases' words, are 援助金 and 发. Such a noun is no thing the asker named.
 */
function straddles(noun: string, content: string, terms: readonly UnderstoodTerm[]): boolean {
  if (terms.some((t) => t.term === noun)) return false;
  const first = noun[0]!;
  return terms.some((t) => t.term.length >= 2 && t.term.endsWith(first) && !t.term.includes(noun) && content.includes(`${t.term}${noun.slice(1)}`));
}

/**
 * Whether a word has a character the releases never print: 下雨 (雨) is about something they do not touch;
 * 排出来 (排, 出, 来) may well be their 排放 put another way.
 */
function strangeTo(index: KnowledgeIndex, word: string): boolean {
  const text = passageTextOf(index.units);
  return [...word].some((c) => text.unitsContaining(c, 1).length === 0);
}

/** The IDF of a term `df` units hold, as the search index counts it. */
function idfOf(index: KnowledgeIndex, df: number): number {
  const n = index.search.unitCount;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Verbs, adjectives and set phrases, including the verbs jieba's dictionary files as nouns (汇总). */
/** Whether the question uses `term` as a verb of change whose result it asks: 发展到多少名, 扩大至几家, 提升到百分之多少. */
function changesTo(normalised: string, term: string): boolean {
  return new RegExp(`${escapeRegExp(term)}(?:到|至|成)(?:多少|几|百分之多少)`, 'u').test(normalised);
}

function isPredicate(word: string, profile: GeneralWord): boolean {
  return /^(?:v|vd|vi|vg|vl|vf|vx|a|ad|ag|al|l|i|j)$/u.test(profile.tag) || isVerbTaggedAsNoun(word);
}

/** Near-synonyms (from the general table) and close numbers that the index holds, for a term it may lack. */
function alternatesOf(index: KnowledgeIndex, t: QueryTerm, inIndex: boolean, specific: boolean, approximate: boolean, bound?: Bound): Alternate[] {
  if (t.numeric) return inIndex ? [] : closeNumbers(index, t.term, approximate ? 0.15 : 0.01, bound);
  // A specific thing's near-synonym is a near thing (校区 and 校园): it counts, but for less.
  const ceiling = specific ? 0.7 : 0.85;
  const near = nearSynonymsOf(t.term)
    .filter(([synonym]) => index.search.frequency(synonym) > 0)
    .map(([synonym, strength]) => ({ term: synonym, credit: Math.min(ceiling, 0.45 + strength) }));
  // (計程車 is the release's 出租汽车: another region's word for the same thing counts nearly in full.)
  const regional = regionalVariantsOf(t.term).filter((variant) => index.search.frequency(variant) > 0);
  return [...regional.map((term) => ({ term, credit: REGIONAL_CREDIT })), ...near.filter((a) => !regional.includes(a.term))];
}

/** What another region's word for the same thing counts of the asker's. */
const REGIONAL_CREDIT = 0.9;

const AMOUNT = /^(\d+(?:\.\d+)?)([余多几来])?(万亿|万|亿)?([余多几来])?(.*)$/u;
const SCALE: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

interface Amount {
  value: number;
  /** For 500多 and 800余: the top of the range the words allow. */
  upTo: number;
  kind: string | undefined;
  /** The unit as written after the number (期, 万元). */
  unit: string;
}

function amountOf(term: string): Amount | undefined {
  const m = AMOUNT.exec(term);
  const unit = m?.[5] ?? '';
  if (!m || /[年月日号]/u.test(unit)) return undefined;
  const scale = SCALE[m[3] ?? ''] ?? 1;
  const value = Number(m[1]) * scale;
  // 500多 is 500 to 599, 30几 is 30 to 39, 4万多 is 40000 to 49999: the range ends at the next step of the
  // leading digit's place.
  const step = m[2] || m[4] ? 10 ** Math.floor(Math.log10(Number(m[1]) || 1)) * scale : 0;
  return { value, upTo: value + step, kind: unit ? kindOfUnit(unit) ?? unit : undefined, unit };
}

/** Characters that count or order: 一, 单, 双, 两, 首, 第 …. */
const NUMERAL_LIKE = /[零〇一二三四五六七八九十百千万亿两单双首第半整全各每]/u;

/** The index's words that spell a word with one character swapped for another of the same meaning (患病 for 得病). */
function sameMeaningSpellings(index: KnowledgeIndex, word: string): Alternate[] {
  const chars = [...word];
  const found: Alternate[] = [];
  chars.forEach((c, i) => {
    // (Not a numeral's character: 单季 is no 一季, nor 两 any 二.)
    if (NUMERAL_LIKE.test(c)) return;
    for (const other of charsOfSameMeaning(c)) {
      if (NUMERAL_LIKE.test(other)) continue;
      const spelled = [...chars.slice(0, i), other, ...chars.slice(i + 1)].join('');
      if (index.search.frequency(spelled) > 0 && !found.some((a) => a.term === spelled)) found.push({ term: spelled, credit: 0.85 });
    }
  });
  // (小狗 is the release's 幼犬: a word of two characters, each swapped for one of the same meaning, when no single
  // swap is a word of the release.)
  if (found.length === 0 && chars.length === 2 && /^n/u.test(generalWord(word).tag) && !chars.some((c) => NUMERAL_LIKE.test(c))) {
    for (const first of charsOfSameMeaning(chars[0]!)) {
      if (NUMERAL_LIKE.test(first)) continue;
      for (const second of charsOfSameMeaning(chars[1]!)) {
        const spelled = `${first}${second}`;
        if (!NUMERAL_LIKE.test(second) && index.search.frequency(spelled) > 0 && /^n/u.test(generalWord(spelled).tag) && !found.some((a) => a.term === spelled)) found.push({ term: spelled, credit: 0.8 });
      }
    }
  }
  return found.length <= 3 ? found : [];
}

/** The releases' nouns of two or three characters holding a character of the same meaning as a one-character noun (狗: 犬只). */
function nounsOfSameMeaning(index: KnowledgeIndex, char: string): string[] {
  const byCharacter = shortWordsByCharacter(index);
  return [...new Set([...charsOfSameMeaning(char)].flatMap((c) => byCharacter.get(c) ?? []))].filter((w) => /^n/u.test(generalWord(w).tag));
}

/**
 * Two near-synonyms that both name an amount of the same kind (补贴 and 补助, money): the asker's word for the
 * release's amount, not a thing the release does not mention (asked whether there is one, 有补贴吗, only a passage
 * that gives it settles it).
 */
function sameQuantity(word: string, other: string): boolean {
  const kind = quantityKindOfNoun(word);
  return kind !== undefined && quantityKindOfNoun(other) === kind;
}

/** The index's words of two to four Han characters by how they sound (see soundKey), computed once per index. */
function wordsBySound(index: KnowledgeIndex): Map<string, string[]> {
  return vocabularyBy(index, bySound, /^\p{Script=Han}{2,4}$/u, (term) => [soundKey(term)]);
}
const bySound = new WeakMap<KnowledgeIndex, Map<string, string[]>>();

/**
 * Letters that read as pinyin syllables, two or more, without tones (yuanshi, huanjie): checked before pinyin-pro is
 * loaded, so an English word (capital, plan) never loads it.
 */
export const PINYIN_SYLLABLES = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)){2,}$/u;

/** The index's words of two to four Han characters by their pinyin typed without tones or spaces (huanjie), once per index. */
function wordsByPinyin(index: KnowledgeIndex): Map<string, string[]> {
  return vocabularyBy(index, byPinyin, /^\p{Script=Han}{2,4}$/u, (term) => [soundKey(term).replace(/\s+/gu, '')]);
}
const byPinyin = new WeakMap<KnowledgeIndex, Map<string, string[]>>();

/** A word the releases use that a typed word sounds like stands for it, for a little less than the word itself. */
const HOMOPHONE_CREDIT = 0.8;

/**
 * The abbreviations the releases define, by the specific words of what they abbreviate: a term and its letters in
 * brackets, 自动体外除颤器（AED）, 挥发性有机物（VOCs）. (Of specific words only: 在线消费纠纷解决（ODR） makes no
 * 纠纷 an ODR.) Computed once per index.
 */
function abbreviationsDefined(index: KnowledgeIndex): Map<string, string[]> {
  let found = abbreviations.get(index);
  if (found === undefined) {
    found = new Map();
    const text = passageTextOf(index.units);
    for (let unitId = 0; unitId < index.units.length; unitId++) {
      for (const [, term, short] of text.unitText(unitId).matchAll(DEFINED_ABBREVIATION)) {
        for (const word of jieba().cut(term!)) {
          if (!/^\p{Script=Han}{2,}$/u.test(word) || specificity(word) < RARE_SPECIFICITY) continue;
          const list = found.get(word) ?? [];
          if (!list.includes(short!)) found.set(word, [...list, short!]);
        }
      }
    }
    abbreviations.set(index, found);
  }
  return found;
}
const abbreviations = new WeakMap<KnowledgeIndex, Map<string, string[]>>();

/** A term and the letters that abbreviate it, in brackets after it: 自动体外除颤器（AED） (text as normalised). */
const DEFINED_ABBREVIATION = /(\p{Script=Han}{2,10})[(（]([a-z][a-z0-9.]{1,7})[)）]/gu;

/** The last character of a body's or a site's name: 局, 厅, 委, 办, 署, 站, 馆 (监管局 for 监督管理局, 地铁站 for 地铁车站). */
export const BODY_SHORT = /[局厅委办署站馆]$/u;

/** The index's words of two or three Han characters by each character they hold, computed once per index. */
function shortWordsByCharacter(index: KnowledgeIndex): Map<string, string[]> {
  return vocabularyBy(index, shortWords, /^\p{Script=Han}{2,3}$/u, (term) => new Set(term));
}
const shortWords = new WeakMap<KnowledgeIndex, Map<string, string[]>>();

/**
 * The index's words a short unknown word may abbreviate: 附院 for 附属医院, 交警 for 交通警察, 医保 for 医疗保障.
 * Chinese abbreviations keep the first character and then characters of the full form, in order.
 */
function abbreviated(index: KnowledgeIndex, word: string): Alternate[] {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 3 || !/^\p{Script=Han}+$/u.test(word)) return [];
  const found: Alternate[] = [];
  for (const candidate of vocabularyByFirst(index).get(chars[0]!) ?? []) {
    if ([...candidate].length <= chars.length * 3 && abbreviates(word, candidate)) found.push({ term: candidate, credit: 0.7 });
  }
  return found.length <= 5 ? found : [];
}

/**
 * The index's word that shortens a word of four or more characters the question spells out, as Chinese shortens one:
 * the first character of each of its words (今冬 for 今年冬天, 知产 for 知识产权).
 */
function shortenedIn(index: KnowledgeIndex, word: string): Alternate[] {
  if (!/^\p{Script=Han}{4,6}$/u.test(word)) return [];
  // (Its words as they tile it in order: 今年 冬天.)
  const words: string[] = [];
  let at = 0;
  for (const part of jieba().cutForSearch(word)) if (part !== word && word.startsWith(part, at)) (words.push(part), (at += part.length));
  if (words.length < 2 || at !== word.length) return [];
  const short = words.map((w) => w[0]!).join('');
  return index.search.frequency(short) > 0 ? [{ term: short, credit: 0.8 }] : [];
}

/** Whether a short word keeps the first character of a longer one and then characters of it in order (知产, 知识产权). */
export function abbreviates(short: string, full: string): boolean {
  const chars = [...short];
  const whole = [...full];
  if (whole.length <= chars.length || whole[0] !== chars[0]) return false;
  let at = 1;
  for (const c of chars.slice(1)) {
    at = whole.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The index's words of two or more Han characters by their first character, computed once per index. */
function vocabularyByFirst(index: KnowledgeIndex): Map<string, string[]> {
  return vocabularyBy(index, vocabularies, /^\p{Script=Han}{2,}$/u, (term) => [[...term][0]!]);
}
const vocabularies = new WeakMap<KnowledgeIndex, Map<string, string[]>>();

/** The index's words matching `pattern`, listed under each key `keys` gives them, built once per index in `cache`. */
function vocabularyBy(index: KnowledgeIndex, cache: WeakMap<KnowledgeIndex, Map<string, string[]>>, pattern: RegExp, keys: (term: string) => Iterable<string>): Map<string, string[]> {
  let byKey = cache.get(index);
  if (byKey === undefined) {
    byKey = new Map();
    for (const term of index.search.vocabulary()) {
      if (!pattern.test(term)) continue;
      for (const key of keys(term)) {
        const list = byKey.get(key);
        if (list) list.push(term);
        else byKey.set(key, [term]);
      }
    }
    cache.set(index, byKey);
  }
  return byKey;
}

/** Which side of a typed number the question asks about: 过千亿, 超过一万人, 500人以上; 不到一百人, 低于5%. */
export type Bound = 'over' | 'under';

const OVER_BEFORE = /(?:超过|超出|突破|高于|多于|大于|过|破|逾|超)$/u;
const OVER_AFTER = /^[及或]?(?:以上|开外)/u;
const UNDER_BEFORE = /(?:不到|不足|低于|少于|小于|未到|未满|不满)$/u;
const UNDER_AFTER = /^[及或]?(?:以下|以内|之内|内)/u;

/** The side of the bound a number in the question sets, read from the words around it. */
export function boundOf(normalised: string, term: string, at = normalised.indexOf(term)): Bound | undefined {
  if (at < 0) return undefined;
  const before = normalised.slice(Math.max(0, at - 3), at);
  const after = normalised.slice(at + term.length, at + term.length + 3);
  if (OVER_BEFORE.test(before) || OVER_AFTER.test(after)) return 'over';
  if (UNDER_BEFORE.test(before) || UNDER_AFTER.test(after)) return 'under';
  return undefined;
}

/** A number with a measure word that 第 makes an ordinal: 第2个, 第3项, 第2起. */
const ORDINAL = /^(\d{1,2})(?:个|项|起|条|件|点|方面|种|类|家|位)$/u;

/** Words that make a typed number a rough one: 三十亿左右, 大概五百万, 将近九百人. */
const APPROXIMATE = /左右|上下|大概|大约|约|差不多|将近|接近|近|超过|不到|不足/u;

/**
 * Index numbers that a typed number stands for: 500多万 for 535.35万元, 535万 for 535.35万元, 800多人 for
 * 800余人, 12000 for 1.2万. Same kind of unit when both say one; within `tolerance` (1%, or 15% for a number
 * the question calls rough) when the typed number is exact.
 */
function closeNumbers(index: KnowledgeIndex, term: string, tolerance: number, bound?: Bound): Alternate[] {
  // A year (2022, 2022年, 2022届, 2022级, 2022年度) names a time or a cohort; 2023 is no near miss for it.
  if (/^(?:19|20)\d{2}(?:年度?|届|级|屆|級)?$/u.test(term)) return [];
  const asked = amountOf(term);
  if (asked === undefined || asked.value === 0) return [];
  const found: Alternate[] = [];
  for (const { term: candidate, amount: other } of numericVocabulary(index)) {
    // (六个试点 is the release's 6处试点: the generic 个 counts anything countable.)
    // (四千多个孩子 is the release's 约4,100人: a number the asker states counts people in 个 as often as things, and
    // its value says which figure it is.)
    const generic = isGenericMeasure(asked.unit);
    if ((asked.kind && other.kind && !kindsAgree(asked.kind as MeasureKind, other.kind as MeasureKind, generic)) || (asked.kind && !other.kind)) continue;
    // (二期 is no near miss for 第二批: rounds and phases of different sequences, though both count occurrences.)
    if (asked.kind === 'occurrences' && other.unit !== asked.unit) continue;
    // 是不是过千亿 is answered by 1260亿 (and 不到一百人 by 86人): any number past the bound, within a tenfold.
    // (30分钟 is 0.5小时, 2天 is 48小时: a duration is compared in minutes whatever unit each is written in.)
    const [askedValue, otherValue, upTo] = inMinutes(asked, other);
    // (The same span written in another unit, 超过1天 for 超过24小时, is the same line, whatever side is asked.)
    const sameSpan = other.unit !== asked.unit && MINUTES[asked.unit] !== undefined && MINUTES[other.unit] !== undefined && otherValue === askedValue;
    const within =
      sameSpan ||
      (bound === 'over'
        ? otherValue > askedValue && otherValue <= askedValue * 10
        : bound === 'under'
          ? otherValue < askedValue && otherValue >= askedValue / 10
          : upTo > askedValue
            ? otherValue >= askedValue && otherValue < upTo
            : // An age is a line drawn, most often from below (65岁以上): 70岁 is past 65岁, 79岁 short of 80周岁.
              (asked.kind !== 'age' || otherValue <= askedValue) && Math.abs(otherValue - askedValue) <= askedValue * tolerance);
    if (within) found.push({ term: candidate, credit: 0.9 });
  }
  return found.slice(0, 8);
}

/** Minutes in each unit of a duration. */
// (Not 分 alone, as often points as minutes.)
const MINUTES: Record<string, number> = { 分钟: 1, 小时: 60, 个小时: 60, 钟头: 60, 个钟头: 60, 天: 1440, 周: 10080, 个星期: 10080, 星期: 10080 };

/** Two amounts' values (and the asked one's upper end) in minutes when both are durations, else as they are. */
function inMinutes(asked: Amount, other: Amount): [number, number, number] {
  const [a, o] = [MINUTES[asked.unit], MINUTES[other.unit]];
  return a !== undefined && o !== undefined ? [asked.value * a, other.value * o, asked.upTo * a] : [asked.value, other.value, asked.upTo];
}

const numericVocabularies = new WeakMap<KnowledgeIndex, { term: string; amount: Amount }[]>();

/** The number terms the index holds, with their units and amounts, computed once per index. */
function numericVocabulary(index: KnowledgeIndex): { term: string; amount: Amount }[] {
  let vocabulary = numericVocabularies.get(index);
  if (vocabulary === undefined) {
    vocabulary = index.search.vocabulary().flatMap((term) => {
      const amount = /^\d/u.test(term) ? amountOf(term) : undefined;
      return amount === undefined ? [] : [{ term, amount }];
    });
    numericVocabularies.set(index, vocabulary);
  }
  return vocabulary;
}
