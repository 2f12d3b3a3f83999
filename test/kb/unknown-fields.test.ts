import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSources } from '../../adapters/telegram/render.ts';
import { formatCitation } from '../../src/answer/layout.ts';
import { createEngine, type Engine } from '../../src/index.ts';
import { checkRelease, DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import type { Release } from '../../src/knowledge/schema.ts';

const SEED_FILE = path.join(DEFAULT_KNOWLEDGE_DIR, 'releases/2023-12-29-suzhou-shuangchuanghui.yaml');

/** The seed release as if its page had stated neither place, summary nor 王慧's post. */
function unstated(): Release {
  const release = parse(readFileSync(SEED_FILE, 'utf8')) as Release;
  delete release.place;
  delete release.summary;
  delete release.speakers[0]!.post;
  return release;
}

describe('a release that leaves its place, summary or a post unstated', () => {
  let engine: Engine;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-unknown-'));
    await mkdir(path.join(dir, 'releases'));
    await writeFile(path.join(dir, 'releases', 'seed.yaml'), stringify(unstated()));
    for (const lexicon of ['dictionary.yaml', 'synonyms.yaml']) await writeFile(path.join(dir, lexicon), readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, lexicon)));
    engine = await createEngine({ knowledgeDirs: [dir], cacheDir: path.join(dir, '.cache') });
  });

  it('loads: an absent field says the release does not state it', () => {
    expect(checkRelease('seed.yaml', stringify(unstated())).problems).toEqual([]);
  });

  it('quotes the speaker without a post, and never prints a placeholder for it', () => {
    const answer = engine.answer('累计签约金额是多少？');
    expect(answer.answered).toBe(true);
    expect(answer.citation?.speaker).toEqual({ name: '王慧' });
    expect(answer.text).toMatch(/——《安徽“双创汇”走进宿州活动新闻发布会》（2023年12月29日，宿州市政府新闻办），王慧，/u);
    expect(formatCitation(answer.citation!)).toContain('王慧');
    expect(answer.text + formatCitation(answer.citation!)).not.toMatch(/undefined|未注明|null/u);
  });

  it('gives no place when the release states none, and lists the release without one', () => {
    const answer = engine.answer('发布会在哪里举行？');
    expect(answer.kind === 'release' && answer.answered && answer.headline?.startsWith('发布地点')).toBe(false);
    const sources = renderSources(engine.releases(), 'simplified');
    expect(JSON.stringify(sources)).toContain('2023年12月29日 · 宿州市政府新闻办');
    expect(JSON.stringify(sources)).not.toContain('undefined');
  });
});
