import { mandarinOf } from '../language/cantonese.ts';
import type { Synonyms } from '../knowledge/schema.ts';
import { arabicNumerals } from '../language/numerals.ts';
import { generalWord, isInDictionary } from '../language/general-words.ts';
import { MEASURE_WORDS, measureKind } from '../language/measures.ts';
import { contentAfterAll, generalStopwords } from '../language/stopwords.ts';
import { jieba } from './jieba.ts';
import { NUMERIC_PATTERN, numericTokens, PERIOD_NAMES } from './numbers.ts';
import { fold } from './script.ts';

/** Words before a measure word that pick out each or one of the things it counts: 每条, 各家, 这艘, 单个. */
const PICKS_ONE = /^(?:每|各|单|逐|这|那|哪|该|此|本|每一|这一|那一)$/u;

/** Bump when tokens change, so caches of indexed tokens built by an older pipeline are not trusted. */
export const PIPELINE_VERSION = 23;

/** The lexicon a pipeline is built from; words in any script and width. */
export interface Lexicon {
  dictionary: readonly string[];
  synonyms: Synonyms;
  stopwords: readonly string[];
}

/** One informative word of a question, with the smaller words inside it for partial credit. */
export interface QueryTerm {
  /** The canonical term, as indexed. */
  term: string;
  /** jieba's part of speech (`n`, `v`, `nr`, `eng` …); `m` for numbers, `nz` for dictionary words. */
  tag: string;
  /** Canonical sub-terms (e.g. 宿州 and 学院 inside 宿州学院), or other forms of a number; may be empty. */
  parts: string[];
  numeric: boolean;
  /** A word of the knowledge's own dictionary (a name, a programme, a place the releases use). */
  lexicon: boolean;
}

const PUNCTUATION_ONLY = /^[\p{P}\p{S}\p{Z}\p{C}]+$/u;

/**
 * Parts of speech that never carry a question's topic: pronouns, particles, prepositions, conjunctions,
 * interjections, onomatopoeia, measure words, affixes (由, 和, 吗, 个 …). Adverbs and place words stay.
 */
export const FUNCTION_TAGS = /^(?:r|u|uj|ul|uz|ug|uv|ud|p|c|y|e|o|q|k|h|zg)$/u;

/**
 * Folds, segments and normalises text the same way at index time and at question time: Simplified/Traditional,
 * full/half width and case folded; Chinese numerals read as digits; numbers, dates and dictionary words kept
 * whole; synonyms mapped to one canonical term; stop words (general ones and the office's own) dropped.
 *
 * The dictionary words are this pipeline's own: it finds them itself before jieba sees the text, and never
 * teaches them to the process's one nodejieba, so two engines in one process do not change each other's
 * segmentation, a word removed from the dictionary is gone after a reload, and jieba's general statistics
 * (src/language/general-words.ts) stay those of general Chinese.
 */
/** The side of a named place, 南埠那边, 学校这边, 园区那里: the place itself, as a question means it. */
export const SIDE_OF_PLACE = /(?<=\p{Script=Han}{2})(?:那边|这边|那里|这里)/gu;

export class TextPipeline {
  /** Dictionary words by their first character, longest first: a regex of thousands of alternatives is slow. */
  private readonly wordsByFirst = new Map<string, string[]>();
  private readonly canonical = new Map<string, string>();
  private readonly stopwords: Set<string>;
  private readonly phrases: { pattern: RegExp; means: string }[];

  constructor(lexicon: Lexicon) {
    // (The named parts of a year, 前三季度 and 上半年, are words too: jieba cuts 前 off 三季度, which is another period.)
    const words = [...new Set([...lexicon.dictionary, ...PERIOD_NAMES].map((w) => normalise(w)).filter((w) => w.length > 0))];
    // Longest first, so 长三角科技创新共同体 wins over 长三角 where both match.
    for (const word of words.sort((a, b) => b.length - a.length)) {
      const first = word[0]!;
      const list = this.wordsByFirst.get(first);
      if (list) list.push(word);
      else this.wordsByFirst.set(first, [word]);
    }
    this.stopwords = new Set([...generalStopwords(), ...lexicon.stopwords.map(fold)]);
    for (const group of lexicon.synonyms.terms) {
      const [head, ...rest] = group.map(normalise);
      if (head === undefined) continue;
      for (const word of rest) this.canonical.set(word, head);
    }
    const phrases = lexicon.synonyms.phrases.flatMap((p) => p.say.map((say) => ({ say: normalise(say), means: normalise(p.means) })));
    phrases.sort((a, b) => b.say.length - a.say.length);
    this.phrases = phrases.filter((p) => p.say.length > 0).map((p) => ({ pattern: new RegExp(escapeRegExp(p.say), 'gu'), means: p.means }));
  }

  /** The canonical form of one folded word. */
  canonicalTerm(word: string): string {
    return this.canonical.get(word) ?? word;
  }

  /** Whether a folded word is a stop word. */
  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }

  /** Rewrites colloquial phrases of a folded question into the releases' wording. */
  rewritePhrases(folded: string): string {
    // (A question typed in written Cantonese is read as Mandarin first: 幾多 as 多少, 係邊日 as 是哪日.)
    let text = mandarinOf(folded);
    for (const { pattern, means } of this.phrases) text = text.replace(pattern, means);
    // General Chinese, whatever the office: 比去年同期, 与上年同期相比 are what releases write as 同比; 比上月 as 环比.
    // 占比比去年底提高了多少: a noun ending in 比 before the comparing 比 is read apart from it (jieba reads 比比).
    // 市里出多少, 区里呢: 市里 and 区里 are the city's and the district's level, as releases write 市级, 区级.
    return text
      .replace(YEAR_ON_YEAR, '同比')
      .replace(MONTH_ON_MONTH, '环比')
      .replace(/(占|同|环|对)比比/gu, '$1比 比')
      // 二十几个人: a number of people, as releases write 20人 (the generic 个 and 人 make no 个人 after a number).
      .replace(/(\d[余多几来]?)个人/gu, '$1人')
      // 同一时间, 同一时刻: at once, 同时 (jieba reads 同 / 一时间, "for a moment", a time a passage would have to name).
      .replace(/同一(?:时间|时刻|时段)/gu, '同时')
      // 半小时, 一刻钟: durations releases write in minutes (30分钟内).
      .replace(/一个半小时|一个半钟头/gu, '90分钟')
      .replace(/半个?小时|半个钟头/gu, '30分钟')
      .replace(/一刻钟/gu, '15分钟')
      // (一天 bounded, 超过一天 or 一天以内, is a duration; alone it is as often "one day", 有一天, or each day.)
      .replace(/(?<=超过|不到|不足|多于|少于|满)一天|一天(?=以上|以内|之内|内|以后|之后|后)/gu, '1天')
      // 分三步走, 分几步走: in so many stages, as releases also write it (分三个阶段).
      .replace(/分(几|\d+|[一二两三四五六七八九十]+)步走?/gu, '分$1个阶段')
      // 消费券分几轮发: 分 before a count of parts is the verb "in so many", not the end of a word (jieba reads 券分).
      .replace(/(?<=\p{Script=Han})分(?=(?:几|\d+|[一二两三四五六七八九十]+)个?(?:轮|批|次|期|档|类|种|阶段|部分|组|级|块|步))/gu, ' 分')
      // 平均每人, 平均每天: what releases write 人均 and 日均.
      .replace(AVERAGE_PER, (_, per: string | undefined, after: string | undefined) => `${PER_AVERAGE[per ?? after!] ?? per ?? after}均`)
      // 南埠那边, 学校这边: a place and the side of it is the place.
      .replace(SIDE_OF_PLACE, '')
      // (Not before a pointer to one thing there, 市里那个窗口: that is where it is, not a level.)
      .replace(/(?<!\p{Script=Han})([省市区县乡镇])里(?![那这哪的])/gu, '$1级')
      // 市区两级财政, 市县两级: two levels named by their ranks, as releases write 市、区两级 (not 市区, the urban area).
      .replace(/([省市区县乡镇])([省市区县乡镇])(两级|二级)/gu, '$1、$2两级')
      // 咱们市排第几, 我们省, 本市: what releases write 我市, 我省 (not 我们市场 or 成本市场: 市场 is a word of its own).
      .replace(/(?:咱们|我们|咱|本)([省市区县])(\p{Script=Han}?)/gu, (whole, level: string, next: string) => (isInDictionary(`${level}${next}`) ? whole : `我${level}${next}`));
  }

  /** The index tokens of a text: every searchable word, sub-word and number form, canonical, no stop words. */
  indexTokens(text: string): string[] {
    const tokens: string[] = [];
    const add = (t: string) => {
      if (t.length === 0 || t.includes(' ') || PUNCTUATION_ONLY.test(t) || this.stopwords.has(t)) return;
      tokens.push(this.canonicalTerm(t));
    };
    for (const piece of this.pieces(normalise(text))) {
      if (piece.kind === 'numeric') numericTokens(piece.text).forEach(add);
      else if (piece.kind === 'word') {
        add(piece.text);
        for (const part of jieba().cutForSearch(piece.text)) if (part !== piece.text) add(part);
      } else for (const part of jieba().cutForSearch(piece.text)) add(part);
    }
    return tokens;
  }

  /**
   * The informative terms of an already normalised (see {@link normalise}) and rewritten question, in order, without
   * duplicates; `held` says whether the releases print two characters as one word, which then stays whole.
   */
  queryTerms(folded: string, held?: (word: string) => boolean): QueryTerm[] {
    const terms = new Map<string, QueryTerm>();
    const add = (word: string, tag: string, numeric: boolean, parts: string[], lexicon = false) => {
      if (word.length === 0 || PUNCTUATION_ONLY.test(word) || this.stopwords.has(word)) return;
      const term = this.canonicalTerm(word);
      if (terms.has(term)) return;
      // Single characters are not parts: 王慧 is not half 王, and 王局长 does not half-answer a question about her.
      const subTerms = [...new Set(parts.filter((p) => p !== word && [...p].length > 1 && !PUNCTUATION_ONLY.test(p) && !this.stopwords.has(p)).map((p) => this.canonicalTerm(p)))];
      terms.set(term, { term, tag, parts: subTerms.filter((p) => p !== term), numeric, lexicon });
    };
    for (const piece of this.pieces(folded)) {
      if (piece.kind === 'numeric') {
        const [whole = piece.text, ...forms] = numericTokens(piece.text);
        add(whole, 'm', true, forms);
      } else if (piece.kind === 'word' && PERIOD_NAMES.has(piece.text)) add(piece.text, 't', false, []);
      else if (piece.kind === 'word') {
        // (A release's quoted “能办” is 能 and 办 in 家门口能办的事项: the asker's modal and verb, unless quoted too.)
        const content = quotedIn(folded, piece.text) ? undefined : gluedContent(piece.text, this.stopwords);
        if (content === undefined) add(piece.text, 'nz', false, jieba().cutForSearch(piece.text), true);
        else {
          const tag = jieba().tag(content)[0]?.tag ?? 'x';
          if (content.length > 0 && !FUNCTION_TAGS.test(tag)) add(content, tag, false, []);
        }
      } else {
        let previous = '';
        for (const tagged of jieba().tag(unglueLocative(piece.text))) {
          const before = previous;
          previous = tagged.word;
          // (每条, 各家, 这艘: a measure word after a word that picks out each or one counts nothing asked about.)
          if (PICKS_ONE.test(before) && [...tagged.word].length === 1 && measureKind(tagged.word) !== undefined) continue;
          // (Or glued to it, as jieba guesses 每条 one unknown word.)
          const picked = /^(\p{Script=Han}{1,2}?)(\p{Script=Han})$/u.exec(tagged.word);
          if (tagged.tag === 'x' && picked !== null && PICKS_ONE.test(picked[1]!) && measureKind(picked[2]!) !== undefined) continue;
          // (收集上来, 统计出来: a direction after a verb says only that it was done, as 了 would; alone, 服务团下去
          // 跑了几家, it says they went, which no release needs to say.)
          if (DIRECTION.test(tagged.word)) continue;
          // 签了 / 走访过 ask about 签 / 走访: an aspect particle glued to a verb is not part of the term.
          let word = tagged.word.length > 1 ? tagged.word.replace(/[了过着]$/u, '') : tagged.word;
          // 签下来, 选出来 ask about 签, 选: a one-character verb with its direction is the verb (which the release
          // writes in its longer word, 签约).
          if (/^v/u.test(tagged.tag)) word = word.replace(DIRECTION_AFTER_VERB, '');
          let tag = tagged.tag;
          // 能补, 要办, 率要: for two characters its dictionary lacks, jieba guesses one word, gluing a grammar
          // character (能, 要) to the content one; the question is about the content character alone.
          // (Not a word the releases use as one, 管廊: 管 is no grammar there, whatever it is in 不管; asked only of a word
          // that would be parted.)
          let content = gluedContent(word, this.stopwords);
          if (content !== undefined && held?.(word) === true) content = undefined;
          if (content !== undefined) [word, tag] = [content, jieba().tag(content)[0]?.tag ?? 'x'];
          // (A verb and the result it comes to, 标成 in 被标成黄色预警的, is the verb, which the release may write
          // 标记为: after 被, 把 or an auxiliary it is no name, as 王成 could be.)
          else if (tag === 'x' && /^\p{Script=Han}[成为到完掉好]$/u.test(word) && VERB_AHEAD.test(before)) [word, tag] = [word[0]!, 'v'];
          if (/^\s+$/u.test(word) || (FUNCTION_TAGS.test(tag) && !contentAfterAll(word))) continue;
          // 教育部门, 公安部门: the department of a field is whichever body of it the release names (市教育局): the
          // field is what is asked about.
          const field = /^(\p{Script=Han}{2,})部门$/u.exec(word)?.[1];
          if (field !== undefined && isInDictionary(field)) [word, tag] = [field, jieba().tag(field)[0]?.tag ?? 'n'];
          add(word, tag, false, word.length >= 3 ? jieba().cutForSearch(word) : []);
        }
      }
    }
    return [...terms.values()];
  }

  /** Splits folded text into protected spans (dictionary words, numbers) and the plain text between them. */
  private *pieces(folded: string): Generator<{ kind: 'numeric' | 'word' | 'text'; text: string }> {
    let last = 0;
    let i = 0;
    while (i < folded.length) {
      const word = this.wordsByFirst.get(folded[i]!)?.find((w) => folded.startsWith(w, i));
      let span: { kind: 'numeric' | 'word'; text: string } | undefined;
      if (word !== undefined) span = { kind: /^\d/u.test(word) ? 'numeric' : 'word', text: word };
      else if (isLetter(folded.charCodeAt(i)) && (i === 0 || !isLetter(folded.charCodeAt(i - 1)))) {
        // pm2.5, 5g, covid-19, h7n9: a name of letters and digits is one word, not a word and a number.
        CODE.lastIndex = i;
        const match = CODE.exec(folded);
        if (match) span = { kind: 'word', text: match[0] };
        // (A座, B区, C口: one letter naming one of a set of buildings, areas or exits is a name with its noun.)
        else {
          DESIGNATOR.lastIndex = i;
          const designated = DESIGNATOR.exec(folded);
          if (designated) span = { kind: 'word', text: designated[0] };
        }
      }
      if (span === undefined && isDigit(folded.charCodeAt(i)) && (i === 0 || !isLetter(folded.charCodeAt(i - 1)))) {
        NUMERIC.lastIndex = i;
        const match = NUMERIC.exec(folded);
        if (match) span = { kind: 'numeric', text: match[0] };
      }
      if (span === undefined) {
        i++;
        continue;
      }
      if (i > last) yield { kind: 'text', text: folded.slice(last, i) };
      yield span;
      i += span.text.length;
      last = i;
    }
    if (last < folded.length) yield { kind: 'text', text: folded.slice(last) };
  }
}

/** One letter and the noun it picks one of a set with: a座, b区, c口, d栋 (not a word of letters: a letter before or after it). */
const DESIGNATOR = /[a-z](?![a-z\d])(?:座|区|栋|幢|号楼|楼|馆|厅|口|线|段|组|类|级|岸|院)/uy;

/** Text as the pipeline matches it: folded (script, width, case) and with Chinese numerals in digits. */
export function normalise(text: string): string {
  return arabicNumerals(fold(text))
    .replace(DIGIT_GROUPS, (groups) => groups.replaceAll(',', ''))
    .replace(ROMAN_CLASS, (_, roman: string, after: string) => `${ROMAN[roman] ?? roman}${after}`)
    .replace(FIRST_MONTHS, '前$1个月')
    .replace(BY_YEAR, '同比')
    .replace(DIVISIONS_IN_BRACKETS, '$1$2$3')
    .replace(MIDDLE_DOT, '')
    .replace(DAY_PART_CLOCK, clockIn24Hours)
    .replace(DAY_BEFORE_ANOTHER, '$1日')
    .replace(SECOND_DAY, '$1日')
    .replace(DAY_UNMARKED, '$1日')
    .replace(WEEKDAY, (_, day: string) => `周${day === '天' ? '日' : day}`)
    .replace(FIRST_TIME, '第一次')
    .replace(FIRST_OF_SERIES, '第一')
    .replace(FIRST_FEW, '前$1')
    .replace(SPAN_SEPARATOR, '至');
}

/**
 * The dash or 到 between the two ends of a span of months or days (1—11月, 1到11月, 5月1日-10日): 至, as most releases
 * write it, so that a span typed one way meets one printed another.
 */
const SPAN_SEPARATOR = /(?<=(?<![\d.])\d{1,2}[月日号]?)(?:到|—|–|~|～|-)(?=\d{1,2}[月日号])/gu;

/** A day typed without its 日, before a pointer to it or the clause's end: 9月26那天, 是9月26吗. */
const DAY_UNMARKED = /(?<![\d.])(\d{1,2}月\d{1,2})(?=那|这|当天|[，,。？?！!\s]|$)/gu;

/** The first time by its other names (首次献血, 头一回): 第一次, the first of a series as its others are counted. */
const FIRST_TIME = /首次|第1次|头一次|头一回|头1次|头1回/gu;

/** 头一 before a measure word (头一场, 头一批): the first of a series, 第一, as releases count them. */
const FIRST_OF_SERIES = /(?<![带龙牵源开码街枕领])头[一1](?=个|场|批|届|期|轮|站|家|位|项|天|周|年|阶段)/gu;
/** 头 before a number and a measure word of time (头两个月, 头3天): the first so many, 前两个月. */
const FIRST_FEW = /(?<![带龙牵源开码街枕领])头([两二三四五六七八九十2-9]个?(?:月|天|周|年|季度))/gu;

/** A day of the week by its other names (星期一, 礼拜三, 星期天): 周一, 周三, 周日, as most releases write them. */
const WEEKDAY = /(?:星期|礼拜)([一二三四五六日天])/gu;

/**
 * Days listed after one month, the way people type them (5月20、21两天, 6月3至5日): each is a day, 5月20日、21日, as
 * releases print them.
 */
const DAY_BEFORE_ANOTHER = /(?<![\d.])(\d{1,2}月\d{1,2})(?=[、和及与至到~—–-]\d{1,2}(?![\d.]))/gu;
/** (The second only when nothing counts it: 5月20日、21个 is no day.) */
const SECOND_DAY = new RegExp(`(\\d{1,2}月\\d{1,2}日[、和及与]\\d{1,2})(?![\\d.日号月年%万亿]|${MEASURE_WORDS.map(escapeRegExp).join('|')})`, 'gu');

const MORNING = '早上|早晨|清晨|上午|凌晨';
const AFTERNOON = '中午|下午|傍晚|晚上|夜里|夜间|晚间|半夜|深夜|午夜';
/** The parts of the night that run past midnight: 半夜2点 is 2时, 半夜12点 24时, 夜里10点 22时. */
const NIGHT_PART = /^(?:晚上|夜里|夜间|晚间|半夜|深夜|午夜)$/u;
/**
 * A clock time with its part of the day, or a span of two (晚上10点, 下午3时, 晚上六点到十二点, 晚上10点到早上6点):
 * releases print the 24-hour time (22时, 18时至24时), and so both are read in it (晚上22时).
 */
const DAY_PART_CLOCK = new RegExp(`(${MORNING}|${AFTERNOON})(\\d{1,2})[点时](?:(到|至|—|-|~)(次日|第二天)?(${MORNING}|${AFTERNOON})?(\\d{1,2})[点时])?`, 'gu');

const MORNING_PART = new RegExp(`^(?:${MORNING})$`, 'u');

function hourOf(part: string, hour: number): number {
  if (hour > 12 || MORNING_PART.test(part)) return hour;
  if (part === '中午') return hour <= 3 ? hour + 12 : hour;
  if (NIGHT_PART.test(part) && hour <= 4) return hour;
  // 晚上12点 is midnight, the end of the day the releases write 24时; 下午12点 is noon.
  return hour === 12 ? (part === '下午' ? 12 : 24) : hour + 12;
}

function clockIn24Hours(_: string, part: string, h1: string, to?: string, nextDay?: string, part2?: string, h2?: string): string {
  const start = hourOf(part, Number(h1));
  // (The part of the day stays: 晚上开到几点 still meets 晚上8点, read 晚上20时.)
  if (h2 === undefined) return `${part}${start}时`;
  // 晚上10点到6点: an end earlier than the start, with no part of its own, is the next morning.
  const inherited = hourOf(part, Number(h2));
  const end = part2 !== undefined ? hourOf(part2, Number(h2)) : nextDay === undefined && inherited > start ? inherited : Number(h2);
  return `${part}${start}时${to}${nextDay ?? ''}${part2 ?? ''}${end}时`;
}

/** 1,046个 and 12,345,678元: thousands written with separators, which are one number (not 2023,2024 nor 1,2,3). */
const DIGIT_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/gu;

/** A body's last character said again as its head's post: 局局长, 厅厅长, 科科长 (not 处处 in 处处长远, everywhere). */
const DOUBLED_POST = /(?<=\p{Script=Han})([局厅科院所站校馆])(?=\1长)/gu;

/**
 * 专家库里有多少名专家: jieba reads the name 库里 across the noun 专家库 and its 里 (in). A 里 whose character before
 * closes a dictionary word and with it makes a name is parted from it.
 */
function unglueLocative(text: string): string {
  // (市场监管局局长: where the body's name is no dictionary word, jieba reads its last character with the post, 局局长;
  // the post of a body is written after its name, the body's kind said twice.)
  // (发布会上文旅那部分: 上 after a meeting is "at" it, not the start of 上文 that jieba reads.)
  let out = text.replace(DOUBLED_POST, '$1 ').replace(AT_MEETING, '$1 ');
  for (let i = out.length - 1; i >= 2; i--) {
    if (out[i] !== '里' || !/\p{Script=Han}/u.test(out[i - 1]!)) continue;
    const pair = jieba().tag(`${out[i - 1]}里`);
    if (pair.length !== 1 || !/^nr/u.test(pair[0]!.tag)) continue;
    if ([2, 3].some((n) => i - n >= 0 && isInDictionary(out.slice(i - n, i)))) out = `${out.slice(0, i)} ${out.slice(i)}`;
  }
  return out;
}

/** A meeting and the 上 that says "at" it: 发布会上, 记者会上, 会议上 (not the modal 会 before 上网 or 上班). */
const AT_MEETING = /((?:(?:发布|记者|见面|座谈|推介|通气|例|大)会|会议)上)(?=\p{Script=Han})/gu;

/** The directions that follow a verb. */
export const DIRECTIONS = '下来|下去|上来|上去|出来|出去|起来|进来|进去|回来|回去|过来|过去';
/** A direction after a one-character verb: 签下来, 选出来, 建起来, 报上去. */
const DIRECTION_AFTER_VERB = new RegExp(`(?<=^\\p{Script=Han})(?:${DIRECTIONS})$`, 'u');
/** A direction as a word of its own: 收集 上来, 服务团 下去. */
const DIRECTION = new RegExp(`^(?:${DIRECTIONS})$`, 'u');

/** A middle dot between characters (“金融助企·普惠同行”): a slogan's halves, which askers type run together (not 4·26, a date). */
const MIDDLE_DOT = /(?<=\p{Script=Han})[·・•‧](?=\p{Script=Han})/gu;

/** 县（市、区）, 区（县）, 市（州）: kinds of division written with their like in brackets, which askers type 县市区. */
const DIVISIONS_IN_BRACKETS = /([省市区县州旗镇乡])\(([省市区县州旗镇乡])(?:、([省市区县州旗镇乡]))?\)/gu;

/** 按年上升, 按年下跌: Hong Kong and Macau write 同比 so. */
const BY_YEAR = /按年(?=[上下增减回升跌])/gu;

/** 头十个月, 首十月: the first months of the year, written 前10个月. */
const FIRST_MONTHS = /[头首](\d{1,2})个?月(?![\d份日号])/gu;

/** A comparison with the same period a year before, as asked (比去年同期, 与上年同期相比, 较去年同期). */
const YEAR_ON_YEAR = /(?:比|较|与|和|跟|同)(?:去年|上年|上一年)同期(?:相比|比较|比)?/gu;
/** 平均每人, 每天平均 and the like, which releases write 人均, 户均, 日均 …. */
const AVERAGE_PER = /平均每(?:个|一)?(人|户|家|天|日|月|年)|每(?:个|一)?(人|户|家|天|日|月|年)平均/gu;
const PER_AVERAGE: Record<string, string> = { 天: '日' };

/** A comparison with the month before (比上个月, 较上月). */
const MONTH_ON_MONTH = /(?:比|较|与|和|跟)(?:上个?月)(?:相比|比较|比)?/gu;

/** Roman numerals in grades and classes (Ⅴ类 folds to v类): 劣Ⅴ类 and 劣五类 are the same class. */
const ROMAN_CLASS = /(?<![a-z])(iii|ii|iv|vi|i|v)(类|级|期|型)/gu;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6' };

/** A code of letters and digits (pm2.5, pm10, covid-19), anchored where the scan stands. */
const CODE = /[a-z]+(?:[-.]?\d+)+(?:\.\d+)?[a-z]*(?![a-z\d])/uy;

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The numeric pattern, anchored where the scan stands. */
const NUMERIC = new RegExp(NUMERIC_PATTERN, 'uy');

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether a word stands in quotation marks in a text (“能办”). */
function quotedIn(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return /["“”'‘’「」]/u.test(text.slice(Math.max(0, at - 1), at + word.length + 1));
}

/** Modal verbs, which say how the asker wants or can, not what about. */
/** A general IDF above which a word is rare in general use (能带 9.8; 能源 6.0, 会场 8.0). */
const RARE_IDF = 9;

function isRareNounOfVerb(word: string, verb: string): boolean {
  const profile = generalWord(word);
  return profile.tag === 'n' && profile.idf >= RARE_IDF && jieba().tag(verb)[0]?.tag === 'v';
}

const MODAL: ReadonlySet<string> = new Set(['想', '要', '能', '会', '肯', '敢', '愿', '该', '得', '可']);

/**
 * The content character of a two-character word jieba's dictionary lacks when its other character is a stop word
 * (能补 → 补, 率要 → 率), nothing when both are (内要); undefined otherwise.
 */
function gluedContent(word: string, stopwords: ReadonlySet<string>): string | undefined {
  // (A numeral is no grammar: 二孩 and 三孩 are different children.)
  if (!/^\p{Script=Han}{2}$/u.test(word) || /[一二三四五六七八九十两百千万亿零〇]/u.test(word)) return undefined;
  const [a, b] = [...word] as [string, string];
  // (A rare noun of the dictionary made of a modal and a verb, 能带 "energy band", is the modal and its verb in a
  // question: 狗能带进公园吗.)
  if (isInDictionary(word) && !(MODAL.has(a) && isRareNounOfVerb(word, b))) return undefined;
  // (A modal verb, 想 or 肯, is grammar too: 二十几个人想组团 asks nothing about 人想.)
  const grammar = (c: string) => stopwords.has(c) || MODAL.has(c);
  if (grammar(a) && !grammar(b)) return b;
  if (grammar(b) && !grammar(a)) return a;
  // (Two grammar characters, 内要 in 多久内要去, are no word at all.)
  if (grammar(a) && grammar(b)) return '';
  return undefined;
}

/** Words after which a verb comes: the passive and disposal markers, auxiliaries, negations. */
const VERB_AHEAD = /^(?:被|把|将|给|已|已经|都|要|会|能|可以|没|没有|不|还)$/u;
