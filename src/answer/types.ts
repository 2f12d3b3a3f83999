/** The script a question is written in; answers are written back in the same one. */
export type Script = 'simplified' | 'traditional';

/** What kind of passage the answer quotes. */
export type AnswerKind = 'qa' | 'fact' | 'event' | 'release' | 'none';

/**
 * How sure the bot is:
 * - `answer`: it quotes the passage that answers the question;
 * - `suggest`: it is not sure, and offers questions it can answer ("您是不是想问");
 * - `refuse`: the releases do not say, and it says so, with suggestions;
 * - `usage`: greetings, help and empty input, answered with how to ask.
 */
export type AnswerBand = 'answer' | 'suggest' | 'refuse' | 'usage';

/** Where a quoted passage comes from. Every text is in the asker's script. */
export interface Citation {
  releaseId: string;
  /** The release's title, e.g. 安徽“双创汇”走进宿州活动新闻发布会. */
  title: string;
  /** ISO date of the press conference, YYYY-MM-DD. */
  date: string;
  /** The date as people write it, e.g. 2023年12月29日. */
  dateText: string;
  office: string;
  /** Who said the passage; absent for metadata and for answers the release does not attribute. */
  speaker?: { name: string; post?: string };
  /** The section heading the passage stands under, or 答记者问 for the official Q&A. */
  section?: string;
}

/** A question the bot can answer, offered when it is unsure or refuses. */
export interface Suggestion {
  /** Short stable id (under 40 bytes) for callback data; resolve it with `Engine.suggestionText`. */
  id: string;
  /** The question, in the asker's script. */
  text: string;
}

/** The platform-neutral result of answering one question; adapters render it. */
export interface Answer {
  /** The question as asked. */
  question: string;
  answered: boolean;
  band: AnswerBand;
  kind: AnswerKind;
  script: Script;
  /** A one-line lead naming the fact, e.g. 累计签约金额：535.35万元; absent when the quote says it all. */
  headline?: string;
  /** The official question, for official Q&A matches. */
  officialQuestion?: string;
  /** The outlet that asked it, when the release names it. */
  askedBy?: string;
  /** The official wording quoted: the full official answer, or the sentence with the context that makes it true. */
  quote?: string;
  citation?: Citation;
  /** For `suggest`, `refuse` and `usage`: the sentence that explains, e.g. 这次发布会的官方材料没有提到“校区”。 */
  message?: string;
  suggestions: Suggestion[];
  /** Coverage of the question's informative terms by the chosen passage, 0–1; comparable across questions. */
  score: number;
  /** The stable id of the passage quoted (`releaseKey:localKey`), when answered; 详细说说 asks for more of it. */
  passageId?: string;
  /**
   * For a follow-up read with the conversation's context, the whole question it was understood as (第二阶段呢 →
   * 第二阶段做了什么), in the asker's script; the reply says so, so that a wrong reading is visible.
   */
  understood?: string;
  /**
   * How `understood` came about: a follow-up read with the conversation (the default), or one question of a message
   * that asked several (网办率多少？比上一年提高了多少？), the one answered, or the question a message asked after a
   * clause of context (我看到……，想确认一下……).
   */
  understoodAs?: 'follow-up' | 'part' | 'question';
  /**
   * For a message that asked several things (哪天开的？在哪开的？), the answers to its other questions, each with the
   * question it answers in `understood`; this answer is the first. Shown after it, in order.
   */
  also?: Answer[];
  /** The full text a user sees in a plain-text chat (console, WeChat), already in the asker's script. */
  text: string;
}
