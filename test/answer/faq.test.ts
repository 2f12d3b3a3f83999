import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, KnowledgeError, type Engine } from '../../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';

const FAQ = `entries:
  - question: 宿州学院有几个校区
    alternates: [宿州学院校区有多少个]
    answer: 宿州学院现有两个校区。
    source: {office: 宿州市教育局, date: 2024-01-05}
  - question: 双创汇活动在哪些县区开展走访
    answer: 服务团实地走访了各县区(园区)相关部门和企业。
    source: {release: 2023-12-29-suzhou-shuangchuanghui, paragraph: 6}
`;

async function knowledgeWithFaq(faq: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-faq-'));
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  await mkdir(path.join(dir, 'faq'), { recursive: true });
  await writeFile(path.join(dir, 'faq', 'curated.yaml'), faq);
  return dir;
}

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine({ knowledgeDirs: [await knowledgeWithFaq(FAQ)] });
});

describe('curated FAQ', () => {
  it('answers a question the releases refused, citing the office and date it rests on', () => {
    const a = engine.answer('宿州学院有几个校区？');
    expect(a).toMatchObject({ answered: true, kind: 'qa', officialQuestion: '宿州学院有几个校区', quote: '宿州学院现有两个校区。' });
    expect(a.citation).toMatchObject({ releaseId: 'faq', title: '宿州市教育局答复', date: '2024-01-05', section: '常见问题' });
    expect(a.text).toContain('——《宿州市教育局答复》（2024年1月5日，宿州市教育局）');
  });

  it('matches alternate wordings and Traditional questions', () => {
    expect(engine.answer('宿州學院校區有多少個').quote).toBe('宿州學院現有兩個校區。');
  });

  it('cites the release paragraph an entry rests on, with its speaker', () => {
    const a = engine.answer('双创汇活动在哪些县区开展走访');
    expect(a.citation).toMatchObject({ releaseId: '2023-12-29-suzhou-shuangchuanghui', speaker: { name: '王慧' }, section: '常见问题' });
  });

  it('refuses an entry with an empty answer, naming the file and field', async () => {
    const dir = await knowledgeWithFaq('entries:\n  - question: 有几个校区\n    answer: ""\n    source: {office: 教育局, date: 2024-01-05}\n');
    await expect(createEngine({ knowledgeDirs: [dir] })).rejects.toThrow(/curated\.yaml:\d+: entries\[0\]\.answer: the answer is empty/u);
  });

  it('refuses an entry without a source, or resting on a release that does not exist', async () => {
    const noSource = await knowledgeWithFaq('entries:\n  - question: 有几个校区\n    answer: 两个\n    source: {}\n');
    await expect(createEngine({ knowledgeDirs: [noSource] })).rejects.toThrow(/entries\[0\]\.source: give either release/u);
    const badRelease = await knowledgeWithFaq('entries:\n  - question: 有几个校区\n    answer: 两个\n    source: {release: no-such-release}\n');
    await expect(createEngine({ knowledgeDirs: [badRelease] })).rejects.toBeInstanceOf(KnowledgeError);
    await expect(createEngine({ knowledgeDirs: [badRelease] })).rejects.toThrow(/no release has the id "no-such-release"/u);
  });
});
