/** What a question asks for, from its question words; it favours matching passages, it never decides alone. */
export type QuestionType = 'figure' | 'date' | 'person' | 'place' | 'official' | 'any';

/** Questions longer than this are read only this far: no real question is longer, and work stays bounded. */
export const MAX_QUESTION_CHARS = 500;

// Patterns run on folded text (Simplified, half-width, lower case).
const TYPE_CUES: [QuestionType, RegExp][] = [
  ['date', /什么时候|哪天|哪一天|何时|几月|几号|哪年|时间|日期|when/u],
  ['figure', /多少|几[个家项位名次场所件条届批人万]?|多大|多高|多长|金额|数量|总数|how (?:many|much)/u],
  ['person', /谁|哪位|哪些人|什么人|姓名|名字|who/u],
  ['place', /哪里|哪儿|在哪|什么地方|地点|地址|where/u],
  ['official', /意义|影响|打算|谋划|计划|措施|下一步|怎么看|如何看|为什么|为何|目的|考虑|why/u],
];

const GREETING =
  /^(?:你好|您好|嗨|哈喽|哈啰|hello|hi|hey|在吗|在不在|早上好|上午好|中午好|下午好|晚上好|早安|晚安|谢谢|多谢|感谢|thanks|thankyou|ok|好的|帮助|help|\/help|\/start|start|菜单|menu|怎么用|如何使用|使用说明|说明|你是谁|你能做什么|你会什么|bot|机器人)+$/u;

/** The question type its wording points at; the first cue that matches wins, in the order above. */
export function questionType(folded: string): QuestionType {
  for (const [type, cue] of TYPE_CUES) if (cue.test(folded)) return type;
  return 'any';
}

/**
 * Makes any input safe to analyse: drops control and format characters (keeping line breaks as spaces),
 * lone surrogates and emoji, and keeps at most {@link MAX_QUESTION_CHARS} characters; a question corrected as it was
 * spoken is its correction (see {@link afterSelfCorrection}).
 */
export function cleanQuestion(raw: string): string {
  const text = typeof raw === 'string' ? raw : String(raw ?? '');
  return afterSelfCorrection(
    text
      .slice(0, MAX_QUESTION_CHARS * 2)
      .replace(/[\r\n\t]+/gu, ' ')
      .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, '')
      .replace(/\p{Extended_Pictographic}/gu, ' ')
      .trim()
      .slice(0, MAX_QUESTION_CHARS),
  );
}

/**
 * A question corrected as it is spoken or dictated (走访了多少家企业，不对，我是说征集了多少项需求): what follows the
 * correction is the question, when both what it corrects and it ask something (a question word each); a word corrected
 * by the next (四月 不对 五月份那个活动是几号) gives way to it; a 不对 that is part of what is asked (有没有不对的地方,
 * 这个数字不对吗) corrects nothing.
 */
export function afterSelfCorrection(text: string): string {
  let cut = -1;
  let at = -1;
  for (const m of text.matchAll(CORRECTION)) if (m.index > 0) [at, cut] = [m.index, m.index + m[0].length];
  if (cut < 0) return text;
  const before = text.slice(0, cut);
  const after = text.slice(cut).replace(/^[，,。.！!？?、\s]+/u, '');
  if (ASKS.test(before) && ASKS.test(after) && /\p{Script=Han}{2}/u.test(after)) return after;
  // (Or a word corrected by the next, 四月 不对 五月份那个活动是几号: the word before the correction gives way.)
  const spoken = text.slice(0, at).replace(/[，,。.！!？?、\s]+$/u, '');
  const word = /[^，,。.！!？?、\s]{1,6}$/u.exec(spoken);
  const corrected = word?.[0].replace(FILLERS, '') ?? '';
  if (word !== null && [...corrected].length >= 1 && [...corrected].length <= 4 && !ASKS.test(corrected) && ASKS.test(after) && /\p{Script=Han}{2}/u.test(after)) {
    return `${spoken.slice(0, word.index)}${after}`;
  }
  return text;
}

/** Sounds and words that fill a pause in speech: 嗯, 呃, 啊, 额, 那个. */
const FILLERS = /^(?:嗯|呃|啊|额|額|那个|那個|就是)+/u;

/**
 * What a speaker says to correct themselves: 不对, 不是不是, 哦不, 说错了, 我是说, 我的意思是 (Simplified and Traditional); 额不
 * only as a filler, not the end of a word (金额不是才几十万吗).
 */
const CORRECTION = /(?:不对不对|不對不對|不对|不對|不是不是|哦不|噢不|呃不|(?<!\p{Script=Han})额不|(?<!\p{Script=Han})額不|说错了|說錯了|口误|口誤)[，,。\s]*(?:我是说|我是說|我想问的是|我想問的是|应该是|應該是)?|我是说|我是說|我的意思是/gu;

/** A question word, in either script: the mark of a clause that asks. */
const ASKS = /多少|几|幾|什么|什麼|啥|哪|谁|誰|吗|嗎|怎么|怎麼|如何|为什么|為什麼|呢/u;

/** Whether folded input is a greeting, a call for help, or has nothing to search for. */
export function isUsageRequest(folded: string): boolean {
  const bare = folded.replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
  return bare.length === 0 || GREETING.test(bare);
}
