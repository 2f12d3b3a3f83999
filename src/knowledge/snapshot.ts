import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * What a set of knowledge folders held at one moment, as the engine read them and as the watcher sees them:
 * each YAML file's identity, size and time, and each folder's own identity (a replaced folder gets a new one).
 */
export type Snapshot = ReadonlyMap<string, string>;

/** Editors' swap, backup and probe files, and release drafts (never loaded): saving them must not trigger reloads. */
export const IGNORED = /(^\.|~$|\.swp$|\.swx$|\.tmp$|^4913$|^#.*#$|\.draft\.ya?ml$)/u;

/** A YAML file that is not an editor's scratch file. */
export function isKnowledgeFile(file: string): boolean {
  const base = path.basename(file);
  if (IGNORED.test(base)) return false;
  const ext = path.extname(base).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
}

/** The state of every folder: each knowledge file as `inode:size:mtime`, and each folder's inode (a replaced folder gets a new one). */
export async function snapshotKnowledge(dirs: readonly string[]): Promise<Snapshot> {
  const snapshot = new Map<string, string>();
  for (const dir of dirs) {
    try {
      snapshot.set(dir, `folder:${(await stat(dir)).ino}`);
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        const file = path.join(entry.parentPath, entry.name);
        // A file inside a hidden or scratch folder is not knowledge either.
        if (!entry.isFile() || !isKnowledgeFile(file) || path.relative(dir, file).split(path.sep).some((part) => IGNORED.test(part))) continue;
        const info = await stat(file).catch(() => undefined);
        if (info) snapshot.set(file, `${info.ino}:${info.size}:${info.mtimeMs}`);
      }
    } catch {
      snapshot.set(dir, 'missing');
    }
  }
  return snapshot;
}

