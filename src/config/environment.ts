import { config as readDotenv } from 'dotenv';

/** Environment variables as the configuration reads them; a copy, never `process.env` itself. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The process's environment with a `.env` file under it (variables already set win, as dotenv does), read once
 * at start. This is the only place the program reads `process.env`: every setting is then validated by the
 * sections of src/config and handed to the engine, the log and the bots as typed objects. A missing `.env` is
 * fine: production sets real environment variables. `dotenvPath: false` reads no file.
 */
export function readEnvironment(options: { dotenvPath?: string | false } = {}): Environment {
  return withDotenv(process.env, options.dotenvPath ?? '.env');
}

/** A copy of `env` with the variables of a `.env` file added where `env` does not set them. */
export function withDotenv(env: Environment, dotenvPath: string | false = '.env'): Environment {
  const merged: Record<string, string | undefined> = { ...env };
  if (dotenvPath !== false) readDotenv({ path: dotenvPath, quiet: true, processEnv: merged as Record<string, string> });
  return Object.freeze(merged);
}
