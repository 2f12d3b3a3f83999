/**
 * `npm start`: chat with the bot in the terminal, on the bundled knowledge, with no token and no network.
 * With a pipe on stdin it answers one question per line and exits at the end of input.
 */
import { createInterface } from 'node:readline';
import { createEngine, exitOnStartupError, knowledgeOption, loadQuestionLog, loadStartupConfig, parseCommandLine, watchKnowledge, type StartupConfig } from '../../src/index.ts';
import { ConsoleChat } from './chat.ts';

const { values } = parseCommandLine(knowledgeOption);
let config: StartupConfig;
// A LOG_SALT too short to protect askers stops the start at once, before the dictionaries load.
try {
  config = loadStartupConfig({ knowledgeArgs: values.knowledge });
} catch (error) {
  exitOnStartupError(error);
}
const notice = (text: string) => process.stderr.write(`${text}\n`);
for (const problem of config.engine.problems) notice(problem);
const engine = await createEngine({ knowledgeDirs: config.engine.knowledgeDirs, cacheDir: config.engine.cacheDir }).catch(exitOnStartupError);
const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;

// A changed knowledge file is picked up without a restart; a broken edit keeps the old knowledge serving.
const watcher = watchKnowledge(engine, {
  onReload: (result) => interactive && notice(`（知识库已更新：${result.releases} 场发布会）`),
  onError: (error) => notice(`知识库有错误，继续使用原有知识：\n${error.message}`),
});
// /reload also watches the folders afresh.
const chat = new ConsoleChat(engine, { reloadKnowledge: watcher.reload });
// The question log (QA_LOG=off turns it off) is opened after the engine so it never delays the first answer.
const questionLog = loadQuestionLog({ config: config.log, logger: { warn: notice } });

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
  if (reply.answer) {
    const { answer, latencyMs = 0 } = reply;
    void questionLog.then((log) => log.record({ channel: 'console', chatType: 'private', answer, latencyMs }));
  }
  if (interactive) rl.prompt();
}
rl.close();
await watcher();
(await questionLog).close();
