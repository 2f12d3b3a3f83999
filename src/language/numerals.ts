import { createRequire } from 'node:module';
import { MEASURE_WORDS } from './measures.ts';

/**
 * Chinese numerals as people type them (一百一十二项, 八百多人, 三十五个, 两成, 二〇二三年) rewritten in Arabic digits,
 * in folded (Simplified) text, so a question in characters meets a release in digits and the other way round.
 * The arithmetic is nzh's; this module decides which runs of numeral characters are numbers at all (十分重要 and
 * 千万不要 are not), and smooths the forms nzh reads differently from people (两, 一万二, 百分之三十).
 */

interface Nzh {
  decodeS(text: string): string;
  encodeS(value: number): string;
}

let nzh: Nzh | undefined;

function decode(text: string): number {
  nzh ??= createRequire(import.meta.url)('nzh/cn') as Nzh;
  return Number(nzh.decodeS(text));
}

/** A number in Chinese numerals, as an enumeration writes it (2 → 二, 12 → 十二). */
export function numeralWord(value: number): string {
  nzh ??= createRequire(import.meta.url)('nzh/cn') as Nzh;
  return nzh.encodeS(value);
}

const DIGIT = '零〇一二三四五六七八九两';
const NUMERAL = `[${DIGIT}十百千万亿]+(?:点[${DIGIT}]+)?`;
const RUN = new RegExp(NUMERAL, 'gu');
const PERCENT = new RegExp(`百分之(${NUMERAL})([多余]?)`, 'gu');
const FRACTION = new RegExp(`(${NUMERAL})分之(${NUMERAL})`, 'gu');
const DIGIT_VALUE: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Runs that read as numbers but are words: 十分 (very), 千万 (by all means), 万一 (in case), 一一 (one by one). */
const NOT_NUMBERS = new Set(['十分', '千万', '万一', '万万', '一一', '千千万万']);
/** Words that may follow a number: measure words and units, 万 and 亿, date and clock parts, and 多/余/来/几. */
const FOLLOWER = new RegExp(`^(?:[多余来几]?(?:${MEASURE_WORDS.map(escape).join('|')}|[万亿])|[年月日号时点])`, 'u');
const DATE_PART = /^[年月日号]/u;
/** The start of a span of months or days: 一到九月, 三至五日 (the end says what the start counts). */
const SPAN_TO_DATE = /^[至到~—–-](?:[零〇一二三四五六七八九十两]{1,3}|\d{1,2})[月日号]/u;
/** 两成 is 20%; 成 after a number is tenths unless it starts a word (成为, 成立, 成果 …). */
const TENTHS = /^成(?![为立果功效本绩员交长熟就型功])/u;
/** Characters after which a number still starts fresh (约500, 共计35, 达到800): not the tail of a word. */
const NUMBER_MAY_FOLLOW = /[约近超逾共计达为至到和或、了过有是占]/u;

/**
 * Rewrites the numbers written in Chinese numerals in a folded text with Arabic digits: 一百一十二项 → 112项,
 * 八百多人 → 800多人, 百分之三十 → 30%, 两成 → 20%, 二〇二三年 → 2023年, 五月二十三号 → 5月23号.
 * Words that merely contain numeral characters (十分, 千万, 统一, 一些, 第一) are left as they are.
 */
export function arabicNumerals(text: string): string {
  return ordinalWords(numbersInDigits(text));
}

/**
 * 第1阶段 → 第一阶段: an ordinal before a word that is no measure is that word (第一阶段, 第二季度), and the
 * releases keep it in characters (see numberAt); typed in digits, it is written as they write it.
 */
function ordinalWords(text: string): string {
  if (!text.includes('第')) return text;
  return text.replace(/第(\d{1,2})(?=\p{Script=Han})/gu, (whole: string, digits: string, at: number) =>
    Number(digits) === 0 || FOLLOWER.test(text.slice(at + whole.length, at + whole.length + 6)) ? whole : `第${numeralWord(Number(digits))}`,
  );
}

/** What follows 千 as a prefix of a unit: 千克, 千米, 千瓦, 千伏, 千帕, 千焦, 千卡, 千赫. */
const METRIC_AFTER_KILO = /^[克米瓦伏帕焦卡赫]/u;

/** Two neighbouring digits before a unit, a rough range as people say it: 六七十 (60 to 70), 三四百, 五六万. */
const NEIGHBOURS = /(?<![零〇一二三四五六七八九十百千])([一二三四五六七八])([二三四五六七八九])(十|百|千|万)/gu;
const DIGIT_OF = '一二三四五六七八九';

function numbersInDigits(text: string): string {
  if (!/[零〇一二三四五六七八九两十百千万亿]/u.test(text)) return text;
  // 六七十岁 is 60至70岁, as releases write a range; not 670.
  text = text.replace(NEIGHBOURS, (whole: string, a: string, b: string, unit: string) =>
    DIGIT_OF.indexOf(b) === DIGIT_OF.indexOf(a) + 1 ? `${a}${unit}至${b}${unit}` : whole,
  );
  const percents = text
    .replace(PERCENT, (_, run: string, hedge: string) => `${numberValue(run)}${hedge}%`)
    // 三分之二 → 66.7%: a fraction is a share.
    .replace(FRACTION, (_, whole: string, part: string) => `${Math.round((numberValue(part) / numberValue(whole)) * 1000) / 10}%`);
  let out = '';
  let last = 0;
  for (const match of percents.matchAll(RUN)) {
    const start = match.index;
    let run = match[0];
    let end = start + run.length;
    // 38.9千克, 每千米, 三千瓦: 千 before a unit of measure is the unit's own prefix (kilo-), not a thousand.
    if (run.endsWith('千') && METRIC_AFTER_KILO.test(percents.slice(end, end + 1))) {
      run = run.slice(0, -1);
      end -= 1;
      if (run.length === 0) continue;
    }
    const after = percents.slice(end, end + 6);
    const digits = numberAt(run, percents[start - 1] ?? '', after);
    if (digits === undefined) continue;
    let replacement = digits;
    if (TENTHS.test(after)) {
      // 两成多 → 20多%: the hedge stays with the number, before its unit, as in 800多人.
      const hedge = /^成([多余])/u.exec(after)?.[1] ?? '';
      replacement = `${Number(digits) * 10}${hedge}%`;
      end += 1 + hedge.length;
    }
    // (20、21两天: a number in characters right after one in digits is another number, not more digits of it.)
    out += percents.slice(last, start) + (/\d/u.test(percents[start - 1] ?? '') ? ' ' : '') + replacement;
    last = end;
  }
  return last === 0 ? percents : out + percents.slice(last);
}

/** The digits a run stands for in its place, or undefined when it is a word and not a number there. */
function numberAt(run: string, before: string, after: string): string | undefined {
  const followed = FOLLOWER.test(after) || SPAN_TO_DATE.test(after);
  // 第十届 and 第二批 are ranks in a measure (第10届); 第一阶段, 统一 and 唯一 are words.
  // (A run of digits and three places, 一千九百万, is a number wherever it stands: 的一千九百万资金.)
  const spelled = /[一二三四五六七八九两]/u.test(run) && (run.match(/[十百千万亿]/gu)?.length ?? 0) >= 3;
  if ((before === '第' && !followed) || (before !== '第' && /\p{Script=Han}/u.test(before) && !NUMBER_MAY_FOLLOW.test(before) && !followed && !spelled)) return undefined;
  // (几百块, 几十个, 几千人 ask how many hundreds, tens or thousands: 几 makes the run a question word, not 100.)
  if (before === '几' && /^[十百千万亿]$/u.test(run)) return undefined;
  // 千年, 百年, 万年: an age, a word (千年回响), not a count of years.
  if (/^[百千万]$/u.test(run) && after.startsWith('年') && !/[\d.点零〇一二三四五六七八九两]/u.test(before)) return undefined;
  // 千家万户, 千辛万苦, 百战百胜: a lone 百, 千 or 万 answered by another after one character is an idiom, not a count.
  if (/^[百千万]$/u.test(run) && /^\p{Script=Han}[百千万亿]/u.test(after)) return undefined;
  // 三季度, 前三季度: a quarter is named, not counted (see PERIOD_NAMES); 三个季度 counts them.
  if (/^[一二三四]$/u.test(run) && after.startsWith('季度')) return undefined;
  // 零部件, 零售, 零星: 零 alone opens a word (部 is a measure word too); a count of none is written 0 or 无.
  if (/^[零〇]$/u.test(run)) return undefined;
  // 上一年, 下一批, 同一天, 每一个: 一 after a word that picks one out is "the one", not a count.
  if (run === '一' && /[上下同前后每这那哪]/u.test(before)) return undefined;
  // 一个平台, 两个方面: 一 and 两 are "a" and "a couple" as often as counts; dates and real units make them numbers.
  if ((run === '一' && !DATE_PART.test(after) && !SPAN_TO_DATE.test(after)) || (run === '两' && !followed)) return undefined;
  if (!followed && (NOT_NUMBERS.has(run) || !/[十百千万亿]/u.test(run) || [...run].length < 2)) return undefined;
  // 万 and 亿 on their own are numbers only in 近万人, 上万, 破亿 …; 多少万元 asks a number in 万元.
  if (/^[万亿]$/u.test(run) && !/[近约上过破达超逾]/u.test(before)) return undefined;
  // 3.5亿, 500万, 300多万: 万 and 亿 after a number are its unit, not a number of their own.
  if (/[\d.点零〇一二三四五六七八九两多余几来]/u.test(before) && /^[万亿]+$/u.test(run)) return undefined;
  if (/^[零〇一二三四五六七八九]{2,}$/u.test(run)) {
    // 二〇二三年: a year read digit by digit; elsewhere 三四个 is "three or four", 一二年级 "first and second
    // grades" and 唯一一家 a word and a count.
    const year = (run.length >= 4 || /[零〇]/u.test(run)) && /^年(?![级龄代])/u.test(after);
    return year ? [...run].map((c) => DIGIT_VALUE[c]).join('') : undefined;
  }
  // 七亿九千万 → 7.9亿: 万 closing a number of 亿 is part of it, and the whole is in 亿, as releases print it.
  if (/[^亿]亿./u.test(run) && run.endsWith('万')) {
    const whole = numberValue(run);
    return Number.isFinite(whole) ? `${Math.round((whole / 1e8) * 1e6) / 1e6}亿` : undefined;
  }
  // 三百五十万 → 350万: releases print amounts with 万 and 亿 as units, and so must the number typed.
  const unit = /[^万亿]([万亿])$/u.exec(run)?.[1] ?? (/^[万亿]$/u.test(run) ? run : '');
  const value = unit && run.length > 1 ? numberValue(run.slice(0, -1)) : unit ? 1 : numberValue(run);
  return Number.isFinite(value) ? `${value}${unit}` : undefined;
}

/** The value of a number written in digits or in numeral characters (2, 二, 十二); NaN for anything else. */
export function valueOfNumeral(written: string): number {
  if (/^\d+(?:\.\d+)?$/u.test(written)) return Number(written);
  return new RegExp(`^${NUMERAL}$`, 'u').test(written) ? numberValue(written) : Number.NaN;
}

/** The value of a run of numeral characters, reading 两 as 二 and 一万二 as 一万二千, as people mean them. */
function numberValue(run: string): number {
  let text = run.replace(/两/gu, '二').replace(/〇/gu, '零');
  // A bare digit after a positional character means the next position down: 一万二 = 12000, 三百五 = 350.
  const lower: Record<string, string> = { 亿: '千万', 万: '千', 千: '百', 百: '十' };
  text = text.replace(/([亿万千百])([一二三四五六七八九])$/u, (_, unit: string, digit: string) => `${unit}${digit}${lower[unit]}`);
  const [whole = '', fraction] = text.split('点');
  const integer = whole.length === 0 ? 0 : /^[零一二三四五六七八九]+$/u.test(whole) && whole.length > 1 ? Number([...whole].map((c) => DIGIT_VALUE[c]).join('')) : decode(whole);
  if (fraction === undefined) return integer;
  return Number(`${integer}.${[...fraction].map((c) => DIGIT_VALUE[c]).join('')}`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
