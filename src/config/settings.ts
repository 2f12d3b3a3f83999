import * as z from 'zod/mini';
import { ConfigError, type ConfigProblem } from './errors.ts';
import type { Environment } from './environment.ts';

/*
 * The building blocks of the sections' schemas. zod/mini rather than zod: the same validation, with functions the
 * bundle (scripts/build.mjs) can drop when unused, so the console's start pays ~15 ms for it instead of ~100 ms
 * (see the README's "Configuration").
 */

/** An empty or blank value means "not set": `.env.example` ships `LOG_SALT=` and `PORT=`. */
export const blankAsUnset = z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value));

/** An optional text setting, trimmed, with checks; blank is unset. */
export function optionalText(...checks: Parameters<z.ZodMiniString['check']>) {
  return z.pipe(blankAsUnset, z.optional(z.string().check(z.trim(), ...checks)));
}

/** A text setting with a default; blank is unset. */
export function textOr(fallback: string, ...checks: Parameters<z.ZodMiniString['check']>) {
  return z.pipe(blankAsUnset, z._default(z.optional(z.string().check(z.trim(), ...checks)), fallback));
}

/** A whole number within bounds, with a default when unset or blank. */
export function wholeNumber(fallback: number, min: number, max: number, unit: string) {
  const rule = `expected a whole number of ${unit} from ${min} to ${max}`;
  return z.pipe(
    blankAsUnset,
    z.pipe(z._default(z.optional(z.string().check(z.trim(), z.regex(/^\d+$/u, rule))), String(fallback)), z.transform(Number)).check(
      z.refine((n: number) => n >= min && n <= max, rule),
    ),
  );
}

/** The words that switch a setting on or off; anything else is not understood. */
export function onOff(value: string | undefined): boolean | undefined {
  const word = value?.trim().toLowerCase();
  if (word === undefined || word === '') return undefined;
  if (['on', '1', 'true', 'yes'].includes(word)) return true;
  if (['off', '0', 'false', 'no'].includes(word)) return false;
  return undefined;
}

/**
 * Validates the environment against a section's schema; throws a {@link ConfigError} listing every bad variable
 * with the rule it breaks. zod's messages are the rules written in the schemas, never the values.
 */
export function parseSection<T>(schema: z.ZodMiniType<T>, env: Environment): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems: ConfigProblem[] = result.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? 'environment');
    return { variable, message: issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}` };
  });
  throw new ConfigError(problems);
}
