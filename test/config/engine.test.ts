import { describe, expect, it } from 'vitest';
import { engineConfig } from '../../src/config/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/files.ts';
import { DEFAULT_CACHE_DIR } from '../../src/paths.ts';

describe('the engine section of the configuration', () => {
  it('uses every --knowledge given, in order, before the environment', () => {
    expect(engineConfig({ KNOWLEDGE_DIR: 'c' }, ['a', 'b']).knowledgeDirs).toEqual(['a', 'b']);
  });

  it('reads KNOWLEDGE_DIR as a :-separated list when no --knowledge is given', () => {
    expect(engineConfig({ KNOWLEDGE_DIR: 'x: y ::z' }).knowledgeDirs).toEqual(['x', 'y', 'z']);
  });

  it('falls back to the bundled knowledge', () => {
    expect(engineConfig({}, []).knowledgeDirs).toEqual([DEFAULT_KNOWLEDGE_DIR]);
    expect(engineConfig({ KNOWLEDGE_DIR: ' ' }).knowledgeDirs).toEqual([DEFAULT_KNOWLEDGE_DIR]);
  });

  it('caches the index in .cache/index, or PRESS_QA_CACHE_DIR, unless PRESS_QA_CACHE is off', () => {
    expect(engineConfig({})).toMatchObject({ cacheDir: DEFAULT_CACHE_DIR, problems: [] });
    expect(engineConfig({ PRESS_QA_CACHE_DIR: '/tmp/idx' }).cacheDir).toBe('/tmp/idx');
    expect(engineConfig({ PRESS_QA_CACHE: 'off', PRESS_QA_CACHE_DIR: '/tmp/idx' }).cacheDir).toBe(false);
    expect(engineConfig({ PRESS_QA_CACHE: 'No' }).cacheDir).toBe(false);
  });

  it('keeps the cache on, with a warning, for a PRESS_QA_CACHE it does not understand', () => {
    expect(engineConfig({ PRESS_QA_CACHE: 'of' })).toMatchObject({ cacheDir: DEFAULT_CACHE_DIR, problems: ['PRESS_QA_CACHE="of" is neither on nor off; the index cache stays on'] });
  });
});
