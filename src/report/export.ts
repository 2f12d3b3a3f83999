import path from 'node:path';
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { UnansweredGroup } from './build.ts';
import { ReportOptionError } from './period.ts';

/** One draft curated-FAQ entry, in the format `knowledge/faq/*.yaml` takes once `answer` and `source` are filled. */
export interface DraftFaqEntry {
  question: string;
  alternates: string[];
  answer: '';
  source: Record<string, never>;
  asked: number;
}

/** Turns unanswered groups into draft entries: the most asked wording as the question, the others as alternates. */
export function draftEntries(groups: readonly UnansweredGroup[]): DraftFaqEntry[] {
  return groups
    .filter((g) => g.wordings.length > 0)
    .map((g) => ({
      question: g.wordings[0]!.text,
      alternates: g.wordings.slice(1).map((w) => w.text),
      answer: '',
      source: {},
      asked: g.count,
    }));
}

/**
 * Writes the drafts as a YAML document whose header says how to finish them and why the file stays outside
 * `knowledge/` until then, with a comment per entry on how it was asked.
 */
export function draftFaqYaml(groups: readonly UnansweredGroup[], exportedOn: string, dayOf: (ms: number) => string): string {
  const usable = groups.filter((g) => g.wordings.length > 0);
  const doc = new Document({ entries: draftEntries(usable) });
  doc.commentBefore = [
    ` Draft FAQ entries exported from the question log on ${exportedOn}; fill \`answer\` and \`source\`, then move the file to knowledge/faq/.`,
    ' Keep this file outside knowledge/ until every entry is filled: `npm run kb -- check` refuses an entry with an empty',
    ' answer or without a source, and the bot does not start on knowledge that fails the check.',
    ' source is either {release: <release id>, paragraph: <0-based statements index>} or {office: <named office>, date: YYYY-MM-DD}.',
    ' Delete the entries you will not answer; `asked` (how often it was asked) is for information only.',
  ].join('\n');
  const entries = doc.get('entries', true);
  if (isSeq(entries)) {
    (entries as YAMLSeq).items.forEach((item, i) => {
      const group = usable[i];
      if (!isMap(item) || group === undefined) return;
      const map = item as YAMLMap;
      const alternates = map.get('alternates', true);
      if (isSeq(alternates)) alternates.flow = true;
      const source = map.get('source', true);
      if (isMap(source)) source.flow = true;
      const how = `suggested ${group.outcomes.suggested}, refused ${group.outcomes.refused}`;
      const who = group.askers > 0 ? ` by ${group.askers} ${group.askers === 1 ? 'person' : 'people'}` : '';
      map.commentBefore = ` asked ${group.count === 1 ? 'once' : `${group.count} times`}${who} (${how}), last ${dayOf(group.lastAsked)}, via ${group.channels.join(', ')}`;
    });
  }
  if (usable.length === 0) doc.comment = ' No unanswered questions in this period.';
  return doc.toString({ lineWidth: 0 });
}

/**
 * Refuses an export path inside a knowledge folder: a draft with empty answers there would fail the
 * knowledge check and keep the bot from starting.
 */
export function checkOutsideKnowledge(file: string, knowledgeDirs: readonly string[]): void {
  const target = path.resolve(file);
  for (const dir of knowledgeDirs) {
    const relative = path.relative(path.resolve(dir), target);
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)))
      throw new ReportOptionError(`--export-unanswered: ${file} is inside the knowledge folder ${dir}; write drafts elsewhere and move them to knowledge/faq/ once every answer and source is filled`);
  }
}
