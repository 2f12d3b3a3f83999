import { readFileSync } from 'node:fs';
import { quantityKindOfNoun } from './measures.ts';
import { expansionsOf, LANGUAGE_DATA_DIR } from './near-synonyms.ts';

/**
 * English words in a Chinese question (这个press conference是哪天开的, 服务团去visit了几家企业, what's the 签约金额), as
 * people who study or work in English type them, read as the Chinese words CC-CEDICT glosses them with
 * (`npm run lexicon:synonyms` writes the table). An English phrase becomes the first of its words that the releases
 * print, most frequent first; a word none of whose glosses the releases print stays as typed, so the refusal names
 * what the asker wrote. Question words and the small words of English grammar are read by a grammar of their own.
 */

/**
 * The table's text and where each of its lines starts, searched by halves (the lines are sorted by gloss): some
 * 43,000 glosses, read only when a question holds English, kept as one string rather than as as many small objects.
 */
let table: { text: string; starts: Int32Array } | undefined;

function glossTable(): { text: string; starts: Int32Array } {
  if (table === undefined) {
    const text = readFileSync(`${LANGUAGE_DATA_DIR}/english-glosses.tsv`, 'utf8');
    const starts: number[] = [];
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\n', at);
      if (text[at] !== '#' && end !== at) starts.push(at);
      at = end < 0 ? text.length : end + 1;
    }
    table = { text, starts: Int32Array.from(starts) };
  }
  return table;
}

/** The Chinese words glossed by an English phrase, most frequent first; undefined when none is. */
function wordsGlossed(phrase: string): string[] | undefined {
  const { text, starts } = glossTable();
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = starts[mid]!;
    const tab = text.indexOf('\t', at);
    const key = text.slice(at, tab);
    if (key === phrase) {
      const end = text.indexOf('\n', tab);
      return text.slice(tab + 1, end < 0 ? undefined : end).split(' ');
    }
    if (key < phrase) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** English question words and phrases, as Chinese asks with them (a grammar, not a gloss: "when" is 什么时候). */
const QUESTION_WORDS: ReadonlyMap<string, string> = new Map([
  ['how many', '多少'],
  ['how much', '多少'],
  ['how long', '多久'],
  ['what time', '什么时候'],
  ['which day', '哪天'],
  ["what's", '什么'],
  ['whats', '什么'],
  ['what', '什么'],
  ['when', '什么时候'],
  ['where', '哪里'],
  ["who's", '谁'],
  ['who', '谁'],
  ['whom', '谁'],
  ['which', '哪个'],
  ['why', '为什么'],
  ['how', '怎么'],
]);

/** English words that carry grammar only (articles, the copula, auxiliaries, prepositions, courtesy): dropped. */
const GRAMMAR_WORDS: ReadonlySet<string> = new Set(
  'a an the is are was were be been am do does did of to for in on at by with this that these those it its please pls plz and or there'.split(' '),
);

/** A run of English words (with an apostrophe inside one: what's), with the spaces around it. */
// (Not the letters of a code with its digits, DN1000, PM2.5, 5G: the code is one word.)
const ENGLISH_RUN = / *(?<![a-z\d])([a-z]+(?:['’][a-z]+)?(?:[ \-][a-z]+(?:['’][a-z]+)?)*)(?![a-z\d]) */gu;

/** The longest phrase looked up, in words. */
const LONGEST = 4;

/**
 * The forms an English word's gloss may take (stages → stage, cooperation → cooperate, strategic → strategy): the
 * glosses give a word's base form, in the part of speech of the Chinese word.
 */
function baseForms(word: string): string[] {
  const forms: string[] = [];
  for (const [suffix, base] of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 3) forms.push(word.slice(0, -suffix.length) + base);
  return forms;
}

/** English suffixes and what a word's base form ends in instead. */
const SUFFIXES: readonly [string, string][] = [
  ['ies', 'y'],
  ['sses', 'ss'],
  ['shes', 'sh'],
  ['ches', 'ch'],
  ['xes', 'x'],
  ['s', ''],
  ['ation', 'e'],
  ['tion', 'te'],
  ['ion', ''],
  ['ment', ''],
  ['ical', 'y'],
  ['ic', 'y'],
  ['al', ''],
  ['ly', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
];

/**
 * The Chinese for an English phrase: of its glossed words, the one the releases print most often; for a phrase of
 * two words or more, which glosses narrowly (press conference: 记者会), its most frequent word in general when the
 * releases print none of them.
 */
function chineseFor(phrase: string, frequency: (word: string) => number): string | undefined {
  const words = wordsGlossed(phrase);
  if (words === undefined) return phrase.includes(' ') ? undefined : kindFor(phrase, frequency);
  // (A word for a quantity, amount: 数额, says what kind of figure is asked, printed or not.)
  const quantity = words.find((word) => quantityKindOfNoun(word) !== undefined);
  if (quantity !== undefined) return quantity;
  // (Of two the releases print where one holds the other, the longer: host is their 主持人, which the index
  // counts under 主持 as well.)
  const printed = words.map((word) => [word, frequency(word)] as const).filter(([, n]) => n > 0);
  let best: string | undefined;
  let most = 0;
  for (const [word, n] of printed) if (n > most && !printed.some(([other]) => other !== word && other.includes(word))) [best, most] = [word, n];
  return best ?? (phrase.includes(' ') ? words[0] : kindFor(phrase, frequency));
}

/**
 * A word none of whose own glosses the releases print, read as a kind of it they do print: institute as their
 * 研究院, glossed "research institute". (Of the words of the two-word glosses that end in the word, which the table
 * lists under `* institute`, the one printed most often in the releases.)
 */
function kindFor(word: string, frequency: (word: string) => number): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const chinese of wordsGlossed(`* ${word}`) ?? []) {
    const n = frequency(chinese);
    if (n > most) [best, most] = [chinese, n];
  }
  return best;
}

/**
 * A folded question with its English words read as Chinese. `frequency` says how often the releases print a word: an
 * English word they print themselves (app, ai) stays, and so does one none of whose glosses they print.
 */
export function readEnglish(folded: string, frequency: (word: string) => number): string {
  if (!/[a-z]{2}/u.test(folded)) return folded;
  const known = (word: string) => frequency(word) > 0;
  return folded.replace(ENGLISH_RUN, (_: string, run: string, offset: number) => {
    const words = run.replace(/’/gu, "'").split(/[ \-]/u);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      for (let n = Math.min(LONGEST, words.length - i); n >= 1 && taken === 0; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        const question = QUESTION_WORDS.get(phrase);
        if (question !== undefined) {
          out.push(question);
          taken = n;
          continue;
        }
        // (A word the releases print as it is typed is theirs: the App of 政务App.)
        // (So is an abbreviation, GDP, which is read as the Chinese term it stands for further on.)
        if (n === 1 && (known(phrase) || GRAMMAR_WORDS.has(phrase) || expansionsOf(phrase).length > 0)) {
          if (!GRAMMAR_WORDS.has(phrase)) out.push(phrase);
          taken = 1;
          continue;
        }
        const head = words.slice(i, i + n - 1);
        let chinese = chineseFor(phrase, frequency);
        for (const form of chinese === undefined ? baseForms(words[i + n - 1]!) : []) chinese ??= chineseFor([...head, form].join(' '), frequency);
        if (chinese !== undefined) {
          out.push(chinese);
          taken = n;
        }
      }
      if (taken === 0) {
        // Left as typed, apart from the Chinese around it.
        out.push(` ${words[i]!} `);
        taken = 1;
      }
      i += taken;
    }
    const text = out.join('').replace(/ {2,}/gu, ' ');
    // (At the question's edges no space is needed.)
    return offset === 0 ? text.trimStart() : text;
  }).trim();
}
