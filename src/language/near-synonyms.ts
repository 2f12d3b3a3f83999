import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.ts';

/**
 * Near-synonyms from a general resource (CC-CEDICT glosses, see scripts/near-synonyms.ts), so a question that
 * says 收集 finds a release that says 征集, and 成效 finds 效果, without a list written for any question. Each
 * link has a strength 0–1; weak links count for little.
 */

/** The generated data files, beside this module's source. */
export const LANGUAGE_DATA_DIR = projectPath('src', 'language', 'data');

let table: Map<string, [string, number][]> | undefined;
let verbs: Set<string> | undefined;

function readLines(file: string): string[] {
  return readFileSync(`${LANGUAGE_DATA_DIR}/${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** The near-synonyms of a folded word with their strengths, strongest first; empty when it has none. */
export function nearSynonymsOf(word: string): readonly [string, number][] {
  if (table === undefined) {
    // A link holds both ways: the table keeps each word's strongest few, so 房屋 lists 房子 while 房子, with
    // stronger links of its own, does not list 房屋.
    const links = new Map<string, Map<string, number>>();
    const link = (a: string, b: string, strength: number) => {
      let of = links.get(a);
      if (of === undefined) links.set(a, (of = new Map()));
      of.set(b, Math.max(of.get(b) ?? 0, strength));
    };
    for (const line of readLines('near-synonyms.tsv')) {
      const [head, list = ''] = line.split('\t');
      if (!head) continue;
      for (const entry of list.split(' ')) {
        const at = entry.lastIndexOf(':');
        const [other, strength] = [entry.slice(0, at), Number(entry.slice(at + 1))];
        link(head, other, strength);
        link(other, head, strength);
      }
    }
    table = new Map([...links].map(([word, of]) => [word, [...of].sort((a, b) => b[1] - a[1])]));
  }
  return table.get(word) ?? [];
}

/** Whether a word jieba tags as a noun is only ever a verb in CC-CEDICT (汇总 "to collect and summarize"). */
export function isVerbTaggedAsNoun(word: string): boolean {
  verbs ??= new Set(readLines('verbs-tagged-as-nouns.txt'));
  return verbs.has(word);
}
