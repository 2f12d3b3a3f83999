import { toScript, type Answer, type Citation, type Script, type Suggestion } from '../../src/index.ts';

/**
 * The adapter's own words, written once in Simplified and converted to the asker's script on use, so a
 * Traditional asker never sees a Simplified label.
 */
export const ui = {
  officialAnswer: '【官方答复】',
  reporterQuestion: '【记者提问】',
  related: '其他发布会也提到：',
  didYouMean: '您是不是想问：',
  youCanAsk: '您可以这样问：',
  forExample: '例如：',
  pickHint: '回复数字（如 1）即可提问，5 分钟内有效。',
  rateLimited: '提问太频繁了，请稍等一分钟再问。',
  roomRateLimited: '本群提问太频繁了，请稍等一分钟再问。',
  failed: '抱歉，这条消息没能处理，请稍后再试。',
} as const;

/** One of the adapter's own phrases in the given script. */
export function uiText(phrase: keyof typeof ui, script: Script): string {
  return toScript(ui[phrase], script);
}

/**
 * Renders an answer as WeChat plain text (WeChat shows no markup): an official answer after 【官方答复】 or a
 * fact in 「」, the citation on its own line starting with ——, suggestions as a numbered list.
 */
export function renderAnswer(answer: Answer): string {
  const lines: string[] = [];
  const script = answer.script;
  if (answer.band === 'answer' && (answer.quote || answer.headline)) {
    if (answer.headline) lines.push(answer.headline);
    if (answer.quote && answer.kind === 'qa') {
      if (answer.officialQuestion) lines.push(`${uiText('reporterQuestion', script)}${answer.officialQuestion}`);
      lines.push(`${uiText('officialAnswer', script)}${answer.quote}`);
    } else if (answer.quote) {
      lines.push(`「${answer.quote}」`);
    }
    if (answer.citation) lines.push(renderCitation(answer.citation));
    if (answer.suggestions.length > 0) {
      lines.push('', uiText('related', script), ...numbered(answer.suggestions), uiText('pickHint', script));
    }
    return lines.join('\n');
  }
  // The unsure, refusing and usage bands: the core's explaining sentence, then what the bot can answer.
  const message = answer.message?.trim() || (answer.band === 'answer' ? answer.text.trim() : '');
  if (message) lines.push(message);
  if (answer.suggestions.length > 0) {
    // The core's sentence may already end in a lead-in colon (您是不是想问：); do not repeat one.
    if (!/[：:]$/u.test(message)) lines.push(uiText(leadIn[answer.band], script));
    lines.push(...numbered(answer.suggestions), uiText('pickHint', script));
  }
  return lines.length > 0 ? lines.join('\n') : answer.text;
}

/**
 * The citation line: —— then the release and its date, who said it (the speaker with their post, else the
 * publishing office), and the section.
 */
export function renderCitation(citation: Citation): string {
  const parts = [`《${citation.title}》（${citation.dateText}）`];
  parts.push(citation.speaker ? `${citation.speaker.post ?? ''}${citation.speaker.name}` : citation.office);
  if (citation.section) parts.push(citation.section.replace(/[。.]$/u, ''));
  return `——${parts.join('，')}`;
}

/** The line above the numbered list, by band (the answer band lists related questions instead). */
const leadIn = { answer: 'related', suggest: 'didYouMean', refuse: 'youCanAsk', usage: 'forExample' } as const;

function numbered(suggestions: readonly Suggestion[]): string[] {
  return suggestions.map((s, i) => `${i + 1}. ${s.text}`);
}
