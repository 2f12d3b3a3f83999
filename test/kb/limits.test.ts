import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkKnowledge } from '../../src/kb/check.ts';
import { readDictionary } from '../../src/kb/dictionary.ts';
import { readTranscriptFile } from '../../src/kb/transcriptFile.ts';
import { KnowledgeError } from '../../src/knowledge/errors.ts';
import { DEFAULT_KNOWLEDGE_DIR, MAX_FILE_BYTES } from '../../src/knowledge/load.ts';

// The real file system, with its reads counted: a file refused by its size must not be read at all.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile), open: vi.fn(actual.open) };
});

/** A sparse file of `bytes` (no disk used): its size is all a stat sees. */
async function hugeFile(dir: string, name: string, bytes = 50 * 1024 * 1024): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, 'id: huge\n');
  await truncate(file, bytes);
  return file;
}

const readsOf = (file: string) => [...vi.mocked(fs.readFile).mock.calls, ...vi.mocked(fs.open).mock.calls].filter(([f]) => String(f) === file).length;

describe('the size limit in kb import and kb check', () => {
  it('refuses a 50 MB transcript by name, from its size, without reading it', async () => {
    const file = await hugeFile(await mkdtemp(path.join(tmpdir(), 'kb-limit-')), 'huge.txt');
    const refused = await readTranscriptFile(file).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(KnowledgeError);
    expect((refused as KnowledgeError).problems).toEqual([{ file, field: '', problem: `too large (${50 * 1024 * 1024} bytes; the limit is ${MAX_FILE_BYTES})` }]);
    expect(readsOf(file)).toBe(0);
  });

  it('reads a transcript within the limit', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-limit-'));
    const file = path.join(dir, 'small.txt');
    await writeFile(file, '標題\n');
    expect(await readTranscriptFile(file)).toEqual({ text: '標題\n', encoding: 'utf-8' });
    expect(readsOf(file)).toBe(1);
  });

  it('names a 50 MB knowledge file as too large in kb check, and neither the loader nor the warnings read it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-limit-'));
    await mkdir(path.join(dir, 'releases'));
    const file = await hugeFile(path.join(dir, 'releases'), 'huge.yaml');
    const report = await checkKnowledge([DEFAULT_KNOWLEDGE_DIR, dir]);
    expect(report.errors).toEqual([{ file, field: '', problem: `too large (${50 * 1024 * 1024} bytes; the limit is ${MAX_FILE_BYTES})` }]);
    expect(readsOf(file)).toBe(0);
  });
});

describe('the domain dictionary kb import reads', () => {
  it('is an error naming the file and line when it is broken, as the loader reports it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-dict-'));
    const file = path.join(dir, 'dictionary.yaml');
    await writeFile(file, 'words:\n  - 雙創匯\n  - [unclosed\n');
    const broken = await readDictionary(file).catch((error: unknown) => error);
    expect(broken).toBeInstanceOf(KnowledgeError);
    expect((broken as KnowledgeError).problems[0]).toMatchObject({ file, line: expect.any(Number), field: '', problem: expect.stringMatching(/^YAML: /u) });

    await writeFile(file, 'words:\n  - 雙創匯\n  - ""\n');
    const empty = (await readDictionary(file).catch((error: unknown) => error)) as KnowledgeError;
    expect(empty.problems).toEqual([{ file, line: 3, field: 'words[1]', problem: 'must not be empty' }]);
  });

  it('gives its words when valid, and none when the folder has no dictionary', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-dict-'));
    expect(await readDictionary(path.join(dir, 'dictionary.yaml'))).toEqual([]);
    await writeFile(path.join(dir, 'dictionary.yaml'), 'words: [雙創匯, 宿州學院]\n');
    expect(await readDictionary(path.join(dir, 'dictionary.yaml'))).toEqual(['雙創匯', '宿州學院']);
  });
});
