import type { Figure, QaPair, ReleaseEvent } from '../../src/knowledge/schema.ts';
import { isoDay, randomDay, randomEventDate, type Day } from './dates.ts';
import * as phrases from './phrases.ts';
import type { Random } from './random.ts';
import { addressOf, eventSentence, figureSentence, fill, ordinal, personNames, sectionNumber, type Fill, type StatedSentence } from './sentences.ts';
import { SEED_LIKE_TOPICS, TOPICS, type TopicTemplate } from './topics/index.ts';
import { CITIES, LOCAL_MEDIA, NATIONAL_MEDIA, OFFICES, PLACES, SEED_CITY, ZONES, type City } from './wordlists.ts';

/** A generated speaker always has a post (the schema allows a release to leave it unstated). */
type Speaker = { name: string; post: string };

/** The first day a generated release is dated on. */
export const FIRST_DAY: Day = { year: 2015, month: 1, day: 1 };
/**
 * The last day a generated release is dated on: the day before the seed release. The archive stands for the
 * office's past releases, so the seed is the newest and keeps its answers to questions that name no release
 * (发布地点在哪), which go to the newest release when several answer them alike.
 */
export const LAST_DAY: Day = { year: 2023, month: 12, day: 28 };

/** Share of releases about the seed's city (on other topics): a real archive of the province has a few. */
const SEED_CITY_SHARE = 0.02;
/** Share of releases from the seed's province, so neighbours' names (宿迁, 亳州, 滁州 …) are common. */
const SEED_PROVINCE_SHARE = 0.4;
/** Share of releases printed in Traditional, as some mainland offices publish. */
const TRADITIONAL_SHARE = 0.15;
/** Share printed with half-width commas and colons like the seed; the rest use full-width ，：. */
const HALF_WIDTH_SHARE = 0.5;


/** A statement paragraph kept as its sentences, so converting the script sentence by sentence stays verbatim. */
export interface DraftParagraph {
  speaker: string;
  section?: string;
  sentences: string[];
}

/** A release before script conversion and serialisation: Simplified text with full-width punctuation. */
export interface Draft {
  /** The id without its date, e.g. hefei-agriculture. */
  slug: string;
  date: string;
  script: 'simplified' | 'traditional';
  punctuation: 'half' | 'full';
  shortName: string;
  title: string;
  place: string;
  office: string;
  summary: string;
  speakers: Speaker[];
  media: string[];
  statements: DraftParagraph[];
  qa: QaPair[];
  events: ReleaseEvent[];
  figures: Figure[];
}

/** Composes one release from the random stream: who, where, when, and what was said. */
export function composeRelease(rng: Random): Draft {
  const { topic, city } = pickTopicAndCity(rng);
  const day = randomDay(rng, FIRST_DAY, LAST_DAY);
  const zone = rng.pick(ZONES);
  const values: Fill = {
    city: city.name,
    bureau: topic.bureau,
    zone,
    year: String(day.year),
    last: String(day.year - 1),
    ord: () => ordinal(rng),
    n: () => String(rng.int(3, 30)),
  };

  const title = rng.pick(topic.titles);
  const titleCore = fill(title.title, values);
  const fullTitle = `${city.name}市${titleCore}新闻发布会`;
  // 介绍…有关情况, except after a title that already ends in 情况 (运行情况有关情况 reads as a slip).
  const summary = `${city.name}市${titleCore}${titleCore.endsWith('情况') ? '' : '有关情况'}`;
  const speakers = chooseSpeakers(rng, topic, values);
  const media = chooseMedia(rng, city, values);
  const releaseValues: Fill = { ...values, title: fullTitle, summary, media: media.join('、'), ampm: rng.pick(['上午', '下午']) };

  const body = composeBody(rng, topic, speakers, day, releaseValues);
  return {
    slug: `${city.slug}-${topic.slug}`,
    date: isoDay(day),
    script: rng.chance(TRADITIONAL_SHARE) ? 'traditional' : 'simplified',
    punctuation: rng.chance(HALF_WIDTH_SHARE) ? 'half' : 'full',
    shortName: fill(title.short, values),
    title: fullTitle,
    place: fill(rng.pick(PLACES), values),
    office: fill(rng.pick(OFFICES), values),
    summary: `介绍${summary}`,
    speakers,
    media,
    statements: body.statements,
    qa: composeQa(rng, topic, speakers, media, values),
    events: body.stated.flatMap((s) => (s.event ? [s.event] : [])),
    figures: body.stated.flatMap((s) => s.figures),
  };
}

const SEED_CITY_ENTRY = CITIES.find((c) => c.name === SEED_CITY)!;
const SEED_PROVINCE_CITIES = CITIES.filter((c) => c.province === SEED_CITY_ENTRY.province && c !== SEED_CITY_ENTRY);
const OTHER_CITIES = CITIES.filter((c) => c.province !== SEED_CITY_ENTRY.province);

function pickTopicAndCity(rng: Random): { topic: TopicTemplate; city: City } {
  const topic = rng.pick(TOPICS);
  const roll = rng.next();
  if (roll < SEED_CITY_SHARE && !SEED_LIKE_TOPICS.has(topic.slug)) return { topic, city: SEED_CITY_ENTRY };
  return { topic, city: rng.pick(roll < SEED_PROVINCE_SHARE ? SEED_PROVINCE_CITIES : OTHER_CITIES) };
}

/** One to three speakers: the bureau's head or deputy, often a section chief, sometimes a partner unit. */
function chooseSpeakers(rng: Random, topic: TopicTemplate, values: Fill): Speaker[] {
  const roll = rng.next();
  const count = roll < 0.15 ? 1 : roll < 0.75 ? 2 : 3;
  const names = personNames(rng, count);
  const division = rng.pick(topic.divisions);
  const posts = [
    `${topic.bureau}${rng.chance(0.6) ? '副' : ''}${topic.head}`,
    `${topic.bureau}${division}${division.endsWith('处') ? '处长' : '科长'}`,
    fill(rng.pick(topic.partners), values),
  ];
  return names.map((name, i) => ({ name, post: posts[i]! }));
}

/** Two to six media: the city's own, its province's, now and then a national one. */
function chooseMedia(rng: Random, city: City, values: Fill): string[] {
  const local = rng.sample(LOCAL_MEDIA, rng.int(1, 3)).map((m) => fill(m, values));
  const provincial = rng.sample(city.province.media, rng.int(1, 2));
  const national = rng.chance(0.4) ? [rng.pick(NATIONAL_MEDIA)] : [];
  return rng.sample([...local, ...provincial, ...national], 6);
}

/** How the host introduces a speaker: with the city before a city-level post (合肥市教育局局长张伟). */
function introduce(s: Speaker, city: string): string {
  return `${s.post.startsWith('市') ? city : ''}${s.post}${s.name}`;
}

function composeBody(rng: Random, topic: TopicTemplate, speakers: Speaker[], day: Day, values: Fill): { statements: DraftParagraph[]; stated: StatedSentence[] } {
  const [lead, ...others] = speakers as [Speaker, ...Speaker[]];
  const city = values.city as string;
  const host = (template: string, extra: Fill = {}): DraftParagraph => ({ speaker: '主持人', sentences: splitSentences(fill(template, { ...values, ...extra })) });
  const statements: DraftParagraph[] = [];
  const stated: StatedSentence[] = [];

  const intro = speakers.map((s) => introduce(s, city)).join('，');
  statements.push({ speaker: '主持人', sentences: rng.pick(phrases.HOST_WELCOME).map((s) => fill(s, { ...values, intro })) });
  statements.push(host(rng.pick(phrases.HOST_FIRST), { who: addressOf(lead.name, lead.post) }));
  statements.push({ speaker: lead.name, sentences: rng.pick(phrases.PRESENTER_GREETING).map((s) => fill(s, values)) });
  const preface = fill(rng.pick(phrases.PRESENTER_PREFACE), { ...values, year: String(day.year - rng.int(1, 2)), stance: rng.pick(phrases.STANCES) });
  statements.push({ speaker: lead.name, sentences: [preface, rng.pick(phrases.PRESENTER_LEAD_IN)] });

  // Facts and events are dealt out without repeats, so a release never states two figures with one label.
  const facts = rng.sample(topic.facts, topic.facts.length);
  const takeFacts = () => facts.splice(0, rng.int(1, 3));
  const events = rng.sample(topic.events, rng.int(1, 3));
  // Events are told in the order they happened, as a report runs through its year.
  const eventDates = events.map(() => randomEventDate(rng, day)).sort((a, b) => a.date.localeCompare(b.date));
  const openers = rng.sample(phrases.FIGURE_OPENERS, phrases.FIGURE_OPENERS.length);
  const figures = (takenFacts: typeof facts) => figureSentence(rng, openers.pop() ?? '', takenFacts, values);
  const remarks = rng.sample([...topic.remarks, ...phrases.GENERIC_REMARKS], topic.remarks.length + phrases.GENERIC_REMARKS.length);
  const remark = () => remarks.pop() ?? rng.pick(phrases.GENERIC_REMARKS);
  const state = (s: StatedSentence) => {
    stated.push(s);
    return s.text;
  };

  // Sections: the first paragraph tells an event and the second states figures, so every release has both;
  // the other events and figure sentences land in random paragraphs.
  const headings = rng.sample(topic.headings, rng.int(2, 4));
  const slots = headings.flatMap((heading, i) => Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => ({ section: `${sectionNumber(i)}${heading}`, events: 0, figures: 0 })));
  slots[0]!.events++;
  slots[1]!.figures++;
  for (let i = 1; i < events.length; i++) rng.pick(slots).events++;
  for (let i = rng.int(0, 2); i > 0; i--) rng.pick(slots).figures++;
  const eventQueue = events.map((template, i) => ({ template, when: eventDates[i]! }));
  for (const slot of slots) {
    const sentences: string[] = [];
    if (rng.chance(0.5)) sentences.push(remark());
    for (let i = 0; i < slot.events; i++) {
      const { template, when } = eventQueue.shift()!;
      sentences.push(state(eventSentence(template, when, values)));
    }
    for (let i = 0; i < slot.figures && facts.length > 0; i++) sentences.push(state(figures(takeFacts())));
    if (sentences.length === 0 || rng.chance(0.5)) sentences.push(remark());
    statements.push({ speaker: lead.name, section: slot.section, sentences });
  }
  const plans = rng.sample(topic.plans, rng.int(2, 3)).join('，');
  statements.push({ speaker: lead.name, sentences: [fill(rng.pick(phrases.PRESENTER_CLOSING), { ...values, plans })] });

  for (const other of others) {
    if (!rng.chance(0.5)) continue;
    statements.push(host(rng.pick(phrases.HOST_NEXT), { who: addressOf(other.name, other.post) }));
    const sentences = [rng.pick(phrases.SUPPLEMENT_OPENINGS)];
    if (facts.length > 0) sentences.push(state(figures(takeFacts())));
    sentences.push(remark());
    statements.push({ speaker: other.name, sentences });
  }

  const people = speakers.length === 1 ? addressOf(lead.name, lead.post) : `${speakers.length === 2 ? '两' : '三'}位发布人`;
  statements.push(host(rng.pick(phrases.HOST_QUESTIONS), { who: addressOf(lead.name, lead.post) }));
  statements.push(host(rng.pick(phrases.HOST_CLOSE), { people }));
  return { statements, stated };
}

/** One to three official questions with answers, by a named speaker or (as releases often print) by 答 alone. */
function composeQa(rng: Random, topic: TopicTemplate, speakers: Speaker[], media: string[], values: Fill): QaPair[] {
  const plans = rng.sample(topic.plans, 3);
  const nextSteps = { question: phrases.NEXT_STEPS_QUESTION, answer: `下一步，我们将重点做好以下工作：一是${plans[0]}；二是${plans[1]}；三是${plans[2]}。` };
  const chosen = rng.sample([...topic.qa, nextSteps], rng.int(1, 3));
  return chosen.map((t) => {
    const pair: QaPair = {
      question: `${fill(rng.pick(phrases.QUESTION_OPENINGS), { media: rng.pick(media) })}${fill(t.question, values)}`,
      answer: fill(t.answer, values),
    };
    if (rng.chance(0.75)) pair.answeredBy = rng.pick(speakers.slice(0, 2)).name;
    return pair;
  });
}

/** Splits text after each 。！？ so a paragraph keeps its sentence boundaries. */
function splitSentences(text: string): string[] {
  return text.match(/[^。！？]+[。！？]?/g) ?? [text];
}
