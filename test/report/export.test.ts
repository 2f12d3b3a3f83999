import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, KnowledgeError, type Engine } from '../../src/index.ts';
import { faqFileSchema } from '../../src/knowledge/schema.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import { ReportOptionError } from '../../src/report/period.ts';
import { runReport, type ReportRequest } from '../../src/report/run.ts';
import { bundledEngine } from '../helpers/engine.ts';
import { tempDir } from '../log/helpers.ts';
import { seedLog, WEEK, WEEK_NOW } from './seed.ts';

let temp: ReturnType<typeof tempDir>;
let request: ReportRequest;
let engine: Engine;

beforeAll(async () => {
  temp = tempDir('qa-export-');
  const db = path.join(temp.dir, 'questions.db');
  engine = await bundledEngine();
  seedLog(db, engine, WEEK);
  request = { db, since: '7d', timeZone: 'Asia/Shanghai', top: 10, knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR], now: WEEK_NOW, warn: (m) => expect.fail(m) };
});
afterAll(() => temp.cleanup());

/** A copy of the bundled knowledge with one FAQ file in its `faq/` folder. */
function knowledgeWithFaq(name: string, faqYaml: string): string {
  const dir = path.join(temp.dir, name);
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  mkdirSync(path.join(dir, 'faq'), { recursive: true });
  writeFileSync(path.join(dir, 'faq', 'from-the-log.yaml'), faqYaml);
  return dir;
}

describe('exporting unanswered questions as draft FAQ entries', () => {
  it('writes the top unanswered groups as YAML entries with every field of the curated FAQ format', async () => {
    const file = path.join(temp.dir, 'drafts', 'faq-drafts.yaml');
    const result = await runReport({ ...request, exportUnanswered: file });
    expect(result.exported).toBe(4);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# Draft FAQ entries exported from the question log on 2024-01-07; fill `answer` and `source`, then move the file to knowledge/faq/.');
    expect(text).toContain('Keep this file outside knowledge/ until every entry is filled');
    expect(text).toContain('# asked 4 times by 3 people (suggested 0, refused 4), last 2024-01-07, via console, telegram, wechat');
    expect(parse(text)).toEqual({
      entries: [
        { question: '宿州学院有几个校区', alternates: ['宿州學院有幾個校區'], answer: '', source: {}, asked: 4 },
        { question: '宿州学院的录取分数线是多少', alternates: ['宿州學院的錄取分數線是多少'], answer: '', source: {}, asked: 2 },
        { question: '天气怎么样', alternates: [], answer: '', source: {}, asked: 1 },
        { question: '这次对接活动分成几步走的', alternates: [], answer: '', source: {}, asked: 1 },
      ],
    });
  });

  it('writes drafts the FAQ schema refuses only for their empty answer and missing source, and accepts once filled', async () => {
    const file = path.join(temp.dir, 'check.yaml');
    await runReport({ ...request, top: 1, exportUnanswered: file });
    const drafts = parse(readFileSync(file, 'utf8'));
    const refused = faqFileSchema.safeParse(drafts);
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['entries.0.answer', 'entries.0.source']);

    drafts.entries[0].answer = '宿州学院有东、西两个校区。';
    drafts.entries[0].source = { office: '宿州学院党委宣传部', date: '2024-01-08' };
    expect(faqFileSchema.safeParse(drafts).success).toBe(true);
  });

  it('refuses to write drafts inside a knowledge folder, before doing any work', async () => {
    const inside = path.join(DEFAULT_KNOWLEDGE_DIR, 'faq', 'drafts.yaml');
    await expect(runReport({ ...request, db: path.join(temp.dir, 'no-such.db'), exportUnanswered: inside })).rejects.toThrow(ReportOptionError);
    await expect(runReport({ ...request, exportUnanswered: inside })).rejects.toThrow(/is inside the knowledge folder/u);
    expect(existsSync(inside)).toBe(false);
  });

  it('writes a valid empty file when nothing went unanswered', async () => {
    const file = path.join(temp.dir, 'none.yaml');
    await runReport({ ...request, since: '2024-01-07', now: Date.parse('2024-01-07T08:30:00+08:00'), exportUnanswered: file });
    const text = readFileSync(file, 'utf8');
    expect(parse(text)).toEqual({ entries: [] });
    expect(text).toContain('# No unanswered questions in this period.');
  });
});

describe("the curator's loop", () => {
  it('is refused whole while a draft is unfilled, naming the file and the fields', async () => {
    const drafts = path.join(temp.dir, 'loop-unfilled.yaml');
    await runReport({ ...request, top: 1, exportUnanswered: drafts });
    expect(engine.answer('宿州学院有几个校区').band).toBe('refuse');
    const dir = knowledgeWithFaq('unfilled', readFileSync(drafts, 'utf8'));
    const failure = await createEngine({ knowledgeDirs: [dir], cacheDir: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KnowledgeError);
    expect((failure as Error).message).toMatch(/from-the-log\.yaml.*answer/su);
    expect((failure as Error).message).toMatch(/from-the-log\.yaml.*source/su);
  });

  it('answers the missed question with a citation once the curator fills the draft', async () => {
    const drafts = path.join(temp.dir, 'loop-filled.yaml');
    await runReport({ ...request, top: 1, exportUnanswered: drafts });
    const filled = parse(readFileSync(drafts, 'utf8'));
    expect(filled.entries.map((e: { question: string }) => e.question)).toEqual(['宿州学院有几个校区']);
    filled.entries[0].answer = '宿州学院有东、西两个校区。';
    filled.entries[0].source = { office: '宿州学院党委宣传部', date: '2024-01-08' };
    const curated = await createEngine({ knowledgeDirs: [knowledgeWithFaq('filled', stringify(filled))], cacheDir: false });

    for (const question of ['宿州学院有几个校区', '宿州學院有幾個校區？']) {
      const answer = curated.answer(question);
      expect(answer.band).toBe('answer');
      expect(answer.citation).toBeDefined();
      expect(answer.text).toMatch(/宿州[学學]院有[东東]、西[两兩][个個]校[区區]/u);
    }
  });
});
