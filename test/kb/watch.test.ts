import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReloadResult } from '../../src/engine.ts';
import { createEngine } from '../../src/index.ts';
import { importTranscript } from '../../src/kb/import.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import { watchKnowledge, type ReloadableEngine, type StopWatching, type WatchOptions } from '../../src/knowledge/watch.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 'releases/2023-12-29-suzhou-shuangchuanghui.yaml';

/** A copy of the bundled knowledge folder to edit. */
async function knowledgeCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-watch-'));
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** The engine's side of the watcher, counting reloads: what a real engine does is tested further down. */
function fakeEngine(dir: string, results: ReloadResult[] = []): ReloadableEngine & { reloads: number } {
  const engine = {
    knowledgeDirs: [dir],
    reloads: 0,
    reload: async (): Promise<ReloadResult> => {
      engine.reloads++;
      return results.shift() ?? { ok: true, releases: 1, ms: 1 };
    },
  };
  return engine;
}

/** Watches with callbacks that resolve the next event, so a test can await a reload or an error. */
function watchWithEvents(engine: ReloadableEngine, debounceMs = 100) {
  const events: ({ kind: 'reload'; changed: string[] } | { kind: 'error'; error: Error })[] = [];
  let wake: (() => void) | undefined;
  const push = (e: (typeof events)[number]) => {
    events.push(e);
    wake?.();
  };
  const options: WatchOptions = { debounceMs, onReload: (_r, changed) => push({ kind: 'reload', changed }), onError: (error) => push({ kind: 'error', error }) };
  const close = watchKnowledge(engine, options);
  stops.push(close);
  const next = (timeoutMs = 10_000) =>
    new Promise<(typeof events)[number]>((resolve, reject) => {
      const take = () => {
        const e = events.shift();
        if (e) {
          clearTimeout(timer);
          wake = undefined;
          resolve(e);
        }
      };
      const timer = setTimeout(() => reject(new Error('no reload or error within the timeout')), timeoutMs);
      wake = take;
      take();
    });
  return { next, events, close };
}

const stops: StopWatching[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchKnowledge with a stand-in engine', () => {
  it('reloads once after a burst of saves settles, naming the files that changed', async () => {
    const dir = await knowledgeCopy();
    const engine = fakeEngine(dir);
    const { next } = watchWithEvents(engine);
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) await writeFile(path.join(dir, 'releases', name), 'x: 1\n');
    const event = await next();
    expect(event.kind).toBe('reload');
    expect(engine.reloads).toBe(1);
    expect(event.kind === 'reload' && event.changed.map((f) => path.basename(f)).sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });

  it('passes a failed reload to onError and reloads again on the next save', async () => {
    const dir = await knowledgeCopy();
    const engine = fakeEngine(dir, [{ ok: false, error: new Error('releases/x.yaml:3: date: not a real calendar date') }]);
    const { next } = watchWithEvents(engine);
    await writeFile(path.join(dir, 'releases', 'x.yaml'), 'date: 2023-02-30\n');
    const failed = await next();
    expect(failed.kind === 'error' && failed.error.message).toContain('x.yaml:3: date:');
    await writeFile(path.join(dir, 'releases', 'x.yaml'), 'date: 2023-02-28\n');
    expect((await next()).kind).toBe('reload');
    expect(engine.reloads).toBe(2);
  });

  it('ignores editors’ swap and backup files', async () => {
    const dir = await knowledgeCopy();
    const engine = fakeEngine(dir);
    watchWithEvents(engine, 20);
    await writeFile(path.join(dir, 'releases', '.seed.yaml.swp'), 'x');
    await writeFile(path.join(dir, 'releases', 'seed.yaml~'), 'x');
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await sleep(300);
    expect(engine.reloads).toBe(0);
  });

  it('stops reloading once closed', async () => {
    const dir = await knowledgeCopy();
    const engine = fakeEngine(dir);
    const { close } = watchWithEvents(engine, 20);
    await close();
    await writeFile(path.join(dir, 'releases', 'late.yaml'), 'x: 1\n');
    await sleep(300);
    expect(engine.reloads).toBe(0);
  });
});

describe('watchKnowledge with the real engine on a copy of knowledge/', () => {
  it('answers from an edit, keeps the old answers through a broken edit, and from an imported release once it lands', async () => {
    const dir = await knowledgeCopy();
    const engine = await createEngine({ knowledgeDirs: [dir] });
    const { next } = watchWithEvents(engine, 100);
    const seedFile = path.join(dir, SEED);
    const original = await readFile(seedFile, 'utf8');
    const amount = () => engine.answer('累計簽約金額是多少？').text;
    expect(amount()).toContain('535.35萬元');

    await writeFile(seedFile, original.replaceAll('535.35', '635.35'));
    expect((await next()).kind).toBe('reload');
    expect(amount()).toContain('635.35萬元');

    await writeFile(seedFile, original.replace('date: 2023-12-29', 'date: 2023-12-32'));
    const broken = await next();
    expect(broken.kind).toBe('error');
    const dateLine = original.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    expect(broken.kind === 'error' && broken.error.message).toContain(`${seedFile}:${dateLine}: date: not a real calendar date`);
    expect(amount()).toContain('635.35萬元');

    const transcript = readFileSync(path.join(ROOT, 'test/fixtures/kb/simplified-transcript.txt'), 'utf8');
    const imported = importTranscript(transcript, 'new.yaml', { id: '2024-04-18-q1-economy' });
    await writeFile(seedFile, original);
    await writeFile(path.join(dir, 'releases', '2024-04-18-q1-economy.yaml'), imported.yaml);
    // The two saves usually land in one reload; on a busy machine they may take two. Either way, no error.
    const changed = new Set<string>();
    while (changed.size < 2) {
      const event = await next();
      if (event.kind === 'error') throw event.error;
      for (const f of event.changed) changed.add(path.basename(f));
    }
    expect([...changed].sort()).toEqual(['2023-12-29-suzhou-shuangchuanghui.yaml', '2024-04-18-q1-economy.yaml']);
    expect(amount()).toContain('535.35萬元');
    expect(engine.answer('一季度全市新增了多少市场主体？').text).toContain('8600户');
  });
});
