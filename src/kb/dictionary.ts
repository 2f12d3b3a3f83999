import { access } from 'node:fs/promises';
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/errors.ts';
import { checkFile, readKnowledgeText } from '../knowledge/load.ts';
import { dictionarySchema } from '../knowledge/schema.ts';

/**
 * The domain dictionary for `kb import`: the words of `knowledge/dictionary.yaml`, read and validated exactly as the
 * loader does. A folder without one gives no words; a broken one is an error naming its file and line, never
 * skipped, since the repair would then judge words without the office's names.
 */
export async function readDictionary(file: string): Promise<string[]> {
  const present = await access(file).then(
    () => true,
    () => false,
  );
  if (!present) return [];
  const problems: KnowledgeProblem[] = [];
  const check = checkFile(file, await readKnowledgeText(file, problems), dictionarySchema);
  problems.push(...check.problems);
  if (problems.length > 0 || !check.value) throw new KnowledgeError(problems.length > 0 ? problems : [{ file, field: '', problem: 'cannot be read' }]);
  return check.value.words;
}
