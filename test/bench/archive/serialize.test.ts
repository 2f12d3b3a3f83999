import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArchive } from '../../../bench/archive/archive.ts';
import { releaseToYaml } from '../../../bench/archive/serialize.ts';
import type { Release } from '../../../src/knowledge/schema.ts';

const base: Release = [...generateArchive({ releases: 1, seed: 3 })][0]!.release;

/** Strings YAML reads as something else, or cannot read plainly: each must come back as the same string. */
const TRICKY = [
  'true', 'no', 'null', '~', '12', '535', '1e3', '.5', '0x1F', '-3', '+4', '.inf', '2023-12-29', '2023-12',
  '- 列表', '? 问', ': 冒号', '如下:', 'a: b', '媒体有:拂晓报', '#1', 'x #y', '[x]', '{x}', ',x', '@x', '`x', '%x', '!x', '&x', '*x', '|x', '>x',
  '"双引号"', "'单引号'", ' 前后有空格 ', '带\n换行', '带\t制表', '全角：，！？（）', '“引号”开头', '',
];

describe('writing a release as YAML', () => {
  it('reads back every tricky string exactly as written', () => {
    const release = { ...base, media: TRICKY, shortName: 'yes', title: '2024', summary: '介绍:有关情况' };
    const parsed = parse(releaseToYaml(release, [])) as { media: unknown[]; shortName: unknown; title: unknown; summary: unknown };
    expect(parsed.media).toEqual(TRICKY);
    expect([parsed.shortName, parsed.title, parsed.summary]).toEqual(['yes', '2024', '介绍:有关情况']);
  });

  it('writes plain Chinese text unquoted, one paragraph per line, like the seed', () => {
    const yaml = releaseToYaml({ ...base, title: '合肥市教育局新闻发布会' }, ['a header line']);
    expect(yaml.startsWith('# a header line\n\nid: ')).toBe(true);
    expect(yaml).toContain('\ntitle: 合肥市教育局新闻发布会\n');
    const longest = Math.max(...base.statements.map((p) => p.text.length));
    expect(yaml.split('\n').some((line) => line.length > longest)).toBe(true);
  });

  it('leaves out empty repairs and organisers, which the schema defaults', () => {
    const release = { ...base, repairs: [], events: base.events.map((e) => ({ ...e, organisers: [] })) };
    const yaml = releaseToYaml(release, []);
    expect(yaml).not.toContain('repairs:');
    expect(yaml).not.toContain('organisers:');
    expect((parse(yaml) as { events: unknown[] }).events).toHaveLength(base.events.length);
  });
});
