import { answerQuestion, bySurname, defaultThresholds, type Explanation, claimChecked, exampleSuggestions, fullPassageAnswer, nothingToExpandAnswer, suggestionFor, unansweredAnswer, usageAnswer } from './answer/answerer.ts';
import { alternativesAsked, checkedSubject, holdsOption } from './question/claims.ts';
import { quizReading } from './question/quiz.ts';
import { renderPlainText } from './answer/render.ts';
import { BODY_SHORT } from './answer/understand.ts';
import { asideAndQuestion, chatterAndQuestion, clauseAndQuestion, contextAndQuestion, questionParts, questionWithoutRemarks, statesJointly, thingsAskedEach, toldByAsker, withEllipsisJoined, wordsToHold } from './conversation/compound.ts';
import { answersAnotherOfSeries, asksAsFor, asksOfWhatWasRead, asksOfTheOther, asksAttributeOfNothing, asksForMore, followUpCandidates, leansOnContext, namesQuantityAfterOtherFrame, pointsAtLast, turnOf, withLastSubject, wordsOfLastSubject, pointsInside } from './conversation/follow-up.ts';
import { ConversationMemory, type ConversationMemoryOptions, type Turn } from './conversation/memory.ts';
import type { Answer, Script, Suggestion } from './answer/types.ts';
import { formatProblem } from './knowledge/errors.ts';
import { snapshotKnowledge, type Snapshot } from './knowledge/snapshot.ts';
import type { Release } from './knowledge/schema.ts';
import { DEFAULT_KNOWLEDGE_DIR, listKnowledgeFiles, type KnowledgeListing } from './knowledge/files.ts';
import { DEFAULT_CACHE_DIR } from './paths.ts';
import { scrubPersonalIds, withoutPlaceholders } from './privacy/scrub.ts';
import { cacheKey, readCachedIndex, writeCachedIndex } from './search/cache.ts';
import { knowledgeText, peopleNamed, type KnowledgeIndex } from './search/knowledge-index.ts';
import { chineseDate } from './text/numbers.ts';
import { cleanQuestion, isUsageRequest } from './answer/question.ts';
import { escapeRegExp, normalise } from './text/pipeline.ts';
import { passageTextOf } from './search/passage-text.ts';
import { jieba } from './text/jieba.ts';
import { readFrame, type QuestionFrame } from './question/frames.ts';
import { detectScript, fromSimplified, toScript } from './text/script.ts';

/** Where the engine tells its operator what they should know; adapters pass their own logger. */
export interface EngineLogger {
  /** Knowledge left out without stopping: a symbolic link that is not followed. */
  warn(message: string): void;
  /** A failure while answering, with its stack; the asker got an apology. */
  error(message: string): void;
}

/** Options for {@link createEngine}. */
export interface EngineOptions {
  /** Default: standard error. */
  logger?: EngineLogger;
  /** Folders holding releases (`releases/*.yaml`) and the lexicon files. Default: `['knowledge']` beside the package. */
  knowledgeDirs?: string[];
  /**
   * Where the built index is cached, keyed by a hash of the knowledge files and the code; `false` turns the
   * cache off. Default: `.cache/index` beside the package (the entry points pass `PRESS_QA_CACHE_DIR` and
   * `PRESS_QA_CACHE`, read by src/config).
   */
  cacheDir?: string | false;
  /** How long and how much of each conversation {@link Engine.converse} remembers. */
  conversations?: ConversationMemoryOptions;
}

/** How the current index came to be. */
export interface IndexStats {
  releases: number;
  units: number;
  /** `cache` when loaded from the index cache, `build` when segmented and indexed from the files. */
  source: 'cache' | 'build';
  /** Time to load or build it, in milliseconds. */
  ms: number;
  /**
   * The folders as they were just before they were read. A watcher started after the load compares against
   * it, so an edit landing between this read and the watch's first look is not lost.
   */
  read: Snapshot;
}

/** One release the engine knows, for /sources and greetings; texts in the requested script. */
export interface ReleaseInfo {
  id: string;
  title: string;
  shortName: string;
  /** YYYY-MM-DD */
  date: string;
  dateText: string;
  office: string;
  /** Absent when the release does not say where it was held. */
  place?: string;
}

/** What a reload did: `ok` with the new release count, or the error that kept the old knowledge serving. */
export type ReloadResult = { ok: true; releases: number; ms: number } | { ok: false; error: Error };

/** The question-answering core, bound to one set of knowledge folders. */
export interface Engine {
  /**
   * Answers one question; never throws, whatever the input. Other people's @handles and platform ids are
   * removed first (`scrubPersonalIds`): `Answer.question` is the scrubbed question, as logged and reported.
   */
  answer(question: string): Answer;
  /**
   * Answers one message of a conversation (`conversation` names the asker: a chat, a person in a room, a console
   * session). A message the releases answer on its own is answered so; one that cannot be is read as a follow-up
   * of the conversation's last answered turn (第二阶段呢, 她是什么职务, 详细说说) when that makes it answerable, and
   * the answer says how it was understood. Never throws.
   */
  converse(conversation: string, question: string): Answer;
  /** Forgets a conversation's context (a new session, /start). */
  forget(conversation: string): void;
  /**
   * What the answerer weighed for a question read whole (its frame, its terms, the best-ranked passages and what
   * each lacks), beside the answer `answer` gives; for developers (`npm run ask -- --explain`). The message may
   * also have been read as several questions, a quiz or a question after its context: the answer says how.
   */
  explain(question: string): { answer: Answer; explanation?: Explanation };
  /** The canonical text of a suggestion id (from `Answer.suggestions[i].id`), in the given script. */
  suggestionText(id: string, script?: Script): string | undefined;
  /** Three example questions for greetings and /start. */
  examples(script?: Script): Suggestion[];
  /** The releases indexed, newest first. */
  releases(script?: Script): ReleaseInfo[];
  /** The usage reply (greeting, help, empty input) in the given script. */
  usage(script?: Script): Answer;
  /** Rebuilds the index from disk beside the old one and swaps it in whole; a broken file keeps the old one. */
  reload(): Promise<ReloadResult>;
  /** The folders this engine reads. */
  readonly knowledgeDirs: readonly string[];
  /** How the current index was loaded, for start-up logs and the benchmark. */
  stats(): IndexStats;
}

const STDERR_LOGGER: EngineLogger = {
  warn: (message) => process.stderr.write(`${message}\n`),
  error: (message) => process.stderr.write(`${message}\n`),
};

/**
 * Loads the index of a set of knowledge folders: from the cache when the files and the code are unchanged,
 * else by validating, segmenting and indexing them (and caching the result). The cache is a speed-up only:
 * a cache that cannot be read or written is ignored.
 */
async function loadIndex(dirs: readonly string[], cacheDir: string | false, logger: EngineLogger): Promise<{ index: KnowledgeIndex; stats: IndexStats }> {
  const started = performance.now();
  const read = await snapshotKnowledge(dirs);
  const done = (index: KnowledgeIndex, source: IndexStats['source']) => ({
    index,
    stats: { releases: index.releases.length, units: index.units.length, source, ms: Math.round(performance.now() - started), read },
  });
  let listings: KnowledgeListing[] | undefined;
  try {
    listings = await Promise.all(dirs.map((dir) => listKnowledgeFiles(dir)));
  } catch {
    listings = undefined; // a folder that cannot be listed: loading it below reports the problem by name
  }
  // Said at every load, from the cache too: a link left out is never silent.
  for (const refused of listings?.flatMap((l) => l.refused) ?? []) logger.warn(`knowledge: ${formatProblem(refused)}`);
  let key: string | undefined;
  if (cacheDir !== false && listings !== undefined) {
    try {
      key = await cacheKey(listings.flatMap((l) => l.files));
      const cached = await readCachedIndex(cacheDir, key);
      if (cached) return done(cached, 'cache');
    } catch {
      key = undefined; // the cache is a speed-up only
    }
  }
  // The validator (zod, yaml) and the index builder are loaded only when the cache cannot serve.
  const { loadKnowledge } = await import('./knowledge/load.ts');
  const { buildKnowledgeIndex } = await import('./search/knowledge-index.ts');
  const index = buildKnowledgeIndex(await loadKnowledge(dirs));
  if (cacheDir !== false && key !== undefined) await writeCachedIndex(cacheDir, key, index).catch(() => undefined);
  return done(index, 'build');
}


/**
 * Loads and validates the knowledge, builds the index and returns the engine. Throws a `KnowledgeError`
 * naming every broken file, field and problem: the bot never starts on part of its knowledge.
 */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const knowledgeDirs = Object.freeze([...(options.knowledgeDirs ?? [DEFAULT_KNOWLEDGE_DIR])]);
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const logger = options.logger ?? STDERR_LOGGER;
  let { index: current, stats } = await loadIndex(knowledgeDirs, cacheDir, logger);
  let reloading: Promise<ReloadResult> | undefined;

  const reload = async (): Promise<ReloadResult> => {
    const started = performance.now();
    try {
      // Built beside the old index; questions keep using the old one until the single assignment below.
      const next = await loadIndex(knowledgeDirs, cacheDir, logger);
      current = next.index;
      stats = next.stats;
      return { ok: true, releases: next.index.releases.length, ms: Math.round(performance.now() - started) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
    }
  };

  const memory = new ConversationMemory(options.conversations);
  const answer = (question: string): Answer => answerTyped(question, true);
  /**
   * A message answered; `typed` when it is the asker's own (a reading the bot makes of it, with the last question's
   * words, is not: its spaces join what the bot put together, not a remark typed beside the question).
   */
  const answerTyped = (question: string, typed: boolean): Answer => {
    let scrubbed = '';
    try {
      // Other people's handles and ids never reach the answer, the log or the report: the answer carries
      // the scrubbed question, and is made from it without the placeholders.
      scrubbed = scrubPersonalIds(String(question ?? ''));
      const text = withoutPlaceholders(scrubbed);
      // (…的目的是什么？我要写在报道第一段: a remark after the question about the asker's own task is no part of it.
      // 作业里问：…, 老师说报道里要引用一句话，…: nor is a lead-in that says who asks, when the question is not answered with it.)
      const remarks = typed ? questionWithoutRemarks(text) : undefined;
      const withoutTrailing = remarks?.trailing === true ? answerMessage(remarks.question) : undefined;
      if (withoutTrailing?.band === 'answer') return { ...withoutTrailing, question: scrubbed };
      const reply = answerMessage(text);
      if (reply.band === 'answer' || reply.band === 'usage') return { ...reply, question: scrubbed };
      // 考考你：…是哪天召开的？填空：____年__月__日: a question set as a quiz is the question under the quiz's furniture.
      const quiz = typed ? answerQuiz(text, reply.script) : undefined;
      if (quiz !== undefined) return { ...quiz, question: scrubbed };
      // 我看到你们提到……，想确认一下……: the question after the context is answered, alone or read with the context
      // for its subject, and the reply says how it was read.
      // (So is the question beside what the asker says of themselves: 我老伴问我，…; …？我外孙女明年毕业。)
      const asked = contextAndQuestion(text) ?? asideAndQuestion(text) ?? clauseAndQuestion(text);
      const read = asked === undefined ? undefined : answerAfterContext(asked.context, asked.question, reply.script);
      const afterLeadIn = read === undefined && remarks?.leadIn === true ? answerMessage(remarks.question) : undefined;
      return { ...(read ?? (afterLeadIn?.band === 'answer' ? afterLeadIn : undefined) ?? answerAlternative(text, reply.script) ?? answerClaimChecked(text) ?? (typed ? answerWithoutChatter(text) : undefined) ?? reply), question: scrubbed };
    } catch (error) {
      // answerQuestion is written not to throw; if it ever does, the operator gets the stack and the asker a
      // short apology in their script, never the error's text, which is ours and may hold anything.
      safely(() => logger.error(`engine: answering ${JSON.stringify(scrubbed.slice(0, 200))} failed: ${describeError(error)}`));
      return apologyFor(current, scrubbed);
    }
  };

  /** A message answered whole, or as the several questions it asks (哪天开的？在哪开的？). */
  const answerMessage = (text: string): Answer => {
    const whole = answerQuestion(current, text);
    if (whole.band === 'usage') return whole;
    // 哪天开的？在哪开的？: a message asking several things gets each answer the releases give, in order. When
    // it is answered whole, its questions' answers must agree with that one: a question read apart may lose
    // what the rest of the message says of it (6月臭氧浓度是多少，比去年高了吗).
    const parts = answerParts(text, whole.script);
    // (A part read with an earlier one for its subject is no check on the whole: it has the whole's words again.)
    const agree = whole.band !== 'answer' || parts.some((p) => p.passageId === whole.passageId && p.understood === p.question);
    if (parts.length >= 2 && agree) return withOtherParts(parts);
    if (whole.band === 'answer') return whole;
    return parts[0] ?? whole;
  };

  /**
   * 选择题：在哪里举行？A. … B. …, 填空：签约金额为____万元, 判断题：走访企业一百零五家，对还是错？: the question under
   * a quiz's furniture (see {@link quizReading}), answered as typed so; a stem that asks only which option is right is
   * answered by the option the releases bear out, asked alone as a claim (A的内容吗). Says how it was read.
   */
  const answerQuiz = (text: string, script: Script): Answer | undefined => {
    const quiz = quizReading(toScript(cleanQuestion(text), 'simplified'));
    if (quiz === undefined) return undefined;
    const readings = quiz.options.length > 0 ? quiz.options.map((option) => ({ reading: `${option.replace(/[。.]$/u, '')}吗？`, option })) : [{ reading: quiz.question, option: undefined }];
    const found = readings
      .map(({ reading, option }) => ({ reading, option, reply: answerTyped(fromSimplified(reading, script), false) }))
      .filter(({ reply, option }) => reply.band === 'answer' && (option === undefined || holdsOption(normalise(reply.text), normalise(option))))
      .sort((a, b) => b.reply.score - a.reply.score)[0];
    if (found === undefined) return undefined;
    const reply = { ...found.reply, script, understood: fromSimplified(found.reading, script), understoodAs: 'question' as const };
    return { ...reply, text: renderPlainText(reply) };
  };

  /**
   * 是5月23号还是6月23号, 走访企业是105家还是150家: an either-or question is answered by the passage that bears out
   * one of its options, asked alone in the question; read so, as a person would settle it by quoting the record. A
   * passage holding neither option settles nothing, and both options borne out by different passages (both dates
   * are the releases') is answered by the surer.
   */
  const answerAlternative = (text: string, script: Script): Answer | undefined => {
    const offered = alternativesAsked(normalise(cleanQuestion(text)));
    if (offered === undefined) return undefined;
    const found = offered.readings
      .map((reading, i) => ({ reading, reply: answerMessage(fromSimplified(reading, script)), option: offered.options[i]! }))
      .filter(({ reply, option }) => reply.band === 'answer' && holdsOption(normalise(reply.text), option))
      .sort((a, b) => b.reply.score - a.reply.score)[0];
    if (found === undefined) return undefined;
    const reply = { ...found.reply, understood: fromSimplified(found.reading, script), understoodAs: 'question' as const };
    return { ...reply, text: renderPlainText(reply) };
  };

  /**
   * 报告会请来的院士是谁啊 我没看清: a question typed with a remark that asks and names nothing is answered without it,
   * when the releases answer it so, and says how it was read.
   */
  const answerWithoutChatter = (text: string): Answer | undefined => {
    const asked = chatterAndQuestion(cleanQuestion(text), (word) => current.search.frequency(normalise(word)) > 0);
    if (asked === undefined) return undefined;
    const found = answerMessage(asked.question);
    if (found.band !== 'answer') return undefined;
    const reply = { ...found, understood: asked.question, understoodAs: 'question' as const };
    return { ...reply, text: renderPlainText(reply) };
  };

  /**
   * 是和奇瑞汽车签的吗, 难道只有三个部门参加: a message checking a claim the releases do not bear out is answered with
   * what they do say (是和谁签的, 多少个部门参加), read so, and says the claim is not in them (or that their figure stands).
   */
  const answerClaimChecked = (text: string): Answer | undefined => {
    const claim = claimChecked(current, text);
    if (claim === undefined) return undefined;
    const found = answerMessage(claim.question);
    if (found.band !== 'answer') return undefined;
    const reply = { ...found, understood: claim.question, understoodAs: 'question' as const, message: claim.notice };
    return { ...reply, text: renderPlainText(reply) };
  };

  /**
   * The answer to the question a message asks after a clause of context, when the releases give one: read alone
   * (发布会具体是哪天开的) or, when it names no subject of its own or is not answered alone, with the context's
   * (是哪家企业 after 宿州学院和一家车企签了合作协议). Says how it was read: （理解为：…）.
   */
  const answerAfterContext = (context: string, question: string, script: Script): Answer | undefined => {
    const turn: Turn = { understood: normalise(context), content: readFrame(normalise(context)).content, cues: '' };
    const leans = leansOnContext(question);
    const alone = (): Answer | undefined => {
      const reply = answerMessage(question);
      return reply.band === 'answer' ? reply : undefined;
    };
    const withContext = (): Answer | undefined => {
      const candidates = followUpCandidates(question, turn);
      if (candidates.length === 0) candidates.push(withLastSubject(question, turn));
      for (const candidate of candidates) {
        const reply = answerQuestion(current, fromSimplified(candidate.question, script));
        if (reply.band === 'answer') return { ...reply, understood: fromSimplified(candidate.question, script) };
        if (candidate.literal) break;
      }
      return undefined;
    };
    const found = leans ? (withContext() ?? alone()) : (alone() ?? withContext());
    if (found === undefined) return undefined;
    const reply = { ...found, script, understood: found.understood ?? question.trim(), understoodAs: found.understoodAs ?? ('question' as const) };
    return { ...reply, text: renderPlainText(reply) };
  };

  /**
   * The questions of a message that asks several things which the releases answer, each by its own passage, in
   * order; a later one read with the earlier ones for its subject (网办率多少？比上一年提高了多少？). Empty for a
   * message of one question.
   */
  const answerParts = (text: string, script: Script, before?: Turn): Answer[] => {
    let last: Turn | undefined = before;
    const answered: Answer[] = [];
    const each = thingsAskedEach(normalise(cleanQuestion(text)));
    for (const part of questionParts(cleanQuestion(text))) {
      let understood = part;
      let resolved = answerQuestion(current, part);
      // (主题是什么 after 敬老月活动是哪段时间 asks the 活动's theme, though alone it is answered of the release; in a
      // conversation, 面积多大？书有多少？ after 儿童馆在几楼 asks the 儿童馆's, and its first question leans on it.)
      // (So does a later question of the message that names no subject of its own: 每批多少 after 去年的消费券分几批发.)
      const leans = asksAttributeOfNothing(part) || ((before !== undefined || last !== undefined) && leansOnContext(part));
      if ((resolved.band !== 'answer' || leans) && last !== undefined) {
        const candidates = followUpCandidates(part, last);
        if (candidates.length === 0 && leans) candidates.push(withLastSubject(part, last));
        for (const candidate of candidates) {
          const reading = answerQuestion(current, fromSimplified(candidate.question, script));
          if (reading.band === 'answer') {
            // (A reading that lands where the question alone did is shown as typed: 在哪开的, not 发布会是 开的 在哪开的.)
            if (!(resolved.band === 'answer' && reading.passageId === resolved.passageId)) understood = candidate.question;
            resolved = reading;
            break;
          }
          // (以前呢 after 申请材料现在要交几样 asks the same of before, answered or not: never the 2000年以前 of
          // another passage on its own.)
          if (candidate.literal) {
            resolved = reading;
            break;
          }
        }
      }
      // (新建和收购各多少套: each part is answered by a passage of its own thing, not of the whole both belong to.)
      const own = each.find((thing) => normalise(part).includes(thing));
      // (Nor by one number for both, 民警和辅警：1,040余人次, when each is asked: 民警和辅警各有多少人.)
      const ofOwnThing = own === undefined || (wordsToHold(own).every((word) => normalise(resolved.text).includes(word)) && !statesJointly(resolved, each));
      // (The asker's story told before the questions asks nothing: a passage matching its words answers nothing asked,
      // though what it tells is what the questions after it lean on.)
      if (resolved.band === 'answer' && ofOwnThing && !toldByAsker(part) && !answered.some((a) => a.passageId === resolved.passageId)) {
        // As typed when it was answered as typed; a reading with the earlier question is in normalised words.
        const shown = understood === part ? part : fromSimplified(understood, script);
        const reply = { ...resolved, question: part, script, understood: shown, understoodAs: 'part' as const };
        answered.push({ ...reply, text: renderPlainText(reply) });
      }
      // (征集技术需求，是不是就收了几十条？到底多少项？: a check not answered leaves its subject, not its claim, for the
      // question after it to lean on.)
      const checked = resolved.band === 'answer' ? undefined : checkedSubject(normalise(part));
      last = turnOf(checked ?? part, resolved, {});
    }
    return answered;
  };

  /** The first answer of a message's questions, carrying the others (`also`), laid out one after another. */
  const withOtherParts = (parts: Answer[]): Answer => {
    const [first, ...others] = parts as [Answer, ...Answer[]];
    const reply = { ...first, also: others };
    return { ...reply, text: renderPlainText(reply) };
  };

  // (A message that names a speaker of the releases, 李黎是什么职务, names its own subject, though jieba knows no such
  // name: it leans on the last turn only by a pointer of its own.)
  // (Nor does 王慧是副局长是吧，那另外一个呢 name the one it asks of: the other of the two the last answer named.)
  const leansOn = (text: string, last?: Turn): boolean => leansOnContext(text) && (pointsAtLast(text) || asksOfTheOther(text, last) || !namesSpeaker(current, text));

  // (重大隐患呢 after 随手拍举报有奖励吗: of a thing the last answer's passage named, asked as the last question was.)
  const readOfLast = (text: string, last: Turn): boolean => {
    const unitId = last.passage === undefined ? undefined : current.unitIds.get(last.passage);
    const unit = unitId === undefined ? undefined : current.units[unitId];
    return unit !== undefined && asksOfWhatWasRead(text, last, unit.quote ?? unit.text);
  };

  // (橙风呢 after 悠骑出行一季度考核几分: two names its last answer's release lists side by side, 悠骑出行91.5分，橙风单车
  // 86.2分, one run of a sentence between them with no other name.)
  // (Read only when an elliptical message asks for it.)
  const listedTogetherIn = (last: Turn) => (a: string, b: string): boolean => {
    const unitId = last.passage === undefined ? undefined : current.unitIds.get(last.passage);
    const release = unitId === undefined ? undefined : current.units[unitId]?.releaseIndex;
    if (release === undefined) return false;
    const text = passageTextOf(current.units);
    // (Not a head both items share: 学位 is no sibling of 初中 in 小学学位2.58万个、初中学位2.02万个.)
    const side = (x: string, y: string) => `${escapeRegExp(x)}[^。；;！？!?、，,和与及]{0,12}[、，,和与及]${escapeRegExp(y)}(?![^。；;！？!?、，,]*${escapeRegExp(x)})`;
    const pattern = new RegExp(`${side(a, b)}|${side(b, a)}`, 'u');
    return current.units.some((unit, id) => unit.releaseIndex === release && pattern.test(text.unitText(id)));
  };

  const converse = (conversation: string, question: string): Answer => {
    // (姓李那位 is the one speaker named 李…, read before the message is taken for a pointer to the last one.)
    const typed = bySurname(current, cleanQuestion(withoutPlaceholders(scrubPersonalIds(String(question ?? '')))));
    // (那第二阶段呢？具体哪段时间 asks 第二阶段具体哪段时间: the question is the subject's, read with the last one.)
    const cleaned = withEllipsisJoined(typed);
    const last = memory.last(conversation);
    // (The answer carries the message as typed, without other people's handles, whatever it was read as.)
    let alone = cleaned === typed ? answer(question) : { ...answer(cleaned), question: scrubPersonalIds(String(question ?? '')) };
    try {
      // (面积多大？书有多少？ after 新总图的儿童馆在几楼: a message of several questions leaning on the conversation reads
      // its first with the last turn, and the rest with it.)
      const parts = last === undefined ? [] : questionParts(cleaned);
      if (parts.length >= 2 && leansOn(parts[0]!)) {
        const read = answerParts(cleaned, alone.script, last);
        if (read.length > 0) alone = { ...(read.length >= 2 ? withOtherParts(read) : read[0]!), question: alone.question };
      }
      // (With no answer before it, 详细说说 or 举几个例子 asks nothing of the releases: it is told to ask first.)
      if (last?.passage === undefined && asksForMore(cleaned)) return nothingToExpandAnswer(current, alone.question, alone.script);
      if (last?.passage !== undefined && asksForMore(cleaned)) {
        const more = fullPassageAnswer(current, last.passage, alone.question, alone.script);
        if (more) {
          // Says what it is more of, like any follow-up: （接上题：走访了几家企业）.
          const understood = fromSimplified(last.understood, alone.script);
          const reply = { ...more, understood, understoodAs: 'follow-up' as const };
          return { ...reply, text: renderPlainText(reply) };
        }
      }
      // A reading with the last question is in normalised (Simplified) words: it is answered in the asker's script.
      const answerInScript = (candidate: string): Answer => answerTyped(fromSimplified(candidate, alone.script), false);
      const asFollowUp = (candidate: string, resolved: Answer): Answer => {
        if (resolved.band === 'answer') memory.remember(conversation, turnOf(candidate, resolved, personOf(current, resolved, candidate)));
        const understood = fromSimplified(candidate, alone.script);
        const reply = { ...resolved, question: alone.question, understood, understoodAs: 'follow-up' as const };
        return { ...reply, text: renderPlainText(reply) };
      };
      // (A message opening with the asker's own story, 我表哥说他那天去了现场，…, answered alone, is a new question: its
      // 他 is the story's, not the last answer's.)
      // (What the asker says of their own task, 我在写一篇报道，…, is no subject a follow-up is asked of.)
      const asked = questionWithoutRemarks(cleaned)?.question ?? cleaned;
      if (alone.band === 'answer' && asideAndQuestion(cleaned) !== undefined) {
        memory.remember(conversation, turnOf(asked, alone, personOf(current, alone, asked)));
        return alone;
      }
      const usage = alone.band === 'usage' && isUsageRequest(normalise(cleaned));
      const candidates = last === undefined || usage ? [] : followUpCandidates(cleaned, last, listedTogetherIn(last));
      // (A message that names a subject of its own but is not answered alone, 医生增加了多少 after 今年儿科有啥准备,
      // may still be about the last one: read with it, it is answered only if that makes it answerable.)
      // (Nor is one asking an attribute of nothing it names, 主题是什么 after 敬老月活动是哪段时间: of the last subject.)
      if (last !== undefined && !usage && candidates.length === 0 && ((alone.band !== 'answer' && alone.band !== 'usage') || leansOn(cleaned, last))) candidates.push(withLastSubject(cleaned, last));
      // 大豆呢 after 全省玉米平均亩产多少 means 全省大豆平均亩产多少, answered or not: never 大豆收割机 on its own.
      const literal = candidates.find((c) => c.literal);
      if (literal !== undefined) {
        const resolved = answerInScript(literal.question);
        // (那夜里的起步价呢 after 新运价哪天开始收 asks the night fare as well as its date: the reading that answers.)
        if (resolved.band !== 'answer' && alone.band === 'answer' && namesQuantityAfterOtherFrame(cleaned, last!)) return alone;
        return asFollowUp(literal.question, resolved);
      }
      // A greeting or a number pick is not a follow-up; a question whose words were all frame and pointer
      // (这位是什么职务, 大概有多长) answers as usage alone and is one.
      // A message not answered alone is read with the last question. So is one answered alone that leans on it:
      // 主题是什么 right after 敬老月活动是哪段时间 asks the 活动's theme, not the release's.
      if (candidates.length > 0 && (alone.band !== 'answer' || leansOn(cleaned, last) || readOfLast(cleaned, last!))) {
        // (A follow-up asks something the last answer did not say: its passage again, 1.2万个 for 其中多少个, is no
        // answer to it. 详细说说 and 原文 were taken above.)
        // (The last passage again does answer a pointing message that asks a date, place or person when the last
        // question asked something else: 要求他们什么时候前完成复核 after 约谈了哪些平台 asks the date its sentence gives.
        // A number in it is the one the asker has just read: 它的汛限水位 is another reservoir's.)
        let pointing = pointsAtLast(cleaned);
        // (The message's frame, read when first needed.)
        let messageFrame: QuestionFrame | undefined;
        const frameOfMessage = () => (messageFrame ??= readFrame(normalise(cleaned)));
        // (其中省外的呢 asks the last question of a part: the whole, just read, is no answer to it.)
        if (pointing) {
          const frame = frameOfMessage();
          // (那它具体是哪几天 after 第二阶段叫啥 asks with a question word of its own: the date the stage's passage gives.)
          pointing = frame.asks === 'figure' || (frame.elliptical && !frame.cues.some((cue) => cue.length > 0)) || frame.asks === readFrame(normalise(last!.understood)).asks;
        }
        let first: Answer | undefined;
        // (What it points at is what it is about: 里面面积有多大 after 禁毒教育基地在哪 is not answered by a 科普馆's area.)
        const about = pointing && pointsInside(cleaned) ? wordsOfLastSubject(last!) : [];
        for (const candidate of candidates) {
          const resolved = answerInScript(candidate.question);
          first ??= resolved;
          const ofIt = about.every((word) => normalise(resolved.text).includes(word));
          if (resolved.band === 'answer' && ofIt && !(pointing && resolved.passageId !== undefined && resolved.passageId === last?.passage)) return asFollowUp(candidate.question, resolved);
        }
        // A message that opens by pointing at the last subject (其中多少个, 它的汛限水位, 她还兼什么职) is about it:
        // when no reading of it with the last question is answered, it is not answered about something else.
        // (So does one asking the last question "as for X", 禅城区自己呢: alone it would be answered about X in general.)
        // (他 after a turn that named no one, 他说明厨亮灶覆盖率多少 after a question about a 处长 that was not answered,
        // points at no one the conversation knows: the message is answered as it stands when it can be.)
        const nobodyToPointAt = alone.band === 'answer' && last!.person === undefined && (last!.people ?? []).length === 0 && frameOfMessage().pointsAtPerson;
        if ((pointing || asksAsFor(cleaned)) && first !== undefined && !nobodyToPointAt) {
          return asFollowUp(candidates[0]!.question, first.band === 'answer' ? unansweredAnswer(current, first.question, first.script) : first);
        }
        // (具体哪一天开幕 after 第四届电商节什么时候开 is not answered with the 第三届's dates: alone, a message naming
        // nothing is answered about another of the numbered series the conversation is about.)
        if (first !== undefined && alone.band === 'answer' && answersAnotherOfSeries(cleaned, last!, alone)) {
          return asFollowUp(candidates[0]!.question, first.band === 'answer' ? first : unansweredAnswer(current, first.question, first.script));
        }
        // (总共多少钱呢 after 现场签了几个项目: a question of the conversation the releases do not answer is told so, with
        // what they come near, not greeted as if it had asked nothing.)
        // (A number pick or a greeting asks no question: only a message with a question word of its own.)
        if (first !== undefined && alone.band === 'usage' && frameOfMessage().cues.some((cue) => cue.length > 0)) return asFollowUp(candidates[0]!.question, first);
      }
      // A question the releases come near (suggestions, no answer) is context too: 有多少毫米 after 最大点雨量出现在哪.
      if (!usage && (alone.band === 'answer' || alone.band === 'suggest')) memory.remember(conversation, turnOf(asked, alone, personOf(current, alone, asked)));
    } catch {
      // Reading the context is a bonus: if it fails, the message is answered on its own.
    }
    return alone;
  };

  return {
    knowledgeDirs,
    stats: () => stats,
    answer,
    converse,
    forget: (conversation) => memory.forget(conversation),
    explain: (question) => {
      let explanation: Explanation | undefined;
      try {
        answerQuestion(current, scrubPersonalIds(String(question ?? '')), defaultThresholds, (e) => (explanation = e));
      } catch {
        // (answer below logs it and apologises.)
      }
      return { answer: answer(question), ...(explanation === undefined ? {} : { explanation }) };
    },
    suggestionText: (id, script = 'simplified') => {
      const unitId = current.unitIds.get(id);
      return unitId === undefined || current.units[unitId]?.suggestion === undefined ? undefined : suggestionFor(current, unitId, script).text;
    },
    examples: (script = 'simplified') => exampleSuggestions(current, script),
    releases: (script = 'simplified') =>
      // Through the index's memo: /start and /sources list every release, and OpenCC is not free.
      current.releases.map((r) => ({
        id: r.id,
        title: knowledgeText(current, r.title, script),
        shortName: knowledgeText(current, r.shortName, script),
        date: r.date,
        dateText: chineseDate(r.date),
        office: knowledgeText(current, r.office, script),
        ...(r.place === undefined ? {} : { place: knowledgeText(current, r.place, script) }),
      })),
    usage: (script = 'simplified') => usageAnswer(current, '', script),
    reload: () => {
      // Concurrent reload requests (a watcher and /reload) share one rebuild.
      reloading ??= reload().finally(() => {
        reloading = undefined;
      });
      return reloading;
    },
  };
}

/**
 * The person an answer names, for a follow-up's 她 or 这位: in a header answer (发布人, 主持人) the speaker whose
 * post or name the question mentions, else the first named; in a who-question's answer, whoever said it.
 */
function personOf(index: KnowledgeIndex, a: Answer, question: string): { person?: string; people?: string[] } {
  // (In normalised words, as the readings made with them are: 俞书娴 of a Traditional release, shown in the asker's script.)
  const found = personNamed(index, a, question);
  return { ...(found.person !== undefined ? { person: normalise(found.person) } : {}), ...(found.people !== undefined ? { people: found.people.map((p) => normalise(p)) } : {}) };
}

/** The person (and the people, in order) an answer names, as the releases print them. */
function personNamed(index: KnowledgeIndex, a: Answer, question: string): { person?: string; people?: string[] } {
  if (!a.answered || a.citation === undefined) return {};
  const release = index.releases.find((r) => r.id === a.citation!.releaseId);
  if (release === undefined) return {};
  const people = [...(release.host ? [release.host] : []), ...release.speakers];
  const said = normalise(a.headline ?? a.quote ?? '');
  const asked = normalise(question);
  // (By name, or by surname and title as people are spoken of: 王局长 for 王慧, 市科技局副局长.)
  const named = people.filter((p) => said.includes(normalise(p.name)));
  if (named.length === 0) named.push(...people.filter((p) => spokenOfByTitle(said, p)));
  if (named.length > 0) {
    // (谁介绍的支付便利化 after the list of speakers: the one whose own statements speak of it most.)
    const bySubject = named.length >= 2 ? speakerOfSubject(index, release, named, asked) : undefined;
    // (财政厅来的是谁: the one whose post names 财政厅, before whoever speaks of it most; 除了王慧还有谁: not 王慧.)
    const byPost = named.length >= 2 ? speakerByPost(index, named, asked) : undefined;
    const setAside = (p: { name: string }) => new RegExp(`除了?[^，,。？?]{0,6}${escapeRegExp(normalise(p.name))}`, 'u').test(asked);
    const overlap = (p: { name: string; post?: string }) => (setAside(p) ? -1000 : 0) + (p.name === byPost ? 200 : 0) + (p.name === bySubject ? 100 : 0) + [...new Set(normalise(`${p.post ?? ''}${p.name}`))].filter((c) => asked.includes(c)).length;
    // (In the order the answer names them: 第二位 is the second it names.)
    const people = named.length >= 2 ? named.map((p) => p.name).sort((x, y) => said.indexOf(normalise(x)) - said.indexOf(normalise(y))) : undefined;
    return { person: [...named].sort((x, y) => overlap(y) - overlap(x))[0]!.name, ...(people !== undefined ? { people } : {}) };
  }
  // (嗯李克强是哪个单位的院士, read with the last turn's person: still that person, whom the answer names too.)
  const quoted = normalise(a.quote ?? '');
  const again = jieba().tag(asked).find((w) => /^nr/u.test(w.tag) && [...w.word].length >= 2 && quoted.includes(w.word))?.word;
  if (again !== undefined) return { person: again };
  if (!/谁|哪位|什么人/u.test(asked)) return {};
  // 谁回答的那个问题 → whoever answered it (not a word of the answer jieba takes for a name, 谢谢您).
  // (请了谁来讲 asks who was invited to speak, whom the passage names: not who said the passage.)
  if (readFrame(asked).aboutSaying && !INVITED.test(asked) && a.citation.speaker && a.citation.speaker.name !== '主持人') return { person: a.citation.speaker.name };
  // 谁作的报告 → 李克强: the first person's name in the quote, else whoever said it.
  const name = jieba().tag(normalise(a.quote ?? '')).find((w) => w.tag === 'nr' && [...w.word].length >= 2)?.word;
  return name !== undefined ? { person: name } : a.citation.speaker ? { person: a.citation.speaker.name } : {};
}

/** The words of two characters or more a question asks about (its terms, without its frame words). */
function wordsAsked(index: KnowledgeIndex, asked: string): string[] {
  return index.pipeline
    .queryTerms(readFrame(asked).content)
    .map((t) => t.term)
    .filter((term) => [...term].length >= 2);
}

/** The one of several people whose post alone holds a word of the question of two characters or more (财政厅). */
function speakerByPost(index: KnowledgeIndex, people: readonly { name: string; post?: string }[], asked: string): string | undefined {
  const words = wordsAsked(index, asked);
  const posts = people.map((p) => normalise(p.post ?? ''));
  const found = new Set<number>();
  for (const word of words) {
    const holding = posts.flatMap((post, i) => (post.includes(word) ? [i] : []));
    // (文旅局 is the 市文化广电和旅游局 of a post, a body's short name spelled out there in order.)
    const spelled = holding.length === 0 && /^\p{Script=Han}{3,4}$/u.test(word) && BODY_SHORT.test(word) ? posts.flatMap((post, i) => (spellsInOrder(post.split(/[、，,]/u)[0]!, word) ? [i] : [])) : holding;
    if (spelled.length === 1) found.add(spelled[0]!);
  }
  return found.size === 1 ? people[[...found][0]!]!.name : undefined;
}

/** Whether every character of a short name stands in a text in order, the first opening it: 文旅局 in 市文化广电和旅游局. */
function spellsInOrder(text: string, short: string): boolean {
  let at = text.indexOf(short[0]!);
  if (at < 0) return false;
  for (const c of [...short].slice(1)) {
    at = text.indexOf(c, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/**
 * The one of several speakers whose statements speak most of what a who-question names (支付 and 便利化 in
 * 谁介绍的支付便利化), when one does more than the others; none when the question names nothing else.
 */
function speakerOfSubject(index: KnowledgeIndex, release: Release, people: readonly { name: string }[], asked: string): string | undefined {
  const terms = wordsAsked(index, asked).filter((term) => !people.some((p) => normalise(p.name).includes(term)));
  if (terms.length === 0) return undefined;
  const said = (name: string) =>
    normalise(
      release.statements
        .filter((p) => p.speaker === name)
        .map((p) => p.text)
        .join(' '),
    );
  const scores = people.map((p) => {
    const text = said(p.name);
    return terms.reduce((sum, term) => sum + text.split(term).length - 1, 0);
  });
  const best = Math.max(...scores);
  return best > 0 && scores.filter((s) => s === best).length === 1 ? people[scores.indexOf(best)]!.name : undefined;
}

/**
 * Asking whom an event invited or who spoke at one the passage reports: 请了谁来讲, 邀请谁作报告, 报告会上是谁讲的,
 * 谁作的报告 (not who said the passage at the press conference).
 */
const INVITED = /(?:邀请|请)了?谁|(?:报告会|讲座|论坛|宣讲会|报告|演讲)[^，,。？?]{0,4}谁|谁[^，,。？?]{0,3}(?:作|做)的?(?:报告|讲座|演讲)/u;

/** A title a person is called by after their surname (王局长, 李主任), ending their post. */
const TITLE = /(?:局长|处长|科长|部长|厅长|司长|院长|所长|校长|站长|队长|主任|书记|主席|秘书长|董事长|总经理|经理|总监|市长|区长|县长|镇长|会长)$/u;

/** Whether a passage speaks of a person by their surname and the title their post ends in (王局长 for 副局长王慧). */
function spokenOfByTitle(said: string, person: { name: string; post?: string }): boolean {
  const title = TITLE.exec(normalise(person.post ?? ''))?.[0];
  const name = normalise(person.name);
  return title !== undefined && [...name].length >= 2 && said.includes(`${[...name][0]}${title}`);
}

/** Whether a message names a speaker or the host of the releases. */
function namesSpeaker(index: KnowledgeIndex, message: string): boolean {
  const text = normalise(message);
  return peopleNamed(index).some((person) => text.includes(person.normalised));
}

/** What the asker gets when answering failed: the usage reply's shape, with a short apology in their script. */
function apologyFor(index: KnowledgeIndex, question: string): Answer {
  let script: Script = 'simplified';
  safely(() => (script = detectScript(question)));
  const apology = toScript('抱歉，处理这个问题时出错了，请换个说法再问，或稍后再试。', script);
  let answer: Answer = { question, answered: false, band: 'usage', kind: 'none', script, suggestions: [], score: 0, message: apology, text: apology };
  // With suggestions when the index can still give them; a failure there leaves the bare apology.
  safely(() => (answer = { ...usageAnswer(index, question, script), message: apology, text: apology }));
  return answer;
}

/** The stack of something thrown (with its cause), or its text when it has none. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : `\n  caused by: ${describeError(error.cause)}`;
  return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
}

/** Runs a step whose own failure must not turn an apology into a crash. */
function safely(step: () => void): void {
  try {
    step();
  } catch {
    // nothing left to fall back on
  }
}
