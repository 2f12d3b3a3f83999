import type { FaqEntry, Paragraph, Release } from '../knowledge/schema.ts';
import { chineseDate } from '../text/numbers.ts';

/** What a unit holds; decides how it is quoted and which questions it suits. */
export type UnitType = 'qa' | 'faq' | 'sentence' | 'event' | 'figure' | 'meta';

/** The release header fields a `meta` unit can stand for. */
export type MetaField = 'title' | 'date' | 'place' | 'office' | 'speakers' | 'media' | 'summary';

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
  /** The official wording to quote. */
  quote?: string;
  /** Lead line: a label (ours or the release's) and its value from the release. */
  headline?: { label: string; value: string };
  officialQuestion?: string;
  speaker?: { name: string; post?: string };
  /** The section heading, or one of our labels (答记者问, 发布信息). */
  section?: string;
  /** A question this unit answers, offered as a suggestion; absent for plain sentences. */
  suggestion?: string;
  metaField?: MetaField;
  /** For curated answers resting on an office's word rather than a release. */
  office?: { name: string; date: string };
  facets: { number: boolean; date: boolean; person: boolean; place: boolean };
}

const SENTENCE = /[^。！？!?；;]+[。！？!?；;]*/gu;
const LEADING_DATE = /^(\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?(?:至(?:\d{4}年)?\d{1,2}[月日](?:\d{1,2}日)?)?)?(?:以来)?)/u;
const DATE_TEXT = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年/gu;
const COUNT = /\d|[一二三四五六七八九十两兩百千万萬][个個项項家名次场場所件条條届屆批位倍]/u;
const PERSON_TITLE = /院士|教授|博士|局长|局長|市长|市長|主任|书记|書記|专家|專家|科长|科長|主持人/u;
const PLACE_WORD = /[省市县縣区區镇鎮村]|大厅|大廳|发布厅|發布廳|会场|會場|园区|園區/u;

/** Whether a text states a count, not just a date: 105家 or 三个阶段 counts; 2023年5月23日 alone does not. */
export function hasCount(text: string): boolean {
  return COUNT.test(text.replace(DATE_TEXT, ''));
}

/** Splits a paragraph into sentences, keeping each sentence's closing mark; `；` also ends a clause-sentence. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Builds every answer unit of one release, in reading order. */
export function buildUnits(release: Release, releaseIndex: number): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  const names = release.speakers.map((s) => s.name);
  const facets = (text: string) => ({
    number: hasCount(text),
    date: /\d{1,2}月|\d{4}年/u.test(text),
    person: PERSON_TITLE.test(text) || names.some((n) => text.includes(n)),
    place: PLACE_WORD.test(text),
  });
  const speakerOf = (name: string) => {
    const s = release.speakers.find((sp) => sp.name === name);
    return s ? { name: s.name, post: s.post } : { name };
  };
  const base = { releaseIndex, context: '' };
  const when = chineseDate(release.date);

  const meta = (field: MetaField, label: string, keys: string, value: string, suggestion: string): void => {
    units.push({ ...base, type: 'meta', localKey: `m:${field}`, metaField: field, keys: `${label} ${keys} 新闻发布会 发布会`, text: value, headline: { label, value }, section: '发布信息', suggestion, facets: facets(value) });
  };
  meta('date', '发布时间', '时间 日期 召开 举行 哪天', when, '发布会是什么时候召开的？');
  if (release.place !== undefined) meta('place', '发布地点', '地点 地方 场地 召开 举行', release.place, '发布会在哪里举行？');
  meta('office', '发布单位', '单位 主办 组织', release.office, '发布单位是哪个？');
  meta('speakers', '发布人', '发言人 出席 领导 嘉宾 介绍 职务 职位 身份 头衔', release.speakers.map((s) => `${s.post ?? ''}${s.name}`).join('，'), '发布人有哪些？');
  if (release.media.length > 0) meta('media', '参会媒体', '媒体 记者 新闻单位 出席', release.media.join('、'), '有哪些媒体参加了发布会？');
  if (release.summary !== undefined) meta('summary', '发布摘要', '摘要 主要内容 内容 介绍 情况 主题', release.summary, '这次发布会介绍了什么？');
  meta('title', '标题', '题目 名称 主题', release.title, '这次发布会的标题是什么？');

  release.qa.forEach((qa, i) => {
    units.push({
      ...base,
      type: 'qa',
      localKey: `q${i}`,
      keys: qa.question,
      text: qa.answer,
      quote: qa.answer,
      officialQuestion: qa.question,
      speaker: qa.answeredBy === undefined ? undefined : speakerOf(qa.answeredBy),
      section: '答记者问',
      suggestion: stripCourtesy(qa.question),
      facets: facets(qa.answer),
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

  release.figures.forEach((figure, i) => {
    const where = findParagraph(release.statements, figure.sentence);
    const answered = where ? undefined : answerer(figure.sentence);
    units.push({
      ...base,
      type: 'figure',
      localKey: `f${i}`,
      keys: figure.label,
      text: `${figure.value}${figure.unit}`,
      quote: where ? withLeadingDate(where.text, figure.sentence) : figure.sentence,
      headline: { label: figure.label, value: `${figure.value}${figure.unit}` },
      speaker: where ? speakerOf(where.speaker) : answered,
      section: where?.section,
      // 征集技术需求有多少项？ reads better than 是多少; 余人 → 人: the qualifier belongs to the answer.
      suggestion: figure.unit.replace(/^[余多]/u, '') ? `${figure.label}有多少${figure.unit.replace(/^[余多]/u, '')}？` : `${figure.label}是多少？`,
      facets: { ...facets(figure.sentence), number: true },
    });
  });

  release.statements.forEach((paragraph, p) => {
    const sentences = splitSentences(paragraph.text);
    const leadDate = LEADING_DATE.exec(sentences[0] ?? '')?.[1];
    sentences.forEach((sentence, s) => {
      const dated = leadDate !== undefined && s > 0 && !LEADING_DATE.test(sentence);
      units.push({
        ...base,
        type: 'sentence',
        localKey: `s${p}.${s}`,
        keys: '',
        text: sentence,
        // Who said it counts as context: 王慧说了什么 finds 王慧's sentences.
        context: [paragraph.section ?? '', dated ? leadDate : '', paragraph.speaker, speakerOf(paragraph.speaker).post ?? ''].join(' ').trim(),
        quote: dated ? `${sentences[0]}……${sentence}` : sentence,
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
      facets: { number: hasCount(entry.answer), date: /\d{1,2}月|\d{4}年/u.test(entry.answer), person: false, place: false },
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
