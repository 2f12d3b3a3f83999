import { cp, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, KnowledgeError } from '../../src/index.ts';
import { checkKnowledge } from '../../src/kb/check.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';

const SEED = '2023-12-29-suzhou-shuangchuanghui.yaml';
const folders: string[] = [];
afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A temporary folder holding a copy of the bundled knowledge as `knowledge/`, with room beside it. */
async function workspace(): Promise<{ root: string; knowledge: string; seed: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'kb-links-'));
  folders.push(root);
  const knowledge = path.join(root, 'knowledge');
  await cp(DEFAULT_KNOWLEDGE_DIR, knowledge, { recursive: true });
  return { root, knowledge, seed: path.join(knowledge, 'releases', SEED) };
}

/** A logger that keeps what it is told. */
function keptLog() {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(`error: ${m}`) };
}

describe('symbolic links in a knowledge folder', () => {
  it('follows a link to a file inside the folder, quietly', async () => {
    const { knowledge, seed } = await workspace();
    // Kept under a name the loader would not list itself: only the link brings it in.
    const kept = path.join(knowledge, 'originals', 'seed.txt');
    await mkdir(path.dirname(kept));
    await rename(seed, kept);
    await symlink(path.join('..', 'originals', 'seed.txt'), seed);
    const loaded = await loadKnowledge([knowledge]);
    expect(loaded.releases.map((r) => [r.release.id, r.file])).toEqual([['2023-12-29-suzhou-shuangchuanghui', seed]]);
    expect(loaded.warnings).toEqual([]);
  });

  it('loads a file reached under two names once, under its own name', async () => {
    const { knowledge, seed } = await workspace();
    await symlink(SEED, path.join(knowledge, 'releases', 'latest.yaml'));
    const loaded = await loadKnowledge([knowledge]);
    expect(loaded.releases.map((r) => r.file)).toEqual([seed]);
    expect(loaded.warnings).toEqual([]);
  });

  it('refuses by name a link that points outside the folder, at a folder, or nowhere, in the bot and in kb check', async () => {
    const { root, knowledge, seed } = await workspace();
    const outside = path.join(root, 'elsewhere', SEED);
    await mkdir(path.dirname(outside));
    await cp(seed, outside);
    await writeFile(path.join(root, 'elsewhere', 'x'), '');
    const links = {
      outside: path.join(knowledge, 'releases', 'from-elsewhere.yaml'),
      folder: path.join(knowledge, 'releases', 'a-folder.yaml'),
      nowhere: path.join(knowledge, 'releases', 'gone.yaml'),
    };
    await symlink(outside, links.outside);
    await symlink(path.join(knowledge, 'releases'), links.folder);
    await symlink(path.join(root, 'no-such-file.yaml'), links.nowhere);

    const expected = [
      `${links.folder}: a symbolic link to ${path.join(knowledge, 'releases')}, which is not a file; not loaded`,
      `${links.outside}: a symbolic link to ${outside}, outside the knowledge folder; not loaded (copy the file in instead)`,
      `${links.nowhere}: a symbolic link to nothing (its target does not exist); not loaded`,
    ];
    const loaded = await loadKnowledge([knowledge]);
    expect(loaded.releases).toHaveLength(1);
    expect(loaded.warnings.map((w) => `${w.file}: ${w.problem}`)).toEqual(expected);

    // The bot says so at start, whether it builds the index or loads it from the cache, and at each reload.
    const cacheDir = path.join(root, 'cache');
    for (const round of ['build', 'cache']) {
      const log = keptLog();
      const engine = await createEngine({ knowledgeDirs: [knowledge], cacheDir, logger: log });
      expect(engine.stats().source, round).toBe(round);
      expect(log.warnings).toEqual(expected.map((line) => `knowledge: ${line}`));
      await engine.reload();
      expect(log.warnings).toHaveLength(6);
    }

    const report = await checkKnowledge([knowledge]);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => `${w.file}: ${w.problem}`)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a broken lexicon file', () => {
  it('stops the load with its file and line, like a broken release', async () => {
    const { knowledge } = await workspace();
    const dictionary = path.join(knowledge, 'dictionary.yaml');
    await writeFile(dictionary, 'words:\n  - 签约金额\n  - [unclosed\n');
    const error = await loadKnowledge([knowledge]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as Error).message).toMatch(new RegExp(`${dictionary.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+: YAML: `, 'u'));
  });
});
