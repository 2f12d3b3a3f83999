import { jieba } from '../text/jieba.ts';
import { escapeRegExp } from '../text/pipeline.ts';

/**
 * A question that checks a claim (是在常务会议室举行的吧？, 是和奇瑞汽车签的吗？, 签约的不是奇瑞汽车吗？) whose claimed
 * value the releases never mention asks, in effect, for the value they do give: where it was held, with whom it
 * was signed. A person answers 不是，是在新闻发布厅; so does the bot, by asking the question with a question word
 * in the claim's place (是在哪里举行的, 是和谁签的) and saying that the claimed value is not in the releases.
 *
 * The claim is the run of nominal words around a word the releases do not know; the question word is chosen by
 * the grammar around it (在/于 before it: a place; 和/跟/由 before it: who) and by the kind of noun that ends it
 * (…室, …馆: a place; …公司, …局: who).
 */
export interface Claim {
  /** The question asked with a question word in the claim's place, in the question's own (normalised) words. */
  question: string;
  /** The words of the claim, as in the question. */
  claimed: string;
}

/** The endings of a question that checks what it states: 吗, 吧, 是吧, 对吗, 没错吧, 是不是, 不是吗, 对不对 (么 as 吗, not of 什么, 怎么). */
const CHECKS = /(?:[，,\s]*(?:是吧|对吧|对吗|对不对|是吗|是不是|不是吗|没错吧|没错吗|没有错吧|是这样吗|是这样吧))?(?:吗|嘛|吧|(?<![什怎这那多])么)?[?？!！.。\s]*$/u;
/** A question that states a claim at its start: 是不是…, 难道…, 不是说…. */
const CHECKS_FIRST = /^(?:请问)?(?:是不是|难道(?:不是)?|不是说|听说|据说)/u;
/** A check inside the question, before what it claims: 走访企业是不是只有80家, 金额是否为600万元, 项目有没有30个. */
const CHECKS_INSIDE = /是不是|是否(?:为|是)?|难道|有没有|够不够|到没到|超没超过/u;
/** Question words: a message holding one asks something of its own. */
const ASKS = /什么|哪|多少|几|谁|怎么|如何|啥|多久|多长|多大/u;
/** A sentence-final particle or check the question ends in; without one, nothing is being checked. */
const ENDS_CHECKING = /(?:吗|嘛|吧|(?<![什怎这那多])么|是不是|对不对)[?？!！.。\s]*$|是不是|是否|难道|有没有|够不够|到没到|超没超过/u;

/** A number with the measure it counts in, as the question's terms hold it (50家, 2个, 600万元): the number, then the measure. */
const NUMBER_CLAIMED = /^(\d+(?:\.\d+)?(?:万|亿)?[余多几来]?)(?:%|\p{Script=Han}{1,3})$/u;
/** Parts of speech of the words a claimed thing is made of: nouns of every kind, names, words jieba does not know. */
const NOMINAL = /^(?:n|nr|ns|nt|nz|nrt|nrfg|ng|x|eng|s|an|vn|b|j|l)$/u;
/** Words before a claim that make it a place: 在常务会议室, 设在校内, 于市政府. */
const PLACE_BEFORE = /(?:在|于|到|去|往|从)$/u;
/** Words before a claim that make it a party: 和奇瑞汽车签, 由王局长主持, 跟哪家. */
const PARTY_BEFORE = /(?:和|与|跟|同|由|被|给|向)$/u;
/** What may end a question after its last word: particles and marks that add nothing to ask. */
const ENDING_PARTICLES = /[了的吗吧呢啊呀么嘛哦？?！!。.，,\s]/gu;
/** Nouns that end a place's name. */
const PLACE_END = /(?:室|厅|馆|场|楼|堂|园|中心|大厦|酒店|宾馆|会场|广场|校区|校内|区|县|市|省|镇|村|路|街|号)$/u;
/** Nouns that end the name of a party that acts: an organisation or a person's post. */
const PARTY_END = /(?:公司|集团|企业|汽车|银行|大学|学院|医院|学校|局|委|办|厅|部|署|协会|研究院|研究所|中心|长|主任|书记|人)$/u;

/**
 * The question a claim-checking question asks about the value it claims (`unknown`: the words that may be the claim,
 * those the releases never mention and the numbers it states). Undefined when the question checks nothing, claims
 * none of them, asks something of its own as well, or would be left with nothing to ask about.
 */
export function claimQuestion(normalised: string, unknown: readonly string[]): Claim | undefined {
  const text = normalised.trim();
  if (unknown.length === 0 || !checksClaim(text)) return undefined;
  const body = text.replace(CHECKS, '').replace(CHECKS_FIRST, '').replace(CHECKS_INSIDE, '').trim();
  // (A message that asks something as well, 是不是免票？什么时间段, is not only checking a claim.)
  if (body === '' || ASKS.test(body)) return undefined;
  // 不是说只走访了50家企业吗: a number claimed is asked as 多少 of its measure (走访了多少家企业).
  const numbers = unknown.map((u) => NUMBER_CLAIMED.exec(u)).filter((m): m is RegExpExecArray => m !== null && body.includes(m[0]));
  // (A year or a date is when, not how many; two numbers are two claims.)
  if (numbers.length > 1 || unknown.some((u) => /^\d+(?:年|月|日|号)/u.test(u))) return undefined;
  const number = numbers[0];
  if (number) {
    const at = body.indexOf(number[0]);
    // (第三套房 is an ordinal, which names one of a series: no amount claimed.)
    if (body.slice(0, at).endsWith('第')) return undefined;
    // (The bound or hedge the claim puts on its number goes with it: 不到90%, 才5000多件, 将近1万家.)
    const before = body.slice(0, at).replace(/(?:只有|只|才|仅有|仅|就有|不到|不足|超过|将近|接近|差不多|大概|大约|约)$/u, '');
    if (!/\p{Script=Han}{2}/u.test(before + body.slice(at + number[0].length))) return undefined;
    return { question: `${before.replace(/不是$/u, '是')}多少${body.slice(at + number[1]!.length)}`, claimed: number[0] };
  }
  const words = jieba().tag(body);
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.word.length;
  }
  const holdsUnknown = (i: number) => unknown.some((u) => overlaps(starts[i]!, words[i]!.word.length, body, u));
  const first = words.findIndex((_, i) => holdsUnknown(i));
  if (first < 0) return undefined;
  let from = first;
  let to = first;
  while (from > 0 && NOMINAL.test(words[from - 1]!.tag)) from--;
  while (to + 1 < words.length && NOMINAL.test(words[to + 1]!.tag)) to++;
  // (A claim of two unknown runs, 奇瑞汽车和长安汽车, is one claim too many to ask about.)
  for (let i = to + 1; i < words.length; i++) if (holdsUnknown(i)) return undefined;
  const before = words.slice(0, from).map((w) => w.word).join('');
  const claimed = words.slice(from, to + 1).map((w) => w.word).join('');
  const after = words.slice(to + 1).map((w) => w.word).join('');
  // Something must be left to ask about: the claim is a value of it.
  if (!/\p{Script=Han}{2}/u.test(before + after)) return undefined;
  const asking = questionWord(before, claimed, after);
  if (asking === undefined) return undefined;
  // 签约的不是奇瑞汽车, 不是在合肥揭牌的: what is denied is asked (签约的是谁, 是在哪里揭牌的).
  const lead = before.replace(/不是((?:在|于|到|和|与|跟|同|由|从)?)$/u, '是$1');
  return { question: `${lead}${asking}${after}`, claimed };
}

/** Whether a question checks what it states at all (吗, 吧, 是不是, 难道 …): nothing else is read for a claim. */
export function checksClaim(normalised: string): boolean {
  const text = normalised.trim();
  return ENDS_CHECKING.test(text) || CHECKS_FIRST.test(text);
}

/** The question word that asks for a value of the claim's kind, or undefined when its kind is unclear. */
function questionWord(before: string, claimed: string, after: string): string | undefined {
  if (PLACE_BEFORE.test(before)) return '哪里';
  // (A party is one that acts: 被奇瑞汽车收购 has its verb after the claim; in 会被罚款吗 the claim is the verb, and the
  // passive asks whether it happens, not by whom.)
  if (PARTY_BEFORE.test(before)) return /\p{Script=Han}/u.test(after.replace(ENDING_PARTICLES, '')) ? '谁' : undefined;
  if (/\d/u.test(claimed)) return undefined;
  if (PLACE_END.test(claimed)) return /是$/u.test(before) ? '哪里' : undefined;
  if (PARTY_END.test(claimed)) return '谁';
  return undefined;
}

/** Whether the word at `start` of `length` characters in `text` shares a character run with `term` where it occurs. */
function overlaps(start: number, length: number, text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (at < start + length && start < at + term.length) return true;
  }
  return false;
}

/**
 * What a checking question is about, before its check (征集技术需求 of 征集技术需求，是不是就收了几十条): the subject a
 * question after it leans on (到底多少项), without the claim, which the releases may never mention.
 */
export function checkedSubject(question: string): string | undefined {
  const at = CHECK_MARK.exec(question);
  if (at === null) return undefined;
  const subject = question.slice(0, at.index).replace(/^(?:说是|听说|据说|有人说)[^，,]*[，,]/u, '').replace(/[，,、\s]+$/u, '').trim();
  return /\p{Script=Han}{2}/u.test(subject) ? subject : undefined;
}

/** Where a question starts to check a claim: 是不是, 难道, 是否, 不是说 (not 有没有, which asks whether there is any). */
const CHECK_MARK = /是不是|难道|是否|不是说/u;

/**
 * An either-or question (是5月23号还是6月23号, 征集技术需求112项还是121项, 作报告的是李克强院士还是钟志华院士): the
 * asker half knows a value and offers two. Each option, put in the question alone, is a claim to check; the
 * releases bear out at most one, and their passage settles it.
 */
export interface Alternatives {
  /** The two options, as in the question. */
  options: [string, string];
  /** The question with each option alone in the place of both (是5月23号, 是6月23号). */
  readings: [string, string];
}

/**
 * The options an either-or question offers and the question with each alone, or undefined when it offers none:
 * 还是 as "still" (今年还是在宿州学院办吗) or a message asking something else as well.
 */
export function alternativesAsked(normalised: string): Alternatives | undefined {
  const text = normalised.trim().replace(/[?？!！。.\s]+$/u, '');
  const at = text.indexOf('还是');
  if (at <= 0 || text.includes('还是', at + 2) || ASKS.test(text)) return undefined;
  const head = text.slice(0, at);
  // (The second option runs to the particles that end the question: 5353.5万来着, 两个阶段呢.)
  const second = text.slice(at + 2).replace(/(?:来着|呢|啊|呀|吧|哦|嘛|吗)+$/u, '');
  if (second === '' || STILL.test(second)) return undefined;
  // The first option opens after the last copula or verb of having (是, 有, 为), or is the number before 还是
  // (征集技术需求112项还是121项).
  const copula = [...head.matchAll(OPTION_OPENS)].at(-1);
  const from = copula !== undefined ? copula.index + copula[0].length : (/[\d.]+(?:万|亿)?[余多几来]?\p{Script=Han}{0,2}$/u.exec(head)?.index ?? -1);
  if (from < 0) return undefined;
  const first = head.slice(from);
  const lead = head.slice(0, from);
  // (是5月23号还是6月23号办的校园行: options first, the question after the second, which is the first's shape: each
  // option is read with what follows it.)
  if (!/\p{Script=Han}{2}/u.test(lead.replace(OPTION_OPENS, '')) && /\d/u.test(first)) {
    const shape = new RegExp(`^${escapeRegExp(first).replace(/\d+(?:\\\.\d+)?/gu, '\\d+(?:\\.\\d+)?')}`, 'u').exec(second)?.[0];
    const rest = shape === undefined ? '' : second.slice(shape.length);
    if (shape !== undefined && /\p{Script=Han}{2}/u.test(rest)) return { options: [first, shape], readings: [`${lead}${first}${rest}`, `${lead}${shape}${rest}`] };
  }
  // (Each option is a short value, and something must be left to ask it of.)
  if (first === '' || [...first].length > 24 || [...second].length > 24 || !/\p{Script=Han}{2}/u.test(lead.replace(OPTION_OPENS, ''))) return undefined;
  // (Both options follow the lead's verb as its value; the rest of the question, if the second option ends
  // before it, is read with the second only: 是6月到8月还是7月到9月搞的.)
  return { options: [first, second], readings: [`${lead}${first}`, `${lead}${second}`] };
}

/** Words after which 还是 opens a value offered: 是, 有, 为了, 为 (and 是不是 is no copula of an option). */
const OPTION_OPENS = /(?:到底|究竟)?(?<!不)(?:是|有|为了|为)(?!不是)/gu;

/** Words that make 还是 an adverb, "still": 还是没有, 还是要, 还是在…办. */
const STILL = /^(?:没|不|要|会|能|可以|得|在|照样|继续|一样|老样子|那样|这样)/u;

/**
 * Whether an answer's text holds an option offered: its numbers all (800多人 in 800余人, 5月23号 in 5月23日), or,
 * an option of words, most of its character pairs (李克强院士, 依托淮海经济区科创联盟 in …依托淮海经济区科创联盟…).
 */
export function holdsOption(answerText: string, option: string): boolean {
  const numbers = option.match(/\d+(?:\.\d+)?/gu) ?? [];
  if (numbers.length > 0) return numbers.every((n) => new RegExp(`(?<![\\d.])${escapeRegExp(n)}(?![\\d]|\\.\\d)`, 'u').test(answerText));
  const chars = [...option.replace(/[^\p{Script=Han}\p{L}]/gu, '')];
  if (chars.length < 2) return false;
  const pairs = chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  return pairs.filter((pair) => answerText.includes(pair)).length >= Math.ceil(pairs.length * 0.6);
}
