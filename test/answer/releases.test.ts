import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';

const SECOND = path.resolve(import.meta.dirname, '../fixtures/second-release');
let engine: Engine;

beforeAll(async () => {
  engine = await createEngine({ knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR, SECOND] });
});

describe('choosing between releases', () => {
  it('lists the releases newest first', () => {
    expect(engine.releases().map((r) => r.date)).toEqual(['2024-06-18', '2023-12-29']);
  });

  it('answers a question two releases answer equally from the newest, offering the other', () => {
    const a = engine.answer('累计签约金额是多少？');
    expect(a.headline).toBe('累计签约金额：412.6亿元');
    expect(a.citation).toMatchObject({ title: '宿州市2024年上半年招商引资工作新闻发布会', date: '2024-06-18' });
    expect(a.suggestions.map((s) => s.text)).toEqual(['双创汇走进宿州 累计签约金额有多少万元？']);
    expect(a.text).toContain('其他发布会也提到：\n1. 双创汇走进宿州 累计签约金额有多少万元？');
  });

  it('answers the offered suggestion from the release it names', () => {
    const offered = engine.answer('累计签约金额是多少？').suggestions[0]!;
    const text = engine.suggestionText(offered.id);
    expect(text).toBe(offered.text);
    expect(engine.answer(text!).headline).toBe('累计签约金额：535.35万元');
  });

  it.each([
    ['双创汇 签约金额', '535.35万元'],
    ['12月29日发布会 签约金额', '535.35万元'],
    ['王慧 累计签约金额', '535.35万元'],
    ['招商引资 签约金额', '412.6亿元'],
    ['2024年6月18日 累计签约金额', '412.6亿元'],
  ])('follows the release a question points at: %s', (question, value) => {
    expect(engine.answer(question).headline).toBe(`累计签约金额：${value}`);
  });

  it('answers a fact only one release holds from that release', () => {
    expect(engine.answer('李克强').citation?.date).toBe('2023-12-29');
    expect(engine.answer('长三角产业对接会现场签约了多少个项目').quote).toContain('现场签约项目18个');
  });

  it('says the archive, not this press conference, does not mention something', () => {
    expect(engine.answer('宿州学院有几个校区').message).toBe('已收录的发布会官方材料没有提到“校区”。');
  });
});
