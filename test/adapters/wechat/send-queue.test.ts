import { describe, expect, it } from 'vitest';
import { SendQueue } from '../../../adapters/wechat/send-queue.ts';

/** A clock that only moves when the queue sleeps, so pauses are measured without waiting. */
function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

describe('SendQueue', () => {
  it('sends in the order asked, one at a time, with the pause between sends', async () => {
    const time = fakeTime();
    const queue = new SendQueue({ intervalMs: 1000, now: time.now, sleep: time.sleep });
    const log: string[] = [];
    const send = (name: string) => async () => {
      log.push(`${name}@${time.now()}`);
    };
    await Promise.all([queue.enqueueAll([send('a1'), send('a2')]), queue.enqueue(send('b'))]);
    expect(log).toEqual(['a1@0', 'a2@1000', 'b@2000']);
    expect(time.sleeps).toEqual([1000, 1000]);
  });

  it('passes a failed send to its caller and keeps sending the rest', async () => {
    const time = fakeTime();
    const queue = new SendQueue({ intervalMs: 0, now: time.now, sleep: time.sleep });
    const failed = queue.enqueue(async () => {
      throw new Error('refused');
    });
    const next = queue.enqueue(async () => 'sent');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('sent');
  });
});
