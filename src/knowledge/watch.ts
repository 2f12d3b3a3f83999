import { watch as watchFolder, type FSWatcher as FolderWatcher } from 'chokidar';
import { watch as watchEntries, type FSWatcher as EntryWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Engine, ReloadResult } from '../engine.ts';
import { IGNORED, isKnowledgeFile, snapshotKnowledge as snapshotAll, type Snapshot } from './snapshot.ts';

/**
 * Reload without restart: watches the engine's knowledge folders and calls `engine.reload()` once the edits settle.
 * The engine builds the new index beside the old one and swaps it in whole, so questions in flight finish on the old
 * one; a broken edit keeps the old knowledge serving and is reported through `onError` with file and field.
 *
 * Node's recursive `fs.watch` follows a file's inode, so one `mv new.yaml release.yaml` (what editors' atomic saves
 * do) left it watching a file that no longer existed, silently. chokidar watches each folder and re-reads it on
 * renames; it still follows a knowledge folder that is itself renamed away, so the folder's parent is watched for
 * that, and a periodic rescan compares every file's identity, size and time as a safety net. Anything structural
 * (a folder replaced, removed or added, a missed change) re-arms the watch before reloading.
 */

/** Options for {@link watchKnowledge}. */
export interface WatchOptions {
  /** Called after each successful reload, with the files whose change triggered it. Default: nothing. */
  onReload?: (result: Extract<ReloadResult, { ok: true }>, changed: string[]) => void;
  /**
   * Called when a reload fails (the old knowledge keeps serving; the error names file, field and problem) or a
   * folder cannot be watched. Default: the message on stderr, so a broken edit is never silent.
   */
  onError?: (error: Error) => void;
  /** Quiet time after the last change before reloading, so a save that writes several files reloads once. Default 300 ms. */
  debounceMs?: number;
  /** How often the folders are rescanned for a change the watch missed, in milliseconds; 0 turns it off. Default 5 000 ms. */
  rescanMs?: number;
}

/** The part of the engine a watcher needs. */
export type ReloadableEngine = Pick<Engine, 'reload' | 'knowledgeDirs'> & Partial<Pick<Engine, 'stats'>>;

/** A running watch: call it to stop watching (it resolves once a reload already under way has finished). */
export interface KnowledgeWatcher {
  (): Promise<void>;
  /** Re-arms the watch on every folder and reloads now; what `/reload` calls, so it also mends a watch gone stale. */
  reload(): Promise<ReloadResult>;
  /** Resolves once every folder is watched and its files noted; a change before that may wait for the rescan. */
  readonly ready: Promise<void>;
}

/** Stops watching; resolves once a reload already under way has finished. Kept as the name callers know. */
export type StopWatching = KnowledgeWatcher;

const DEFAULT_DEBOUNCE_MS = 300;
const DEFAULT_RESCAN_MS = 5000;
const READY_TIMEOUT_MS = 10_000;


/** Watches `engine.knowledgeDirs` (recursively) and reloads the engine when a knowledge file changes. */
export function watchKnowledge(engine: ReloadableEngine, options: WatchOptions = {}): KnowledgeWatcher {
  const onReload = options.onReload ?? (() => {});
  const onError = options.onError ?? ((error: Error) => process.stderr.write(`knowledge reload failed; still serving the previous knowledge:\n${error.message}\n`));
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const rescanMs = options.rescanMs ?? DEFAULT_RESCAN_MS;
  const dirs = [...engine.knowledgeDirs];

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let changed = new Set<string>();
  let rearmNeeded = false;
  let closed = false;
  let baseline: Snapshot = new Map();
  const watches = new Map<string, { folder: FolderWatcher; parent?: EntryWatcher }>();

  const noteChange = (file: string, structural: boolean) => {
    if (closed) return;
    changed.add(file);
    if (structural) rearmNeeded = true;
    schedule();
  };

  /** Watches one folder afresh: chokidar inside it, plain fs.watch on its parent for the folder being replaced. */
  const arm = async (dir: string): Promise<void> => {
    const old = watches.get(dir);
    watches.delete(dir);
    old?.parent?.close();
    await old?.folder.close();
    if (closed) return;
    const folder = watchFolder(dir, {
      ignoreInitial: true,
      // Not persistent: the watcher alone never keeps a process alive; a bot's own loop does, and tests exit.
      persistent: false,
      ignored: (file, stats) => file !== dir && (IGNORED.test(path.basename(file)) || (stats?.isFile() === true && !isKnowledgeFile(file))),
    });
    folder.on('all', (event, file) => {
      if (event === 'addDir' || event === 'unlinkDir') noteChange(file, true);
      else if (isKnowledgeFile(file)) noteChange(file, false);
    });
    // Reported once per arming; the folder is watched afresh at the next change the rescan finds. Re-arming at
    // once would loop when the system is out of watches (EMFILE, ENOSPC), with the rescan still serving edits.
    let reported = false;
    folder.on('error', (error) => {
      rearmNeeded = true;
      if (reported || closed) return;
      reported = true;
      const meanwhile = rescanMs > 0 ? `the ${rescanMs / 1000} s rescan serves edits until it is watched afresh` : '/reload watches it afresh';
      onError(new Error(`knowledge watcher: trouble watching ${dir}; ${meanwhile}: ${(error as Error).message}`, { cause: error }));
    });
    let parent: EntryWatcher | undefined;
    try {
      // Only renames: the folder moved away, removed or put in place (an edit inside it is chokidar's to see).
      parent = watchEntries(path.dirname(dir), { persistent: false }, (event, name) => {
        if (event === 'rename' && name !== null && name.toString() === path.basename(dir)) noteChange(dir, true);
      });
      // The parent may go away or be unreadable; the rescan still notices a replaced folder.
      parent.on('error', () => parent?.close());
    } catch {
      parent = undefined;
    }
    watches.set(dir, { folder, parent });
    // A watch that cannot get going (out of inotify watches, say) must not keep the rescan from starting.
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      folder.once('ready', () => resolve());
      timer = setTimeout(resolve, READY_TIMEOUT_MS);
    });
    clearTimeout(timer);
  };

  // Arming is serialised: a rescan, a debounced reload and /reload may all ask at once. A folder that cannot be
  // armed is reported and left to the rescan; it must not break the chain for every later arming.
  let arming: Promise<void> = Promise.resolve();
  const armAll = (): Promise<void> => {
    arming = arming.then(() =>
      Promise.all(
        dirs.map((dir) =>
          arm(dir).catch((error: unknown) => {
            rearmNeeded = true;
            onError(new Error(`knowledge watcher: cannot watch ${dir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
          }),
        ),
      ).then(() => undefined),
    );
    return arming;
  };

  const reload = async () => {
    const files = [...changed];
    changed = new Set();
    if (rearmNeeded) {
      rearmNeeded = false;
      await armAll();
    }
    // Noted before the engine reads the files: an edit landing in between shows up at the next rescan.
    baseline = await snapshotAll(dirs);
    const result = await engine.reload().catch((error: unknown): ReloadResult => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }));
    if (closed) return;
    if (result.ok) onReload(result, files);
    else onError(result.error);
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      // One reload at a time: a change during a reload (which may have read the file before the edit) reloads again after it.
      if (running) {
        schedule();
        return;
      }
      running = reload().finally(() => {
        running = undefined;
      });
    }, debounceMs);
  };

  let isReady = false;
  const rescan = async () => {
    if (closed || !isReady || running || timer) return;
    const now = await snapshotAll(dirs);
    const differences = compare(baseline, now);
    // The watch missed these (or they happened before it was ready): re-arm it as well as reloading.
    for (const file of differences) noteChange(file, true);
  };

  for (const dir of dirs) {
    stat(dir).catch((error: Error) => onError(new Error(`knowledge watcher: cannot watch ${dir} yet (it is watched for when it appears): ${error.message}`, { cause: error })));
  }
  // Noted before arming: an edit made while the watch is getting ready differs from it at the first rescan.
  // What the engine read is the truer baseline: an edit landing after the engine read the files but before
  // this first look would otherwise be in both, and missed by the watch armed after it too.
  const read = engine.stats?.().read;
  const ready = snapshotAll(dirs).then(async (first) => {
    baseline = first;
    await armAll();
    isReady = true;
    if (read !== undefined) for (const file of compare(read, first)) noteChange(file, true);
  });
  const rescanner = rescanMs > 0 ? setInterval(() => void rescan().catch(() => undefined), rescanMs) : undefined;
  rescanner?.unref();

  const stop = async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    if (rescanner) clearInterval(rescanner);
    await ready.catch(() => undefined);
    await arming.catch(() => undefined);
    for (const { folder, parent } of watches.values()) {
      parent?.close();
      await folder.close();
    }
    watches.clear();
    await running;
  };
  return Object.assign(stop, {
    ready,
    reload: async (): Promise<ReloadResult> => {
      await armAll();
      baseline = await snapshotAll(dirs);
      return engine.reload();
    },
  });
}

/** Paths whose entry differs between two snapshots (added, removed or changed). */
function compare(before: Snapshot, after: Snapshot): string[] {
  const differ: string[] = [];
  for (const [file, state] of after) if (before.get(file) !== state) differ.push(file);
  for (const file of before.keys()) if (!after.has(file)) differ.push(file);
  return differ;
}
