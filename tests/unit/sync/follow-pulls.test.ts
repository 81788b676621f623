import { describe, expect, it } from 'vitest';
import { followPulls } from '../../../src/sync/follow-pulls.ts';

/** A pull that stays open until the test lets it end. */
function gatedPulls() {
  const gates: Array<() => void> = [];
  let started = 0;
  const pull = () => {
    started++;
    return new Promise<void>((resolve) => gates.push(resolve));
  };
  return {
    pull,
    started: () => started,
    endOne: async () => {
      gates.shift()?.();
      // Lets the follower's loop see the end and decide on the next pull.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('followPulls: applying while replication still writes', () => {
  it('pulls only once a batch of documents has arrived', () => {
    const pulls = gatedPulls();
    const follower = followPulls(pulls.pull, 1000);
    follower.arrived(400);
    follower.arrived(500);
    expect(pulls.started()).toBe(0);
    follower.arrived(100);
    expect(pulls.started()).toBe(1);
  });

  it('runs one pull at a time; arrivals during it make exactly one more', async () => {
    const pulls = gatedPulls();
    const follower = followPulls(pulls.pull, 10);
    follower.arrived(10);
    follower.arrived(10);
    follower.arrived(10);
    expect(pulls.started()).toBe(1);
    await pulls.endOne();
    expect(pulls.started()).toBe(2);
    await pulls.endOne();
    expect(pulls.started()).toBe(2);
    const finished = follower.finish();
    await pulls.endOne();
    await finished;
  });

  it('finish waits for the pull in flight and lets no other start', async () => {
    const pulls = gatedPulls();
    const follower = followPulls(pulls.pull, 10);
    follower.arrived(10);
    follower.arrived(10);
    let finished = false;
    const done = follower.finish().then(() => {
      finished = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(finished).toBe(false);
    await pulls.endOne();
    await done;
    expect(finished).toBe(true);
    follower.arrived(100);
    expect(pulls.started()).toBe(1);
  });

  it('keeps the first failure for finish, and pulls no more after it', async () => {
    let calls = 0;
    const follower = followPulls(() => {
      calls++;
      return Promise.reject(new Error('quota'));
    }, 10);
    follower.arrived(10);
    await new Promise((resolve) => setTimeout(resolve, 0));
    follower.arrived(10);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(1);
    await expect(follower.finish()).rejects.toThrow('quota');
  });
});
