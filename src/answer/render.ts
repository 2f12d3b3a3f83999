import { layoutAnswer, type AnswerLayout, type LayoutOptions } from './layout.ts';
import type { Answer } from './types.ts';

/**
 * The layout as plain text, one block per line (console, WeChat, the JSON `answer`): labels before their text,
 * the quote in 「」, the suggestions numbered from 1.
 */
export function layoutToPlainText(layout: AnswerLayout): string {
  const lines = layout.blocks.map((b) => (b.role === 'quote' ? `「${b.text}」` : `${b.label ?? ''}${b.text}`));
  const choices = layout.choices;
  if (choices !== undefined) {
    if (choices.lead !== undefined) lines.push(choices.lead);
    lines.push(...choices.items.map((s, i) => `${i + 1}. ${s.text}`));
    if (choices.hint !== undefined) lines.push(choices.hint);
  }
  return lines.join('\n');
}

/** The plain text a user sees for an answer (laid out by {@link layoutAnswer}); `Answer.text` is this with picking `none`. */
export function renderPlainText(a: Omit<Answer, 'text'> & { text?: string }, options: LayoutOptions = {}): string {
  return layoutToPlainText(layoutAnswer(a, options));
}
