import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { layoutAnswer, type Answer, type BlockRole, type ReleaseInfo, type Script, type Suggestion } from '../../src/index.ts';
import { encodeSuggestionPress } from './callback-data.ts';
import { packBlocks, TELEGRAM_MESSAGE_LIMIT, type Block } from './html.ts';
import { phrase } from './phrases.ts';

/** A reply ready to send: HTML parts in order (each valid alone) and the buttons for the last part. */
export interface RenderedReply {
  parts: string[];
  keyboard?: InlineKeyboardMarkup;
}

/** Options for {@link renderAnswer}. */
export interface RenderAnswerOptions {
  /** Show the question above the answer; for questions asked by a button press, whose text the chat never saw. Default false. */
  echoQuestion?: boolean;
  /** Longest part, in characters. Default Telegram's 4096. */
  maxLength?: number;
}

// Telegram shows long button labels cut off anyway; past this they only make the keyboard ragged.
const BUTTON_LABEL_LIMIT = 60;

/** How each block of the core's layout looks in Telegram HTML: markup only, the words are the layout's. */
const TAGS: Record<BlockRole, Block['tag']> = {
  notice: 'i',
  message: undefined,
  headline: 'b',
  official: 'b',
  officialQuestion: undefined,
  officialAnswer: 'blockquote',
  quote: 'blockquote',
  citation: 'i',
};

/**
 * Renders the core's answer as Telegram HTML from its one layout (src/answer/layout.ts): the words are those the
 * console and WeChat show, in bold, blockquote and italic; the suggestions become buttons that carry ids.
 */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): RenderedReply {
  const layout = layoutAnswer(answer, { picking: 'buttons' });
  const blocks: Block[] = [];
  // A question asked by a button press: the chat never saw its text.
  if (options.echoQuestion && answer.question.trim() !== '') blocks.push({ text: `❓ ${answer.question.trim()}`, tag: 'i' });
  for (const block of layout.blocks) blocks.push({ text: block.text, tag: TAGS[block.role], ...(block.label ? { label: block.label } : {}) });
  if (layout.choices?.lead !== undefined) blocks.push({ text: layout.choices.lead });
  return {
    parts: packBlocks(blocks, options.maxLength ?? TELEGRAM_MESSAGE_LIMIT),
    keyboard: suggestionKeyboard(layout.choices?.items ?? [], answer.script),
  };
}

/** One button per suggestion, one per row so long questions stay readable; undefined when there are none. */
export function suggestionKeyboard(suggestions: readonly Suggestion[], script: Script): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = [];
  for (const suggestion of suggestions) {
    const data = encodeSuggestionPress({ id: suggestion.id, script });
    // An id too long for Telegram would make the whole message fail; drop that one button instead.
    if (data === undefined || suggestion.text.trim() === '') continue;
    rows.push([{ text: truncateLabel(suggestion.text.trim()), callback_data: data }]);
  }
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/** The /start greeting: what the bot does, the releases it knows, and example questions as buttons. */
export function renderStart(releases: readonly ReleaseInfo[], examples: readonly Suggestion[], script: Script): RenderedReply {
  const blocks: Block[] = [{ text: phrase('greeting', script) }];
  blocks.push(releases.length > 0 ? { text: releases.map((r) => `• ${r.shortName}（${r.dateText}）`).join('\n') } : { text: phrase('noSources', script) });
  if (examples.length > 0) blocks.push({ text: `\n${phrase('tryThese', script)}` });
  return { parts: packBlocks(blocks), keyboard: suggestionKeyboard(examples.slice(0, 3), script) };
}

/** The /help text: what the bot can answer and how to ask it in a group. */
export function renderHelp(script: Script, botUsername: string): RenderedReply {
  return { parts: packBlocks([{ text: phrase('help', script, { bot: botUsername }) }]) };
}

/** The /sources list: every release indexed, with its date, publishing office and place. */
export function renderSources(releases: readonly ReleaseInfo[], script: Script): RenderedReply {
  if (releases.length === 0) return { parts: packBlocks([{ text: phrase('noSources', script) }]) };
  const blocks: Block[] = [{ text: phrase('sourcesHeader', script), tag: 'b' }];
  for (const r of releases) blocks.push({ text: `• ${r.title}\n   ${[r.dateText, r.office, r.place].filter((p) => p !== undefined).join(' · ')}` });
  return { parts: packBlocks(blocks) };
}

/** A short plain-text notice (rate limit, apology …) as a reply. */
export function renderNotice(text: string): RenderedReply {
  return { parts: packBlocks([{ text }]) };
}

function truncateLabel(text: string): string {
  const chars = [...text];
  return chars.length <= BUTTON_LABEL_LIMIT ? text : `${chars.slice(0, BUTTON_LABEL_LIMIT - 1).join('')}…`;
}
