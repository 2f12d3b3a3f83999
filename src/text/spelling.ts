import { jieba } from './jieba.ts';
import { escapeRegExp } from './pipeline.ts';

/**
 * Whether a text spells a short name out with words between its characters (住(房和城乡)建(设)局, 人(力资源和)社(会保障)):
 * each of its characters opens a word there, but the last, which may close one, and the span is at most four times
 * as long as the name.
 */
export function spellsOut(text: string, name: string): boolean {
  const chars = [...name];
  const span = new RegExp(chars.map((c, i) => (i === 0 ? escapeRegExp(c) : `\\p{Script=Han}{0,6}?${escapeRegExp(c)}`)).join(''), 'u');
  const match = span.exec(text)?.[0];
  if (match === undefined || match === name || [...match].length > chars.length * 4) return false;
  // (Where words open, jieba's finer cut included: 保 opens 保险 inside 社会保险.)
  const letters = [...match];
  const starts = new Set<number>();
  let offset = 0;
  for (const word of jieba().cut(match)) {
    const w = [...word];
    starts.add(offset);
    for (const part of jieba().cutForSearch(word)) {
      const at = word.indexOf(part);
      if (at >= 0) starts.add(offset + [...word.slice(0, at)].length);
    }
    offset += w.length;
  }
  // (Or goes on from the character before, as a word of the name is written whole: 地铁 in 地铁站 for 地铁车站.)
  let at = 0;
  return chars.every((c, i) => {
    const found = letters.indexOf(c, i === 0 ? 0 : at);
    const onFromLast = i > 0 && found === at;
    at = found + 1;
    return found >= 0 && (starts.has(found) || onFromLast || (i === chars.length - 1 && found === letters.length - 1));
  });
}
