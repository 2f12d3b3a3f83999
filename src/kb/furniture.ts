/**
 * Page furniture: what a release page prints around the transcript and a copy-and-paste brings along. Site
 * navigation (当前位置 / 您的位置 / 首页 > …), the page line (来源:X 发布时间:… 浏览量:{{…}}, 【字体: 打印,
 * 关键词:… 收藏 点赞), weekdays, 投稿 and print links, photo captions (…记者X摄), editors' credits, lead-ins
 * (实录如下:), the end mark (完), and the labels of the page's video and photo boxes. Lines are matched folded
 * (Simplified, half-width). None of it is the release's text, but every dropped line is listed for the curator.
 */

/** Why a line was dropped. */
export type FurnitureKind = 'navigation' | 'page line' | 'weekday' | 'link' | 'photo caption' | 'credit' | 'lead-in' | 'end mark' | 'page box';

/** Labels of the page's boxes for video, details and photos. */
const PAGE_BOX = /^(?:发布会视频|发布会详情|发布会图片|会场|会场图片|图片|视频|文字实录|图文实录|相关附件|附件|相关链接|相关新闻|现场图片|现场视频|视频直播|图片直播|文字直播)$/u;

const NAVIGATION = [
  /^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|当前的位置|所在位置|位置)\s*:/u,
  /首页\s*[>»›|/]/u,
  /^首页$/u,
  /\S\s*[>»›]\s*\S+\s*[>»›]/u,
  /^[^。!?,;:]{1,12}(?:\s*\|\s*[^。!?,;:|]{1,12}){2,}$/u,
];

/** Words of the line a page prints under its title; two of them (or one with {{…}} or 【字体) make a page line. */
const PAGE_LINE_WORD = /(?:来源|信息来源|作者|浏览量|浏览次数|浏览|阅读量|阅读次数|点击量|点击数|点击|访问量|字体|字号|打印|关键词|收藏|点赞|分享|责任编辑|发布者|发布时间|发布日期|发稿时间|更新时间|日期)/gu;

const WEEKDAY = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:星期|周|礼拜)[一二三四五六日天]$/u;
const LINK = /(?:投稿|打印本页|打印此页|关闭窗口|返回顶部|分享到|扫一扫|收藏本页|【打印】|【关闭】|\[打印\]|\[关闭\])/u;
const ONLY_BRACKETED = /^(?:\s*[【[][^】\]]{1,12}[】\]]\s*)+$/u;
const PHOTO_CAPTION = [
  /(?:记者|通讯员|摄影记者|摄影|特约记者)\s*[\p{Script=Han}·]{2,4}(?:\s*[、\s]\s*[\p{Script=Han}·]{2,4})*\s*摄\s*\)?$/u,
  /^\(?图为[^。]{0,60}[。]?\)?$/u,
  /^\(?(?:图|图片|摄影)\s*[:/]/u,
  /^(?:新闻)?发布会现场[。.]?$/u,
];
const CREDIT = [/^(?:责任编辑|编辑|审核|审校|校对|监制|制作|编审|终审|初审)\s*:/u, /^[(【[](?:记者|通讯员|来源|作者|编辑|责任编辑|审核|校对)[^)】\]]{0,40}[)】\]]$/u];
const LEAD_IN = [/(?:实录|全文|内容|文字实录|原文)如下\s*:?$/u, /^以下[为是][^。]{0,30}(?:实录|全文|内容)\s*:?$/u, /^(?:现将|下面是|以下是)[^。]{0,30}(?:实录|全文)[^。]{0,10}:$/u];
const END_MARK = /^(?:\(完\)|【完】|-+|—+|\*+|=+|\(全文完\)|完)$/u;

/** What kind of furniture a folded, trimmed line is; undefined when it may be text. */
export function furnitureKind(folded: string): FurnitureKind | undefined {
  const line = folded.trim();
  if (PAGE_BOX.test(line)) return 'page box';
  if (END_MARK.test(line)) return 'end mark';
  if (WEEKDAY.test(line)) return 'weekday';
  if (isPageLine(line)) return 'page line';
  if (line.length <= 80 && NAVIGATION.some((r) => r.test(line))) return 'navigation';
  if (ONLY_BRACKETED.test(line) || (line.length <= 40 && LINK.test(line) && !/[。!?]/u.test(line))) return 'link';
  if (line.length <= 90 && PHOTO_CAPTION.some((r) => r.test(line))) return 'photo caption';
  if (line.length <= 60 && CREDIT.some((r) => r.test(line))) return 'credit';
  if (line.length <= 60 && LEAD_IN.some((r) => r.test(line))) return 'lead-in';
  return undefined;
}

/** Whether a folded line is the page's date-and-source line. */
export function isPageLine(line: string): boolean {
  if (line.length > 160 || /[。!?]/u.test(line)) return false;
  const words = new Set([...line.matchAll(PAGE_LINE_WORD)].map((m) => m[0]));
  if (/\{\{.*\}\}/u.test(line) || /【\s*字体/u.test(line) || /[【[]\s*大\s*[】\]]\s*[【[]\s*中\s*[】\]]/u.test(line)) return true;
  if (/^(?:来源|信息来源)\s*:/u.test(line)) return true;
  // 2024-07-05 10:00 来源:…: a date first, then the source.
  if (/^\d{4}\s*(?:-|\/|\.|年)\s*\d{1,2}/u.test(line) && /(?:来源|信息来源)\s*:/u.test(line)) return true;
  return words.size >= 2 && /(?:来源|浏览|阅读|点击|字体|打印|关键词|收藏|点赞|分享|访问量|作者)/u.test(line);
}

/** What the page line says: the date it prints and the source office it names. */
export interface PageLine {
  date?: string;
  source?: string;
}

/** Reads a page line (folded, for matching; `text` as published, for the source's name). */
export function readPageLine(text: string, folded: string): PageLine {
  const result: PageLine = {};
  const date = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/u.exec(folded);
  if (date) result.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  const source = /(?:信息来源|来源)\s*:\s*/u.exec(folded);
  if (source) {
    const start = source.index + source[0].length;
    const end = start + (/^[^\s【[|{]+/u.exec(folded.slice(start))?.[0].length ?? 0);
    if (end > start) result.source = text.slice(start, end);
  }
  return result;
}

/** A news credit opening a line (【本报讯】据臨江日報報道,): its length in the line, or 0. */
export function newsCreditLength(folded: string): number {
  const m = /^\s*[【[][^】\]]{0,16}讯[】\]]\s*(?:\(?[^,。]{0,12}记者[^,。)]{0,12}\)?\s*)?(?:据[^,。]{1,24}报道\s*,?\s*)?/u.exec(folded);
  return m ? m[0].length : 0;
}
