import type { Script } from '../answer/types.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { Release } from '../knowledge/schema.ts';
import { jieba } from '../text/jieba.ts';
import { generalWord, isInDictionary } from '../language/general-words.ts';
import { DIRECTIONS, normalise, TextPipeline, type Lexicon } from '../text/pipeline.ts';
import { detectDocumentScript, fold, toScript } from '../text/script.ts';
import { SearchIndex, type SearchIndexJson } from './search-index.ts';
import { buildFaqUnits, buildUnits, type AnswerUnit } from './units.ts';

/** Everything answering needs, built from validated knowledge and swapped in whole on reload. */
export interface KnowledgeIndex {
  releases: Release[];
  /** The script each release is written in, so quotes are converted only when the asker's differs. */
  releaseScripts: Script[];
  /** A short stable key per release, the prefix of its suggestion ids. */
  releaseKeys: string[];
  /**
   * Per release, the terms that point at it when a question uses them: words of its title and short name,
   * its date in every form, its speakers, office and place; terms most releases share (发布会) are left out.
   */
  releaseScopes: Set<string>[];
  /**
   * Per release, its short name folded, and that name's terms: a question that writes the short name out
   * (龙岩政务服务 发布时间) points at the release with all of them, however many releases share the words.
   */
  releaseNames: { name: string; terms: Set<string> }[];
  units: AnswerUnit[];
  /** Suggestion id (`releaseKey:localKey`) → unit id. */
  unitIds: Map<string, number>;
  /** The lexicon the pipeline was built from, with the releases' names added to the dictionary. */
  lexicon: Lexicon;
  pipeline: TextPipeline;
  search: SearchIndex;
  /** Knowledge text in the other script, converted once: OpenCC takes ~0.3 ms on a long answer. */
  converted: Record<Script, Map<string, string>>;
}

/** Knowledge text (never user input, so the memo stays bounded by the knowledge) in the given script. */
export function knowledgeText(index: KnowledgeIndex, text: string, script: Script): string {
  const memo = index.converted[script];
  let out = memo.get(text);
  if (out === undefined) {
    out = toScript(text, script);
    memo.set(text, out);
  }
  return out;
}

/**
 * The lexicon the pipeline is built from: the knowledge's own, with the releases' people and media added to the
 * dictionary, since jieba does not know them (王慧 must not become 王 + 慧). The report groups questions with it too.
 */
export function lexiconOf(knowledge: Knowledge): Lexicon {
  const names = knowledge.releases.flatMap(({ release: r }) => [...r.speakers.map((s) => s.name), ...(r.host ? [r.host.name] : []), ...r.qa.flatMap((q) => q.answeredBy ?? []), ...r.media]);
  return {
    dictionary: [...new Set([...knowledge.dictionary, ...names, ...knowledge.releases.flatMap(({ release }) => [...quotedNames(release), ...suffixedWords(release), ...placeNames(release)])])],
    synonyms: knowledge.synonyms,
    stopwords: knowledge.stopwords,
  };
}

/** Characters that make a word of the word before them, as a place, a fee, a rate or a person of it (托管点, 办理率). */
const WORD_SUFFIX = /^[点站桩柜区费率量额馆室所队处场库证卡码群户者员]$/u;
/** How often a release prints a word and its suffix together before they count as its word. */
const SUFFIXED_AT_LEAST = 3;

/**
 * The words a release makes with a suffix and keeps using (托管点 26 times, 疏导区, 免疫点), which jieba cuts into a
 * word and a character (托管 / 点): words of the release's own, so that a question's 多少个托管点 counts 托管点.
 */
function suffixedWords(release: Knowledge['releases'][number]['release']): string[] {
  const words = jieba().tag(fold([release.title, ...release.statements.map((p) => p.text), ...release.qa.flatMap((q) => [q.question, q.answer])].join('\n')));
  const count = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [stem, suffix] = [words[i]!, words[i + 1]!];
    if ([...stem.word].length === 2 && /^(?:v|vn|n)$/u.test(stem.tag) && WORD_SUFFIX.test(suffix.word)) count.set(stem.word + suffix.word, (count.get(stem.word + suffix.word) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n >= SUFFIXED_AT_LEAST).map(([word]) => word);
}

/** A place's name with its rank, as a release prints it: 泠江区, 苇塘县, 青禾镇 (the understanding binds by it too). */
export const PLACE_NAME = /^\p{Script=Han}{2,3}[区县市镇乡]$/u;
/** Characters that are grammar, not part of a name (在东湖区 is no place 在东湖). */
const NOT_IN_NAME = /[的了在和与及或等各每本该这那其全我你他她它们是为对把被从向到于个一二三四五六七八九十两几多省市区县镇乡]/u;
/** How often a release prints a place's name before it counts as a word. */
const PLACE_AT_LEAST = 2;

/**
 * The places a release names that jieba does not know and cuts apart (泠 江区, 临 港区): two characters that open a
 * word as jieba cuts the text, and a rank that closes one, printed more than once, are words of the release's own,
 * so that a question's 泠江区 is one word, not 江区. (Not 心城区 of 中心 城区, whose 心 opens no word, nor 江区域.)
 */
export function placeNames(release: Knowledge['releases'][number]['release']): string[] {
  const text = fold([release.title, release.place ?? '', ...release.statements.map((p) => p.text), ...release.qa.flatMap((q) => [q.question, q.answer]), ...release.figures.map((f) => f.label)].join('\n'));
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const word of jieba().cut(text)) {
    starts.add(at);
    at += word.length;
    ends.add(at);
  }
  const count = new Map<string, number>();
  for (const m of text.matchAll(/(?=(\p{Script=Han}{2})([区县市镇乡]))/gu)) {
    const [stem, rank] = [m[1]!, m[2]!];
    if (!starts.has(m.index) || !ends.has(m.index + 3) || NOT_IN_NAME.test(stem)) continue;
    // (A stem the dictionary holds is a place, 东湖, or no name at all, 今年 of 今年市; and a word the rank closes,
    // 小区 of 老旧小区 or 社区 of 进社区, is the word jieba cut.)
    if ((isInDictionary(stem) && generalWord(stem).tag !== 'ns') || isInDictionary(stem.slice(1) + rank)) continue;
    count.set(stem + rank, (count.get(stem + rank) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n >= PLACE_AT_LEAST).map(([word]) => word);
}

/** A short name a release puts in quotation marks: “一件事”, 「溪e办」, "双创汇" (no list, no sentence). */
const QUOTED_NAME = /[“「"]([\p{Script=Han}\p{L}\d]{2,8})[”」"]/gu;

/**
 * The names a release quotes (its programmes, platforms and campaigns: “一件事”, “溪e办”), which jieba does not
 * know and would cut into pieces (一件 事): words of the release's own, as an office would enter them in its
 * dictionary.
 */
function quotedNames(release: Knowledge['releases'][number]['release']): string[] {
  const texts = [release.title, ...release.statements.map((p) => p.text), ...release.qa.flatMap((q) => [q.question, q.answer]), ...release.events.map((e) => e.name)];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(QUOTED_NAME)].map((m) => m[1]!)))].filter((word) => !VERB_WITH_COMPLEMENT.test(word));
}

/**
 * A verb with its complement of direction or result, quoted as a slogan (由“建起来”向“用起来”“管得好”转变): words of
 * the general language, which a question says in its own way (管廊用起来以后), not a name.
 */
const VERB_WITH_COMPLEMENT = new RegExp(`^\\p{Script=Han}{1,2}(?:${DIRECTIONS}|得[好上起住到了动]|不[起了])$`, 'u');

/** Builds units, the text pipeline and the search index from loaded knowledge. */
export function buildKnowledgeIndex(knowledge: Knowledge): KnowledgeIndex {
  const releases = knowledge.releases.map((r) => r.release);
  const lexicon = lexiconOf(knowledge);
  const pipeline = new TextPipeline(lexicon);
  const releaseKeys = releases.map((r) => shortHash(r.id));
  const units = [
    ...releases.flatMap((release, i) => buildUnits(release, i)),
    ...buildFaqUnits(
      knowledge.faq.map((f) => f.entry),
      releases,
    ),
  ];
  const unitIds = new Map(units.map((u, id) => [unitKey(releaseKeys, u), id]));
  return {
    releases,
    releaseScripts: releases.map((r) => detectDocumentScript(r.title + r.statements.slice(0, 3).map((p) => p.text).join(''))),
    releaseKeys,
    releaseScopes: buildScopes(releases, pipeline),
    releaseNames: releases.map((r) => ({ name: fold(r.shortName), terms: new Set(pipeline.indexTokens(r.shortName)) })),
    units,
    unitIds,
    lexicon,
    pipeline,
    search: SearchIndex.build(units, pipeline),
    converted: { simplified: new Map(), traditional: new Map() },
  };
}

function buildScopes(releases: readonly Release[], pipeline: TextPipeline): Set<string>[] {
  const scopes = releases.map((r) => {
    const [y, m, d] = r.date.split('-').map(Number);
    const words = [r.title, r.shortName, r.office, r.place ?? '', ...r.speakers.map((s) => s.name), `${y}年${m}月${d}日`];
    return new Set(pipeline.indexTokens(words.join(' ')));
  });
  const frequency = new Map<string, number>();
  for (const scope of scopes) for (const t of scope) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  // A term in more than a fifth of the releases points at none of them (but with few releases, keep all).
  const limit = Math.max(1, Math.floor(releases.length / 5));
  return scopes.map((scope) => new Set([...scope].filter((t) => frequency.get(t)! <= limit)));
}

/** The index as plain JSON, for the index cache: everything but what is rebuilt cheaply (pipeline, memos). */
export interface KnowledgeIndexJson {
  releases: Release[];
  releaseScripts: Script[];
  releaseKeys: string[];
  releaseScopes: string[][];
  releaseNames: { name: string; terms: string[] }[];
  units: AnswerUnit[];
  lexicon: Lexicon;
  search: SearchIndexJson;
}

/** Saves an index as plain JSON. */
export function knowledgeIndexToJson(index: KnowledgeIndex): KnowledgeIndexJson {
  return {
    releases: index.releases,
    releaseScripts: index.releaseScripts,
    releaseKeys: index.releaseKeys,
    releaseScopes: index.releaseScopes.map((s) => [...s]),
    releaseNames: index.releaseNames.map((n) => ({ name: n.name, terms: [...n.terms] })),
    units: index.units,
    lexicon: index.lexicon,
    search: index.search.toJSON(),
  };
}

/** Restores an index saved with {@link knowledgeIndexToJson}; throws on a malformed value. */
export function knowledgeIndexFromJson(json: KnowledgeIndexJson): KnowledgeIndex {
  const { releases, releaseScripts, releaseKeys, releaseScopes, releaseNames, units, lexicon } = json;
  if (![releases, releaseScripts, releaseKeys, releaseScopes, releaseNames, units].every(Array.isArray) || releases.length !== releaseKeys.length || releases.length !== releaseScopes.length || releases.length !== releaseNames.length)
    throw new Error('knowledge index: malformed cache');
  return {
    releases,
    releaseScripts,
    releaseKeys,
    releaseScopes: releaseScopes.map((s) => new Set(s)),
    releaseNames: releaseNames.map((n) => ({ name: n.name, terms: new Set(n.terms) })),
    units,
    unitIds: new Map(units.map((u, id) => [unitKey(releaseKeys, u), id])),
    lexicon,
    pipeline: new TextPipeline(lexicon),
    search: SearchIndex.fromJSON(json.search),
    converted: { simplified: new Map(), traditional: new Map() },
  };
}

/** The suggestion id of a unit. */
export function suggestionId(index: KnowledgeIndex, unitId: number): string {
  return unitKey(index.releaseKeys, index.units[unitId]!);
}

/** `releaseKey:localKey`; curated answers resting on no release use the key `faq`. */
function unitKey(releaseKeys: readonly string[], unit: AnswerUnit): string {
  return unit.type === 'faq' ? `faq:${unit.localKey}` : `${releaseKeys[unit.releaseIndex]}:${unit.localKey}`;
}

/** FNV-1a, base 36: short, stable and well spread, for ids that must fit in Telegram's 64-byte callback data. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Each index's releases' headers (title, short name, office, place) as normalised text, read once. */
const headers = new WeakMap<KnowledgeIndex, string[]>();

/** The speakers and hosts of an index's releases, each name as printed and normalised; read once per index. */
export function peopleNamed(index: KnowledgeIndex): readonly { name: string; normalised: string }[] {
  let people = named.get(index);
  if (people === undefined) {
    people = index.releases.flatMap((r) => [...r.speakers, ...(r.host ? [r.host] : [])]).map((p) => ({ name: p.name, normalised: normalise(p.name) }));
    named.set(index, people);
  }
  return people;
}
const named = new WeakMap<KnowledgeIndex, { name: string; normalised: string }[]>();

/**
 * Whether a release's header names a term of two characters or more as written: 桐江 in 桐江市人民政府新闻办公室,
 * where jieba, not knowing the name, cut the header into single characters that no scope term matches.
 */
export function headerNames(index: KnowledgeIndex, releaseIndex: number, term: string): boolean {
  let texts = headers.get(index);
  if (texts === undefined) {
    texts = index.releases.map((r) => normalise([r.title, r.shortName, r.office, r.place ?? ''].join(' ')));
    headers.set(index, texts);
  }
  return [...term].length >= 2 && /^\p{Script=Han}+$/u.test(term) && texts[releaseIndex]!.includes(term);
}
