import { parse } from 'csv-parse/sync';
import { isMarkup, textOfMarkup } from './html.ts';

/**
 * Transcripts that come out of a system rather than a page: a content API's JSON response (the transcript one HTML
 * string among the article's fields) and a spreadsheet's CSV export (one row per utterance, with the speaker, the post
 * and the words in columns of their own). Each is read as the text a person would copy of it, so that the transcript
 * parser reads it as it reads a page: the title and the date lines first, then the speeches as `name：words`.
 */

/** The JSON value of a text that is one JSON document, or undefined. */
function jsonOf(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/u, '').trim();
  if (!/^[{[]/u.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether a text is one JSON document holding a transcript: an API response or an export. */
export function isJsonExport(text: string): boolean {
  return jsonOf(text) !== undefined;
}

/** Keys of a field naming the article, the time it was published and who published it, in the order they are read. */
const TITLE_KEY = /^(?:title|headline|标题|name)$/iu;
const DATE_KEY = /^(?:pub(?:lish)?(?:ed)?_?(?:date|time)|date|publishTime|releaseDate|发布时间|日期)$/iu;
const SOURCE_KEY = /^(?:source|origin|来源|publisher)$/iu;
/** A string long enough to be the transcript or a part of it, not a field of the record. */
const BODY_LENGTH = 200;

/**
 * The text of a JSON export: its title, date and source as the lines a page prints them in, then every string of
 * markup (read as a browser shows it) or of prose, in the order the document holds them. Links, counts, ids and file
 * names are left out: they are the record's, not the conference's. Undefined for a text that is no JSON document.
 */
export function textOfJson(text: string): string | undefined {
  const json = jsonOf(text);
  if (json === undefined) return undefined;
  const strings: { key: string; value: string }[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') strings.push({ key, value });
    else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(json, '');
  const first = (key: RegExp) => strings.find((s) => key.test(s.key) && s.value.trim().length > 0)?.value.trim();
  const title = first(TITLE_KEY);
  const date = first(DATE_KEY);
  const source = first(SOURCE_KEY);
  const bodies = strings
    .filter((s) => isMarkup(s.value) || /<\/?(?:p|div|br|span|h\d)\b/iu.test(s.value) || [...s.value].length >= BODY_LENGTH)
    .map((s) => (/<\/?[a-z][\s\S]*?>/iu.test(s.value) ? textOfMarkup(s.value) : s.value.trim()));
  return [title, date === undefined ? undefined : `发布时间：${date}`, source === undefined ? undefined : `来源：${source}`, '', ...bodies]
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

/** Column names of a transcript spreadsheet: who spoke, their post or outlet, and what they said. */
const SPEAKER_COLUMN = /^(?:发言人|發言人|姓名|发言者|speaker|name)$/iu;
const POST_COLUMN = /(?:身份|职务|職務|单位|單位|post|title|role)/iu;
const WORDS_COLUMN = /^(?:内容|內容|发言内容|發言內容|发言|文字|正文|text|content)$/iu;

/** The rows of a CSV text, "#" comment lines apart, or undefined when it is not a table with a header of words. */
function csvOf(text: string): { comments: string[]; header: string[]; rows: string[][] } | undefined {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const comments = lines.filter((line) => line.startsWith('#'));
  const body = lines.filter((line) => !line.startsWith('#')).join('\n');
  let records: string[][];
  try {
    records = parse(body, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch {
    return undefined;
  }
  const [header, ...rows] = records;
  if (header === undefined || header.length < 2 || rows.length < 3 || !header.some((cell) => WORDS_COLUMN.test(cell.trim()))) return undefined;
  return { comments, header: header.map((cell) => cell.trim()), rows };
}

/** Whether a text is a spreadsheet's CSV export of a transcript: a header naming a column of what was said. */
export function isCsvExport(text: string): boolean {
  return csvOf(text) !== undefined;
}

/**
 * The text of a transcript spreadsheet: its "#" lines as the page's head (标题：…, 时间：…), then one paragraph per row,
 * `speaker：words`, a reporter (记者) named by their outlet's post (芷阳日报记者). A row that repeats the one before it
 * word for word (a paragraph pasted twice) is read once. Undefined for a text that is no such table.
 */
export function textOfCsv(text: string): string | undefined {
  const table = csvOf(text);
  if (table === undefined) return undefined;
  const column = (pattern: RegExp) => table.header.findIndex((cell) => pattern.test(cell));
  const [speaker, post, words] = [column(SPEAKER_COLUMN), column(POST_COLUMN), column(WORDS_COLUMN)];
  const head = table.comments.map((line) => line.replace(/^#\s*/u, '').replace(/,+\s*$/u, '').trim()).filter((line) => line.length > 0);
  const paragraphs: string[] = [];
  let last = '';
  for (const row of table.rows) {
    const said = (row[words] ?? '').trim();
    if (said.length === 0 || said === last) continue;
    last = said;
    const who = speaker < 0 ? '' : (row[speaker] ?? '').trim();
    const as = post < 0 ? '' : (row[post] ?? '').trim();
    const name = /^(?:记者|記者|reporter)$/iu.test(who) && as.length > 0 ? as : who;
    paragraphs.push(name.length > 0 ? `${name}：${said}` : said);
  }
  return [...head, '', ...paragraphs].join('\n');
}
