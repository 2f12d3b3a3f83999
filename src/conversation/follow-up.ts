import { jieba } from '../text/jieba.ts';
import { normalise } from '../text/pipeline.ts';
import { readFrame } from '../question/frames.ts';
import type { Answer } from '../answer/types.ts';
import type { Turn } from './memory.ts';

/**
 * Follow-up questions recognised by their form, not by a list of sentences: a request for more of the last
 * passage (详细说说, 原文), a pronoun or demonstrative standing for the last subject (她是什么职务, 那次来了多少人),
 * an elliptical question with a new subject in the last frame (第二阶段呢, 那9月26日呢, 走访的企业呢), and a
 * question that leaves its subject out (惠及多少人了). Each gives whole questions to try, most literal first.
 */

/** 详细说说, 具体点, 原文是什么, 全文, 还有呢, 然后呢: more of the last passage, in normalised text. */
const MORE =
  /^(?:请|麻烦|能不能|可以)?(?:再)?(?:(?:详细|具体|完整)(?:一点|一些|点|些|地)?(?:说说|讲讲|说一下|讲一下|介绍一下|谈谈|说|讲)?|(?:说|讲)(?:得)?(?:详细|具体)(?:一?点|些)?|展开(?:说说|讲讲|说|讲)?|多说点|(?:原文|全文|原话|完整的?|出处)(?:是什么|呢|是啥|发一下|看看|给我看看)?|还有呢|然后呢|接着说|继续(?:说|讲)?)[?？!！。.]*$/u;

/** A personal pronoun, standing for the person the last answer named. */
const PERSON_POINTER = /这位|那位|该人|此人|这人|这个人|那个人|他们|她们|他|她/u;
/** A demonstrative of time, standing for the date the last answer gave. */
const TIME_POINTER = /那天|当天|那时|当时|那一天|这一天/u;
/** A demonstrative with its measure word, standing for the last subject. */
const POINTER = /(?:这|那|该|此)(?:个|次|场|项|些|家|批|届|期|条|件|种|位)?/u;

/** Openers of an elliptical follow-up: 那, 那么, 还有, 另外. */
const OPENER = /^(?:那么?|还有|另外|那个)\s*/u;

/** A date in normalised text. */
const DATE = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年/u;

/** Whether a message asks for more of the last passage rather than something new. */
export function asksForMore(message: string): boolean {
  return MORE.test(normalise(message).replace(/\s+/gu, ''));
}

/**
 * The whole questions a follow-up may stand for, given the last turn, most literal first; empty when the
 * message has no follow-up form and nothing to add to. The texts are normalised (Simplified, digits).
 */
export function followUpCandidates(message: string, last: Turn): string[] {
  const text = normalise(message);
  const frame = readFrame(text);
  const candidates: string[] = [];
  // 她是什么职务 → 胡亚琴是什么职务; 那天几点开始 → 9月28日几点开始; 那次来了多少人 → 5月23日 活动来了多少人.
  if (PERSON_POINTER.test(text)) candidates.push(text.replace(PERSON_POINTER, last.person ?? last.content));
  else if (TIME_POINTER.test(text)) candidates.push(text.replace(TIME_POINTER, `${last.content} ${last.date ?? ''}`));
  else if (POINTER.test(text)) candidates.push(text.replace(POINTER, last.content));
  if (frame.elliptical) {
    const topic = frame.content.replace(OPENER, '').trim();
    if (topic.length > 0) {
      // 那9月26日呢 after 5月23日办了什么活动: the same question of another date.
      const date = DATE.exec(topic)?.[0];
      const lastDate = DATE.exec(last.understood)?.[0];
      if (date !== undefined && lastDate !== undefined) candidates.push(last.understood.replace(lastDate, date));
      // 那居民医保呢 after 职工医保…报销比例是多少: the word of the last question nearest the new subject gives way.
      const nearest = nearestWord(last.content, topic);
      if (nearest !== undefined) candidates.push(last.understood.replace(nearest, topic));
      // 第三阶段呢 after 第一阶段干啥; 走访的企业呢 after 签约金额是多少: the last frame, asked of the new subject.
      candidates.push(`${topic}${last.cues}`);
    }
  }
  // 惠及多少人了 after 先诊疗后付费有多少家医院开通: the subject left out is the last one. (An elliptical
  // question names its own subject: it replaces the last one rather than adds to it.)
  if (!frame.elliptical) candidates.push(`${last.content} ${text}`);
  return [...new Set(candidates.map((c) => c.replace(/\s+/gu, ' ').trim()))].filter((c) => c.length > 0 && c !== text);
}

/** The word of `content` that shares most characters with `topic` (at least one that is not a function word). */
function nearestWord(content: string, topic: string): string | undefined {
  let best: string | undefined;
  let bestShared = 0;
  for (const { word } of jieba().tag(content)) {
    if ([...word].length < 2 || topic.includes(word)) continue;
    const shared = [...new Set(word)].filter((c) => topic.includes(c)).length;
    if (shared > bestShared) {
      best = word;
      bestShared = shared;
    }
  }
  return best;
}

/** The turn to remember for an answered question (as understood) and its answer. */
export function turnOf(understood: string, answer: Answer, person: { person?: string }): Turn {
  const frame = readFrame(normalise(understood));
  const date = DATE.exec(normalise(`${answer.headline ?? ''}${answer.quote ?? ''}`))?.[0];
  return {
    understood: normalise(understood),
    content: frame.content,
    cues: frame.cues.filter((c) => c.length > 0).join(''),
    ...person,
    ...(date !== undefined ? { date } : {}),
    ...(answer.passageId !== undefined ? { passage: answer.passageId } : {}),
  };
}
