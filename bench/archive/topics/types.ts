/**
 * The shape of a topic's templates. Placeholders in braces are filled when a release is composed:
 * `{city}` (the city, without 市), `{bureau}` (the topic's bureau, e.g. 市教育局), `{zone}` (a part of the city),
 * `{year}` (the release's year, or the event's year in an event template), `{last}` (the year before the release's), `{ord}` (an ordinal such as 三),
 * `{n}` (a small count that is not recorded as a figure) and, in a fact's phrase only, `{v}` (the figure's value).
 */

/** A countable fact: one figure of a release, with the words printed around its number. */
export interface FactTemplate {
  /** What the number counts, e.g. 新建改扩建中小学校; becomes the figure's label. */
  label: string;
  /** The fact as it stands in a sentence, with `{v}` for the value, e.g. 新建改扩建中小学校{v}所. */
  phrase: string;
  /** The unit as printed after the value, with any qualifier, e.g. 所, 亿元, 余人. */
  unit: string;
  /** Smallest and largest value. */
  min: number;
  max: number;
  /** Digits after the decimal point; whole numbers when absent. */
  decimals?: number;
}

/** Something that happened on a date; the composer puts the date in front (`2024年3月15日，`) and 。 behind. */
export interface EventTemplate {
  /** The event's name, e.g. {city}市第{ord}届农民丰收节. */
  name: string;
  /** What happened, naming it through `{name}`. */
  sentence: string;
}

/** An official question and its answer. */
export interface QaTemplate {
  question: string;
  answer: string;
}

/** How a release on this topic is titled and what it may say. */
export interface TopicTemplate {
  /** Lowercase English, used in release ids, e.g. agriculture. */
  slug: string;
  /** The bureau that presents the topic, as a release names it: 市农业农村局. */
  bureau: string;
  /** Its head's title: 局长, or 主任 for a commission. */
  head: string;
  /** Sections of the bureau, each ending in 科 or 处; their chiefs are second speakers. */
  divisions: readonly string[];
  /** Posts of other units that send a third speaker, starting with 市 or `{city}`. */
  partners: readonly string[];
  /** A title's middle part (between `{city}市` and 新闻发布会) with its short name. */
  titles: readonly { title: string; short: string }[];
  /** Section headings, without their numbers. */
  headings: readonly string[];
  facts: readonly FactTemplate[];
  events: readonly EventTemplate[];
  /** Sentences without figures that fill out a paragraph, each ending in 。. */
  remarks: readonly string[];
  /** What the bureau will do next, as clauses without end punctuation. */
  plans: readonly string[];
  qa: readonly QaTemplate[];
}
