/**
 * Reads a raw press-conference transcript in the layout Chinese government press-release pages use: the title
 * line; header fields (發布人 / 发布人 …); page furniture; then the host's and speakers' turns with section headings,
 * and the reporters' questions with the answers. Simplified or Traditional, full- or half-width punctuation.
 */

/** One paragraph as spoken, with its line in the transcript. */
export interface TranscriptParagraph {
  speaker: string;
  section?: string;
  text: string;
  line: number;
}

/** One reporter's question and its answer. */
export interface TranscriptQa {
  question: string;
  answer: string;
  answeredBy?: string;
  line: number;
}

/** The header fields, as printed. */
export interface TranscriptHeader {
  /** 發布人: speakers with their posts, e.g. 市科技局副局長王慧,市科技局…科科長李黎. */
  speakers?: string;
  media?: string;
  date?: string;
  place?: string;
  office?: string;
  summary?: string;
}

/** A transcript taken apart, ready to become a release. */
export interface Transcript {
  title: string;
  header: TranscriptHeader;
  /** Speakers from the header, post and name split. */
  speakers: { name: string; post: string }[];
  media: string[];
  statements: TranscriptParagraph[];
  qa: TranscriptQa[];
  /** Lines dropped as page furniture or name lines, for the report. */
  dropped: { line: number; text: string }[];
}

/** The host's label in both scripts. */
export const HOST = '主持人';

const HEADER_FIELDS: Record<string, keyof TranscriptHeader> = {
  發布人: 'speakers', 发布人: 'speakers',
  參會媒體: 'media', 参会媒体: 'media',
  發布時間: 'date', 发布时间: 'date',
  發布地點: 'place', 发布地点: 'place',
  發布單位: 'office', 发布单位: 'office',
  發布摘要: 'summary', 发布摘要: 'summary',
};

/** Lines the page prints around the transcript: labels for video, details and photos of the venue. */
const FURNITURE = /^(發布會視頻|发布会视频|發布會詳情|发布会详情|發布會圖片|发布会图片|會場|会场|會場圖片|会场图片|圖片|图片|視頻|视频|文字實錄|文字实录|相關附件|相关附件)$/u;

const HEADER_LINE = new RegExp(`^(${Object.keys(HEADER_FIELDS).join('|')})\\s*[:：]\\s*(.*)$`, 'u');
const TURN_LINE = /^([\p{Script=Han}·]{1,6})\s*[:：]\s*(.*)$/u;
const REPORTER = /^(記者|记者|問|问)$/u;
const ANSWER = /^(答|(.{2,4})答)$/u;
/** Section headings: 一、… 二、… 三是…, (一)…, 第一, 首先 is not one. */
const HEADING = /^(?:[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[、,，])/u;
/** Words a post ends with; what follows is the name. */
const POST_END = /(?:局長|局长|廳長|厅长|處長|处长|科長|科长|部長|部长|市長|市长|縣長|县长|區長|区长|主任|書記|书记|主席|委員|委员|秘書長|秘书长|院長|院长|校長|校长|會長|会长|理事長|理事长|董事長|董事长|總經理|总经理|經理|经理|負責人|负责人|發言人|发言人|專員|专员|巡視員|巡视员|調研員|调研员|總工程師|总工程师|教授|研究員|研究员|隊長|队长|所長|所长|站長|站长|行長|行长|總監|总监|代表)/u;

/** Takes a transcript apart; never throws: what it cannot place becomes a paragraph of the current speaker. */
export function parseTranscript(text: string): Transcript {
  const lines = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n').map((l, i) => ({ text: l.trim(), line: i + 1 }));
  const content = lines.filter((l) => l.text.length > 0);
  const result: Transcript = { title: '', header: {}, speakers: [], media: [], statements: [], qa: [], dropped: [] };
  const first = content.shift();
  result.title = first?.text ?? '';

  let speaker: string | undefined;
  let section: string | undefined;
  let mode: 'statement' | 'question' | 'answer' = 'statement';
  let answeredBy: string | undefined;
  const names = () => new Set([HOST, ...result.speakers.map((s) => s.name)]);

  for (let i = 0; i < content.length; i++) {
    const { text: raw, line } = content[i]!;
    const header = HEADER_LINE.exec(raw);
    if (header && speaker === undefined) {
      const field = HEADER_FIELDS[header[1]!]!;
      result.header[field] = header[2]!.trim();
      if (field === 'speakers') result.speakers = splitSpeakers(header[2]!);
      if (field === 'media') result.media = splitList(header[2]!);
      continue;
    }
    if (FURNITURE.test(raw)) {
      result.dropped.push({ line, text: raw });
      continue;
    }
    const next = content[i + 1]?.text ?? '';
    const nextTurn = TURN_LINE.exec(next);
    if (nextTurn && names().has(nextTurn[1]!) && nextTurn[1] !== HOST && raw.endsWith(nextTurn[1]!) && !TURN_LINE.test(raw)) {
      // The page prints the speaker's post and name on a line of its own before the turn (市科技局副局長王慧).
      result.dropped.push({ line, text: raw });
      continue;
    }
    const turn = TURN_LINE.exec(raw);
    let body = raw;
    if (turn) {
      const label = turn[1]!;
      const answer = ANSWER.exec(label);
      if (REPORTER.test(label)) {
        mode = 'question';
        result.qa.push({ question: '', answer: '', line });
        body = turn[2]!;
      } else if (answer && mode !== 'statement') {
        mode = 'answer';
        answeredBy = answer[2] && names().has(answer[2]) ? answer[2] : undefined;
        body = turn[2]!;
      } else if (names().has(label)) {
        if (mode === 'question' || (mode === 'answer' && label !== HOST)) {
          // A named speaker after a question answers it.
          mode = 'answer';
          answeredBy = label;
        } else {
          mode = 'statement';
          if (label !== speaker) section = undefined;
          speaker = label;
        }
        body = turn[2]!;
      }
    }
    if (body.length === 0) continue;
    if (mode === 'question' || mode === 'answer') {
      const pair = result.qa[result.qa.length - 1]!;
      if (mode === 'question') pair.question = join(pair.question, body);
      else {
        pair.answer = join(pair.answer, body);
        if (answeredBy !== undefined) pair.answeredBy = answeredBy;
      }
      continue;
    }
    if (HEADING.test(body) && body.length <= 40 && !/[。!！?？]./u.test(body)) {
      section = body;
      continue;
    }
    result.statements.push({ speaker: speaker ?? HOST, ...(section === undefined ? {} : { section }), text: body, line });
  }
  return result;
}

/** Splits 發布人 into speakers: each item is a post followed by a name (市科技局副局長王慧). */
export function splitSpeakers(field: string): { name: string; post: string }[] {
  return splitList(field).map((item) => {
    let cut = -1;
    for (const match of item.matchAll(new RegExp(POST_END.source, 'gu'))) cut = match.index + match[0].length;
    if (cut <= 0 || cut >= item.length) return { name: item, post: item };
    return { name: item.slice(cut), post: item.slice(0, cut) };
  });
}

function splitList(field: string): string[] {
  return field
    .split(/[|｜,，、;；\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Joins the paragraphs of a question or an answer, keeping the paragraph break. */
function join(a: string, b: string): string {
  return a.length === 0 ? b : `${a}\n${b}`;
}
