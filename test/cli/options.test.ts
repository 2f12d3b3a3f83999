import { describe, expect, it } from 'vitest';
import { knowledgeDirs, takeKnowledgeArgs } from '../../src/cli/options.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/files.ts';

describe('choosing the knowledge folders', () => {
  it('uses every --knowledge given, in order, before the environment', () => {
    expect(knowledgeDirs(['a', 'b'], { KNOWLEDGE_DIR: 'c' })).toEqual(['a', 'b']);
  });

  it('reads KNOWLEDGE_DIR as a :-separated list when no --knowledge is given', () => {
    expect(knowledgeDirs(undefined, { KNOWLEDGE_DIR: 'x: y ::z' })).toEqual(['x', 'y', 'z']);
  });

  it('falls back to the bundled knowledge', () => {
    expect(knowledgeDirs([], {})).toEqual([DEFAULT_KNOWLEDGE_DIR]);
    expect(knowledgeDirs(undefined, { KNOWLEDGE_DIR: ' ' })).toEqual([DEFAULT_KNOWLEDGE_DIR]);
  });

  it('splits --knowledge out of a bot command line, leaving its own options', () => {
    expect(takeKnowledgeArgs(['--webhook', '--knowledge', 'k1', '--knowledge=k2'])).toEqual({ dirs: ['k1', 'k2'], rest: ['--webhook'] });
  });
});
