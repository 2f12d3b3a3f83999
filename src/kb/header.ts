/**
 * Header fields: the lines above a transcript that state its metadata, under the names pages use for them
 * (发布时间 / 时间 / 日期, 发布地点 / 地点, 发布人 / 出席嘉宾, 主持人, 发布单位 / 主办, 参会媒体, 发布摘要 / 主题),
 * written `名称:值`, `名称：值` or `【名称】值`, and a line that holds only a date (2024-05-31, (2024年9月2日)).
 */

/** The fields a header can give. */
export type HeaderField = 'title' | 'date' | 'place' | 'office' | 'speakers' | 'host' | 'media' | 'summary';

/** Field names as pages print them, folded to Simplified; longer names first so 发布时间 wins over 时间. */
const NAMES: [string, HeaderField][] = (
  [
    ['发布会名称', 'title'], ['会议名称', 'title'], ['标题', 'title'],
    ['发布时间', 'date'], ['发布日期', 'date'], ['召开时间', 'date'], ['举行时间', 'date'], ['会议时间', 'date'], ['时间', 'date'], ['日期', 'date'],
    ['发布地点', 'place'], ['会议地点', 'place'], ['召开地点', 'place'], ['举办地点', 'place'], ['地点', 'place'],
    ['发布单位', 'office'], ['发布机构', 'office'], ['主办单位', 'office'], ['发布主体', 'office'], ['主办方', 'office'], ['主办', 'office'],
    ['发布人', 'speakers'], ['发言人', 'speakers'], ['答问人', 'speakers'], ['答记者问人', 'speakers'], ['解读人', 'speakers'], ['受访人', 'speakers'], ['出席人员', 'speakers'], ['出席嘉宾', 'speakers'], ['发布嘉宾', 'speakers'], ['出席领导', 'speakers'], ['嘉宾', 'speakers'],
    ['主持人', 'host'], ['主持', 'host'],
    ['参会媒体', 'media'], ['出席媒体', 'media'], ['邀请媒体', 'media'],
    ['发布摘要', 'summary'], ['内容摘要', 'summary'], ['发布主题', 'summary'], ['主要内容', 'summary'], ['摘要', 'summary'], ['主题', 'summary'],
  ] as [string, HeaderField][]
).sort((a, b) => b[0].length - a[0].length);

const NAME_ALTERNATION = NAMES.map(([n]) => n).join('|');
const COLON_FORM = new RegExp(`^(${NAME_ALTERNATION})\\s*:\\s*`, 'u');
const BRACKET_FORM = new RegExp(`^[【[](${NAME_ALTERNATION})[】\\]]\\s*:?\\s*`, 'u');
const FIELD_OF = new Map(NAMES);

/** One header line read: the field, its value as published, and whether it was written in 【】 (always a header). */
export interface HeaderLine {
  field: HeaderField;
  value: string;
  bracketed: boolean;
}

/** Reads a header field line (`folded` for matching, `text` as published for the value); undefined when it is not one. */
export function readHeaderLine(text: string, folded: string): HeaderLine | undefined {
  // A bullet before the name (■时间：, ●地点：) is layout.
  const bullet = BULLET.exec(folded)?.[0].length ?? 0;
  const rest = folded.slice(bullet);
  const bracket = BRACKET_FORM.exec(rest);
  const match = bracket ?? COLON_FORM.exec(rest);
  if (!match) return undefined;
  return { field: FIELD_OF.get(match[1]!)!, value: text.slice(bullet + match[0].length).trim(), bracketed: bracket !== null || bullet > 0 };
}

/** Bullets pages put before header fields and crossheads. */
export const BULLET = /^[■□●○◆◇▲△▶►★☆·•]\s*/u;

/** Whether a folded line holds only a date, perhaps in brackets and with a time: (2024年9月2日), 2024-05-31. */
export function isDateLine(folded: string): boolean {
  return /^[([【]?\s*\d{4}\s*(?:年|-|\/|\.)\s*\d{1,2}\s*(?:月|-|\/|\.)\s*\d{1,2}\s*日?\s*(?:星期[一二三四五六日天])?\s*(?:[上下]午|晚上)?\s*(?:\d{1,2}:\d{2}(?:\s*[-—~至]\s*\d{1,2}:\d{2})?)?\s*[)\]】]?$/u.test(folded.trim());
}
