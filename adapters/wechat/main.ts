/**
 * `npm run wechat`: starts the WeChat bot on the configured wechaty puppet, prints the login QR code in the
 * terminal, and answers questions in direct chats and in the allowed rooms until SIGINT or SIGTERM.
 */
import { ConfigError, createEngine, loadQuestionLog, loadStartupConfig, takeKnowledgeArgs, watchKnowledge, wechatConfig, type StartupConfig, type WechatConfig } from '../../src/index.ts';
import { createWechatAdapter } from './adapter.ts';
import { attachLifecycle, buildWechaty } from './lifecycle.ts';
import { createLogger, describeConfig, describeError } from './log.ts';

let startup: StartupConfig;
let config: WechatConfig;
try {
  // The environment with .env under it, read and validated once (src/config); a LOG_SALT too short to protect
  // askers stops the start too.
  startup = loadStartupConfig({ knowledgeArgs: takeKnowledgeArgs(process.argv.slice(2)).dirs });
  config = wechatConfig(startup.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // One line per bad variable, naming it and never its value.
  process.stderr.write(`wechat: ${error.message.replaceAll('\n', '\nwechat: ')}\n`);
  process.exit(2);
}
const log = createLogger(config.name);
log.info(`starting: ${describeConfig(config)}`);

// A broken knowledge file stops start-up: the bot never serves half its knowledge. The core's message names
// the file and the field, so it is printed as it is.
for (const problem of startup.engine.problems) log.warn(problem);
const engine = await createEngine({ knowledgeDirs: startup.engine.knowledgeDirs, cacheDir: startup.engine.cacheDir, logger: log }).catch((error: unknown) => {
  log.error(`cannot load knowledge: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
log.info(`knowledge loaded: ${engine.releases().length} release(s) from ${engine.knowledgeDirs.join(', ')}`);

const bot = buildWechaty(config);
attachLifecycle(bot, { log });
// Questions are recorded for the press office's report (QA_LOG=off turns it off); recording never blocks answering.
const questionLog = await loadQuestionLog({ config: startup.log, logger: log });
const adapter = createWechatAdapter(bot, { engine, config, log, questionLog });

// A changed knowledge file is picked up without a restart; a broken edit keeps the old knowledge serving.
const stopWatching = watchKnowledge(engine, {
  onReload: (result, changed) => log.info(`knowledge reloaded: ${result.releases} release(s) in ${result.ms} ms (${changed.join(', ')})`),
  onError: (error) => log.error(`knowledge reload failed; still serving the previous knowledge:\n${error.message}`),
});

// The last line of defence: a stray rejection is logged, not allowed to end the process (Node 20 default).
process.on('unhandledRejection', (reason) => log.error(`unhandled rejection: ${describeError(reason)}`));

// A puppet that hangs while logging out must not hold the exit: the process ends after this long regardless.
const PUPPET_STOP_MS = 5000;

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: stopping (up to ${config.stopGraceMs / 1000} s for the send in progress, ${PUPPET_STOP_MS / 1000} s for the puppet)`);
  try {
    // Replies waiting to be sent are dropped at once; the one in progress gets the grace period.
    await adapter.stop();
    await stopWatching();
    questionLog.close();
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      bot.stop().then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PUPPET_STOP_MS))),
    ]);
    clearTimeout(timer);
    if (!stopped) log.warn(`the puppet did not stop within ${PUPPET_STOP_MS / 1000} s; exiting anyway`);
    log.info('stopped');
    process.exit(0);
  } catch (error) {
    log.error(`stop failed: ${describeError(error)}`);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await bot.start();
  log.info('started; waiting for login');
} catch (error) {
  log.error(`could not start the bot: ${describeError(error)}`);
  process.exit(1);
}
