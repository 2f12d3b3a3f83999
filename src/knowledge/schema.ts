import { z } from 'zod';

/** An ISO calendar date, `YYYY-MM-DD`, that exists on the calendar. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'not a real calendar date',
  });

/** A date as precise as the release gives it: a year, a month or a day. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const text = z.string().trim().min(1, 'must not be empty');

export const speakerSchema = z.strictObject({
  name: text,
  /** The post as the release gives it; absent when the release does not state it (replies then name only the person). */
  post: text.optional(),
});

export const paragraphSchema = z.strictObject({
  /** Who said it: a speaker's name, or 主持人 for the host. */
  speaker: text,
  /** The section heading the paragraph stands under, exactly as published; absent before the first heading. */
  section: text.optional(),
  text,
});

export const qaSchema = z.strictObject({
  question: text,
  answer: text,
  /** Who answered; absent when the release does not name them (it often prints only 答:). */
  answeredBy: text.optional(),
  /** The outlet of the reporter who asked, as printed (新华社东岭分社); absent when the release does not say. */
  askedBy: text.optional(),
});

export const eventSchema = z
  .strictObject({
    /** The first (or only) day, month or year of the event. */
    date: partialDate,
    /** The last day or month of an event that spans a range. */
    endDate: partialDate.optional(),
    /** The date as the release writes it, e.g. 2023年6月至8月. */
    dateText: text,
    name: text,
    organisers: z.array(text).default([]),
    /** What happened, in the release's own sentences. */
    description: text,
  })
  .refine((e) => e.endDate === undefined || e.endDate >= e.date, {
    message: 'endDate is before date',
    path: ['endDate'],
  });

export const figureSchema = z
  .strictObject({
    /** What the number counts, in the release's words, e.g. 累計簽約金額. */
    label: text,
    /** The number as printed, e.g. 535.35, 800 or 1,046 (thousands separators are read as one number). */
    value: z.string().regex(/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/, 'expected digits, optionally with thousands separators and a decimal point'),
    /** The unit as printed, with any qualifier, e.g. 萬元, 余人, 項. */
    unit: z.string().default(''),
    /** The sentence the figure stands in, verbatim from the statements. */
    sentence: text,
  })
  .refine((f) => f.sentence.includes(f.value), {
    message: 'the value does not appear in its sentence',
    path: ['value'],
  });

export const repairSchema = z.strictObject({
  published: text,
  repaired: text,
  why: text,
});

export const releaseSchema = z.strictObject({
  /** Stable id used in citations and suggestion ids: lowercase letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'expected 3–64 lowercase letters, digits or dashes'),
  /** A short name people use for the release, e.g. 雙創匯走進宿州. */
  shortName: text,
  title: text,
  date: isoDate,
  /** Where it was held; absent when the release does not say (then the bot has no place to give). */
  place: text.optional(),
  office: text,
  /** What the release is about, in its own words; absent when it gives no summary. */
  summary: text.optional(),
  speakers: z.array(speakerSchema).min(1, 'a release has at least one speaker'),
  /** Who chaired the conference or interview, when the release names them (主持人). */
  host: z.strictObject({ name: text, post: text.optional() }).optional(),
  media: z.array(text).default([]),
  /** Where the text came from (a file name or an address). */
  source: text.optional(),
  /** Every change made to the published text, with why. */
  repairs: z.array(repairSchema).default([]),
  /** What was said, in order; a page that holds only questions and answers has none (see `checkRelease`). */
  statements: z.array(paragraphSchema).default([]),
  qa: z.array(qaSchema).default([]),
  events: z.array(eventSchema).default([]),
  figures: z.array(figureSchema).default([]),
});

export type Speaker = z.infer<typeof speakerSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type QaPair = z.infer<typeof qaSchema>;
export type ReleaseEvent = z.infer<typeof eventSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Release = z.infer<typeof releaseSchema>;

/** Where a curated answer rests: a release paragraph, or a named office's word on a date. */
export const faqSourceSchema = z
  .strictObject({
    /** The id of the release the answer rests on. */
    release: z.string().optional(),
    /** 0-based index into that release's statements. */
    paragraph: z.number().int().min(0).optional(),
    /** The office that gave the answer, when no release holds it. */
    office: text.optional(),
    date: isoDate.optional(),
  })
  .refine((s) => (s.release !== undefined) !== (s.office !== undefined), {
    message: 'give either release (with an optional paragraph) or office and date',
  })
  .refine((s) => s.office === undefined || s.date !== undefined, { message: 'an office source needs its date', path: ['date'] })
  .refine((s) => s.paragraph === undefined || s.release !== undefined, { message: 'paragraph needs release', path: ['paragraph'] });

/** A curated answer to a question people ask that no release answers word for word. */
export const faqEntrySchema = z.strictObject({
  question: text,
  alternates: z.array(text).default([]),
  answer: z.string().trim().min(1, 'the answer is empty: fill it in before the entry goes in knowledge/faq/'),
  source: faqSourceSchema,
  /** How often it was asked when exported from the question log; informational. */
  asked: z.number().int().min(0).optional(),
});

/** A file of curated FAQ entries, under `knowledge/faq/`. */
export const faqFileSchema = z.strictObject({
  entries: z.array(faqEntrySchema),
});

export type FaqEntry = z.infer<typeof faqEntrySchema>;

/** Words jieba must keep whole; each entry may list its Traditional and Simplified spellings. */
export const dictionarySchema = z.strictObject({
  words: z.array(text).min(1),
});

/** Query rewrites and term equivalences that bridge how people ask and how releases are written. */
export const synonymsSchema = z.strictObject({
  /** Colloquial phrases rewritten to the release's wording before segmentation. */
  phrases: z.array(z.strictObject({ say: z.array(text).min(1), means: text })).default([]),
  /** Groups of words that count as the same term; the first is the canonical one. */
  terms: z.array(z.array(text).min(2, 'a synonym group needs at least two words')).default([]),
});

/** Words that carry no topic: question words, particles, politeness. */
export const stopwordsSchema = z.strictObject({
  words: z.array(text).min(1),
});

export type Dictionary = z.infer<typeof dictionarySchema>;
export type Synonyms = z.infer<typeof synonymsSchema>;
export type Stopwords = z.infer<typeof stopwordsSchema>;
