import { describe, expect, it } from 'vitest';
import { takeKnowledgeArgs } from '../../src/cli/options.ts';

describe('command-line options', () => {
  it('splits --knowledge out of a bot command line, leaving its own options', () => {
    expect(takeKnowledgeArgs(['--webhook', '--knowledge', 'k1', '--knowledge=k2'])).toEqual({ dirs: ['k1', 'k2'], rest: ['--webhook'] });
  });
});
