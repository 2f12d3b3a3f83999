/**
 * `npm run ask -- "问题"`: one answer for people. `npm run --silent ask -- --json "问题"`: one JSON object.
 * With no question argument, reads questions one per line from stdin and answers each, in order; it reads
 * only as fast as its output is read, and a line longer than 64 KB is answered as an over-long question.
 * A line may be a JSON object, `{"conversation": "c1", "question": "第二阶段呢？"}`: the lines of one conversation
 * are answered as one, in order, so a follow-up is read with that conversation's last turns.
 * `npm run ask -- --explain "问题"`: the answer, then what the answerer weighed for it (for developers: its frame,
 * its terms and their weights, the best-ranked passages with their coverage, whether each fits the frame, and the
 * terms each lacks).
 */
import type { Explanation } from '../answer/answerer.ts';
import { answerToJson } from '../answer/json.ts';
import type { Answer } from '../answer/types.ts';
import { loadStartupConfig, type StartupConfig } from '../config/index.ts';
import { createEngine, type Engine } from '../engine.ts';
import { scrubPersonalIds } from '../privacy/scrub.ts';
import { detectScript, toScript } from '../text/script.ts';
import { readAskLine } from './ask-request.ts';
import { jsonLine, MAX_LINE_BYTES, readLines, writeWithBackpressure, type InputLine } from './line-io.ts';
import { exitOnStartupError, knowledgeOption, parseCommandLine } from './options.ts';

// `npm run ask … | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { values, positionals } = parseCommandLine({ ...knowledgeOption, json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false } });
let config: StartupConfig;
try {
  config = loadStartupConfig({ knowledgeArgs: values.knowledge });
} catch (error) {
  exitOnStartupError(error);
}
const engine: Engine = await createEngine({ knowledgeDirs: config.engine.knowledgeDirs, cacheDir: config.engine.cacheDir }).catch(exitOnStartupError);
const render = (answer: Answer, conversation?: string) => (values.json ? jsonLine(answerToJson(answer, conversation)) : `${answer.text}\n`);

if (positionals.length > 0 && values.explain) {
  const { answer, explanation } = engine.explain(positionals.join(' '));
  await writeWithBackpressure(process.stdout, `${render(answer)}\n${explanation === undefined ? '（没有可说明的检索：问候、帮助或编号）\n' : explained(explanation)}`);
} else if (positionals.length > 0) {
  await writeWithBackpressure(process.stdout, render(engine.answer(positionals.join(' '))));
} else {
  let first = true;
  for await (const line of readLines(process.stdin)) {
    const request = line.overLong ? undefined : readAskLine(line.text);
    const conversation = request !== undefined && 'conversation' in request ? request.conversation : undefined;
    const answer =
      request === undefined ? overLongAnswer(engine, line)
      : 'invalid' in request ? invalidLineAnswer(engine, line, request.invalid)
      : conversation !== undefined ? engine.converse(conversation, request.question)
      : engine.answer(request.question);
    await writeWithBackpressure(process.stdout, `${!values.json && !first ? '\n' : ''}${render(answer, conversation)}`);
    first = false;
  }
}

/**
 * The reply to a line too long to be a question: the usage answer with a request to shorten it, in the
 * script the line starts in, carrying only the line's start as its question.
 */
function overLongAnswer(engine: Engine, line: InputLine): Answer {
  const start = scrubPersonalIds(line.text.slice(0, 200));
  const script = detectScript(start);
  const message = toScript(`这一行有 ${line.bytes} 字节，超过了 ${MAX_LINE_BYTES} 字节的上限，不像一个问题。请缩短后再问。`, script);
  return { ...engine.usage(script), question: `${start}…`, message, text: message };
}

/** The reply to a line that starts like a JSON object and is not a question object: what is wrong with it. */
function invalidLineAnswer(engine: Engine, line: InputLine, why: string): Answer {
  const start = scrubPersonalIds(line.text.slice(0, 200));
  const message = `这一行不是有效的提问：${why}。应为 {"conversation": "c1", "question": "问题"}（conversation 可省略）或一行问题文字。`;
  return { ...engine.usage('simplified'), question: start, message, text: message };
}

/** An explanation as lines for a developer: the frame, the terms, and the best-ranked passages with what they lack. */
function explained(e: Explanation): string {
  const frame = Object.entries(e.frame)
    .filter(([, v]) => v !== false && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  const terms = e.terms.map((t) => `${t.term}${t.mustBeMentioned ? '!' : ''}${t.binding ? '#' : ''} ${t.weight.toFixed(2)}${t.alternates.length > 0 ? ` (${t.alternates.join('/')})` : ''}`).join(' | ');
  const lines = [
    `read: ${e.read}`,
    `frame: ${frame}`,
    `terms (! must be printed, # binds the answer): ${terms}`,
    `chosen: ${e.chosen ?? '-'}, confidence ${e.confidence.toFixed(2)}${e.ambiguous ? ', ambiguous' : ''}`,
    ...e.candidates.map((c) => `  ${c.unitId === e.chosen ? '*' : ' '}${String(c.unitId).padStart(5)} ${c.type.padEnd(8)} coverage ${c.coverage.toFixed(2)} merit ${c.merit.toFixed(2)} ${c.fits ? 'fits' : 'does not fit'}${c.missing.length > 0 ? `, lacks ${c.missing.join(' ')}` : ''}: ${c.text.replace(/\s+/gu, ' ').slice(0, 60)}`),
  ];
  return `${lines.join('\n')}\n`;
}
