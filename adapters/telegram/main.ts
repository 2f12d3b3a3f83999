/**
 * `npm run telegram [-- --webhook]`: starts the Telegram bot on the bundled knowledge. Exit codes: 0 after
 * SIGINT/SIGTERM, 1 when Telegram refuses the bot or the knowledge is broken, 2 for bad settings.
 */
import {
  ConfigError,
  createEngine,
  loadQuestionLog,
  loadStartupConfig,
  takeKnowledgeArgs,
  telegramConfig,
  watchKnowledge,
  type Engine,
  type StartupConfig,
  type TelegramConfig,
} from '../../src/index.ts';
import { createLogger, describeError, redact } from './logger.ts';

const args = takeKnowledgeArgs(process.argv.slice(2));
let startup: StartupConfig;
let config: TelegramConfig;
try {
  // The environment with .env under it, read and validated once (src/config).
  startup = loadStartupConfig({ knowledgeArgs: args.dirs });
  config = telegramConfig(startup.env, args.rest);
} catch (error) {
  // One line per bad variable, naming it; the message never carries the value.
  process.stderr.write(`telegram: ${error instanceof ConfigError ? error.message.replaceAll('\n', '\ntelegram: ') : redact(describeError(error))}\n`);
  process.exit(2);
}
const logConfig = startup.log;

// People's ids in log lines are hashed with LOG_SALT, so they match the question log's askers.
const logger = createLogger({ secrets: [config.token, config.webhook?.secret], idSalt: logConfig.salt });

// Imported only now, so a settings mistake is reported before grammY loads, and long before the dictionaries.
const { runTelegramBot } = await import('./run.ts');

let engine: Engine;
try {
  for (const problem of startup.engine.problems) logger.warn(problem);
  engine = await createEngine({ knowledgeDirs: startup.engine.knowledgeDirs, cacheDir: startup.engine.cacheDir, logger });
} catch (error) {
  // A broken knowledge file names the file and field; serving half the knowledge is not an option.
  logger.error('cannot load the knowledge', { error });
  process.exit(1);
}

// A changed knowledge file is picked up without a restart; a broken edit keeps the old knowledge serving.
const watcher = watchKnowledge(engine, {
  onReload: (result, changed) => logger.info('knowledge reloaded', { releases: result.releases, ms: result.ms, changed: changed.join(' ') }),
  onError: (error) => logger.error('knowledge reload failed; still serving the previous knowledge', { error }),
});
// Questions are recorded for the press office's report (QA_LOG=off turns it off); recording never blocks answering.
const questionLog = await loadQuestionLog({ config: logConfig, logger: { warn: (message) => logger.warn(message), info: (message) => logger.info(message) } });

const stop = new AbortController();
const shutdown = (signal: NodeJS.Signals): void => {
  if (stop.signal.aborted) return;
  logger.info('signal received', { signal });
  stop.abort();
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

let code: number;
try {
  code = await runTelegramBot({ config, engine, logger, signal: stop.signal, botOptions: { questionLog, reloadKnowledge: watcher.reload } });
} catch (error) {
  logger.error('stopped by an unexpected error', { error });
  code = 1;
}
await watcher();
questionLog.close();
// Exit explicitly: timers of plugins (the rate limiter's window) must not keep a stopped bot alive.
process.exit(code);
