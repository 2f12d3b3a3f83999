/**
 * A question set as a quiz, a worksheet or an exam drill (考考你：…是哪天召开的？, 填空：签约金额为____万元,
 * 选择题：在哪里举行？A. … B. …, 判断题：走访企业一百零五家，对还是错？, 简答题：简述…): the same question as a
 * person would ask it, under the form's furniture. The form is grammar, not content: its label names the kind of
 * exercise, a blank stands where a question word would, the options are the values offered, and 对还是错 checks a
 * statement as 吗 does. Read so, the question is answered as any other.
 */
export interface QuizReading {
  /** The question without the quiz's furniture, its blanks asked with question words. */
  question: string;
  /** The options offered (A. … B. …), when the stem itself asks nothing but which of them is right. */
  options: string[];
}

/**
 * The label that names an exercise (考考你, 填空题, 选择题, 判断题, 简答题, 时政题 …), at the start of the message or of a
 * sentence in it. A bare 判断 or 选择 is a label only before a colon: 如何判断 asks something.
 */
const LABEL =
  /(^|[。？?！!；;\s])(?:(?:来)?考考(?:你|大家)|考你一下|小测验|(?:填空|选择|单选|多选|判断|简答|问答|时政|论述|常识|知识竞赛|名词解释)题|(?:填空|选择|判断|简答|名词解释)(?=[：:]))[：:，,、\s]*/gu;
/** A blank to fill: a run of underscores (ASCII or full-width), or empty brackets. */
const BLANK = /_{2,}|＿+|﹍+|（\s*）|\(\s*\)|【\s*】|\[\s*\]/gu;
/** A date's blanks (____年__月__日, __月__日): asked as which day. */
const DATE_BLANKS = /(?:@BLANK@年)?@BLANK@月@BLANK@[日号]/gu;
/** What a blank before a unit or number asks: how many (____万元, ____个, 第____). */
const BEFORE_UNIT = /^(?:万|亿|千|百|余|多)?(?:元|个|家|项|名|人|次|件|条|所|场|届|批|天|年|月|日|号|岁|%|公里|平方米|亩|吨|户|位|期|类|倍|成|小时|分钟|座|台|辆|套|间|张|份|篇|本|只|支|处)/u;
/** Words before a blank that make it a party (由____主办) or a place (在____举行). */
const PARTY_BEFORE = /(?:由|和|与|跟|同|被)$/u;
const PLACE_BEFORE = /(?:在|于|到|去|往|从)$/u;
/** Endings that ask whether a statement is right: 对还是错, 对不对, 是否正确, 正确吗 … (read as 吗). */
const RIGHT_OR_WRONG = /[，,\s]*(?:对还是错|是对是错|对吗|对不对|是否正确|正确吗|正确与否|正确还是错误|对或错|√还是×|请判断(?:正误|对错)?)[。？?！!\s]*$/u;
/** An option's letter: A. B、 C） D: at the start or after a space or a mark, in order. */
const OPTION = /(?:^|[\s，,。；;：:？?])([A-FＡ-Ｆ])[.．、:：)）]\s*/gu;
/** A stem that asks only which option is right (下列说法哪个正确, 以下哪项是对的, 正确的是). */
const WHICH_IS_RIGHT = /(?:请问)?(?:下列|以下|下面)?(?:说法|表述|选项|描述|哪种说法)?中?(?:哪个|哪项|哪一个|哪一项|哪种|哪些)?(?:是)?(?:正确|对|准确|符合事实)的?(?:是|有)?(?:哪个|哪项|哪一个|哪一项)?[？?：:。\s]*$/u;
/** A question word: a clause that holds one asks something. */
const ASKS = /什么|哪|多少|几|谁|怎么|如何|啥|多久|多长|多大|吗|呢|简述|介绍|说说|说明/u;

/**
 * The question a quiz-form message asks, or undefined when it has none of a quiz's furniture (no label, blank,
 * options or 对还是错): an ordinary question is never read again.
 */
export function quizReading(text: string): QuizReading | undefined {
  const trimmed = text.trim();
  const labelled = LABEL.test(trimmed);
  LABEL.lastIndex = 0;
  const blanked = BLANK.test(trimmed);
  BLANK.lastIndex = 0;
  const checked = RIGHT_OR_WRONG.test(trimmed);
  const letters = [...trimmed.matchAll(OPTION)];
  const lettered = letters.length >= 2 && letters.every((m, i) => optionIndex(m[1]!) === i);
  if (!labelled && !blanked && !checked && !lettered) return undefined;
  let body = trimmed.replace(LABEL, '$1').trim();
  const options: string[] = [];
  if (lettered) {
    const marks = [...body.matchAll(OPTION)];
    if (marks.length >= 2) {
      for (let i = 0; i < marks.length; i++) {
        const from = marks[i]!.index + marks[i]![0].length;
        const to = i + 1 < marks.length ? marks[i + 1]!.index : body.length;
        options.push(body.slice(from, to).replace(/[\s，,。；;？?！!]+$/u, '').trim());
      }
      body = body.slice(0, marks[0]!.index).trim();
    }
  }
  body = withBlanksAsked(body.replace(RIGHT_OR_WRONG, checked ? '吗' : ''));
  // (A second sentence of blanks alone, 填空：____年__月__日, is how to write the answer, not a question of its own.)
  const sentences = body.split(/(?<=[。？?！!；;])/u).map((s) => s.trim()).filter((s) => s !== '');
  const asking = sentences.filter((s) => /\p{Script=Han}{2}/u.test(s.replace(/哪天|多少|什么|谁|哪里|[。？?！!；;，,\s]/gu, '')));
  const question = (asking.length > 0 ? asking : sentences).join('').trim();
  // (下列说法哪个正确 asks which option; a stem that asks of its own, 在哪里举行, is the question, and its options only
  // values offered.)
  if (options.length >= 2 && options.every((o) => o !== '') && !/\p{Script=Han}{2}/u.test(question.replace(WHICH_IS_RIGHT, ''))) return { question, options };
  if (!/\p{Script=Han}{2}/u.test(question) || !ASKS.test(question) && !/[。.]$/u.test(question)) return undefined;
  return { question: /[？?。.！!]$/u.test(question) ? question : `${question}？`, options: [] };
}

/** An option letter's place (A 0, B 1 …), full-width letters too. */
function optionIndex(letter: string): number {
  const code = letter.codePointAt(0)!;
  return code >= 0xff21 ? code - 0xff21 : code - 0x41;
}

/** The blanks of a statement asked with the question word each stands for: 哪天, 多少, 谁, 哪里 or 什么. */
function withBlanksAsked(text: string): string {
  const marked = text.replace(BLANK, '@BLANK@').replace(DATE_BLANKS, '哪天');
  let out = '';
  let rest = marked;
  for (let at = rest.indexOf('@BLANK@'); at >= 0; at = rest.indexOf('@BLANK@')) {
    const before = out + rest.slice(0, at);
    const after = rest.slice(at + '@BLANK@'.length);
    const word = BEFORE_UNIT.test(after) || /第$/u.test(before) ? '多少' : PARTY_BEFORE.test(before) ? '谁' : PLACE_BEFORE.test(before) ? '哪里' : '什么';
    // (第____ is 第几; 为____ is 是什么, since 为什么 asks why.)
    out = /第$/u.test(before) ? `${before}几` : /为$/u.test(before) && word === '什么' ? `${before.slice(0, -1)}是什么` : before + word;
    rest = after;
  }
  // (A blank at the end of a statement, the box for a judgement's mark, asks nothing of its own.)
  return (out + rest).replace(/(?:什么)+([。？?！!]?)$/u, (m, end: string, offset: number, whole: string) => (/(?:是|为|叫|有)什么+[。？?！!]?$/u.test(whole) ? m : end));
}
