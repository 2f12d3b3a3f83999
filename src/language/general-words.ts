import { LRUCache } from 'lru-cache';
import { jieba } from '../text/jieba.ts';
import { isVerbTaggedAsNoun } from './near-synonyms.ts';
import { CONTENT_AFTER_ALL_IDF, generalStopwords } from './stopwords.ts';

/**
 * What general Chinese says about a word, from nodejieba's own dictionaries (its dictionary's parts of speech
 * and its IDF table, counted over a large general corpus): how specific the word is in the language at large,
 * whatever the releases say. 分数线 (IDF 10.7) names a specific thing; 情况 (4.0) and 开始 (a stop word) do not.
 */
export interface GeneralWord {
  /** jieba's part of speech (`n`, `v`, `t`, `r` …); `x` for Chinese it does not know, `eng` for Latin letters. */
  tag: string;
  /** General-corpus IDF; a word the table lacks gets the table's average, as jieba's keyword extractor does. */
  idf: number;
  /** Whether the IDF table holds the word (rather than giving it the average). */
  counted: boolean;
  /** Whether jieba's dictionary knows the word (an unknown word is a name, jargon or a typo). */
  known: boolean;
  /** Whether a general stop-word list holds it. */
  stop: boolean;
}

/** Complements of result and direction that follow a verb: 完, 成, 好, 到, 掉, 上, 下, 出, 起, 住, 走, 开, 满, 够, 光; 进, 入, 回, 过; 坏, 破, 断, 烂, 死, 伤, 错, 清, 懂, 通, 透, 翻, 倒, 丢, 齐, 遍 (挖坏, 撞断, 查清). */
const RESULT = /^[完成好到掉上下出起住走开满够光进入回过坏破断烂死伤错清懂通透翻倒丢齐遍]$/u;

/** The IDF cppjieba gives a word its table lacks (the table's average). */
let averageIdf: number | undefined;

/** Profiles already asked for: questions repeat their words, and each profile costs a few calls into jieba. */
const profiles = new LRUCache<string, GeneralWord>({ max: 20_000 });
const dictionaryWords = new LRUCache<string, boolean>({ max: 20_000 });

/** The general-language profile of one folded word, from the loaded nodejieba (remembered for the next question). */
export function generalWord(word: string): GeneralWord {
  let profile = profiles.get(word);
  if (profile === undefined) {
    profile = profileOf(word);
    // 单月, 当日, 整年: a word that says which span of time, as 本月 and 全年 do, is a word of time (its dictionary
    // files some as nouns), which says when, not what.
    if (SPAN_OF_TIME.test(word) && profile.tag !== 't') profile = { tag: 't', idf: profile.idf, counted: profile.counted, known: true, stop: profile.stop };
    // 禅城区: a rare word ending in a level of administration is a place's name, though its dictionary files it as a
    // noun (开发区 and 示范区, common words, are kinds of area).
    if (profile.known && profile.tag === 'n' && PLACE_NAME.test(word) && profile.idf >= RARE_PLACE_IDF) profile = { ...profile, tag: 'ns' };
    profiles.set(word, profile);
  }
  return profile;
}

function profileOf(word: string): GeneralWord {
  const seg = jieba();
  averageIdf ??= seg.extract('zqxjkvwpq', 1)[0]?.weight ?? 11.74;
  const tagged = seg.tag(word);
  const tag = tagged.length === 1 ? tagged[0]!.tag : 'x';
  const known = tagged.length === 1 && tag !== 'x' && tag !== 'eng';
  // 岚北县, 青阳镇, 东港区: a run its dictionary lacks, ending in a level of administration, is a place's name.
  if (!known && tag === 'x' && PLACE_NAME.test(word)) return { tag: 'ns', idf: 11, counted: false, known: false, stop: false };
  if (!known && tag === 'x') {
    // jieba's HMM glues unknown runs of common characters (还办, 尾要, 屯到) into one "word": taken apart without
    // the HMM, a run that holds a grammar or stop word is a phrase, profiled by its most telling part, not a name.
    const pieces = seg.cut(word, false);
    // 播完, 建成, 修好: a verb and its result (完, 成, 好 …) is a verb, not a name.
    if (pieces.length === 2 && RESULT.test(pieces[1]!) && /^v/u.test(seg.tag(pieces[0]!)[0]?.tag ?? '')) return { tag: 'v', idf: 5.8, counted: false, known: true, stop: false };
    // 新开, 再建, 多办: an adverb or adjective before a verb of one character is that verb, said of how.
    if (pieces.length === 2 && /^(?:d|a|ad)$/u.test(seg.tag(pieces[0]!)[0]?.tag ?? '') && /^v/u.test(seg.tag(pieces[1]!)[0]?.tag ?? '')) return { tag: 'v', idf: 5.8, counted: false, known: true, stop: false };
    // 托位, 摊位: a content character before 位 (or another measure of places and things that makes nouns, 机台,
    // 展架) is a noun, the places of 托, not a verb and grammar; 个, 些 or 集 after a verb are not (签个, 卖集).
    const nounOfMeasure = pieces.length === 2 && /^[位座台间栋套架]$/u.test(pieces[1]!) && /^(?:v|n|vn)$/u.test(seg.tag(pieces[0]!)[0]?.tag ?? '');
    if (!nounOfMeasure && pieces.length > 1 && pieces.some((p) => GRAMMAR_TAGS.test(seg.tag(p)[0]?.tag ?? 'x') || generalStopwords().has(p))) {
      const content = pieces.filter((p) => [...p].length > 1).map((p) => generalWord(p)).filter((p) => !p.stop && !GRAMMAR_TAGS.test(p.tag));
      const top = content.sort((a, b) => b.idf - a.idf)[0];
      // Only single characters besides the grammar (还办): a verb or noun of one character, which says little.
      return top ? { ...top, stop: false } : { tag: seg.tag(pieces.find((p) => !GRAMMAR_TAGS.test(seg.tag(p)[0]?.tag ?? 'x')) ?? '')[0]?.tag ?? 'v', idf: 5.8, counted: false, known: true, stop: false };
    }
  }
  const extracted = seg.extract(word, 1);
  const counted = extracted.length === 1 && extracted[0]!.word === word && extracted[0]!.weight !== averageIdf;
  // (结果 is content though jieba's stop list holds it, and its extractor gives no weight for it: its table does.)
  const listed = counted ? undefined : CONTENT_AFTER_ALL_IDF.get(word);
  if (listed !== undefined) return { tag, idf: listed, counted: true, known, stop: false };
  return { tag, idf: counted ? extracted[0]!.weight : averageIdf, counted, known, stop: generalStopwords().has(word) };
}

/** Whether jieba's dictionary holds the text as one word (举办, 揭牌; not the phrase 办这). */
export function isDictionaryWord(text: string): boolean {
  let known = dictionaryWords.get(text);
  if (known === undefined) {
    const tagged = jieba().tag(text);
    known = tagged.length === 1 && tagged[0]!.tag !== 'x' && tagged[0]!.tag !== 'eng';
    dictionaryWords.set(text, known);
  }
  return known;
}

/** Whether jieba's dictionary itself holds the text as one word, not its HMM's guess at an unknown run (能到, 要办). */
export function isInDictionary(text: string): boolean {
  let held = inDictionary.get(text);
  if (held === undefined) {
    held = jieba().cut(text, false).length === 1;
    inDictionary.set(text, held);
  }
  return held;
}
const inDictionary = new LRUCache<string, boolean>({ max: 20_000 });

/** Parts of speech that never name a topic: pronouns, place words, adverbs, numerals and measures, particles. */
export const GRAMMAR_TAGS = /^(?:r|rr|rz|ry|tg|f|s|d|dg|df|m|mq|q|qv|qt|p|c|cc|u|uj|ul|uz|ug|uv|ud|y|e|o|h|k|zg|w)$/u;

/**
 * Time words that point from where the speaker stands (今天, 目前, 去年): how a question is put, never what it
 * is about. Time words that name a time (第三阶段, 五月, 上半年) are content.
 */
const DEICTIC_TIME = /^(?:今天|今日|今年|明年|明天|去年|昨天|前年|目前|现在|当前|近期|最近|以前|以后|将来|未来|今后|当时|此前|此后|之前|之后|如今|当下|届时|同时|期间|当天|当日|当年|当月|那天|那时|平时|平常|每天|每年|每月)$/u;

/**
 * A demonstrative with its measure word (本场, 该项, 此批, 那次): it points at the noun after it, which says what
 * is meant; jieba files some of them as nouns (本场) or not at all (该场).
 */
const DETERMINER = /^(?:这|那|本|该|此)(?:场|次|届|期|批|项|个|位|家|件|条|种|类|轮|份|座|所|处|回|趟|些)$/u;

/** Quantifiers over all of something (全部, 所有, 全体): how much of it the question speaks of, not what about. */
export const QUANTIFIER = /^(?:全部|所有|一切|全体|整个|全都|统统|通通)$/u;

/** Whether a word is grammar in general Chinese: a function word by its part of speech, a time deictic or a demonstrative. */
export function isGrammarWord(word: string, profile: GeneralWord): boolean {
  // (省外, 境外, 市内 name a side of a border, a scope: 省外企业 are not all 企业.)
  if (SIDE_OF_BORDER.test(word)) return false;
  return (profile.known && GRAMMAR_TAGS.test(profile.tag)) || DEICTIC_TIME.test(word) || DETERMINER.test(word);
}

/** A side of a border: 省内, 省外, 境外, 国内, 市外, 县域外 (not 当中 or 其中, which place within what was said). */
const SIDE_OF_BORDER = /^(?:省|市|县|区|国|境|城|镇|乡|村)(?:内|外)$/u;

/** Which span of time: 单月, 当日, 本周, 全年, 整季度 (not 月份 or 日子, which are nouns of their own). */
const SPAN_OF_TIME = /^[单当本全每同次整](?:月|日|年|周|天|季|季度)$/u;

/** The general IDF above which a word ending in a level of administration is rare enough to be a place's name. */
const RARE_PLACE_IDF = 11;
/** A name ending in a level of administration, not a word for every one of them (各区县, 全县, 本市). */
const PLACE_NAME = /^(?![各全本我该每其])\p{Script=Han}{2,3}(?:省|市|县|区|镇|乡|村)$/u;

/** Parts of speech that name things: nouns, names, places, organisations, verbal and adjectival nouns. */
export const NAMING_TAGS = /^(?:n|nr|nr1|nr2|nrj|nrf|nrt|nrfg|ns|nsf|nt|nz|nl|ng|vn|an)$/u;

/**
 * How specific a word is in general language, 0 (says nothing: 开始, 情况, 这个) to 1 (names one thing: 分数线,
 * 邮编): stop words and grammar words are 0; a word jieba does not know (a name, jargon, a foreign word) is 1
 * when it has two characters or more; others rise with their general IDF from the middle of the range
 * (~5: 部门, 工作) to the rare end (~9: 票价, 揭牌).
 */
export function specificity(word: string, profile: GeneralWord = generalWord(word)): number {
  if (profile.stop || isGrammarWord(word, profile)) return 0;
  if (!profile.known) return [...word].length >= 2 ? 1 : 0.3;
  // jieba's IDF table has no single characters (办, 开, 票): they say little on their own.
  if ([...word].length === 1) return 0.2;
  return Math.min(1, Math.max(0, (profile.idf - 5) / 4));
}

/**
 * Whether a word names a specific thing, so a question about it cannot be answered by a release that never
 * mentions it (分数线, 票价, 校长, 电影, an unknown name): a naming part of speech or an unknown word, and rare
 * enough in general language. Verbs, time words, pronouns and frames never do, whatever their rarity.
 */
export function namesSpecificThing(word: string, profile: GeneralWord = generalWord(word)): boolean {
  if (profile.stop || [...word].length < 2) return false;
  if (!profile.known) return true;
  return (NAMING_TAGS.test(profile.tag) || SIDE_OF_BORDER.test(word)) && profile.idf >= 6.2 && !isVerbTaggedAsNoun(word);
}
