import { accessSync, constants, renameSync, statSync } from 'node:fs';

/** Why a path cannot serve as the question log. */
export type LogFileProblem = 'missing' | 'folder' | 'device' | 'unreadable' | 'damaged';

/**
 * The log's path is not a usable log: absent (when it must exist), a folder or a device, unreadable, or a
 * damaged database. The message names the path; `cause` carries the file-system or SQLite error.
 */
export class LogFileError extends Error {
  override readonly name = 'LogFileError';

  constructor(
    readonly problem: LogFileProblem,
    readonly file: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Refuses, by name, a path that is not a regular file before SQLite sees it: SQLite opens `/dev/null` and
 * leaves `/dev/null-journal` beside it, and a folder fails as a vague "unable to open". With `mustExist`,
 * a missing file (or folder) is refused too, rather than created.
 */
export function checkLogPath(file: string, options: { mustExist: boolean }): void {
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !options.mustExist) return; // created on open
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new LogFileError('missing', file, `no question log at ${file}`, { cause: error });
    if (code === 'EACCES') throw new LogFileError('unreadable', file, `${file} cannot be read (permission denied)`, { cause: error });
    throw error;
  }
  if (info.isDirectory()) throw new LogFileError('folder', file, `${file} is a folder, not a question log file`);
  if (!info.isFile()) throw new LogFileError('device', file, `${file} is a device or other special file, not a question log file`);
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw new LogFileError('unreadable', file, `${file} cannot be read (permission denied)`, { cause: error });
  }
}

/** Whether SQLite says the file is not a database or is damaged (`SQLITE_NOTADB`, `SQLITE_CORRUPT*`). */
export function isDamage(error: unknown): boolean {
  if (error instanceof LogFileError) return error.problem === 'damaged';
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/** Wraps SQLite's damage error as a {@link LogFileError} naming the file; other errors pass through. */
export function asDamage(file: string, error: unknown): unknown {
  if (!isDamage(error)) return error;
  const code = (error as { code: string }).code;
  return new LogFileError('damaged', file, `${file} is damaged, not a readable question log (${code}: ${(error as Error).message})`, { cause: error });
}

/**
 * Moves a damaged log out of the way as `<file>.corrupt-<time>` (with its `-wal`, `-shm` and `-journal`
 * files, which belong to it and would confuse a new log), so a new one can start and the old one can still
 * be examined or recovered (`sqlite3 FILE .recover`). Returns the new name of the log file.
 */
export function moveAside(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/gu, '-');
  const target = `${file}.corrupt-${stamp}`;
  renameSync(file, target);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    try {
      renameSync(`${file}${suffix}`, `${target}${suffix}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return target;
}
