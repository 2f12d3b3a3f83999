import { describe, expect, it } from 'vitest';
import { SuggestionMemory } from '../../../adapters/wechat/suggestion-memory.ts';

const offered = [
  { id: 's1', text: '征集技术需求是多少？' },
  { id: 's2', text: '2023年5月23日举办了什么活动？' },
];

describe('SuggestionMemory', () => {
  it('picks by 1-based number per conversation and person', () => {
    const memory = new SuggestionMemory();
    memory.remember('room@chatroom', 'alice', offered, 'simplified');
    expect(memory.pick('room@chatroom', 'alice', 2)).toEqual({ suggestion: offered[1], script: 'simplified' });
    expect(memory.pick('room@chatroom', 'alice', 3)).toBeUndefined();
    expect(memory.pick('room@chatroom', 'bob', 1)).toBeUndefined();
    expect(memory.pick('dm:alice', 'alice', 1)).toBeUndefined();
  });

  it('expires after five minutes by default', () => {
    let now = 1_000_000;
    const memory = new SuggestionMemory({ now: () => now });
    memory.remember('dm:alice', 'alice', offered, 'traditional');
    now += 5 * 60_000;
    expect(memory.has('dm:alice', 'alice')).toBe(true);
    now += 1;
    expect(memory.has('dm:alice', 'alice')).toBe(false);
    expect(memory.size).toBe(0);
  });

  it('keeps a list for five minutes from when it was offered, however often it is looked at', () => {
    let now = 1_000_000;
    const memory = new SuggestionMemory({ now: () => now });
    memory.remember('dm:alice', 'alice', offered, 'simplified');
    for (let minute = 1; minute <= 4; minute++) {
      now += 60_000;
      expect(memory.pick('dm:alice', 'alice', 1)).toBeDefined();
    }
    now += 60_001;
    expect(memory.pick('dm:alice', 'alice', 1)).toBeUndefined();
  });

  it('forgets the old list when an answer offers none', () => {
    const memory = new SuggestionMemory();
    memory.remember('dm:alice', 'alice', offered, 'simplified');
    memory.remember('dm:alice', 'alice', [], 'simplified');
    expect(memory.pick('dm:alice', 'alice', 1)).toBeUndefined();
  });

  it('drops the least recently used conversations beyond its capacity', () => {
    const memory = new SuggestionMemory({ maxEntries: 2 });
    memory.remember('dm:a', 'a', offered, 'simplified');
    memory.remember('dm:b', 'b', offered, 'simplified');
    memory.remember('dm:c', 'c', offered, 'simplified');
    expect([memory.has('dm:a', 'a'), memory.has('dm:b', 'b'), memory.has('dm:c', 'c')]).toEqual([false, true, true]);
  });
});
