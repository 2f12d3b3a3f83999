import { foldLine } from './fold.ts';
import { splitNames } from './lead.ts';
import { peopleInList, type Mention, type Person } from './people.ts';

/**
 * The speakers of a transcript as they are found: each name once (matched folded), with the most reliable post
 * the text gives for it. A post from a header beats one from a turn label, a label beats a lead sentence, and a
 * lead sentence beats the host's words. The host is not a speaker: the host's paragraphs are cited as 主持人.
 */

/** The host's label in both scripts. */
export const HOST = '主持人';

/** Ranks of where a post was read: a header beats a label, a label a lead sentence, a lead sentence the host's words. */
export const RANK = { header: 0, label: 1, lead: 2, panel: 3, bare: 4 } as const;

/** Everyone named, keyed by folded name, with the most reliable post found. */
export class People {
  private readonly byName = new Map<string, { person: Person; rank: number }>();

  add(mention: Mention, rank: number): string {
    const key = foldLine(mention.name);
    const seen = this.byName.get(key);
    if (!seen) this.byName.set(key, { person: { name: mention.name, ...(mention.post ? { post: mention.post } : {}) }, rank: mention.post ? rank : RANK.bare });
    else if (mention.post && (seen.person.post === undefined || rank < seen.rank)) {
      seen.person.post = mention.post;
      seen.rank = rank;
    } else if (mention.post && rank <= RANK.label && seen.person.post !== undefined && mention.post.length > seen.person.post.length && foldLine(mention.post).endsWith(foldLine(seen.person.post))) {
      // The fuller form of the same post (a header list cut 市发改委副主任，市能源局局长 at its comma; the label has it whole).
      seen.person.post = mention.post;
    }
    return this.byName.get(key)!.person.name;
  }

  has(name: string): boolean {
    return this.byName.has(foldLine(name));
  }

  list(): Person[] {
    return [...this.byName.values()].map((v) => v.person);
  }
}

/** Whether a mention names the host. */
export function isSamePerson(person: Mention, host: Mention | undefined): boolean {
  return host !== undefined && foldLine(person.name) === foldLine(host.name);
}

/** Adds the people of a list (a 发布人 field): post and name each, or bare names. */
export function addPeople(list: string, people: People, known: ReadonlySet<string>, rank: number): void {
  const folded = foldLine(list);
  const found = peopleInList(list, folded, known);
  if (found.length > 0) for (const p of found) people.add(p, rank);
  else for (const name of splitNames(list)) people.add({ name }, rank);
}
