import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Engine, ReloadResult } from '../engine.ts';

/**
 * Reload without restart: watches the engine's knowledge folders and calls `engine.reload()` once the edits settle.
 * The engine builds the new index beside the old one and swaps it in whole, so questions in flight finish on the old
 * one; a broken edit keeps the old knowledge serving and is reported through `onError` with file and field.
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
}

/** The part of the engine a watcher needs. */
export type ReloadableEngine = Pick<Engine, 'reload' | 'knowledgeDirs'>;

/** Stops watching; resolves once a reload already under way has finished. */
export type StopWatching = () => Promise<void>;

const DEFAULT_DEBOUNCE_MS = 300;

/** Editors' swap, backup and probe files, and release drafts (never loaded): saving them must not trigger reloads. */
const IGNORED = /(^\.|~$|\.swp$|\.swx$|\.tmp$|^4913$|^#.*#$|\.draft\.ya?ml$)/u;

/** Watches `engine.knowledgeDirs` (recursively) and reloads the engine when a knowledge file changes. */
export function watchKnowledge(engine: ReloadableEngine, options: WatchOptions = {}): StopWatching {
  const onReload = options.onReload ?? (() => {});
  const onError = options.onError ?? ((error: Error) => process.stderr.write(`knowledge reload failed; still serving the previous knowledge:\n${error.message}\n`));
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let changed = new Set<string>();
  let closed = false;

  const reload = async () => {
    const files = [...changed];
    changed = new Set();
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

  const watchers: FSWatcher[] = [];
  for (const dir of engine.knowledgeDirs) {
    try {
      // Not persistent: the watcher alone never keeps a process alive; a bot's own loop does, and tests exit.
      const watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
        if (closed) return;
        const file = name === null ? undefined : name.toString();
        if (file !== undefined && !isKnowledgeChange(file)) return;
        changed.add(file === undefined ? dir : path.join(dir, file));
        schedule();
      });
      watcher.on('error', (error) => onError(new Error(`knowledge watcher: cannot watch ${dir} any more: ${error.message}`, { cause: error })));
      watchers.push(watcher);
    } catch (error) {
      onError(new Error(`knowledge watcher: cannot watch ${dir}: ${(error as Error).message}`, { cause: error }));
    }
  }

  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
    await running;
  };
}

/** A YAML file, or a folder (no extension: a folder renamed or removed), that is not an editor's scratch file. */
function isKnowledgeChange(file: string): boolean {
  const base = path.basename(file);
  if (IGNORED.test(base)) return false;
  const ext = path.extname(base).toLowerCase();
  return ext === '.yaml' || ext === '.yml' || ext === '';
}
