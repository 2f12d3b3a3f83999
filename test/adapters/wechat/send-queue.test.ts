import { describe, expect, it } from 'vitest';
import { SendQueue, SendQueueStoppedError, SendTimeoutError } from '../../../adapters/wechat/send-queue.ts';

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

  it('keeps the least interval between two sends even when the queue ran empty between them', async () => {
    // p-queue's own interval counts fixed windows: in this sequence it let the third send start ~80 ms after the second.
    const queue = new SendQueue({ intervalMs: 300 });
    const starts: number[] = [];
    const send = async () => {
      starts.push(Date.now());
    };
    await Promise.all([queue.enqueue(send), queue.enqueue(send)]);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await queue.enqueue(send);
    const gaps = starts.slice(1).map((at, i) => at - starts[i]!);
    console.log(`gaps between sends at a 300 ms interval: ${gaps.join(', ')} ms`);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(295);
  });

  it('gives up on a send that hangs after its timeout and goes on with the next', async () => {
    const queue = new SendQueue({ intervalMs: 0, timeoutMs: 100 });
    const hung = queue.enqueue(() => new Promise(() => {}));
    const next = queue.enqueue(async () => 'sent');
    await expect(hung).rejects.toBeInstanceOf(SendTimeoutError);
    await expect(next).resolves.toBe('sent');
  });

  it('drops the parts of a reply after a part that failed', async () => {
    const queue = new SendQueue({ intervalMs: 0 });
    const sent: string[] = [];
    const reply = queue.enqueueAll([
      async () => sent.push('1/3'),
      async () => {
        throw new Error('refused');
      },
      async () => sent.push('3/3'),
    ]);
    await expect(reply).rejects.toThrow('refused');
    expect(sent).toEqual(['1/3']);
  });

  it('stops at once for waiting replies and within the grace period for a send that hangs', async () => {
    const queue = new SendQueue({ intervalMs: 0, timeoutMs: 60_000 });
    const hung = queue.enqueue(() => new Promise(() => {}));
    const waiting = [queue.enqueue(async () => 'a'), queue.enqueueAll([async () => 'b1', async () => 'b2'])].map((reply) => reply.then(() => 'sent', (error: unknown) => error));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    expect(await queue.stop(200)).toEqual({ dropped: 2, unfinished: true });
    expect(Date.now() - started).toBeLessThan(2000);
    for (const outcome of await Promise.all(waiting)) expect(outcome).toBeInstanceOf(SendQueueStoppedError);
    await expect(queue.enqueue(async () => 'late')).rejects.toBeInstanceOf(SendQueueStoppedError);
    void hung.catch(() => undefined);
  });
});
