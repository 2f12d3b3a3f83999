import { parseArgs } from 'node:util';
import { DEFAULT_SEED, MAX_RELEASES } from './archive.ts';

/** What `npm run archive` was asked to do. */
export interface ArchiveCommand {
  releases: number;
  /** The output folder as given; the releases go to `<out>/releases/`. */
  out: string;
  seed: number;
  force: boolean;
  check: boolean;
  help: boolean;
}

/** A command line `npm run archive` cannot act on; the message says which option and why. */
export class ArchiveUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveUsageError';
  }
}

/** The help text. */
export const ARCHIVE_USAGE = `usage: npm run archive -- --releases N --out DIR [--seed S] [--force] [--check]
  --releases N  how many releases, 1 to ${MAX_RELEASES}
  --out DIR     where to write; the releases go to DIR/releases/
  --seed S      a whole number; the same seed and N give the same files (default ${DEFAULT_SEED})
  --force       write into a DIR that is not empty, first deleting the *.yaml files in DIR/releases/
  --check       validate the written archive with the knowledge loader`;

/** Parses `npm run archive`'s arguments; throws {@link ArchiveUsageError} naming the first bad one. */
export function parseArchiveArgs(args: readonly string[]): ArchiveCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        releases: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        force: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new ArchiveUsageError((error as Error).message);
  }
  const help = values.help;
  if (help) return { releases: 0, out: '', seed: DEFAULT_SEED, force: false, check: false, help };
  if (values.out === undefined || values.out.trim() === '') throw new ArchiveUsageError('--out DIR is required');
  return {
    releases: wholeNumber('--releases', values.releases, 1, MAX_RELEASES),
    out: values.out,
    seed: wholeNumber('--seed', values.seed, 0, 0xffffffff),
    force: values.force,
    check: values.check,
    help,
  };
}

function wholeNumber(flag: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined) throw new ArchiveUsageError(`${flag} is required`);
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) throw new ArchiveUsageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}
