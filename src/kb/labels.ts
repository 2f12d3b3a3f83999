import { foldLine } from './fold.ts';
import { looksLikeName, readMention, type Mention } from './people.ts';

/**
 * Turn labels: the words before a colon that say who speaks next. The host (主持人:, 主持人(新闻处处长杨帆):), a
 * reporter (记者:, 新华社记者:, 一、中国环境报记者:, 问:), an answer (答:, 王慧答:), or a speaker by name (吴建平:)
 * or by post and name (大气环境司司长马文涛:). A post and name alone on a line (消费促进司司长林国栋) is a label
 * too, with the speech in the paragraphs after it, and so is a label in brackets alone on its line (【周晓峰】,
 * 【主持人 市政府新闻办公室副主任 赵敏】, 【大连日报记者】). A post alone (市长:) labels the speaker who holds it.
 * Greetings (记者朋友们:, 各位来宾:) are text, not labels.
 */

/** What a label says. `rest` is the text after the colon, as published. */
export type Label =
  | { kind: 'host'; person?: Mention; rest: string }
  | { kind: 'question'; outlet?: string; rest: string }
  | { kind: 'answer'; name?: string; rest: string }
  | { kind: 'speaker'; person: Mention; rest: string }
  | { kind: 'post'; post: string; rest: string };

/** Posts a name may be followed by in a label: 王慧局长:. */
const TITLE_AFTER_NAME = /^(.{2,4}?)(?:副)?(?:局长|厅长|处长|科长|部长|司长|市长|县长|区长|省长|主任|书记|主席|院长|校长|会长|行长|所长|站长|队长|教授|委员|发言人|司令员|政委)$/u;
const NUMBERING = /^(?:[一二三四五六七八九十百]+[、.]|\d+[、.]|\(\d+\)|\([一二三四五六七八九十]+\))\s*/u;

/** A post alone as a label: 市长, 副局长. */
const POST_ONLY = /^(?:副)?(?:局长|厅长|处长|科长|部长|司长|市长|县长|区长|省长|主任|书记|主席|院长|校长|会长|行长|所长|站长|队长|发言人|新闻发言人|司令员|政委)$/u;

/** Reads a label at the start of a line; `known` holds the names (folded) already seen as labels. */
export function readLabel(text: string, folded: string, known: ReadonlySet<string> = new Set()): Label | undefined {
  // 【周晓峰】 alone on its line, or opening the line with the speech after it (【罗振邦】各位记者朋友，…).
  const bracketed = /^\s*[【[]([^】\]]{1,40})[】\]]\s*(.*)$/u.exec(folded);
  if (bracketed) {
    const start = folded.indexOf(bracketed[1]!);
    const after = folded.length - bracketed[2]!.length;
    const label = readLabelWords(text.slice(start, start + bracketed[1]!.length), bracketed[1]!, text.slice(after).trim(), known, true);
    if (label !== undefined || bracketed[2]!.trim().length === 0) return label;
  }
  const colon = folded.search(/:/u);
  if (colon <= 0 || colon > 40) return undefined;
  return readLabelWords(text.slice(0, colon), folded.slice(0, colon), text.slice(colon + 1).trim(), known, false);
}

function readLabelWords(labelWords: string, labelFolded: string, rest: string, known: ReadonlySet<string>, bracketed: boolean): Label | undefined {
  const labelText = labelWords.trim();
  // Q1（outlet）, A1（post name）: a newsletter's numbered questions and answers are 问 and 答.
  const label = labelFolded
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/^([qa])\d{1,2}\s*(?=\()/iu, (_, letter: string) => (letter.toLowerCase() === 'q' ? '问' : '答'));
  // A name with its post in brackets (韩立伟（市发改委副主任，市能源局局长）:): the post may hold commas.
  const namePost = /^([\p{Script=Han}·]{2,8})\s*\(([^()]{2,60})\)$/u.exec(label);
  if (namePost && looksLikeName(namePost[1]!) && !/^主持人?$/u.test(namePost[1]!)) {
    const open = labelText.search(/[(（]/u);
    const close = labelText.search(/[)）]\s*$/u);
    return { kind: 'speaker', person: { name: labelText.slice(0, open).trim(), post: labelText.slice(open + 1, close).trim() }, rest };
  }
  // A label holds names and posts: after any numbering, no sentence punctuation and no digits.
  const numbered = NUMBERING.exec(label)?.[0].length ?? 0;
  if (!/^[\p{Script=Han}·、()\sA-Za-z]+$/u.test(label.slice(numbered))) return undefined;

  const host = /^主持人?\s*(?:\((.+)\)|\s(.+))?$/u.exec(label);
  if (host) {
    if (host[1] === undefined && host[2] === undefined) return { kind: 'host', rest };
    const open = labelText.search(/[(（]/u);
    const inner = host[1] !== undefined ? labelText.slice(open + 1, labelText.search(/[)）]/u)) : labelText.replace(/^主持人?\s*/u, '');
    const person = readMention(inner, foldLine(inner), known, { exact: true });
    return { kind: 'host', ...(person ? { person } : {}), rest };
  }
  const question = questionOutlet(label, labelText);
  if (question !== undefined) return { kind: 'question', ...(question.outlet ? { outlet: question.outlet } : {}), rest };
  // 答（市人社局副局长 许文涛）: the answerer, post and name, in brackets after the label word.
  const answerBracketed = /^(?:回)?答\s*\(([^()]{2,60})\)$/u.exec(label);
  if (answerBracketed) {
    const open = labelText.search(/[(（]/u);
    const inner = labelText.slice(open + 1, open + 1 + answerBracketed[1]!.length);
    const person = readMention(inner, foldLine(inner), known) ?? nameBeforeTitle(inner, foldLine(inner));
    const name = person?.name ?? /([\p{Script=Han}·]{2,4})\s*$/u.exec(inner.trim())?.[1];
    return { kind: 'answer', ...(name !== undefined && looksLikeName(foldLine(name)) ? { name } : {}), rest };
  }
  const answer = /^(.{0,4}?)(?:回)?答$/u.exec(label);
  if (answer) {
    const name = answer[1]!.length > 0 && looksLikeName(answer[1]!) ? labelText.slice(0, answer[1]!.length) : undefined;
    if (answer[1]!.length === 0 || name !== undefined) return { kind: 'answer', ...(name === undefined ? {} : { name }), rest };
  }
  if (POST_ONLY.test(label)) return { kind: 'post', post: labelText, rest };
  const person = readMention(labelText, labelFolded.trim(), known, { exact: true }) ?? nameBeforeTitle(labelText, label);
  // A bare name in brackets is a label only when the transcript uses it as one elsewhere, or it is a plausible name
  // (【关闭】 is a page link, not 关闭).
  if (person && bracketed && person.post === undefined && !known.has(foldLine(person.name)) && NOT_BRACKET_NAME.test(label)) return undefined;
  if (person) return { kind: 'speaker', person, rest };
  return undefined;
}

/** Words of page links a bracket holds, which read like names (关闭, 打印). */
const NOT_BRACKET_NAME = /^(?:关闭|打印|收藏|分享|返回|顶部|上一篇|下一篇|大|中|小|字号|字体)$/u;


/** A post and name standing alone on a line, with no punctuation: the label of the paragraphs that follow. */
export function readNameLine(text: string, folded: string, known: ReadonlySet<string> = new Set()): Mention | undefined {
  const line = folded.trim();
  if (line.length > 40 || !/^[\p{Script=Han}·、()\s]+$/u.test(line)) return undefined;
  const person = readMention(text, folded, known);
  // A bare name alone is a label only when the transcript uses it as one; a post makes any name a label.
  if (!person || (person.post === undefined && !known.has(line))) return undefined;
  return person;
}

/** The reporter's outlet from a question label; undefined when the label is not a reporter's. */
function questionOutlet(label: string, labelText: string): { outlet?: string } | undefined {
  if (/^(?:问|提问|记者问|记者提问)$/u.test(label)) return {};
  const numbered = NUMBERING.exec(label)?.[0].length ?? 0;
  // 记者（霁川日报）, 问（澄川日报记者）: the outlet in brackets after the label word.
  const bracketed = /^(?:记者|问|提问)\s*\(([^()]{2,24}?)(?:记者)?\)$/u.exec(label.slice(numbered));
  if (bracketed) {
    const open = labelText.search(/[(（]/u);
    return { outlet: labelText.slice(open + 1, open + 1 + bracketed[1]!.length).trim() };
  }
  const m = /^(.*?)记者(.*)$/u.exec(label.slice(numbered));
  if (!m) return undefined;
  const [, outlet, after] = m;
  if (after!.length > 0 && !looksLikeName(after!.trim())) return undefined;
  if (outlet!.length > 24) return undefined;
  const published = labelText.slice(numbered, numbered + outlet!.length).trim();
  return published.length > 0 ? { outlet: published } : {};
}

function nameBeforeTitle(labelText: string, label: string): Mention | undefined {
  const m = TITLE_AFTER_NAME.exec(label);
  return m && looksLikeName(m[1]!) ? { name: labelText.slice(0, m[1]!.length) } : undefined;
}
