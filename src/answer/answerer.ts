import { readEnglish } from '../language/english.ts';
import { kindOfUnit } from '../language/measures.ts';
import { nearSynonymsOf } from '../language/near-synonyms.ts';
import { valueOfNumeral } from '../language/numerals.ts';
import { chineseDate, datedInPartOfYear, PERIOD_NAMES, saidInPartOfDay } from '../text/numbers.ts';
import { escapeRegExp, normalise } from '../text/pipeline.ts';
import { detectScript, fromSimplified, toScript } from '../text/script.ts';
import { spellsOut } from '../text/spelling.ts';
import { checksClaim, claimQuestion } from '../question/claims.ts';
import { WHOLE_AREA, type QuestionFrame } from '../question/frames.ts';
import type { IndexedField } from '../search/common-terms.ts';
import { passageTextOf } from '../search/passage-text.ts';
import type { Candidate } from '../search/search-index.ts';
import { headerNames, knowledgeText, peopleNamed, suggestionId, type KnowledgeIndex } from '../search/knowledge-index.ts';
import type { AnswerUnit } from '../search/units.ts';
import { cleanQuestion, isUsageRequest } from './question.ts';
import { ADDRESS_ASKED, STREET_NUMBER, comparesWithAYear, END_WORD, fitsFrame, frameBonus, givesEnd, holdsCallWord, holdsPresent, listsAsManyAsAsked, reportedYear, seasonOf, statesYear, suitsFrame } from './fit.ts';
import { abbreviates, understandQuestion, type Understanding, type UnderstoodTerm } from './understand.ts';
import { renderPlainText } from './render.ts';
import type { Answer, AnswerKind, Citation, Script, Suggestion } from './types.ts';

/** Score thresholds on coverage (0–1) of the question's informative terms. */
export interface Thresholds {
  /** At or above: answer. Default 0.66: two of three weighted terms found in one passage. */
  answer: number;
  /** At or above (and below `answer`): offer suggestions. Default 0.4. */
  suggest: number;
}

export const defaultThresholds: Thresholds = { answer: 0.66, suggest: 0.4 };

interface Scored {
  unitId: number;
  unit: AnswerUnit;
  coverage: number;
  /** The share of the question's weight covered by terms that point at the unit's release. */
  scopeShare: number;
  /** Coverage with the bonuses for naming words and the question's frame: what decides ties between releases. */
  merit: number;
  /** Merit with BM25 to break ties within a release. */
  rank: number;
  /** Whether the passage can be the kind of answer asked for. */
  fits: boolean;
  /** The question's terms the passage holds nothing of (kept only when an explanation is asked for). */
  missing?: string[];
}

/** What the answerer weighed for one question, for `npm run ask -- --explain`: built only when asked for. */
export interface Explanation {
  /** The question as read: cleaned, normalised, the office's phrases and English read as the releases write them. */
  read: string;
  frame: QuestionFrame;
  terms: { term: string; weight: number; mustBeMentioned: boolean; binding: boolean; alternates: string[] }[];
  /** The best-ranked passages, best first. */
  candidates: { unitId: number; type: string; text: string; coverage: number; merit: number; fits: boolean; missing: string[] }[];
  /** The passage weighed for the answer, if any; and the answer's confidence and whether rivals made it ambiguous. */
  chosen?: number;
  confidence: number;
  ambiguous: boolean;
}

/**
 * 姓李那位, 姓王的: a person named by their surname, as people refer to someone whose full name they did not catch,
 * read as the one speaker or host of the releases whose name it begins (none when two share it). The question is
 * raw or normalised; the name goes in as the release prints it.
 */
export function bySurname(index: KnowledgeIndex, question: string): string {
  const asked = SURNAMED.exec(question);
  if (asked === null) return question;
  const surname = normalise(asked[1]!);
  const names = new Set(peopleNamed(index).filter((p) => p.normalised.startsWith(surname)).map((p) => p.name));
  return names.size === 1 ? question.replace(asked[0], [...names][0]!) : question;
}

/**
 * 王慧同志, 李黎女士: a speaker's or host's name with a form of address after it is the name (the releases print
 * their posts, 王慧局长, never how an asker addresses them). The question is normalised.
 */
export function withoutAddress(index: KnowledgeIndex, question: string): string {
  if (!ADDRESS.test(question)) return question;
  let text = question;
  for (const person of peopleNamed(index)) text = text.replaceAll(new RegExp(`(?<=${escapeRegExp(person.normalised)})${ADDRESS.source}`, 'gu'), '');
  // (那位女士, 来的先生: a form of address with no name points at someone, as 那位 does; the releases print no one so.)
  return text.replaceAll(ADDRESS_AFTER_POINTER, '').replaceAll(ADDRESS_AFTER_DE, '那位');
}

/** Forms of address after a person's name. */
const ADDRESS = /(?:同志|先生|女士|小姐|男士)/u;

/** A form of address after 那位 (那位女士), and after 的 (来的先生): someone pointed at, not named. */
const ADDRESS_AFTER_POINTER = new RegExp(`(?<=[这那哪该]位)${ADDRESS.source}`, 'gu');
const ADDRESS_AFTER_DE = new RegExp(`(?<=的)${ADDRESS.source}`, 'gu');

/** A surname with what points at its bearer: 姓李那位, 姓王的, 姓张的那个. */
const SURNAMED = /姓(\p{Script=Han})(?:的那位|那位|的那个|那个|的这位|这位|的)?/u;

/** Answers one question from an index; never throws on any input. */
export function answerQuestion(index: KnowledgeIndex, rawQuestion: string, thresholds: Thresholds = defaultThresholds, explain?: (explanation: Explanation) => void): Answer {
  const question = typeof rawQuestion === 'string' ? rawQuestion : String(rawQuestion ?? '');
  const cleaned = cleanQuestion(question);
  const script = detectScript(cleaned);
  // (English words typed among the Chinese are read as the Chinese the releases print: press conference → 记者会.)
  const normalised = normaliseAsked(index, cleaned);
  if (isUsageRequest(normalised)) return usageAnswer(index, question, script);
  if (isNumberPick(normalised)) return noPickAnswer(index, question, script);

  const understanding = understandQuestion(index, normalised);
  const { frame, terms } = understanding;
  // (哪家媒体第一个提问的 names nothing but the order asked: the newest release's question in that place, of those that
  // name who asked. 第二个问题怎么答的, 最后一个提问问的什么 ask what was asked or answered in that place, whoever asked;
  // 第一个提问的记者是哪家的 asks who asked, which may be unknown.)
  const nthQuestion = frame.asksAsker || !ASKS_CONTENT.test(normalised) ? null : QUESTION_ORDINAL.exec(normalised);
  const nth =
    terms.length === 0 && frame.askedOrdinal !== undefined
      ? nthAsked(index, frame.askedOrdinal)
      : nthQuestion !== null
        ? nthAsked(index, nthQuestion[1] !== undefined ? valueOfNumeral(nthQuestion[1]) : nthQuestion[0].startsWith('最后') ? -1 : 1, false)
        : undefined;
  if (nth !== undefined) return finish(unitAnswer(index, question, script, { unit: index.units[nth]!, unitId: nth, coverage: 1 }));
  // (她是什么职务 with nobody said before: a question of someone it does not name, not a greeting to answer.)
  if (terms.length === 0) return frame.pointsAtPerson && frame.cues.some((cue) => cue.length > 0) ? whoIsMeantAnswer(index, question, script) : usageAnswer(index, question, script);
  const unknown = terms.filter((t) => t.mustBeMentioned);
  const searchTerms = [...new Set(terms.flatMap((t) => [t.term, ...t.parts, ...t.alternates.map((a) => a.term)]))];
  // The passages that suit the frame compete too, even when BM25 ranks many others above them.
  const suits = suitsFrame(index, frame);
  const candidates = index.search.find(searchTerms, undefined, suits ? { test: suits, limit: 40 } : undefined);
  // Passages that hold a term only as a string (jieba cut it otherwise there) are candidates too.
  // (Not for a one-character word the index holds alone as well, 办: inside longer words it is in hundreds of
  // passages, and it only tops up the credit of those found otherwise.)
  const listed = new Set(candidates.map((c) => c.unitId));
  const finding = terms.filter((t) => !([...t.term].length === 1 && index.search.frequency(t.term) > 0));
  for (const unitId of new Set(finding.flatMap((t) => t.mentions))) if (!listed.has(unitId)) candidates.push({ unitId, bm25: 0, fields: new Map() });
  const ranked = rank(index, candidates, understanding, releasesNamedIn(index, normalised), explain !== undefined);
  const chosen = chooseAmongReleases(ranked);
  const { others } = chosen;
  // A passage chosen for its label but covering too little of the question to answer it gives way to one of its
  // release that suits the question too and covers enough, when their merits are close: the sentence that says
  // 全省每年新增的约11.4亿元资金 answers 提高高龄津贴以后财政每年要多花多少钱 better than a figure labelled 高龄津贴.
  // (So does a whole official answer that cannot be the kind of answer asked to one of its own sentences that can.)
  const chosenBest = chosen.best;
  const givesWay = (to: (s: Scored) => boolean) =>
    chosenBest === undefined ? undefined : ranked.find((s) => s.fits && s.coverage >= thresholds.answer && s.unit.releaseIndex === chosenBest.unit.releaseIndex && chosenBest.merit - s.merit <= 0.15 && to(s));
  const first =
    chosenBest !== undefined && chosenBest.coverage < thresholds.answer
      ? givesWay(() => true) ?? chosenBest
      : chosenBest !== undefined && !chosenBest.fits && chosenBest.unit.type === 'qa'
        ? givesWay((s) => s.unit.localKey.startsWith(`${chosenBest.unit.localKey}.`)) ?? chosenBest
        : chosenBest;
  const best = first === undefined ? undefined : nthOfSiblings(ranked, first, frame.content) ?? lastOfSteps(ranked, first, normalised) ?? first;

  // A passage that cannot be the kind of answer asked for (a how-many question met by a passage with no number of
  // that kind) scores lower; a thing the releases never mention halves it: the passage is about something near.
  const fits = best !== undefined && best.fits;
  const confidence = best === undefined ? 0 : best.coverage * (fits ? 1 : UNFIT) * (unknown.length > 0 ? 0.5 : 1);
  const ambiguous = best !== undefined && isAmbiguous(index, ranked, best, terms, frame, normalised);
  explain?.({
    read: normalised,
    frame,
    terms: terms.map((t) => ({ term: t.term, weight: t.weight, mustBeMentioned: t.mustBeMentioned, binding: t.binding, alternates: t.alternates.map((a) => a.term) })),
    candidates: ranked.slice(0, 8).map((s) => ({ unitId: s.unitId, type: s.unit.type, text: s.unit.headline !== undefined ? `${s.unit.headline.label}：${s.unit.headline.value}` : (s.unit.quote ?? s.unit.text), coverage: s.coverage, merit: s.merit, fits: s.fits, missing: s.missing ?? [] })),
    ...(best === undefined ? {} : { chosen: best.unitId }),
    confidence,
    ambiguous,
  });
  if (best !== undefined && unknown.length === 0 && fits && !ambiguous && confidence >= thresholds.answer) {
    return finish({ ...unitAnswer(index, question, script, best), suggestions: others.map((o) => suggestionFor(index, o.unitId, script)) });
  }
  const suggestions = suggestFrom(index, ranked, script);
  if (unknown.length === 0 && confidence >= thresholds.suggest) {
    return finish({ question, answered: false, band: 'suggest', kind: 'none', script, message: fromSimplified('没有找到与问题完全对应的官方表述。', script), suggestions, score: round(confidence) });
  }
  const missing = unknown.length > 0 ? unknown.map((t) => `“${asTyped(question, toScript(t.term, script))}”`).join('、') : fromSimplified('这个问题', script);
  return finish({ question, answered: false, band: 'refuse', kind: 'none', script, message: `${fromSimplified(scopeName(index), script)}${fromSimplified('没有提到', script)}${missing}${fromSimplified('。', script)}`, suggestions, score: round(confidence) });
}

/** A cleaned question in the index's words: who 姓李那位 is, without 同志/先生, the office's phrases, English read as Chinese. */
function normaliseAsked(index: KnowledgeIndex, cleaned: string): string {
  return readEnglish(index.pipeline.rewritePhrases(withoutAddress(index, normalise(bySurname(index, cleaned)))), (word) => index.search.frequency(word));
}

/**
 * The question that a message checking a claim asks (是和奇瑞汽车签的吗 → 是和谁签的, 难道只有三个部门参加 → 多少个部门参加),
 * in the asker's script, with the sentence the reply adds: that the releases do not mention the claim, or, for a number
 * they print elsewhere, that their figure stands. See {@link claimQuestion}.
 */
export function claimChecked(index: KnowledgeIndex, rawQuestion: string): { question: string; notice: string } | undefined {
  const cleaned = cleanQuestion(String(rawQuestion ?? ''));
  const script = detectScript(cleaned);
  const normalised = normaliseAsked(index, cleaned);
  // (Most questions the releases do not answer check no claim: they are not read again.)
  if (!checksClaim(normalised)) return undefined;
  const { terms } = understandQuestion(index, normalised);
  // (A number is claimed too, known or not: 不是说有1万家吗, 难道只有三个部门参加; the releases may print it of
  // something else.)
  const claimed = terms.filter((t) => t.mustBeMentioned || (t.numeric && t.binding));
  const claim = claimQuestion(normalised, claimed.map((t) => t.term));
  if (claim === undefined) return undefined;
  const unseen = index.search.frequency(claim.claimed) === 0 && passageTextOf(index.units).unitsContaining(claim.claimed, 1).length === 0;
  const notice = unseen
    ? `${fromSimplified(scopeName(index), script)}${fromSimplified('没有提到', script)}“${toScript(claim.claimed, script)}”${fromSimplified('。', script)}`
    : fromSimplified('以上是官方材料给出的数字，请以此为准。', script);
  return { question: fromSimplified(claim.question, script), notice };
}

/**
 * The reply to a question the releases do not answer, decided outside the answerer (a follow-up whose only
 * reading is answered by the passage just given): says so, with example questions.
 */
export function unansweredAnswer(index: KnowledgeIndex, question: string, script: Script): Answer {
  const message = `${fromSimplified(scopeName(index), script)}${fromSimplified('没有提到', script)}${fromSimplified('这个问题', script)}${fromSimplified('。', script)}`;
  return finish({ question, answered: false, band: 'refuse', kind: 'none', script, message, suggestions: exampleSuggestions(index, script), score: 0 });
}

/** A message that is only a number, like the 1, 2 or 3 that picks a suggestion. */
function isNumberPick(normalised: string): boolean {
  return /^[#＃]?\d{1,2}[.。、)）]?$/u.test(normalised.replace(/\s+/gu, ''));
}

/** The one-line reply to a number pick with no suggestions to pick from (the adapters answer real picks themselves). */
function noPickAnswer(index: KnowledgeIndex, question: string, script: Script): Answer {
  const message = fromSimplified('上一条回复没有可选的编号问题，请直接输入您的问题。', script);
  return finish({ question, answered: false, band: 'usage', kind: 'none', script, message, suggestions: [], score: 0 });
}

/** The reply to 详细说说 or 举几个例子 with no answer before it to say more of: ask a question first, with examples. */
export function nothingToExpandAnswer(index: KnowledgeIndex, question: string, script: Script): Answer {
  return usageReply(index, question, script, fromSimplified('还没有可以展开的上一条回答，请先直接输入您的问题。', script));
}

/** The reply to greetings, help and empty input: how to ask, with example questions. */
export function usageAnswer(index: KnowledgeIndex, question: string, script: Script): Answer {
  const titles = index.releases.slice(0, 3).map((r) => `《${knowledgeText(index, r.title, script)}》`).join('、');
  const more = index.releases.length > 3 ? fromSimplified(`等${index.releases.length}场发布会`, script) : '';
  const message = fromSimplified('您好！我根据官方发布的新闻发布会材料回答问题，引用原文并注明出处。目前收录：', script) + titles + more + fromSimplified('。直接输入问题即可。', script);
  return usageReply(index, question, script, message);
}

/** A reply that answers nothing from the releases, with example questions from the newest one. */
function usageReply(index: KnowledgeIndex, question: string, script: Script, message: string): Answer {
  return finish({ question, answered: false, band: 'usage', kind: 'none', script, message, suggestions: exampleSuggestions(index, script), score: 0 });
}

/**
 * The reply to a question of someone it names only by a pronoun (她是什么职务) when nobody was named before: which
 * person, with the release's people to ask about. Its band stays `usage`: a conversation reads it with the last turn.
 */
function whoIsMeantAnswer(index: KnowledgeIndex, question: string, script: Script): Answer {
  const message = fromSimplified('没有看出问的是哪一位：请带上姓名或职务再问（例如“王慧是什么职务？”），或先问“发布人有哪些？”。', script).replace('王慧', speakerExample(index, script));
  return usageReply(index, question, script, message);
}

/** The first speaker of the newest release, for an example question; 发布人 when it names none. */
function speakerExample(index: KnowledgeIndex, script: Script): string {
  const name = index.releases[0]?.speakers[0]?.name;
  return name === undefined ? fromSimplified('发布人', script) : knowledgeText(index, name, script);
}

/** Three example questions from the newest release: an official Q&A, a figure and an event or field. */
export function exampleSuggestions(index: KnowledgeIndex, script: Script): Suggestion[] {
  const picks: number[] = [];
  for (const type of ['figure', 'qa', 'event', 'meta'] as const) {
    const id = index.units.findIndex((u) => u.releaseIndex === 0 && u.type === type && u.suggestion !== undefined);
    if (id >= 0) picks.push(id);
  }
  return picks.slice(0, 3).map((id) => suggestionFor(index, id, script));
}

/**
 * The suggestion a unit offers. With more than one release it starts with the release's short name, so that
 * asking it (typed, tapped or picked by number) answers from that release and not the newest one.
 */
export function suggestionFor(index: KnowledgeIndex, unitId: number, script: Script): Suggestion {
  const unit = index.units[unitId]!;
  const text = knowledgeText(index, unit.suggestion ?? '', script);
  const release = index.releases[unit.releaseIndex];
  const scoped = release && index.releases.length > 1 ? `${knowledgeText(index, release.shortName, script)} ${text}` : text;
  return { id: suggestionId(index, unitId), text: scoped };
}

function finish(a: Omit<Answer, 'text'>): Answer {
  return { ...a, text: renderPlainText(a) };
}

/**
 * Ranks candidates by coverage of the question's weighted terms (a term found only in a passage's context
 * counts half; a compound found only in parts counts by the share of its parts; a near-synonym or a close number
 * by its credit; a term that points at the passage's release, like its date or short name, counts as found),
 * then by whether the passage's naming words hold the terms, whether it suits the question's frame, and BM25
 * to break ties.
 */
function rank(index: KnowledgeIndex, candidates: Candidate[], understanding: Understanding, namedReleases: ReadonlySet<number>, keepMissing = false): Scored[] {
  const { frame, terms, possessor } = understanding;
  const total = terms.reduce((a, t) => a + t.weight, 0) || 1;
  const maxBm25 = Math.max(1e-9, ...candidates.map((c) => c.bm25));
  // The parts' weights depend on the question only: computed once, not for every candidate.
  // Parts the index does not hold (效期 in 有效期) are cutting noise, not half the word.
  // (燃气公司 is the release's 燃气企业: a part of two characters is also found as a close near-synonym of it.)
  const partSynonyms = terms.map((t) => t.parts.map((p) => closeSynonymsHeld(index, p)));
  const partWeights = terms.map((t, i) =>
    t.parts.map((p, j) => (index.search.frequency(p) > 0 ? index.search.idf(p) : partSynonyms[i]![j]!.length > 0 ? Math.max(...partSynonyms[i]![j]!.map((s) => index.search.idf(s))) : 0)),
  );
  const partTotals = partWeights.map((ws) => ws.reduce((a, b) => a + b, 0));
  const mentioned = terms.map((t) => new Set(t.mentions));
  // (Read once per question rather than for every candidate: an answer's garbage is what sets its slowest times.)
  const oneCharacter = terms.map((t) => [...t.term].length === 1);
  const owning = terms.map((_, i) => possessor.includes(i));
  // The words that say which of the counted things are asked (大豆 in 大豆机收率多少): a figure's paragraph naming
  // them does not make its figure theirs.
  const modifying = terms.map((t) => understanding.countedWith.some((forms) => forms.includes(t.term)));
  const text = passageTextOf(index.units);
  // (The passages holding a part's near-synonym, which the search found by the question's own words: read when a
  // passage first lacks the part.)
  const partSynonymUnits = new Map<string, Set<number>>();
  const holdsPartSynonym = (i: number, j: number, unitId: number): boolean => {
    const key = `${i}.${j}`;
    let units = partSynonymUnits.get(key);
    if (units === undefined) partSynonymUnits.set(key, (units = new Set(partSynonyms[i]![j]!.flatMap((s) => text.unitsContaining(s, 5000)))));
    return units.has(unitId);
  };
  const { releaseYears, reportedYears, seasons } = yearsOf(index);
  // (Speakers' names as the terms read them, normalised once per question rather than for every candidate and term.)
  const speakerNames = new Map<string, string>();
  const speakerName = (name: string) => speakerNames.get(name) ?? speakerNames.set(name, normalise(name)).get(name)!;
  // (A question comparing with a year, 比2021年提高了多少, is answered where the release compares with it.)
  const comparing = comparesWithAYear(frame);
  // The releases that hold a binding term anywhere, computed when first needed.
  const holding = new Map<number, Set<number>>();
  const releasesHolding = (i: number): Set<number> => {
    let releases = holding.get(i);
    if (releases === undefined) {
      releases = new Set(text.unitsContaining(terms[i]!.term, 5000).map((u) => index.units[u]!.releaseIndex));
      holding.set(i, releases);
    }
    return releases;
  };
  // (知产 in 这次知产发布会 is the release's 知识产权 shortened: its scope, which a header field is about.)
  // (Only a word naming the conference, before 发布会: 科技 of 科技奖励大会 is about the award, not the release.)
  const shortForScope = terms.map((t) =>
    new RegExp(`${escapeRegExp(t.term)}的?(?:新闻)?(?:发布会|记者会|通气会|吹风会)`, 'u').test(frame.content) ? new Set(index.releaseScopes.flatMap((scope, r) => (shortensAny(t.term, scope) ? [r] : []))) : new Set<number>(),
  );
  // (A short name of a body the question names as the doer, 人社 or 住建局: written otherwise than the releases do.)
  const bodyAbbreviation = terms.map((t) => !t.numeric && /^\p{Script=Han}{2,4}$/u.test(t.term) && index.search.frequency(t.term) === 0);
  const bodies = new Map<string, boolean>();
  const speakerBody = (post: string, term: string): boolean => {
    const key = `${post}\u0000${term}`;
    let spelled = bodies.get(key);
    if (spelled === undefined) bodies.set(key, (spelled = spellsOut(normalise(post), term)));
    return spelled;
  };
  // (Speakers' posts as the pipeline reads them, read once a post: the passages of one speaker share it.)
  const posts = new Map<string, string>();
  const postOf = (post: string): string => {
    let read = posts.get(post);
    if (read === undefined) posts.set(post, (read = normalise(post)));
    return read;
  };
  // (A number of storeys, 12层, is held by the passage's own 12层: the bare 12 of 12种 counts something else.)
  // (The years a question asks from up to now: 2022年以来.)
  const since = terms.map((t) => YEAR.test(t.term) && new RegExp(`${escapeRegExp(t.term)}(?:以来|来|起|至今)`, 'u').test(frame.content));
  const measuredOnly = terms.map((t) => t.numeric && kindOfUnit(t.term.replace(/^[\d.,]+/u, '')) === 'storeys');
  const scored = candidates.map((c): Scored => {
    const unit = index.units[c.unitId]!;
    const scope = index.releaseScopes[unit.releaseIndex];
    const name = namedReleases.has(unit.releaseIndex) ? index.releaseNames[unit.releaseIndex]!.terms : undefined;
    let own = 0;
    let pointed = 0;
    let named = 0;
    let holdsNames = true;
    // In X的Y, a passage that says nothing of X answers a Y of something else.
    let ownerFound = possessor.length === 0;
    const missing: string[] | undefined = keepMissing ? [] : undefined;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const w = t.weight;
      // (A word found by searching the text is one an official answer's question asks about when that question holds
      // it, 停热, as a search of the index would have found: not only its long answer.)
      const fields = c.fields.get(t.term) ?? (mentioned[i]!.has(c.unitId) ? (keysHold(unit, t.term) ? KEYS_FIELD : TEXT_FIELD) : undefined);
      let credit = 0;
      // A one-character word (开, 签, 换) found inside the release's longer word (召开, 签约, 换乘).
      const inWord = oneCharacter[i]! && !c.fields.has(t.term);
      if (fields) {
        // (A period the paragraph opens with, 前三季度, is the time of every figure in it: 其中，出口3412.7亿元.)
        // (So is a word of the clause that states the figure, 其中，民事案件7,812件, under a label in other words,
        // 民事法律援助案件.)
        const ownWords = strong(fields) || (unit.type === 'figure' && (PERIOD_NAMES.has(t.term) || (!t.numeric && [...t.term].length >= 2 && namesFigure(unit, t.term))));
        credit = (ownWords ? 1 : contextCredit(unit, modifying[i]!)) * (inWord ? 0.7 : 1);
        // A whole official answer is chosen for what its question asks; a word only its long answer holds
        // counts less there (the answer's own sentences stand as passages too, and take it at full weight).
        if (unit.type === 'qa' && !fields.includes('keys')) credit *= QA_BODY;
        if (fields.includes('keys')) named += w;
      } else {
        if (t.parts.length > 0) {
          let found = 0;
          for (let j = 0; j < t.parts.length; j++) {
            if (strong(c.fields.get(t.parts[j]!))) found += partWeights[i]![j]!;
            else if (partSynonyms[i]![j]!.length > 0 && holdsPartSynonym(i, j, c.unitId)) found += PART_SYNONYM * partWeights[i]![j]!;
          }
          credit = 0.8 * (found / (partTotals[i]! || 1));
        }
        for (const alternate of t.alternates) if (strong(c.fields.get(alternate.term))) credit = Math.max(credit, alternate.credit);
      }
      // (The one who said a passage is its own: 韦立新给企业提了什么建议 is answered by what 韦立新 answered.)
      if (credit === 0 && unit.speaker !== undefined && !t.numeric && [...t.term].length >= 2 && speakerName(unit.speaker.name) === t.term) credit = 1;
      // (So is what its speaker's body did, named short: 人社检查了多少个在建项目 is answered by 市人力资源和社会保障局's
      // speaker saying 已检查在建项目1,287个.)
      const ownBody = credit === 0 && unit.speaker?.post !== undefined && bodyAbbreviation[i]! && speakerBody(unit.speaker.post, t.term);
      if (ownBody) credit = 1;
      // (南湖街道社区医院 of 南湖街道社区医院地址在哪 is held by its head speaking of 我们医院: the body of the speaker's post
      // that the question names, called by the speaker "we" and its kind.)
      const ownPlace = credit < 1 && !ownBody && unit.speaker?.post !== undefined && !t.numeric && [...t.term].length >= 2 && speaksOfOwnBody(postOf(unit.speaker.post), t.term, text.unitText(c.unitId));
      if (ownPlace) credit = 1;
      // (哪两个人来发布的: a list of speakers holds the count of people it lists; 在哪两个区, a clause naming two 区.)
      if (credit === 0 && t.numeric && unit.metaField === 'speakers' && listsThatMany(index, unit, t.term)) credit = 1;
      const listsCount = credit === 0 && t.numeric && frame.listsCounted && listsAsManyAsAsked(frame.content, text.unitText(c.unitId));
      if (listsCount) credit = 1;
      // (暑期 of 暑期禁毒夏令营 is held by a passage dating it 7月10日至8月20日: a part of the year, by its months.)
      // (晚上 of 开幕那天晚上投入多少安保人员 is held by 开幕式当晚投入安保力量: a part of the day, by its other names or,
      // for the evening, by the evening of the day.)
      const datedInPart = credit === 0 && !t.numeric && (datedInPartOfYear(t.term, unit.quote ?? unit.text) || saidInPartOfDay(t.term, text.unitText(c.unitId)));
      if (datedInPart) credit = 1;
      // (现在 of 管廊现在一共建了多少公里 is held by a passage counting up to its day, 截至2025年6月底，全市累计建成….)
      if (credit === 0 && !t.numeric && holdsPresent(t.term, unit.quote ?? unit.text)) credit = 1;
      // (地址 of 窗口地址是啥 is held by the address itself, 综合窗口（桐华路58号）: no release writes 地址 before it.)
      if (credit === 0 && frame.asks === 'place' && ADDRESS_ASKED.test(t.term) && STREET_NUMBER.test(text.unitText(c.unitId))) credit = 1;
      // (电话 of 打哪支电话 is held by the number itself.)
      if (credit === 0 && holdsCallWord(t.term, text.unitText(c.unitId))) credit = 1;
      // (截止 of 网上报名到哪天截止 is held by a passage giving the span's end, 9月10日10:00至9月14日20:00：网上报名.)
      if (credit === 0 && frame.asks === 'date' && END_WORD.test(t.term) && givesEnd(unit.quote ?? unit.text)) credit = 0.7;
      // Only a term the passage lacks altogether: 王慧 in the context of her sentences is her sentences' topic only in part.
      if (credit > 0 && owning[i]!) ownerFound = true;
      // (A header field is about its whole release, so a word that only its context, the title, holds is topped
      // up too; a sentence is only partly about its context.)
      if ((credit === 0 || (unit.type === 'meta' && credit < 1)) && (scope?.has(t.term) || name?.has(t.term) || shortForScope[i]!.has(unit.releaseIndex) || (t.binding && headerNames(index, unit.releaseIndex, t.term)))) {
        pointed += w * (1 - credit);
        if (owning[i]!) ownerFound = true;
      }
      // A name, number or date the question states constrains the answer: 广州 is not answered about 佛山, nor
      // 4号线 about 3号线 (号线 alone is no match for it; 5月23日 is one for 2023年5月23日). It is held by the
      // passage's own words (not only its context, the paragraph a figure stands in), or by the release it points
      // at; a header field is about its whole release, so a name anywhere in that release binds it.
      if (t.binding) {
        const held =
          strong(fields) ||
          datedInPart ||
          ownBody ||
          ownPlace ||
          t.alternates.some((a) => strong(c.fields.get(a.term))) ||
          t.parts.some((p) => (!t.numeric || (/\d/u.test(p) && !measuredOnly[i]!)) && strong(c.fields.get(p))) ||
          // (a number or a numbered name, 3号线, or a period, 一季度, may stand in the paragraph a figure's label
          // leaves it out of)
          // (A year, though, only where the paragraph states it, not where it compares with it: 较2023年提高; and not where
          // the sentence states its own year: 今年1—5月，全市夜间消费额213.7亿元 is no 2023年's, whatever the paragraph did
          // in 2023; unless the year asked is the start of a span up to now, 2022年以来, which the sentence's year closes.)
          ((t.numeric || PERIOD_NAMES.has(t.term) || t.boundByContext === true) && fields !== undefined && (!YEAR.test(t.term) || comparing || statesYear(unit.quote ?? '', t.term) || ((since[i]! || !OWN_YEAR.test(normalise(unit.quote ?? ''))) && statesYear(`${unit.context} ${unit.quote ?? ''}`, t.term)))) ||
          // (A season in its paragraph under its other name: 冬季 for 冬天.)
          (t.boundByContext === true && t.tag === 't' && t.alternates.some((a) => c.fields.has(a.term))) ||
          scope?.has(t.term) === true ||
          name?.has(t.term) === true ||
          headerNames(index, unit.releaseIndex, t.term) ||
          (unit.type === 'meta' && !t.numeric && releasesHolding(i).has(unit.releaseIndex)) ||
          (unit.metaField === 'speakers' && t.numeric && listsThatMany(index, unit, t.term)) ||
          listsCount;
        if (!held) holdsNames = false;
      }
      // A yes/no question about a happening the passage does not mention is not settled by it.
      if (t.settles && credit === 0) holdsNames = false;
      own += w * credit;
      if (credit === 0) missing?.push(t.term);
    }
    // A passage matched only through its release's name or date is not an answer to anything, nor is one whose own
    // words hold no more of the question than a time word (今年 of 今年纳凉点开放的总预算是多少钱).
    const coverage = own >= OWN_SHARE * total ? (own + pointed) / total : 0;
    const scopeShare = pointed / total;
    // A passage that cannot be the kind of answer asked for ranks as it would score: lower.
    // (市第一人民医院的地址 is not answered by 我们医院的地址是… said by the head of 南湖街道社区医院: a body the speaker calls
    // their own is the one of their post, and the question names another.)
    if (ownerFound && frame.possessor !== undefined && unit.speaker?.post !== undefined && speaksOfOtherBody(postOf(unit.speaker.post), frame.possessor, text.unitText(c.unitId))) ownerFound = false;
    const fits = holdsNames && ownerFound && fitsFrame(unit, understanding, text, c.unitId, releaseYears[unit.releaseIndex], reportedYears[unit.releaseIndex], seasons[unit.releaseIndex]);
    const merit = coverage * (fits ? 1 : UNFIT) + 0.2 * (named / total) + frameBonus(unit, frame, text, c.unitId, releaseYears[unit.releaseIndex]);
    return { unitId: c.unitId, unit, coverage, scopeShare, merit, rank: merit + 0.05 * (c.bm25 / maxBm25), fits, ...(missing === undefined ? {} : { missing }) };
  });
  return scored.sort((a, b) => b.rank - a.rank || a.unit.releaseIndex - b.unit.releaseIndex || a.unitId - b.unitId);
}

/**
 * Whether a word names a figure in the clause that states it, before its value (民事案件7,812件 after 其中: the
 * figure's own words), under a label in other words (民事法律援助案件). The clause ends at a list comma too, so a
 * name listed before a count of several (松鹤园陵园、西山公墓3处大型公墓…98万人次) is not the figure's; the whole area
 * it is counted over (全省) names nothing.
 */
function namesFigure(unit: AnswerUnit, word: string): boolean {
  let clause = figureClauses.get(unit);
  if (clause === undefined) {
    const value = normalise(unit.text);
    const found = normalise(unit.quote ?? '').split(/[，,；;。：:！!？?、]/u).find((c) => c.includes(value)) ?? '';
    clause = found.slice(0, found.indexOf(value));
    figureClauses.set(unit, clause);
  }
  return !WHOLE_AREA.test(word) && clause.includes(word);
}
const figureClauses = new WeakMap<AnswerUnit, string>();

const TEXT_FIELD: IndexedField[] = ['text'];
/** What a part found as its near-synonym counts of the part. */
const PART_SYNONYM = 0.8;
/** How close a part's near-synonym must be to stand for it: 公司 and 企业 (0.35), not 公司 and 法人 (0.15). */
const CLOSE_SYNONYM = 0.3;

/** The close near-synonyms of a two-character word that the index holds. */
function closeSynonymsHeld(index: KnowledgeIndex, word: string): string[] {
  if (!/^\p{Script=Han}{2}$/u.test(word)) return [];
  return nearSynonymsOf(word).flatMap(([synonym, strength]) => (strength >= CLOSE_SYNONYM && [...synonym].length === 2 && index.search.frequency(synonym) > 0 ? [synonym] : []));
}

/** The least share of a question's weight a passage's own words must hold to answer it at all. */
const OWN_SHARE = 0.2;
const KEYS_FIELD: IndexedField[] = ['keys', 'text'];

/** Whether an official answer's question holds a folded word. */
function keysHold(unit: AnswerUnit, term: string): boolean {
  return unit.type === 'qa' && normalise(unit.officialQuestion ?? '').includes(term);
}

/** Whether a list of speakers lists as many people as a count the question states (2人, 3位). */
function listsThatMany(index: KnowledgeIndex, unit: AnswerUnit, term: string): boolean {
  return Number(PEOPLE_COUNT.exec(term)?.[1]) === index.releases[unit.releaseIndex]!.speakers.length;
}

/** A count of people as a question states it: 2人, 3位. */
const PEOPLE_COUNT = /^(\d+)(?:人|位|名)$/u;

/** A year as a question names it: 2023年. */
const YEAR = /^\d{4}年$/u;

/** Each release's year, and the year its title says it reports on; read once per index, not per answer. */
const releaseYearsOf = new WeakMap<KnowledgeIndex, ReturnType<typeof yearsOf>>();
function yearsOf(index: KnowledgeIndex): { releaseYears: number[]; reportedYears: (number | undefined)[]; seasons: (readonly number[] | undefined)[] } {
  let years = releaseYearsOf.get(index);
  if (years === undefined) {
    years = { releaseYears: index.releases.map((r) => Number(r.date.slice(0, 4))), reportedYears: index.releases.map((r) => reportedYear(r.title)), seasons: index.releases.map((r) => seasonOf(r.title, Number(r.date.slice(0, 4)))) };
    releaseYearsOf.set(index, years);
  }
  return years;
}

/**
 * What a word found only in a passage's context counts for. A sentence of an official answer has the official
 * question as its context, and it answers that question: 随迁子女学位补贴申请截止到哪天 is answered by
 * 家长可以在9月30日前…提交补贴申请, whose question names 随迁子女. The paragraph a figure stands in says who
 * did what it counts (服务团实地走访 before 走访企业105家) a little more than other context (a section heading)
 * does, except for the words that say which of the counted things are asked; either is only partly what the
 * passage is about.
 */
function contextCredit(unit: AnswerUnit, modifying: boolean): number {
  // (The sentence before one pointing back at it, 市民发现相关违法违规行为, says what it is about, as an official answer's
  // question does for its sentences.)
  return unit.type === 'sentence' && (unit.pointsBack === true || /^q\d+\.s/u.test(unit.localKey)) ? 0.8 : unit.type === 'figure' && !modifying ? 0.6 : 0.5;
}

/** Whether a term was found in a passage's own words (its keys or text), not only in its context. */
function strong(fields: readonly IndexedField[] | undefined): boolean {
  if (fields === undefined) return false;
  for (const f of fields) if (f !== 'context') return true;
  return false;
}

/** What a word found only in the body of a whole official answer earns. */
const QA_BODY = 0.8;

/** What a passage that does not fit the question's frame keeps of its coverage. */
const UNFIT = 0.6;

/** The releases whose short name the question writes out. */
function releasesNamedIn(index: KnowledgeIndex, folded: string): Set<number> {
  const named = new Set<number>();
  index.releaseNames.forEach((n, i) => {
    if (n.name.length >= 2 && folded.includes(n.name)) named.add(i);
  });
  return named;
}

/** How close two passages' ranks must be for the choice between their releases to be a tie. */
const TIE = 0.03;

/**
 * Among passages that match nearly equally, prefers one from the release the question points at (its date,
 * short name, speaker), else the newest; the tied passages of other releases are returned as alternatives.
 */
function chooseAmongReleases(ranked: Scored[]): { best: Scored | undefined; others: Scored[] } {
  const top = ranked[0];
  if (top === undefined) return { best: undefined, others: [] };
  // BM25 differs between releases for reasons that say nothing about the question (a longer media list), so
  // ties between releases are judged on merit, not rank.
  const bestMerit = Math.max(...ranked.map((s) => s.merit));
  const near = ranked.filter((s) => bestMerit - s.merit <= TIE && top.coverage - s.coverage <= TIE);
  // (The top of the ranking by rank may trail the best by merit; then the best by merit stands alone.)
  const tied = near.length > 0 ? near : [ranked.reduce((a, b) => (b.merit > a.merit ? b : a))];
  // Releases are sorted newest first, so a lower release index is a newer release. The release is chosen first;
  // within it, rank decides (ranked is in rank order).
  const chosen = [...tied].sort((a, b) => b.scopeShare - a.scopeShare || a.unit.releaseIndex - b.unit.releaseIndex || b.rank - a.rank)[0]!.unit.releaseIndex;
  const best = tied.find((s) => s.unit.releaseIndex === chosen)!;
  const seen = new Set([chosen]);
  // The next newest releases that say the same, one passage each.
  const others = tied.filter((s) => !seen.has(s.unit.releaseIndex) && s.unit.suggestion !== undefined && seen.add(s.unit.releaseIndex)).slice(0, 3);
  return { best, others };
}

/**
 * Whether the question says too little to choose: its known terms are all common in the releases (在什么活动上？
 * has only 活动) and several different passages cover it equally. Then the bot offers them instead of picking one.
 */
function isAmbiguous(index: KnowledgeIndex, ranked: readonly Scored[], best: Scored, terms: readonly UnderstoodTerm[], frame: QuestionFrame, question: string): boolean {
  const evidence = terms.reduce((sum, t) => sum + (t.known ? t.weight : 0), 0);
  if (evidence >= THIN_EVIDENCE * index.search.idf('')) return false;
  // 那次活动在哪办的, asked out of the blue: "that event" names nothing the releases could pick out (unless the
  // frame itself does: 将来还办不办这个活动 asks for the plans, which an official answer of that kind gives).
  // A header field is about the release itself (这个政策解读哪天发布的).
  // 他是哪个单位的, out of the blue, names no one.
  // (他们走访了多少家企业 asks a figure of what someone did, and a passage giving it in all the question's words
  // answers it whoever they are: the pronoun is only its doer.)
  if (frame.pointsAtPerson) return !(frame.asks === 'figure' && frame.counted !== undefined && best.fits && best.coverage >= 0.99);
  // (这个计划 in a release whose title names its 计划 points at what the release is about, as 这次发布会 does.)
  // (那天去参加放流活动的有多少人: words of its own beside what the demonstrative points at, all held by a passage
  // that fits, pick the occasion out; only rivals as good make it ambiguous. Not 这几家企业叫什么, nor 它几号开始.)
  if (frame.pointsBack && !pointsAtReleaseSubject(index, best, terms, frame.content) && !(best.fits && best.coverage >= 0.99 && namesMoreThanPointed(terms, question))) return !(((best.unit.type === 'qa' || best.unit.type === 'faq') && best.unit.asks === frame.asks) || best.unit.type === 'meta');
  // Rivals cover the question as well and suit its frame nearly as well (a date question's date field has none).
  // (婚检是谁介绍的 asks who spoke: passages one speaker said all give the same answer.)
  const sameSpeaker = (s: Scored) => frame.asks === 'person' && frame.aboutSaying && best.unit.speaker !== undefined && s.unit.speaker?.name === best.unit.speaker.name;
  const rivals = ranked.filter((s) => s.unit.releaseIndex === best.unit.releaseIndex && s.unit.quote !== best.unit.quote && best.coverage - s.coverage <= 0.02 && best.merit - s.merit <= 0.05 && !sameSpeaker(s));
  return rivals.length >= 3;
}

/**
 * Whether a demonstrative of the question points at a noun the release's title names (这个计划, 该项目); not 那次活动,
 * which points at one occasion among those the release may record.
 */
function pointsAtReleaseSubject(index: KnowledgeIndex, best: Scored, terms: readonly UnderstoodTerm[], content: string): boolean {
  const scope = index.releaseScopes[best.unit.releaseIndex];
  return terms.some((t) => scope?.has(t.term) === true && new RegExp(`(?:这|该|此|本)(?:个|项|份)?${escapeRegExp(t.term)}`, 'u').test(content));
}

/**
 * Whether a question that points back names something besides what its demonstrative points at (那天去参加放流活动:
 * 参加, 放流; 这座古城 was 发现): a known word not right after the demonstrative nor the kind asked, and no bare pronoun (它) standing
 * for the whole subject.
 */
function namesMoreThanPointed(terms: readonly UnderstoodTerm[], question: string): boolean {
  if (/它/u.test(question)) return false;
  // (Nor the kind asked of them, 这几件分别是哪个行业的.)
  const pointed = (term: string) => new RegExp(`(?:这|那|该|此|哪|什么)(?:几|\\d+)?(?:个|次|场|项|些|位|家|批|届|期|条|件|种|类|座|所|名)?${escapeRegExp(term)}`, 'u').test(question);
  return terms.some((t) => t.known && !pointed(t.term));
}

/** Below this share of an unseen term's IDF, the known terms of a question are too common to pick one passage. */
const THIN_EVIDENCE = 0.35;

/**
 * 第一阶段是什么时候, when one sentence goes through the stages without numbering them (分三个阶段组织实施：4月15日至
 * 6月10日为…，6月11日至7月15日为…): the events or figures it gives, in the order it gives them, are the first, the
 * second …; the one in the asked place, when it fits as well as the best does.
 */
function nthOfSiblings(ranked: readonly Scored[], best: Scored, content: string): Scored | undefined {
  const asked = STAGE.exec(content);
  if (asked === null || (best.unit.type !== 'event' && best.unit.type !== 'figure') || best.unit.quote === undefined) return undefined;
  if (STAGE.test(normalise(best.unit.quote))) return undefined;
  // (Those named as of the kind asked, when they are: the whole campaign the sentence opens with is no stage.)
  // (By coverage: the labels of one sentence's events differ in what they name, and with it in the bonus for naming.)
  const all = ranked.filter((s) => s.unit.type === best.unit.type && s.unit.quote === best.unit.quote && s.fits && best.coverage - s.coverage <= 0.02);
  const named = all.filter((s) => normalise(`${s.unit.headline?.label ?? ''} ${s.unit.headline?.value ?? ''}`).includes(asked[2]!));
  const siblings = (named.length >= 2 ? named : all).sort((a, b) => a.unitId - b.unitId);
  const n = valueOfNumeral(asked[1]!);
  return siblings.length >= 2 && n !== undefined && n >= 1 && n <= siblings.length ? siblings[n - 1] : undefined;
}

/**
 * The last of several numbered steps when the question asks for the last (消费季最后一个阶段叫什么): of the passages as
 * good as the best that name a step of that kind by its number (第二阶段“狂欢季”, 第三阶段“悦享季”), the highest.
 */
function lastOfSteps(ranked: readonly Scored[], best: Scored, content: string): Scored | undefined {
  const kind = LAST_STEP.exec(content)?.[1];
  if (kind === undefined) return undefined;
  const step = new RegExp(`第([\\d一二三四五六七八九十]+)${kind}`, 'u');
  const numbered = ranked
    .filter((s) => s.fits && best.coverage - s.coverage <= 0.02 && s.unit.releaseIndex === best.unit.releaseIndex)
    .flatMap((s) => {
      const named = step.exec(normalise(s.unit.quote ?? s.unit.text));
      const n = named === null ? undefined : valueOfNumeral(named[1]!);
      return n === undefined ? [] : [{ s, n }];
    });
  return numbered.length >= 2 ? numbered.reduce((a, b) => (b.n > a.n ? b : a)).s : undefined;
}

/** The last of several steps asked: 最后一个阶段, 最后一批, 最后那轮. */
const LAST_STEP = /最后(?:一个|一|那个|那)?(阶段|批|轮|期|步)/u;

/** A sentence's own year: 2024年, 今年, 去年. */
const OWN_YEAR = /\d{4}年|今年|去年|本年|上年|明年|前年/u;

/** An ordinal of one of several steps: 第一阶段, 第3批. */
const STAGE = /第([\d一二三四五六七八九十]+)(阶段|批|轮|期|步)/u;

/**
 * The official Q&A asked in a place (1 for the first, −1 for the last) of the newest release that names its askers
 * (or of the newest with that many questions, when who asked does not matter: `byOutlet` false).
 */
function nthAsked(index: KnowledgeIndex, ordinal: number, byOutlet = true): number | undefined {
  let found: number | undefined;
  index.units.forEach((unit, unitId) => {
    if (unit.type !== 'qa' || (byOutlet && unit.askedBy === undefined) || !(ordinal === -1 ? unit.lastAsked === true : unit.askedOrder === ordinal)) return;
    const newer = found === undefined || index.releases[unit.releaseIndex]!.date > index.releases[index.units[found]!.releaseIndex]!.date;
    if (newer) found = unitId;
  });
  return found;
}

/** An official question named by its place among those asked: 第二个问题, 第3条提问, 头一个问题, 最后一个提问. */
const QUESTION_ORDINAL = /(?:第(\d+|[一二三四五六七八九十]+)|头一|最后一)(?:个|条|道)?(?:记者)?(?:问题|提问)/u;

/** Asking what a question asked or how it was answered: 怎么答的, 回答了什么, 问的什么, 问题是什么, 内容是什么, 原文. */
const ASKS_CONTENT = /(?:怎么|如何|怎样|点)(?:答|回答|回应|说)|(?:答|回答|回应|答复|说|讲|问)(?:了|的)?(?:什么|啥|些什么)|(?:问题|提问)(?:是|问的是|问了)?(?:什么|啥)|什么内容|内容是|原文|全文|答案/u;

/** Builds the answer that quotes one unit, in the asker's script, with its citation. */
function unitAnswer(index: KnowledgeIndex, question: string, script: Script, best: Pick<Scored, 'unit' | 'unitId' | 'coverage'>): Omit<Answer, 'text'> {
  const { unit } = best;
  const release = index.releases[unit.releaseIndex];
  // Curated answers resting on an office's word are written in whatever script the curator used.
  const same = release ? index.releaseScripts[unit.releaseIndex] === script : false;
  const quoteText = (s: string | undefined) => (s === undefined ? undefined : same ? s : knowledgeText(index, s, script));
  const kind: AnswerKind = unit.type === 'qa' || unit.type === 'faq' ? 'qa' : unit.type === 'event' ? 'event' : unit.type === 'meta' ? 'release' : 'fact';
  const headline = unit.headline ? `${knowledgeText(index, unit.headline.label, script)}：${quoteText(unit.headline.value)}` : undefined;
  const ourLabel = unit.type === 'qa' || unit.type === 'meta' || unit.type === 'faq';
  const citation: Citation = {
    releaseId: release?.id ?? 'faq',
    title: release ? quoteText(release.title)! : `${knowledgeText(index, unit.office!.name, script)}${fromSimplified('答复', script)}`,
    date: release?.date ?? unit.office!.date,
    dateText: chineseDate(release?.date ?? unit.office!.date),
    office: release ? quoteText(release.office)! : knowledgeText(index, unit.office!.name, script),
    speaker: unit.speaker ? { name: quoteText(unit.speaker.name)!, post: quoteText(unit.speaker.post) } : undefined,
    section: unit.section === undefined ? undefined : ourLabel ? knowledgeText(index, unit.section, script) : quoteText(unit.section),
  };
  return {
    question,
    answered: true,
    band: 'answer',
    kind,
    script,
    headline,
    officialQuestion: quoteText(unit.officialQuestion),
    ...(unit.askedBy === undefined ? {} : { askedBy: quoteText(unit.askedBy) }),
    quote: quoteText(unit.quote),
    citation,
    passageId: suggestionId(index, best.unitId),
    suggestions: [],
    score: round(best.coverage),
  };
}

/**
 * The whole of what a passage stands in, for 详细说说 and 原文: a sentence, figure or event quoted with its whole
 * paragraph, a sentence of an official answer with the whole official Q&A. Undefined for a passage that is
 * already whole (a header field, an official Q&A) or an id the index no longer holds.
 */
export function fullPassageAnswer(index: KnowledgeIndex, passageId: string, question: string, script: Script): Answer | undefined {
  const unitId = index.unitIds.get(passageId);
  const unit = unitId === undefined ? undefined : index.units[unitId];
  const release = unit === undefined ? undefined : index.releases[unit.releaseIndex];
  if (unit === undefined || unitId === undefined || release === undefined) return undefined;
  const official = /^q(\d+)\.s\d+$/u.exec(unit.localKey);
  if (official) {
    const whole = index.unitIds.get(`${index.releaseKeys[unit.releaseIndex]}:q${official[1]}`);
    return whole === undefined ? undefined : finish(unitAnswer(index, question, script, { unit: index.units[whole]!, unitId: whole, coverage: 1 }));
  }
  if (unit.type === 'qa' || unit.type === 'meta' || unit.type === 'faq') return undefined;
  const probe = (unit.quote ?? unit.text).split('……').pop()!;
  const paragraph = release.statements.find((p) => p.text.includes(probe));
  // (A sentence of an official answer, which a figure or an event may quote: the whole official answer.)
  if (paragraph === undefined) {
    const answerId = index.units.findIndex((u) => u.releaseIndex === unit.releaseIndex && u.type === 'qa' && (u.quote ?? '').includes(probe));
    return answerId < 0 ? undefined : finish(unitAnswer(index, question, script, { unit: index.units[answerId]!, unitId: answerId, coverage: 1 }));
  }
  if (paragraph.text === unit.quote) return undefined;
  const same = index.releaseScripts[unit.releaseIndex] === script;
  const base = unitAnswer(index, question, script, { unit, unitId, coverage: 1 });
  const section = paragraph.section === undefined ? undefined : same ? paragraph.section : knowledgeText(index, paragraph.section, script);
  return finish({ ...base, kind: 'fact', headline: undefined, quote: same ? paragraph.text : knowledgeText(index, paragraph.text, script), citation: { ...base.citation!, section } });
}

/** Up to three questions the bot can answer, from the best partial matches, topped up with examples. */
function suggestFrom(index: KnowledgeIndex, ranked: Scored[], script: Script): Suggestion[] {
  const ids: number[] = [];
  for (const s of ranked) {
    if (ids.length >= 3 || s.coverage < 0.2) break;
    if (s.unit.suggestion !== undefined && !ids.some((id) => index.units[id]!.suggestion === s.unit.suggestion)) ids.push(s.unitId);
  }
  const picked = ids.map((id) => suggestionFor(index, id, script));
  for (const example of exampleSuggestions(index, script)) {
    if (picked.length >= 3) break;
    if (!picked.some((p) => p.id === example.id)) picked.push(example);
  }
  return picked;
}

function scopeName(index: KnowledgeIndex): string {
  return index.releases.length === 1 ? '这次发布会的官方材料' : '已收录的发布会官方材料';
}


/** A term as the question typed it, when letters were folded to lower case in it (B座, not b座). */
function asTyped(question: string, term: string): string {
  if (!/[a-z]/u.test(term)) return term;
  return new RegExp(escapeRegExp(term), 'iu').exec(question.normalize('NFKC'))?.[0] ?? term;
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}

/** Whether a word of two or three characters shortens one of a release's scope words (知产 of 知识产权). */
function shortensAny(term: string, scope: ReadonlySet<string>): boolean {
  if (!/^\p{Script=Han}{2,3}$/u.test(term) || scope.has(term)) return false;
  for (const word of scope) if (abbreviates(term, word)) return true;
  return false;
}

/** A speaker's body as the speaker calls it: 我们医院, 我局, 本中心. */
const OWN_BODY = /(?:我们|我|本)(医院|局|委|中心|学校|学院|大学|馆|站|所|公司|集团|院|办|厅|队|街道|社区|镇|村)/gu;

/** The kinds of body a passage's speaker calls their own (我们医院 → 医院). */
function ownBodyKinds(own: string): string[] {
  return [...own.matchAll(OWN_BODY)].map((m) => m[1]!);
}

/**
 * Whether a passage's speaker speaks of their own body (我们医院) and the post names it with the term
 * (西塘区南湖街道社区医院院长: 南湖街道 of 南湖街道社区医院, a 医院): the term stands in the body's name, before its kind.
 */
function speaksOfOwnBody(post: string, term: string, own: string): boolean {
  const kinds = ownBodyKinds(own);
  if (kinds.length === 0) return false;
  return post.split(/[、，,；;]/u).some((body) => {
    const at = body.indexOf(term);
    return at >= 0 && kinds.some((kind) => body.indexOf(kind, at + term.length) >= 0);
  });
}

/**
 * Whether a passage's speaker speaks of their own body (我们医院) where the question asks of a body of that kind
 * (市第一人民医院) that their post does not name: what sets the asked body apart (第一人民) stands in none of the
 * post's bodies of that kind.
 */
function speaksOfOtherBody(post: string, possessor: string, own: string): boolean {
  const kind = ownBodyKinds(own).find((k) => possessor.endsWith(k));
  if (kind === undefined) return false;
  const apart = possessor.slice(0, -kind.length).replace(/^(?:\p{Script=Han}{1,3}?[省市区县])?(?:[省市区县])?/u, '');
  if ([...apart].length < 2) return false;
  const bodies = post.split(/[、，,；;]/u).filter((body) => body.includes(kind));
  return bodies.length > 0 && !bodies.some((body) => body.includes(apart));
}
