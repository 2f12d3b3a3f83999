import type { WechatConfig } from '../../src/index.ts';

/** Where the adapter writes its log lines; tests pass a collecting one. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Where finished lines go: by default standard output for info and standard error for the rest. */
export interface LogSink {
  out(line: string): void;
  err(line: string): void;
}

const consoleSink: LogSink = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/**
 * A logger that stamps every line with the time and the bot's name, so the logs of several bots on one
 * machine (or one bot across restarts) can be told apart.
 */
export function createLogger(botName: string, sink: LogSink = consoleSink): Logger {
  const line = (level: string, message: string) => `${new Date().toISOString()} [${botName}] ${level} ${message}`;
  return {
    info: (message) => sink.out(line('info', message)),
    warn: (message) => sink.err(line('warn', message)),
    error: (message) => sink.err(line('error', message)),
  };
}

/** The most useful one-line-or-more description of something thrown: the stack when there is one. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : `\n  caused by: ${describeError(error.cause)}`;
    return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
  }
  return String(error);
}

/** A one-line summary of the settings for the start-up log, with the token shown only as set or not set. */
export function describeConfig(config: WechatConfig): string {
  return [
    `puppet=${config.puppet}`,
    `token=${config.puppetToken ? 'set' : 'not set'}`,
    `name=${config.name}`,
    `rooms=${config.rooms.length > 0 ? config.rooms.join('|') : '(all)'}`,
    `trigger=${config.trigger}`,
    `limits=${config.personLimit}/person,${config.roomLimit}/room per ${config.rateWindowMs / 1000}s`,
    `sendInterval=${config.sendIntervalMs}ms`,
    `sendTimeout=${config.sendTimeoutMs / 1000}s`,
    `stopGrace=${config.stopGraceMs / 1000}s`,
  ].join(' ');
}
