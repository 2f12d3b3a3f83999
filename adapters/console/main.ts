/**
 * `npm start`: chat with the bot in the terminal, on the bundled knowledge, with no token and no network.
 * With a pipe on stdin it answers one question per line and exits at the end of input.
 */
import { createInterface } from 'node:readline';
import { createEngine } from '../../src/index.ts';
import { exitOnStartupError, knowledgeDirs, knowledgeOption, parseCommandLine } from '../../src/cli/options.ts';
import { ConsoleChat } from './chat.ts';

const { values } = parseCommandLine(knowledgeOption);
const engine = await createEngine({ knowledgeDirs: knowledgeDirs(values.knowledge) }).catch(exitOnStartupError);
const chat = new ConsoleChat(engine);
const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, historySize: 500, crlfDelay: Infinity });
if (interactive) {
  console.log(chat.greeting());
  console.log('（/help 帮助，/quit 退出）');
  rl.setPrompt('\n问> ');
  rl.prompt();
}

let first = true;
for await (const line of rl) {
  if (!interactive && line.trim() === '') continue;
  const reply = await chat.handleLine(line);
  if (reply.kind === 'quit') break;
  if (!interactive && !first) process.stdout.write('\n');
  first = false;
  process.stdout.write(`${reply.text}\n`);
  if (interactive) rl.prompt();
}
rl.close();
