import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { toScript, type Answer, type Citation, type ReleaseInfo, type Script, type Suggestion } from '../../src/index.ts';
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

/**
 * Renders the core's platform-neutral answer as Telegram HTML: headline, official question, the quote in
 * a blockquote, the citation, or the explaining message; suggestions become buttons that carry ids.
 */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): RenderedReply {
  const blocks: Block[] = [];
  if (options.echoQuestion && answer.question.trim() !== '') blocks.push({ text: `❓ ${answer.question.trim()}`, tag: 'i' });
  if (answer.band !== 'answer' && answer.message) blocks.push({ text: answer.message });
  if (answer.headline) blocks.push({ text: answer.headline, tag: 'b' });
  if (answer.officialQuestion) blocks.push({ label: phrase('officialQuestion', answer.script), text: answer.officialQuestion });
  if (answer.quote) blocks.push({ text: answer.quote, tag: 'blockquote' });
  if (answer.citation) blocks.push({ label: phrase('source', answer.script), text: formatCitation(answer.citation), tag: 'i' });
  if (answer.band === 'answer' && answer.message) blocks.push({ text: answer.message });
  const lead = suggestionLead(answer);
  if (lead) blocks.push({ text: lead });
  // Whatever the core adds in future, the user still sees its plain text rather than nothing.
  if (blocks.length === 0 || (options.echoQuestion && blocks.length === 1)) blocks.push({ text: answer.text });
  return {
    parts: packBlocks(blocks, options.maxLength ?? TELEGRAM_MESSAGE_LIMIT),
    keyboard: suggestionKeyboard(answer.suggestions, answer.script),
  };
}

/** The citation line: release title, date and office, then who said it and under which heading. */
export function formatCitation(citation: Citation): string {
  let line = `《${citation.title}》（${citation.dateText}，${citation.office}）`;
  if (citation.speaker) line += `，${citation.speaker.name}${citation.speaker.post ? `（${citation.speaker.post}）` : ''}`;
  if (citation.section) line += `，${citation.section}`;
  return line;
}

/** The line that introduces the suggestion buttons, unless the core's message already says it. */
function suggestionLead(answer: Answer): string | undefined {
  if (answer.suggestions.length === 0) return undefined;
  // An answer's suggestions are the same fact in other releases.
  if (answer.band === 'answer') return phrase('alsoIn', answer.script);
  const key = answer.band === 'suggest' ? 'didYouMean' : answer.band === 'refuse' ? 'youCanAsk' : 'tryThese';
  const lead = phrase(key, answer.script);
  const said = toScript(answer.message ?? '', 'simplified');
  return said.includes(toScript(lead, 'simplified').replace(/[：（].*$/u, '')) ? undefined : lead;
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
