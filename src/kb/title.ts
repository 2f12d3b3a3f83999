/**
 * The release's title as the page prints it: not always the first line (site names and navigation come first),
 * sometimes split over two lines (国家生态保护部举行2024年9月 / 例行新闻发布会图文实录), with the page's suffix
 * (文字实录, 图文实录, 实录) that is not part of the event's name.
 */

/** Words that make a line a title: it names a press event or an interview. */
const EVENT_WORD = /(?:发布会|记者会|通气会|吹风会|见面会|答记者问|答问|采访|专访|访谈|座谈会|实录)/u;
/** The page's suffixes, and a line that is only one. */
const SUFFIX = /\s*(?:[(【[]?(?:文字实录|图文实录|视频实录|文字直播|图文直播|实录全文|全文实录|实录)[)】\]]?)$/u;
/** A first half that needs the next line: it ends mid-phrase or holds the verb of the title. */
const FIRST_HALF = /(?:[年月日第的和暨与及“"]$|举行|召开|举办|关于)/u;

/** One candidate line of the preamble: text as published, folded twin, and whether it is right after the previous candidate. */
export interface TitleCandidate {
  text: string;
  folded: string;
  /** Index of the line in the transcript (0-based); consecutive lines differ by one. */
  index: number;
}

/** Where the title is: the candidates it takes (one or two) and its text without the suffix. */
export interface FoundTitle {
  title: string;
  /** Indices (into `candidates`) of the lines the title was read from. */
  used: number[];
}

/** Finds the title among the preamble's candidate lines (not furniture, header or date lines), in order. */
export function findTitle(candidates: readonly TitleCandidate[]): FoundTitle | undefined {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!isTitleLike(c.folded) || !EVENT_WORD.test(c.folded)) continue;
    const used = [i];
    let text = c.text;
    const previous = candidates[i - 1];
    if (previous && previous.index === c.index - 1 && isTitleLike(previous.folded) && !EVENT_WORD.test(previous.folded) && FIRST_HALF.test(previous.folded) && previous.folded.length <= 40) {
      used.unshift(i - 1);
      text = previous.text + text;
    }
    const next = candidates[i + 1];
    if (next && next.index === c.index + 1 && next.folded.replace(SUFFIX, '').trim().length === 0) {
      used.push(i + 1);
      text += next.text;
    }
    return { title: withoutSuffix(text), used };
  }
  return undefined;
}

/**
 * For a page whose headline names no event (洛阳轨道交通3号线一期工程将于9月28日开通初期运营): the candidate on the
 * line just above the page's date-and-source line, where pages print their headline.
 */
export function titleAbove(candidates: readonly (TitleCandidate & { line: number })[], pageLine: number): FoundTitle | undefined {
  const i = candidates.findIndex((c) => c.line === pageLine - 1 && isTitleLike(c.folded));
  return i < 0 ? undefined : { title: withoutSuffix(candidates[i]!.text), used: [i] };
}

/** A title without the page's suffix: …新闻发布会文字实录 → …新闻发布会. */
export function withoutSuffix(title: string): string {
  const stripped = title.replace(SUFFIX, '').trim();
  return stripped.length > 0 ? stripped : title.trim();
}

/** A line could be a title: no sentence punctuation, not opening with a date, short enough. */
function isTitleLike(folded: string): boolean {
  const line = folded.trim();
  return line.length >= 2 && line.length <= 80 && !/[。!?;]/u.test(line) && !/^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]/u.test(line) && !/,.*,/u.test(line);
}
