/**
 * `npm run ask -- "问题"`: one answer for people. `npm run --silent ask -- --json "问题"`: one JSON object.
 * With no question argument, reads questions one per line from stdin and answers each, in order.
 */
import { createInterface } from 'node:readline';
import { answerToJson } from '../answer/json.ts';
import { createEngine, type Engine } from '../engine.ts';
import { exitOnStartupError, knowledgeDirs, knowledgeOption, parseCommandLine } from './options.ts';

const { values, positionals } = parseCommandLine({ ...knowledgeOption, json: { type: 'boolean', default: false } });
const engine: Engine = await createEngine({ knowledgeDirs: knowledgeDirs(values.knowledge) }).catch(exitOnStartupError);
const print = (question: string) => {
  const answer = engine.answer(question);
  process.stdout.write(values.json ? `${JSON.stringify(answerToJson(answer))}\n` : `${answer.text}\n`);
};

if (positionals.length > 0) {
  print(positionals.join(' '));
} else {
  let first = true;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!values.json && !first) process.stdout.write('\n');
    first = false;
    print(line);
  }
}
