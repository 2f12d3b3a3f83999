import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';

const SEED = path.join('releases', '2023-12-29-suzhou-shuangchuanghui.yaml');

async function temp(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

async function knowledgeCopy(): Promise<string> {
  const dir = await temp('kb-cache-');
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

const QUESTIONS = ['累计签约金额是多少？', '發布會是什麼時候？', '下一步有什么谋划', '宿州学院有几个校区', '李克强'];

describe('index cache', () => {
  it('loads an unchanged knowledge set from the cache, answering exactly as the built index does', async () => {
    const [knowledge, cacheDir] = [await knowledgeCopy(), await temp('cache-')];
    const built = await createEngine({ knowledgeDirs: [knowledge], cacheDir });
    const cached = await createEngine({ knowledgeDirs: [knowledge], cacheDir });
    expect(built.stats().source).toBe('build');
    expect(cached.stats().source).toBe('cache');
    expect(cached.stats().units).toBe(built.stats().units);
    for (const q of QUESTIONS) expect(cached.answer(q)).toEqual(built.answer(q));
    for (const s of built.answer('宿州学院有几个校区').suggestions) expect(cached.suggestionText(s.id)).toBe(s.text);
  });

  it('rebuilds when a knowledge file changes', async () => {
    const [knowledge, cacheDir] = [await knowledgeCopy(), await temp('cache-')];
    await createEngine({ knowledgeDirs: [knowledge], cacheDir });
    const file = path.join(knowledge, SEED);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('宿州市新聞發布廳', '宿州市會議中心'));
    const engine = await createEngine({ knowledgeDirs: [knowledge], cacheDir });
    expect(engine.stats().source).toBe('build');
    expect(engine.answer('发布地点在哪').headline).toBe('发布地点：宿州市会议中心');
  });

  it('detects a corrupt or tampered cache file and rebuilds it instead of trusting it', async () => {
    const [knowledge, cacheDir] = [await knowledgeCopy(), await temp('cache-')];
    await createEngine({ knowledgeDirs: [knowledge], cacheDir });
    const [name] = await readdir(cacheDir);
    const cacheFile = path.join(cacheDir, name!);
    const good = await readFile(cacheFile, 'utf8');
    for (const bad of [good.slice(0, good.length / 2), good.replace('535.35', '999.99'), 'not json\n{}', '']) {
      await writeFile(cacheFile, bad);
      const engine = await createEngine({ knowledgeDirs: [knowledge], cacheDir });
      expect(engine.stats().source).toBe('build');
      expect(engine.answer('累计签约金额是多少？').headline).toBe('累计签约金额：535.35万元');
      // The rebuild rewrote a good cache file, which the next start trusts again.
      expect((await createEngine({ knowledgeDirs: [knowledge], cacheDir })).stats().source).toBe('cache');
    }
  });

  it('still starts when the cache folder cannot be written', async () => {
    const knowledge = await knowledgeCopy();
    const notADir = path.join(await temp('cache-'), 'file');
    await writeFile(notADir, 'x');
    const engine = await createEngine({ knowledgeDirs: [knowledge], cacheDir: path.join(notADir, 'sub') });
    expect(engine.stats().source).toBe('build');
    expect(engine.answer('累计签约金额是多少？').answered).toBe(true);
  });

  it('can be turned off', async () => {
    const [knowledge, cacheDir] = [await knowledgeCopy(), await temp('cache-')];
    await createEngine({ knowledgeDirs: [knowledge], cacheDir: false });
    expect(await readdir(cacheDir)).toEqual([]);
  });
});
