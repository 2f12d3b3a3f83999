import { toScript } from '../text/script.ts';
import type { Answer, Citation, Script, Suggestion } from './types.ts';

/**
 * One answer, laid out once. The core's `Answer` holds the parts (headline, quote, citation with its fields,
 * suggestions, the explaining message, how a follow-up was understood); this module decides their order, our
 * own words around them and the citation's wording, in both scripts. Every channel shows the same words: the
 * console and WeChat as plain text (render.ts), Telegram as HTML (adapters/telegram/render.ts),
 * differing only in markup and in how a suggestion is picked (a number or a button).
 */

/** Our own words, written once in Simplified and converted for Traditional askers. */
const LABELS = {
  followUp: '接上题',
  part: '先回答其中一问',
  eachPart: '其中一问',
  readAs: '理解为',
  official: '【官方答复】',
  question: '问：',
  answer: '答：',
  alsoIn: '其他发布会也提到：',
  didYouMean: '您是不是想问：',
  youCanAsk: '您可以这样问：',
  forExample: '例如：',
  pickByNumber: '回复数字（如 1）即可提问，5 分钟内有效。',
} as const;

/** A key of our own words. */
export type Label = keyof typeof LABELS;

/** What marks text left out of a quote: the releases' own ellipsis. */
export const ELISION = '……';

/**
 * What a block is; adapters choose markup by it and never change its words.
 * - `notice`: how a follow-up was read, （接上题：第二阶段做了什么）, first so a wrong reading is seen at once;
 * - `message`: the core's explaining sentence (没有提到…, 您好！…);
 * - `headline`: the fact in one line (累计签约金额：535.35万元);
 * - `official`: the 【官方答复】 line over an official Q&A;
 * - `officialQuestion`, `officialAnswer`: the reporter's question and the official answer, each with its label;
 * - `quote`: the sentence quoted (plain text puts it in 「」);
 * - `citation`: where the quote comes from, one line starting with ——.
 */
export type BlockRole = 'notice' | 'message' | 'headline' | 'official' | 'officialQuestion' | 'officialAnswer' | 'quote' | 'citation';

/** One block of a laid-out answer: its role, an optional label before the text, and the text, in the asker's script. */
export interface LayoutBlock {
  role: BlockRole;
  /** Our words before the text (问：, 答：); an adapter may set them apart (bold), never reword them. */
  label?: string;
  text: string;
  /** For quotes: the runs of release text between elisions ({@link ELISION}), in order; `text` joins them. */
  pieces?: string[];
}

/** What the suggestions of an answer are, which decides the line that introduces them. */
export type ChoicesKind = 'alsoIn' | 'didYouMean' | 'youCanAsk' | 'forExample';

/** The questions an answer offers, with the line that introduces them and, for pick-by-number channels, how to pick. */
export interface AnswerChoices {
  kind: ChoicesKind;
  /** The line above the list (其他发布会也提到：); absent when the core's message already ends in a lead-in. */
  lead?: string;
  items: readonly Suggestion[];
  /** How to pick one by number; only when laid out for a channel that picks by number. */
  hint?: string;
}

/** An answer laid out: blocks in order, then the choices. */
export interface AnswerLayout {
  script: Script;
  blocks: LayoutBlock[];
  choices?: AnswerChoices;
}

/** How the channel lets people ask a suggested question. */
export type Picking = 'numbers' | 'buttons' | 'none';

/** Options for {@link layoutAnswer}. */
export interface LayoutOptions {
  /**
   * `numbers` (console, WeChat: the list says how to pick by number), `buttons` (Telegram: the adapter makes
   * buttons of the choices), or `none` (the JSON `answer` and other text that cannot be replied to). Default `none`.
   */
  picking?: Picking;
}

const traditionalLabels = new Map<Label, string>();

/** One of our own phrases in the asker's script. */
export function label(name: Label, script: Script): string {
  if (script === 'simplified') return LABELS[name];
  let converted = traditionalLabels.get(name);
  if (converted === undefined) {
    converted = toScript(LABELS[name], 'traditional');
    traditionalLabels.set(name, converted);
  }
  return converted;
}

/**
 * The citation line, the same in every channel: ——《title》（date，publishing office），post and name of who
 * said it，section. Its texts are the core's, already in the asker's script; the punctuation is the same in both.
 */
export function formatCitation(c: Citation): string {
  const who = c.speaker ? `${c.speaker.post ?? ''}${c.speaker.name}` : undefined;
  const published = [c.dateText, c.office].filter((p) => p.length > 0).join('，');
  const rest = [who, c.section].filter((p): p is string => p !== undefined && p.length > 0);
  return `——《${c.title}》${published.length > 0 ? `（${published}）` : ''}${rest.map((p) => `，${p}`).join('')}`;
}

/** Lays out an answer: which blocks, in which order, with which of our words; see {@link AnswerLayout}. */
export function layoutAnswer(a: Omit<Answer, 'text'> & { text?: string }, options: LayoutOptions = {}): AnswerLayout {
  const script = a.script;
  const blocks: LayoutBlock[] = [];
  const several = (a.also?.length ?? 0) > 0;
  if (a.understood !== undefined) blocks.push({ role: 'notice', text: `（${label(a.understoodAs === 'question' ? 'readAs' : a.understoodAs !== 'part' ? 'followUp' : several ? 'eachPart' : 'part', script)}：${a.understood}）` });
  if (a.answered) {
    if (a.kind === 'qa' && a.officialQuestion !== undefined) {
      blocks.push({ role: 'official', text: label('official', script) });
      // (问（新华社记者）：when the release names who asked.)
      const asked = label('question', script);
      blocks.push({ role: 'officialQuestion', label: a.askedBy === undefined ? asked : `${asked.slice(0, -1)}（${a.askedBy}）：`, text: a.officialQuestion });
      if (a.quote !== undefined) blocks.push({ role: 'officialAnswer', label: label('answer', script), ...quoted(a.quote) });
    } else {
      if (a.headline !== undefined) blocks.push({ role: 'headline', text: a.headline });
      if (a.quote !== undefined) blocks.push({ role: 'quote', ...quoted(a.quote) });
    }
    if (a.citation) blocks.push({ role: 'citation', text: formatCitation(a.citation) });
    // The message's other questions, each after its own notice (其中一问：…), without their suggestions.
    for (const other of a.also ?? []) {
      blocks.push({ role: 'notice', text: `（${label('eachPart', script)}：${other.understood ?? ''}）` });
      blocks.push(...layoutAnswer({ ...other, understood: undefined, also: [], suggestions: [], message: undefined, script }).blocks);
    }
  }
  if (a.message !== undefined && a.message !== '') {
    // Before the suggestions it explains; after the citation of an answer it adds to.
    blocks.push({ role: 'message', text: a.message });
  }
  // Whatever the core adds in future, the user still sees its text rather than nothing.
  if (blocks.length === 0 && a.suggestions.length === 0 && a.text !== undefined && a.text !== '') blocks.push({ role: 'message', text: a.text });
  return { script, blocks, ...(a.suggestions.length > 0 ? { choices: choicesOf(a, options.picking ?? 'none') } : {}) };
}

/** The suggestions with their lead line and, when picked by number, the hint. */
function choicesOf(a: Omit<Answer, 'text'>, picking: Picking): AnswerChoices {
  const kind: ChoicesKind = a.band === 'answer' ? 'alsoIn' : a.band === 'suggest' ? 'didYouMean' : a.band === 'usage' ? 'forExample' : 'youCanAsk';
  // The core's sentence may already end in a lead-in (您是不是想问：); one is enough.
  const led = a.band !== 'answer' && /[：:]$/u.test(a.message?.trim() ?? '');
  return {
    kind,
    ...(led ? {} : { lead: label(kind, a.script) }),
    items: a.suggestions,
    ...(picking === 'numbers' ? { hint: label('pickByNumber', a.script) } : {}),
  };
}

function quoted(quote: string): { text: string; pieces: string[] } {
  return { text: quote, pieces: quote.split(ELISION) };
}
