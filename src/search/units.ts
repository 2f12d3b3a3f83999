import type { FaqEntry, Paragraph, Release } from '../knowledge/schema.ts';
import { isMassPer, kindOfUnit, quantityKindOfNoun, type MeasureKind } from '../language/measures.ts';
import { arabicNumerals } from '../language/numerals.ts';
import { readFrame, type Asks } from '../question/frames.ts';
import { chineseDate, NUMERIC_PATTERN } from '../text/numbers.ts';
import { normalise } from '../text/pipeline.ts';
import { jieba } from '../text/jieba.ts';

/** What a unit holds; decides how it is quoted and which questions it suits. */
export type UnitType = 'qa' | 'faq' | 'sentence' | 'event' | 'figure' | 'meta';

/** The release header fields a `meta` unit can stand for. */
export type MetaField = 'title' | 'date' | 'place' | 'office' | 'speakers' | 'speaker' | 'host' | 'media' | 'summary';

/**
 * The smallest passage the bot can answer with: one official Q&A pair, one statement sentence, one event,
 * one figure or one header field. Texts are in the release's own script; labels we write are Simplified.
 */
export interface AnswerUnit {
  /** The release the unit comes from or rests on; -1 for a curated answer resting on an office's word. */
  releaseIndex: number;
  type: UnitType;
  /** Release-local key, stable while the release's order of items is: `q0`, `s3.1`, `e2`, `f7`, `m:date`. */
  localKey: string;
  /** Words that name what the unit is about (the official question, a figure's label, a field's names). */
  keys: string;
  /** The passage's own words. */
  text: string;
  /** Words around it that make it true (section heading, the date leading its paragraph). */
  context: string;
  /** A sentence pointing back at the one before it (相关违法行为, 上述企业), which its context holds. */
  pointsBack?: boolean;
  /** The official wording to quote. */
  quote?: string;
  /** Lead line: a label (ours or the release's) and its value from the release. */
  headline?: { label: string; value: string };
  officialQuestion?: string;
  /** For official Q&A, the outlet of the reporter who asked, when the release names it. */
  askedBy?: string;
  /** For official Q&A, which question it was in the order asked (1 for the first), and whether it was the last. */
  askedOrder?: number;
  lastAsked?: boolean;
  speaker?: { name: string; post?: string };
  /** The section heading, or one of our labels (答记者问, 发布信息). */
  section?: string;
  /** A question this unit answers, offered as a suggestion; absent for plain sentences. */
  suggestion?: string;
  metaField?: MetaField;
  /** For curated answers resting on an office's word rather than a release. */
  office?: { name: string; date: string };
  facets: Facets;
  /** For official and curated Q&A: what the official question asks for (下一步有什么谋划 → plan). */
  asks?: Asks;
}

/** What a passage holds, for matching the kind of answer a question wants. */
export interface Facets {
  /** A count, amount or measure (not just a date). */
  number: boolean;
  /** The kinds of its numbers: 800余人 → people, 535.35万元 → money, 112项 → count. */
  kinds: MeasureKind[];
  date: boolean;
  person: boolean;
  /** Whether it names a person (a speaker or host of the release, or 院士李克强: a name by a title), not only a post. */
  named?: boolean;
  place: boolean;
}

const NUMBERS = new RegExp(NUMERIC_PATTERN, 'gu');
const AMOUNT_UNIT = /^\d+(?:\.\d+)?(?:余|多)?(?:万亿|万|亿)?(.*)$/u;
/**
 * A currency's name after a number, when no measure word stands there: 港元, 澳门元, 新台币, 英镑, and whatever a
 * region calls its own (6镜洲元) — a name ending in 元, 币 or 镑 (not 单元, 多元, 公元).
 */
const CURRENCY = /^[^\P{Script=Han}单多公纪]\p{Script=Han}{0,2}?(?:元|币|镑)/u;

/** The kinds of number a text states (`normalised` when it already is): 800余人 → people, 535.35万元 → money. */
export function numberKinds(text: string, normalised = false): MeasureKind[] {
  const kinds = new Set<MeasureKind>();
  const plain = normalised ? text : normalise(text);
  for (const { 0: span, index } of plain.matchAll(NUMBERS)) {
    // A date (5月, 2024年) is no quantity; a span of years (连续8年, 最长3年) or months (3个月) is a time.
    if (/\d月|\d{3,}年/u.test(span)) continue;
    const unit = AMOUNT_UNIT.exec(span)?.[1] ?? '';
    // (个 before a noun of a measure word counts what that word counts: 6个班次 are runs.)
    const counted = unit.endsWith('个') ? /^\p{Script=Han}[次数]/u.exec(plain.slice(index + span.length))?.[0] : undefined;
    const kind = (counted !== undefined ? quantityKindOfNoun(counted) : undefined) ?? (isMassPer(plain.slice(index + span.length - unit.length)) ? 'concentration' : kindOfUnit(unit)) ?? (unit === '' && CURRENCY.test(plain.slice(index + span.length)) ? 'money' : undefined);
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}

const SENTENCE = /[^。！？!?；;]+[。！？!?；;]*/gu;
const LEADING_DATE = /^(\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?(?:至(?:\d{4}年)?\d{1,2}[月日](?:\d{1,2}日)?)?)?(?:以来)?)/u;
const DATE_TEXT = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年/gu;
const COUNT = /\d|[一二三四五六七八九十两兩百千万萬][个個项項家名次场場所件条條届屆批位倍]/u;
const PERSON_TITLE = /院士|教授|博士|局长|局長|市长|市長|主任|书记|書記|专家|專家|科长|科長|主持人/u;
/**
 * Whether a text names someone by a title beside their name (院士李克强, 李克强院士): jieba's person tag, which alone
 * is too loose (it tags 井盖), read only beside a title.
 */
function namedByTitle(text: string): boolean {
  if (!PERSON_TITLE.test(text)) return false;
  const words = jieba().tag(text);
  return words.some((w, i) => /^nr/u.test(w.tag) && /^\p{Script=Han}{2,3}$/u.test(w.word) && (PERSON_TITLE.test(words[i - 1]?.word ?? '') || PERSON_TITLE.test(words[i + 1]?.word ?? '')));
}

/** The kinds of event a release records, as titles name them. */
const GENRE = /新闻发布会|发布会|新聞發布會|發布會|记者会|記者會|吹风会|吹風會|通气会|通氣會|见面会|見面會|座谈会|座談會|专访|專訪|采访|採訪|访谈|訪談|答记者问|答記者問|说明会|說明會/u;

/**
 * A text that says where something is or happens: 在/于 … 举行 (or 召开, 开展 …), 位于, an address, or a venue
 * (…中心, …大厅, …广场, …馆). A city's name alone in a sentence does not answer "where", nor does a time after
 * 于 (计划于2025年9月底前建成).
 */
export const PLACE_WORD =
  /(?:在|于|於)(?!\d|今年|明年|去年|本年|年底|年内|年內|近期|近日|日前|目前|上半年|下半年|同期)[^，。,；;！!？?、]{1,24}?(?:举行|舉行|举办|舉辦|召开|召開|开展|開展|进行|進行|开幕|開幕|落成|设立|設立|建设|建設|建成|启动|啟動|开通|開通|设置|設置)|(?:从|從)[^，。,；;！!？?、]{2,16}?(?:出发|出發)|(?:在|于|於)(?!\d)[^，。,；;！!？?]{2,30}?等地|(?:建|设|設|落|开|開)在(?![\d今明去本这這那])\p{Script=Han}{2}|位于|位於|坐落|地址|(?:延伸|通往|延长|延長|连接|連接|直达|直達|抵达|抵達)(?:至|到)|[东西南北東][起至]\p{Script=Han}{2}|(?:中心|大厅|大廳|会场|會場|广场|廣場|体育馆|體育館|体育场|體育場|剧院|劇院|礼堂|禮堂|会议室|會議室|发布厅|發布廳|展馆|展館|酒店|宾馆|賓館|园区|園區|车站|車站)/u;

/** Whether a text states a count, not just a date: 105家 or 三个阶段 counts; 2023年5月23日 alone does not. */
export function hasCount(text: string): boolean {
  return COUNT.test(text.replace(DATE_TEXT, ''));
}

/** A sentence announcing the parts that follow it: 整个招生工作分四个阶段进行, 主要有三个方面. */
const ANNOUNCES_PARTS = /(?:分|分为|分成|包括|主要有|共有|有)(?:\d+|[一二两三四五六七八九十]+)个?(?:阶段|步|方面|部分|环节|批次?|类|项(?:措施|任务|工作)?|板块|步骤)(?:进行|推进|实施|开展|展开)?[。：:]?$/u;
/** How much of a paragraph a sentence announcing its parts quotes: the parts, not a page. */
const PARTS_QUOTED = 600;

/** A figure's sentence, with the parts it announces (分四个阶段进行) when its paragraph or the speaker's next ones give them. */
function partsOfFigure(release: Release, where: Paragraph, sentence: string): string {
  if (!ANNOUNCES_PARTS.test(normalise(sentence))) return sentence;
  const p = release.statements.indexOf(where);
  const sentences = splitSentences(where.text);
  const s = sentences.findIndex((one) => one === sentence || one.includes(sentence));
  if (s < 0) return sentence;
  return withPartsAnnounced(sentences, s, followingOf(release, p));
}

/** The parts a paragraph's closing sentence may announce: the same speaker's next paragraphs. */
function followingOf(release: Release, p: number): string[] {
  const speaker = release.statements[p]!.speaker;
  return release.statements.slice(p + 1, p + 4).filter((next) => next.speaker === speaker).map((next) => next.text);
}

/**
 * A sentence's quote: the sentence, and when it announces the parts that follow it (分四个阶段进行), those sentences
 * too: 分几个阶段 is answered with what they are, not only how many.
 */
function withPartsAnnounced(sentences: readonly string[], s: number, following: readonly string[] = []): string {
  const sentence = sentences[s]!;
  const after = [...sentences.slice(s + 1), ...following];
  if (after.length === 0 || !ANNOUNCES_PARTS.test(normalise(sentence))) return sentence;
  let quote = sentence;
  for (const next of after) {
    if (quote.length + next.length > PARTS_QUOTED) break;
    quote += next;
  }
  return quote;
}

/**
 * A sentence whose first clause points back at what the sentence before it names: 相关违法行为, 上述企业, 此类问题,
 * 这些项目, 对此.
 */
const POINTS_BACK = /^[^，,。；;]{0,10}?(?:相关|上述|以上|此类|这类|这些|该类|对此|为此|对于这)/u;

/** Splits a paragraph into sentences, keeping each sentence's closing mark; `；` also ends a clause-sentence. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A share in characters: 七成, 两成多, 三分之二, 百分之三十. */
const SHARE_IN_WORDS = /[一二三四五六七八九十两][成](?![为立果功效本绩员交长熟就型])|分之/u;

/** A number spelled in three numeral characters or more: 五百二十六, 三十五, 零点二八. */
const SPELLED_NUMBER = /[零〇一二三四五六七八九两十百千万亿][零〇一二三四五六七八九两十百千万亿点]{2,}/u;

/** Builds every answer unit of one release, in reading order. */
export function buildUnits(release: Release, releaseIndex: number): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  const names = release.speakers.map((s) => s.name);
  const host = release.host?.name;
  const facets = (text: string): Facets => {
    // (A share written in characters is a figure of its kind: 约七成死者 gives 70%, 三分之二以上 66.7%. Counts in
    // characters, 三道程序, 七个步骤, are the prose's enumerations, not figures.)
    const shares = SHARE_IN_WORDS.test(text) && numberKinds(arabicNumerals(text)).includes('percent');
    const kinds = numberKinds(text);
    return {
      // (A long number in characters with its unit is a figure, as a text-to-speech page prints them all:
      // 惠及居民十八万七千六百户.)
      number: hasCount(text) || (kinds.length > 0 && SPELLED_NUMBER.test(text)),
      kinds: shares && !kinds.includes('percent') ? [...kinds, 'percent'] : kinds,
      // A day, or a time of day (夜间, 上午10点至下午3点, 6:30): what 什么时候 and 几点 ask for.
      date: /\d{1,2}月|\d{4}年|夜间|白天|上午|下午|早上|晚上|凌晨|中午|午后|早晚|\d{1,2}[时点]|\d{1,2}[:：]\d{2}/u.test(text),
      person: PERSON_TITLE.test(text) || names.some((n) => text.includes(n)),
      named: names.some((n) => text.includes(n)) || (host !== undefined && text.includes(host)) || namedByTitle(text),
      place: PLACE_WORD.test(text),
    };
  };
  const speakerOf = (name: string) => {
    const s = release.speakers.find((sp) => sp.name === name);
    return s ? { name: s.name, post: s.post } : { name };
  };
  const base = { releaseIndex, context: '' };
  const when = chineseDate(release.date);

  // Header fields are about the event the title names: 这次采访是哪天 asks the date of a release titled
  // …接受媒体采访, so the date, place, office, speakers and host fields carry the title's kind of event.
  const meta = (field: MetaField, label: string, keys: string, value: string, suggestion: string, about = '', key: string = field): void => {
    // A header field answers for what it is (the date field for 哪天, the speakers for 谁), not for a year or a
    // number its title happens to hold.
    const own: Facets = { number: false, kinds: [], date: field === 'date', person: field === 'speakers' || field === 'speaker' || field === 'host', place: field === 'place' };
    // The title is their context: 临江征兵发布会是哪天召开的 names the release by its title's words.
    const context = about === '' ? '' : release.title;
    units.push({ ...base, type: 'meta', localKey: `m:${key}`, metaField: field, keys: field === 'speaker' ? keys : `${label} ${keys} 新闻发布会 发布会 ${about}`.trim(), text: value, context, headline: { label, value }, section: '发布信息', suggestion, facets: own });
  };
  const about = GENRE.exec(release.title)?.[0] ?? '发布会';
  meta('date', '发布时间', '时间 日期 召开 举行 进行 开 哪天', when, '发布会是什么时候召开的？', about);
  if (release.place !== undefined) meta('place', '发布地点', '地点 地方 场地 召开 举行 进行 开', release.place, '发布会在哪里举行？', about);
  meta('office', '发布单位', '单位 主办 组织', release.office, '发布单位是哪个？', about);
  meta('speakers', '发布人', '发言人 出席 领导 嘉宾 介绍 职务 职位 身份 头衔 采访 受访 答问 回答 讲话 发言', release.speakers.map((s) => `${s.post ?? ''}${s.name}`).join('，'), '发布人有哪些？', about);
  // Each of several speakers, too: 李黎是什么职务 and 科技局副局长是谁 ask of one of them, answered with that one's post
  // and name, not the whole list. (Only by their name and post: 谁来发布的 asks the list.)
  if (release.speakers.length >= 2) release.speakers.forEach((s, i) => meta('speaker', '发布人', `${s.name} 职务 职位 身份 头衔`, `${s.post ?? ''}${s.name}`, `${s.name}是什么职务？`, about, `speaker:${i}`));
  if (release.host) meta('host', '主持人', '主持 主持人 职务 职位 身份', `${release.host.post ?? ''}${release.host.name}`, '发布会由谁主持？', about);
  if (release.media.length > 0) meta('media', '参会媒体', '媒体 记者 新闻单位 出席', release.media.join('、'), '有哪些媒体参加了发布会？');
  if (release.summary !== undefined) meta('summary', '发布摘要', '摘要 主要内容 内容 介绍 情况 主题', release.summary, '这次发布会介绍了什么？');
  meta('title', '标题', '题目 名称 主题', release.title, '这次发布会的标题是什么？');

  // (A question two speakers answered is one question asked: the order counts questions, not pairs.)
  const questionsAsked = [...new Set(release.qa.map((qa) => qa.question))];
  release.qa.forEach((qa, i) => {
    const order = questionsAsked.indexOf(qa.question) + 1;
    units.push({
      ...base,
      type: 'qa',
      localKey: `q${i}`,
      // The genre's own words name every Q&A pair: 那个问题是谁回答的, 哪家媒体问的.
      keys: `${qa.question} ${qa.askedBy ?? ''} 记者 提问 问题 回答 答复`,
      text: qa.answer,
      quote: qa.answer,
      officialQuestion: qa.question,
      ...(qa.askedBy === undefined ? {} : { askedBy: qa.askedBy }),
      askedOrder: order,
      lastAsked: order === questionsAsked.length,
      speaker: qa.answeredBy === undefined ? undefined : speakerOf(qa.answeredBy),
      section: '答记者问',
      suggestion: stripCourtesy(qa.question),
      facets: facets(qa.answer),
      asks: readFrame(normalise(qa.question)).asks,
    });
  });

  // Each sentence of an official answer stands on its own too, with the official question as its context: a
  // figure or a date is answered by the sentence that states it, not by a whole answer that happens to hold
  // all the question's words somewhere.
  release.qa.forEach((qa, i) => {
    const sentences = splitSentences(qa.answer);
    sentences.forEach((sentence, s) => {
      units.push({
        ...base,
        type: 'sentence',
        localKey: `q${i}.s${s}`,
        keys: '',
        text: sentence,
        context: qa.question,
        quote: withPartsAnnounced(sentences, s),
        speaker: qa.answeredBy === undefined ? undefined : speakerOf(qa.answeredBy),
        section: '答记者问',
        facets: facets(sentence),
      });
    });
  });

  // Events and figures found in an answer (kb import pulls them from answers too) are cited to the answerer.
  const answerer = (passage: string) => {
    const by = findAnswer(release.qa, passage)?.answeredBy;
    return by === undefined ? undefined : speakerOf(by);
  };

  release.events.forEach((event, i) => {
    const where = findParagraph(release.statements, event.description);
    const answered = where ? undefined : answerer(event.description);
    units.push({
      ...base,
      type: 'event',
      localKey: `e${i}`,
      keys: `${event.name} ${event.dateText} 活动 举办`,
      text: event.description,
      context: event.organisers.join(' '),
      quote: event.description,
      headline: { label: event.dateText, value: event.name },
      speaker: where ? speakerOf(where.speaker) : answered,
      section: where?.section,
      suggestion: `${event.dateText}举办了什么活动？`,
      facets: { ...facets(event.description), date: true },
    });
  });

  release.figures.forEach((stated, i) => {
    // (A figure from a table, 72.8 under 总面积（万平方米）, has its unit in its label: it is 72.8万平方米.)
    const figure = withUnitFromLabel(stated);
    const where = findParagraph(release.statements, figure.sentence);
    const answered = where ? undefined : answerer(figure.sentence);
    units.push({
      ...base,
      type: 'figure',
      localKey: `f${i}`,
      keys: figure.label,
      text: `${figure.value}${figure.unit}`,
      // The paragraph it stands in says what the figure is about beyond its label (实地走访 … 走访企业105家).
      context: where?.text ?? figure.sentence,
      quote: where ? withLeadingDate(where.text, partsOfFigure(release, where, figure.sentence)) : figure.sentence,
      headline: { label: figure.label, value: `${figure.value}${figure.unit}` },
      speaker: where ? speakerOf(where.speaker) : answered,
      section: where?.section,
      // 征集技术需求有多少项？ reads better than 是多少; 余人 → 人: the qualifier belongs to the answer.
      suggestion: figure.unit.replace(/^[余多]/u, '') ? `${figure.label}有多少${figure.unit.replace(/^[余多]/u, '')}？` : `${figure.label}是多少？`,
      // The figure's own kind only: its sentence may state other numbers, which other units answer for.
      facets: { ...facets(figure.sentence), number: true, kinds: numberKinds(`${figure.value}${figure.unit}`) },
    });
  });

  release.statements.forEach((paragraph, p) => {
    const sentences = splitSentences(paragraph.text);
    const following = followingOf(release, p);
    const leadDate = LEADING_DATE.exec(sentences[0] ?? '')?.[1];
    sentences.forEach((sentence, s) => {
      const dated = leadDate !== undefined && s > 0 && !LEADING_DATE.test(sentence);
      // (市民发现相关违法违规行为，可以拨打12377举报: a sentence pointing back at what the one before names is about it,
      // and is quoted with it.)
      const before = s > 0 && POINTS_BACK.test(sentence) ? sentences[s - 1]! : undefined;
      const quote = withPartsAnnounced(sentences, s, following);
      units.push({
        ...base,
        type: 'sentence',
        localKey: `s${p}.${s}`,
        keys: '',
        text: sentence,
        // Who said it counts as context: 王慧说了什么 finds 王慧's sentences.
        context: [paragraph.section ?? '', dated ? leadDate : '', before ?? '', paragraph.speaker, speakerOf(paragraph.speaker).post ?? ''].join(' ').trim(),
        ...(before !== undefined ? { pointsBack: true } : {}),
        // (The paragraph's leading date opens the quote, unless the sentence before is the one that holds it.)
        quote: `${dated && !(before !== undefined && s === 1) ? `${sentences[0]}……` : ''}${before ?? ''}${quote}`,
        speaker: speakerOf(paragraph.speaker),
        section: paragraph.section,
        facets: facets(dated ? `${leadDate}${sentence}` : sentence),
      });
    });
  });
  return units;
}

/**
 * Builds the units of curated FAQ entries: answered and cited like official Q&A, resting on a release
 * paragraph (whose speaker they cite) or on a named office's word.
 */
export function buildFaqUnits(entries: readonly FaqEntry[], releases: readonly Release[]): AnswerUnit[] {
  return entries.map((entry, i): AnswerUnit => {
    const releaseIndex = entry.source.release === undefined ? -1 : releases.findIndex((r) => r.id === entry.source.release);
    const release = releases[releaseIndex];
    const paragraph = entry.source.paragraph === undefined ? undefined : release?.statements[entry.source.paragraph];
    const speaker = paragraph && release?.speakers.find((s) => s.name === paragraph.speaker);
    return {
      releaseIndex,
      type: 'faq',
      localKey: `c${i}`,
      keys: [entry.question, ...entry.alternates].join(' '),
      text: entry.answer,
      context: '',
      quote: entry.answer,
      officialQuestion: entry.question,
      speaker: paragraph ? { name: paragraph.speaker, post: speaker?.post } : undefined,
      section: '常见问题',
      suggestion: entry.question,
      office: entry.source.office === undefined ? undefined : { name: entry.source.office, date: entry.source.date ?? '' },
      facets: { number: hasCount(entry.answer), kinds: numberKinds(entry.answer), date: /\d{1,2}月|\d{4}年/u.test(entry.answer), person: false, place: false },
      asks: readFrame(normalise(entry.question)).asks,
    };
  });
}

/** The paragraph whose text holds a passage, for the speaker and section of events and figures. */
function findParagraph(statements: readonly Paragraph[], passage: string): Paragraph | undefined {
  const probe = splitSentences(passage)[0] ?? passage;
  return statements.find((p) => p.text.includes(probe));
}

/** The official answer whose text holds a passage. */
function findAnswer(qa: Release['qa'], passage: string): Release['qa'][number] | undefined {
  const probe = splitSentences(passage)[0] ?? passage;
  return qa.find((q) => q.answer.includes(probe));
}

/** A sentence with the paragraph's opening sentence before it when that sentence dates it. */
function withLeadingDate(paragraph: string, sentence: string): string {
  const sentences = splitSentences(paragraph);
  const first = sentences[0] ?? '';
  if (first === sentence || !LEADING_DATE.exec(first)?.[1] || LEADING_DATE.test(sentence)) return sentence;
  return `${first}……${sentence}`;
}

/** `您好,请问…有什么积极影响?` → `…有什么积极影响?`: a reporter's courtesy is not part of the question. */
function stripCourtesy(question: string): string {
  return question.replace(/^(?:[您你]好[,，、]?\s*)?(?:請問|请问)?\s*/u, '').trim() || question;
}

/** A figure whose unit its label gives in brackets at its end, as a table's column head does (总面积（万平方米）), with that unit. */
function withUnitFromLabel<F extends { label: string; unit: string }>(figure: F): F {
  if (figure.unit !== '') return figure;
  const m = /[（(]([^（）()]{1,6})[）)]$/u.exec(figure.label);
  if (m === null || kindOfUnit(m[1]!) === undefined) return figure;
  return { ...figure, label: figure.label.slice(0, m.index), unit: m[1]! };
}
