import { isInDictionary } from '../language/general-words.ts';
import { isVerbTaggedAsNoun, nearSynonymsOf } from '../language/near-synonyms.ts';
import { isPeopleNoun } from '../question/frames.ts';
import { jieba } from '../text/jieba.ts';
import { spellsOut } from '../text/spelling.ts';

/**
 * Contrasting modifiers: 大豆机收率 is not answered by 玉米机收率达到92.8%, nor 城镇居民人均可支配收入 by 农村居民人均
 * 可支配收入14526元, though the passage holds every word of the question somewhere (大豆 in 大豆收割机 in the same
 * sentence). A question's noun and the noun right before it (its modifier) are read once per question; a passage
 * whose every clause stating a number with that noun puts another noun before it, and not the question's,
 * is about a sibling of what was asked. Only modifiers the releases use are read so: the release then tells
 * 大豆 from 玉米 itself (a modifier they never use is the asker's word, which the weighing of unknown words
 * judges).
 */

/** A noun of the question and the nouns right before it that say which one (大豆 for 机收率). */
export interface ModifiedNoun {
  head: string;
  /** The modifying nouns as typed, joined (国际科技合作奖 for 奖金). */
  modifier: string;
  /** The modifier's last word, which a passage may hold alone. */
  last: string;
}

/** jieba's tags for nouns that name things (not verbal nouns: 养老 in 养老床位 is what the beds are for). */
const NOUN_TAG = /^(?:n|nz|ns|nt|nr|nrt|nrfg|nl|ng|j|eng)$/u;

/** Words that only say whose or where in general (全省, 我市, 本区, 各地): a release says its own scope its own way. */
export const SCOPE_WORD = /^(?:全|我|本|该|各|省|市|区|县)?(?:国|省|市|区|县|镇|乡|村|州|地)$/u;

function isNoun(word: string, tag: string): boolean {
  // (Not a verb jieba files as a name, 上门 as a place: 燃气公司上门推销 speaks of no 上门 that 燃气公司 modifies. A
  // verb it files as a common noun, 评卷, does name the work in 中考评卷.)
  return (NOUN_TAG.test(tag) || (tag === 'x' && /^\p{Script=Han}{2,}$/u.test(word))) && !SCOPE_WORD.test(word) && !(/^n[srt]/u.test(tag) && isVerbTaggedAsNoun(word));
}

/**
 * Within a run of nouns, a verbal noun, a set phrase or a word that sorts things may modify too (合作 in 国际科技合作奖,
 * 自然科学 in 自然科学奖, 大型 in 大型水库).
 */
function inRun(word: string, tag: string): boolean {
  return isNoun(word, tag) || tag === 'vn' || tag === 'l' || tag === 'b';
}

/** Periods, which say when, not which (前三季度, 1—11月, 今年): the nouns around them are read as one run. */
const PERIOD = /(?:今年|去年|明年|前年|上半年|下半年|全年|年初|年底|(?:前|上|下|第)?(?:\d+|[一二三四](?=季度))(?:[-—～~至到]\d+)?(?:个)?(?:季度|月份?|年度?))/gu;

/** The modified nouns of a question's content (spaces part what the frames took out; nothing is read across them). */
export function modifiedNouns(content: string): ModifiedNoun[] {
  const found: ModifiedNoun[] = [];
  for (const chunk of content.split(/\s+/u)) {
    const words = jieba().tag(chunk.replace(PERIOD, ''));
    for (let i = 1; i < words.length; i++) {
      const head = words[i]!;
      // (The head may be a verbal noun: 亩产, 改造.)
      if (!inRun(head.word, head.tag) || [...head.word].length < 2) continue;
      // (大豆的机收率: a 的 between them changes nothing.)
      let j = words[i - 1]!.word === '的' ? i - 2 : i - 1;
      const run: string[] = [];
      if (j < 0 || !isNoun(words[j]!.word, words[j]!.tag)) continue;
      for (; j >= 0 && inRun(words[j]!.word, words[j]!.tag); j--) run.unshift(words[j]!.word);
      const modifier = run.join('');
      if ([...modifier].length >= 2) found.push({ head: head.word, modifier, last: run[run.length - 1]! });
    }
  }
  return found;
}

/**
 * Whether a passage's clauses that state a number (of the kind asked, when `gives` says) with the question's noun
 * all say it of another thing. A clause
 * that names the noun bare speaks of the one its sentence last named (高考评卷工作于6月12日开始，全省共抽调评卷教师
 * 4600名: those 评卷 are 高考's, a sibling of 中考).
 */
export function contrasted(own: string, nouns: readonly ModifiedNoun[], question: string, gives: (clause: string) => boolean = (clause) => /\d/u.test(clause)): boolean {
  return nouns.some(({ head, modifier, last }) => {
    let counted = 0;
    for (const sentence of own.split(/[。！？!?]/u)) {
      let before: boolean | undefined;
      let subject: boolean | undefined;
      for (const clause of sentence.split(/[，,；;：:、]/u)) {
        if (!clause.includes(head)) continue;
        const reading = clashes(clause, head, modifier, last, question);
        // (Only a sibling carries over: a mere other modifier, 轨道交通 for 地铁, may be the same thing put another
        // way. But a clause that opens with its verb, 占全部投资的比重达到38.6% after 工业投资增长12.7%, speaks of
        // the subject of the clause before it, whatever that was.)
        const clash = reading === 'bare' ? before === true || (subject === true && opensWithVerb(clause)) : reading !== 'agree';
        if (reading !== 'bare') before = reading === 'sibling';
        if (reading !== 'bare') subject = reading !== 'agree';
        if (!gives(clause)) continue;
        if (!clash) return false;
        counted++;
      }
    }
    return counted > 0;
  });
}

/** How a clause names the question's noun: of another thing, of the question's (or its like), or bare. */
function clashes(clause: string, head: string, modifier: string, last: string, question: string): 'sibling' | 'clash' | 'agree' | 'bare' {
  // (Or spells it out: 加梯补贴 of 加装电梯补贴资金.)
  if (clause.includes(modifier) || ([...last].length >= 2 && clause.includes(last)) || spelledInWords(clause, modifier)) return 'agree';
  // (A clause may name the noun twice, 工业投资占全部投资的比重: the whole a share is of, 占全部投资, says nothing
  // of which; the other naming does.)
  const readings = new Set<string>();
  for (let at = clause.indexOf(head); at >= 0; at = clause.indexOf(head, at + head.length)) {
    const before = clause.slice(0, at);
    if (!SHARE_OF_WHOLE.test(before)) readings.add(readingAt(before, modifier, last, question));
  }
  return readings.has('sibling') ? 'sibling' : readings.has('clash') ? 'clash' : readings.has('agree') ? 'agree' : 'bare';
}

/**
 * Whether a clause spells out a short modifier that is no word of the general dictionary (加梯 in 加装电梯补贴资金):
 * an abbreviation. A word of the dictionary is written whole where it is meant: 牛肉 is not in 猪牛羊禽肉.
 */
function spelledInWords(clause: string, modifier: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(modifier) && !isInDictionary(modifier) && spellsOut(clause, modifier);
}

/** The whole a share is of: 占全部, 占全市, 占总. */
const SHARE_OF_WHOLE = /占(?:全部|全市|全省|全国|全|总)?(?:的)?$/u;

/** Whether a clause opens with its verb, its subject left to the clause before (占全部投资的比重, 增长12.7%). */
function opensWithVerb(clause: string): boolean {
  const first = jieba().tag(clause.trim())[0];
  return first !== undefined && /^(?:v|vd|vi|vg)$/u.test(first.tag);
}

/** How the words right before one naming of the question's noun say which one it is. */
function readingAt(before: string, modifier: string, last: string, question: string): 'sibling' | 'clash' | 'agree' | 'bare' {
  // (长护险 is 长期护理保险 cut short, though jieba parts the long form into an adverb, a verb and a noun; a
  // two-character modifier is too short to tell so: 牛肉 is not 猪牛羊禽肉.)
  if ([...modifier].length >= 3 && inOrder(modifier, /\p{Script=Han}{0,8}$/u.exec(before)![0])) return 'agree';
  const words = jieba().tag(before);
  // 高考 for 中考, 专科 for 本科: a word of the modifier's length on the same last character, whatever jieba tags it
  // (高考 as a verb), is its sibling.
  const right = words[words.length - 1]?.word ?? '';
  if ([...right].length === [...last].length && [...last].length === 2 && right !== last && right.at(-1) === last.at(-1) && !question.includes(right)) return 'sibling';
  const run: string[] = [];
  if (words.length === 0 || !isNoun(words[words.length - 1]!.word, words[words.length - 1]!.tag)) return 'bare';
  for (let j = words.length - 1; j >= 0 && inRun(words[j]!.word, words[j]!.tag); j--) run.unshift(words[j]!.word);
  // (日均, 人均, 平均, 累计 say how the quantity is taken, not of what: 改造后日均客流量 is the 市场's 客流量.)
  while (run.length > 0 && AGGREGATE.test(run[run.length - 1]!)) run.pop();
  if (run.length === 0) return 'bare';
  const other = run[run.length - 1]!;
  const whole = run.join('');
  if ([...whole].length < 2 || question.includes(whole) || ([...other].length >= 2 && question.includes(other))) return 'agree';
  // 电动车 is 电动自行车 cut short (or the other way round): the same thing.
  if (inOrder(modifier, whole) || inOrder(whole, modifier)) return 'agree';
  // 成年人 is the release's 成年居民: the same people, the generic 人 said as the release's word for people.
  // (jieba may tag the stem apart, 成年 as a time word: the characters before the noun are read.)
  if (/^\p{Script=Han}{2,}人$/u.test(modifier) && isPeopleNoun(other) && before.endsWith(`${modifier.slice(0, -1)}${other}`)) return 'agree';
  // Near-synonyms of the question's own are its words put another way.
  // (Any of its words: 儿童青少年 names the asker's 孩子 by 儿童.)
  return nearSynonymsOf(last).some(([word]) => word === whole || run.includes(word)) ? 'agree' : 'clash';
}

/** Words saying how a quantity is taken: per day, per person, on average, in all. */
const AGGREGATE = /^(?:[日月年周人户次亩]均|平均|累计|合计|总计)$/u;

/** Whether every character of a short word stands in a longer one, in order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
