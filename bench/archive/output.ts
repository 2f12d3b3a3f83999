import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** The output folder cannot take an archive: it is a file, or holds something and --force was not given. */
export class ArchiveOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveOutputError';
  }
}

/**
 * Makes `dir` ready for an archive. A missing or empty folder is fine; a folder holding anything is refused
 * unless `force`, which deletes the previous archive's `releases/*.yaml` so a smaller archive leaves no stale
 * releases behind. Nothing else in the folder is touched.
 */
export async function prepareOutput(dir: string, force: boolean): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined) return;
  if (!info.isDirectory()) throw new ArchiveOutputError(`archive: ${dir} exists and is not a folder`);
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  if (!force) throw new ArchiveOutputError(`archive: ${dir} is not empty (${entries.length} entries); choose an empty folder or pass --force`);
  const releasesDir = path.join(dir, 'releases');
  const old = await readdir(releasesDir).catch(() => [] as string[]);
  await Promise.all(old.filter((f) => /\.ya?ml$/i.test(f)).map((f) => rm(path.join(releasesDir, f))));
}
