import { mkdtemp, mkdir, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { KnowledgeError } from '../../src/knowledge/errors.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';

const SEED_FILE = path.join(DEFAULT_KNOWLEDGE_DIR, 'releases', '2023-12-29-suzhou-shuangchuanghui.yaml');

/** A copy of the bundled knowledge in a temp folder, with the seed release replaced by `seedText`. */
async function knowledgeWith(seedText: string | Buffer): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-'));
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const file = path.join(dir, 'releases', '2023-12-29-suzhou-shuangchuanghui.yaml');
  await writeFile(file, seedText);
  return { dir, file };
}

/** The seed release's YAML with one edit applied through the YAML document API (keeps comments and lines). */
async function editedSeed(edit: (doc: ReturnType<typeof parseDocument>) => void): Promise<string> {
  const doc = parseDocument(await readFile(SEED_FILE, 'utf8'));
  edit(doc);
  return doc.toString({ lineWidth: 0 });
}

async function problemsOf(dir: string): Promise<string> {
  try {
    await loadKnowledge([dir]);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as Error).message;
  }
  throw new Error('expected the knowledge to be refused');
}

describe('loading knowledge', () => {
  it("loads the bundled release, dictionary and synonyms: the office's own words, no general language", async () => {
    const k = await loadKnowledge();
    expect(k.releases.map((r) => r.release.id)).toEqual(['2023-12-29-suzhou-shuangchuanghui']);
    expect(k.dictionary).toContain('雙創匯');
    expect(k.synonyms.terms).toContainEqual(['江淮汽车', '江汽', '江淮']);
    // Question words and stop words ship with the pipeline (src/language), not with one office's folder.
    expect(k.stopwords).toEqual([]);
    expect(k.synonyms.phrases).toEqual([]);
  });

  it('ships the seed with exactly the four listed repairs and no garbled span left', async () => {
    const raw = await readFile(SEED_FILE, 'utf8');
    const { release } = (await loadKnowledge()).releases[0]!;
    expect(release.repairs.map((r) => r.repaired)).toEqual([
      '系列活動。現就我市',
      '“雙創匯”·宿州“科創心連心”',
      '和企業。活動共計征集技術需求112項',
      '融合發展。活動促成宿州學院與',
    ]);
    const text = JSON.stringify({ s: release.statements, q: release.qa, e: release.events, f: release.figures });
    for (const garbled of [',F就', '?;顒', '庸灿', '哟俪', '伤拗', '輰W']) expect(text).not.toContain(garbled);
    // Only the repairs field may quote the garbled text.
    expect(raw.split('repairs:')[0]).not.toContain('?;');
  });

  it('names the file, line, field and problem of a missing field', async () => {
    const { dir, file } = await knowledgeWith(await editedSeed((doc) => doc.deleteIn(['speakers', 0, 'name'])));
    const message = await problemsOf(dir);
    expect(message).toContain(file);
    expect(message).toMatch(/:\d+: speakers\[0\]\.name: /u);
  });

  it('refuses a date that is not on the calendar', async () => {
    const { dir } = await knowledgeWith(await editedSeed((doc) => doc.set('date', '2023-02-30')));
    expect(await problemsOf(dir)).toMatch(/: date: not a real calendar date/u);
  });

  it('takes a figure printed with thousands separators as printed, and refuses a value that is not a number', async () => {
    const { dir } = await knowledgeWith(
      await editedSeed((doc) => doc.addIn(['figures'], { label: '長者食堂', value: '1,046', unit: '個', sentence: '全市共建成長者食堂1,046個。' })),
    );
    const { release } = (await loadKnowledge([dir])).releases[0]!;
    expect(release.figures.at(-1)).toMatchObject({ value: '1,046' });
    const { dir: broken } = await knowledgeWith(await editedSeed((doc) => doc.setIn(['figures', 0, 'value'], '1,04')));
    expect(await problemsOf(broken)).toMatch(/figures\[0\]\.value: expected digits, optionally with thousands separators/u);
  });

  it('refuses a figure whose value is not in its sentence', async () => {
    const { dir } = await knowledgeWith(await editedSeed((doc) => doc.setIn(['figures', 0, 'value'], '999')));
    expect(await problemsOf(dir)).toMatch(/figures\[0\]\.value: the value does not appear in its sentence/u);
  });

  it('refuses a paragraph attributed to someone who is not a speaker', async () => {
    const { dir } = await knowledgeWith(await editedSeed((doc) => doc.setIn(['statements', 2, 'speaker'], '张三')));
    expect(await problemsOf(dir)).toMatch(/statements\[2\]\.speaker: "张三" is not 主持人/u);
  });

  it('refuses unknown fields, so typos are not silently ignored', async () => {
    const { dir } = await knowledgeWith(await editedSeed((doc) => doc.set('titel', 'x')));
    expect(await problemsOf(dir)).toMatch(/titel|Unrecognized key/u);
  });

  it('reports YAML syntax errors with their line', async () => {
    const { dir, file } = await knowledgeWith('id: x\ntitle: [unclosed\n');
    expect(await problemsOf(dir)).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+: YAML`, 'u'));
  });

  it('refuses binary and non-UTF-8 files by name', async () => {
    const { dir, file } = await knowledgeWith(Buffer.from([0x69, 0x64, 0x3a, 0x00, 0xff, 0xfe]));
    const message = await problemsOf(dir);
    expect(message).toContain(file);
    expect(message).toMatch(/not valid UTF-8|NUL/u);
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const { dir } = await knowledgeWith(bomb.join('\n'));
    expect(await problemsOf(dir)).toMatch(/YAML|alias/iu);
  });

  it('refuses two releases with the same id', async () => {
    const { dir } = await knowledgeWith(await readFile(SEED_FILE, 'utf8'));
    await writeFile(path.join(dir, 'releases', 'copy.yaml'), await readFile(SEED_FILE, 'utf8'));
    expect(await problemsOf(dir)).toMatch(/duplicate release id/u);
  });

  it('names a folder that does not exist or holds no release', async () => {
    expect(await problemsOf('/nonexistent/knowledge')).toContain('/nonexistent/knowledge: folder does not exist');
    const empty = await mkdtemp(path.join(tmpdir(), 'kb-empty-'));
    await mkdir(path.join(empty, 'releases'));
    await writeFile(path.join(empty, 'dictionary.yaml'), 'words: [x]\n');
    expect(await problemsOf(empty)).toContain('holds no release');
  });

  it('lists every problem of every file at once', async () => {
    const { dir } = await knowledgeWith(await editedSeed((doc) => {
      doc.set('date', 'yesterday');
      doc.deleteIn(['office']);
    }));
    await writeFile(path.join(dir, 'synonyms.yaml'), 'terms: [[only-one]]\n');
    const message = await problemsOf(dir);
    expect(message).toMatch(/: date: /u);
    expect(message).toMatch(/: office: /u);
    expect(message).toMatch(/synonyms\.yaml:\d+: terms\[0\]: a synonym group needs at least two words/u);
  });
});
