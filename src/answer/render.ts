import { toScript } from '../text/script.ts';
import type { Answer, Citation, Script } from './types.ts';

/** Our own wording, written once in Simplified and converted for Traditional askers. */
const LABELS = {
  official: '【官方答复】',
  question: '问：',
  answer: '答：',
  suggestHead: '您是不是想问：',
  refuseTail: '您可以这样问：',
  alsoIn: '其他发布会也提到：',
  usageTail: '例如：',
  followUp: '接上题',
} as const;

type Label = keyof typeof LABELS;
const traditionalLabels = new Map<Label, string>();

/** One of our labels in the asker's script. */
export function label(name: Label, script: Script): string {
  if (script === 'simplified') return LABELS[name];
  let converted = traditionalLabels.get(name);
  if (converted === undefined) {
    converted = toScript(LABELS[name], 'traditional');
    traditionalLabels.set(name, converted);
  }
  return converted;
}

/** The citation line: ——《title》date，post name，section. */
export function formatCitation(c: Citation): string {
  const who = c.speaker ? `${c.speaker.post ?? ''}${c.speaker.name}` : c.office;
  const parts = [who, c.section].filter((p): p is string => p !== undefined && p.length > 0);
  return `——《${c.title}》${c.dateText}${parts.length > 0 ? `，${parts.join('，')}` : ''}`;
}

/** The numbered suggestion list, one per line. */
export function formatSuggestions(a: Pick<Answer, 'suggestions'>): string {
  return a.suggestions.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
}

/**
 * The plain text a user sees in a text chat (console, JSON `answer`): headline, quote in 「」 or the official
 * Q&A, the citation on its own line starting with ——, or the message with numbered suggestions.
 */
export function renderPlainText(a: Omit<Answer, 'text'>): string {
  const lines: string[] = [];
  if (a.understood !== undefined) lines.push(`（${label('followUp', a.script)}：${a.understood}）`);
  if (a.answered) {
    if (a.kind === 'qa' && a.officialQuestion !== undefined) {
      lines.push(label('official', a.script), `${label('question', a.script)}${a.officialQuestion}`, `${label('answer', a.script)}${a.quote ?? ''}`);
    } else {
      if (a.headline !== undefined) lines.push(a.headline);
      if (a.quote !== undefined) lines.push(`「${a.quote}」`);
    }
    if (a.citation) lines.push(formatCitation(a.citation));
    if (a.suggestions.length > 0) lines.push(label('alsoIn', a.script), formatSuggestions(a));
    return lines.join('\n');
  }
  if (a.message !== undefined) lines.push(a.message);
  if (a.suggestions.length > 0) {
    const head = a.band === 'suggest' ? 'suggestHead' : a.band === 'usage' ? 'usageTail' : 'refuseTail';
    lines.push(label(head, a.script), formatSuggestions(a));
  }
  return lines.join('\n');
}
