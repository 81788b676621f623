import { describe, expect, it } from 'vitest';
import { FakeQueue, LIMITS, world } from './fake-queue.ts';

const ids = (queue: FakeQueue): string[] => queue.loading().map((s) => s.item.id);

describe('the fetch queue runner', () => {
  it('loads two pages at once, never two of one site', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['a2', 'http://a.test/2'],
      ['b1', 'http://b.test/1'],
      ['c1', 'http://c.test/1'],
    ]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    expect(ids(queue)).toEqual(['a1', 'b1']);
    await queue.finish('a1');
    // a.test pauses; c.test is free.
    expect(ids(queue)).toEqual(['b1', 'c1']);
    await queue.finish('b1');
    await queue.finish('c1');
    expect(ids(queue)).toEqual([]);
  });

  it('waits the pause of a site after its page, counted from when the page was done', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['a2', 'http://a.test/2'],
    ]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    await queue.advance(5_000); // a slow page: the pause starts when it is done
    await queue.finish('a1');
    const doneAt = w.clock.now;
    await queue.advance(LIMITS.hostPauseMs - 1);
    expect(ids(queue)).toEqual([]);
    await queue.advance(1);
    expect(ids(queue)).toEqual(['a2']);
    expect(queue.started[1]!.at - doneAt).toBe(LIMITS.hostPauseMs);
  });

  it('counts n of N, failures included, and ends idle without its alarm', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['b1', 'http://b.test/1'],
    ]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    expect(queue.runner.counts()).toMatchObject({ mode: 'running', done: 0, failed: 0, pending: 2 });
    expect(w.alarm).toBe(true);
    await queue.finish('a1');
    await queue.finish('b1', { kind: 'failed', reason: 'gone' });
    expect(queue.runner.counts()).toMatchObject({ mode: 'idle', done: 1, failed: 1, pending: 0 });
    expect(w.alarm).toBe(false);
  });

  it('pauses: nothing new starts, the page loading finishes, and resuming carries on', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['b1', 'http://b.test/1'],
      ['c1', 'http://c.test/1'],
    ]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    await queue.runner.pause();
    await queue.finish('a1');
    await queue.advance(60_000);
    expect(ids(queue)).toEqual(['b1']);
    expect(w.stored.mode).toBe('paused');
    expect(w.alarm).toBe(false);
    await queue.runner.resume();
    expect(ids(queue)).toEqual(['b1', 'c1']);
    expect(queue.runner.counts()).toMatchObject({ done: 1, pending: 2 });
  });

  it('cancels: the links left stay waiting, and only an import with more links starts again', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['a2', 'http://a.test/2'],
      ['a3', 'http://a.test/3'],
    ]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    await queue.runner.cancel();
    await queue.finish('a1');
    await queue.advance(60_000);
    expect(queue.started).toHaveLength(1);
    expect(queue.runner.counts()).toMatchObject({ mode: 'cancelled', pending: 2 });
    await queue.runner.kick(); // a write that added nothing
    expect(queue.runner.counts().mode).toBe('cancelled');
    w.links.set('b1', { url: 'http://b.test/1', fetch: 'pending' });
    await queue.runner.kick();
    expect(queue.runner.counts()).toMatchObject({ mode: 'running', done: 0, failed: 0, pending: 3 });
  });

  it('retries failed links, even when the run was over', async () => {
    const w = world([['a1', 'http://a.test/1']]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    await queue.finish('a1', { kind: 'failed', reason: 'timeout' });
    expect(queue.runner.counts()).toMatchObject({ mode: 'idle', failed: 1 });
    await queue.runner.retry(['a1']);
    await queue.advance(LIMITS.hostPauseMs);
    expect(ids(queue)).toEqual(['a1']);
    await queue.finish('a1');
    expect(queue.runner.counts()).toMatchObject({ mode: 'idle', done: 1, failed: 0, pending: 0 });
  });

  it('resumes after the worker stopped: a new runner carries on with what is left, pauses kept', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['a2', 'http://a.test/2'],
      ['b1', 'http://b.test/1'],
    ]);
    const first = new FakeQueue(w);
    await first.runner.resume();
    await first.finish('a1');
    // The worker stops with b1 loading: its record is still pending.
    const second = new FakeQueue(w);
    await second.runner.start();
    expect(ids(second)).toEqual(['b1']);
    expect(second.runner.counts()).toMatchObject({ mode: 'running', done: 1, failed: 0, pending: 2 });
    await second.advance(LIMITS.hostPauseMs);
    expect(ids(second)).toEqual(['b1', 'a2']);
    // a1 is never fetched again.
    expect([...first.started, ...second.started].filter((s) => s.item.id === 'a1')).toHaveLength(1);
  });

  it('leaves a link it could not save waiting, and tries it again when the alarm wakes it', async () => {
    const w = world([['a1', 'http://a.test/1']]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    await queue.finish('a1', { kind: 'deferred', detail: 'storage full' });
    expect(queue.runner.counts()).toMatchObject({ mode: 'running', pending: 0 });
    expect(w.alarm).toBe(true);
    await queue.advance(LIMITS.hostPauseMs);
    await queue.runner.wake();
    expect(ids(queue)).toEqual(['a1']);
  });

  it('says when the list of failed links changes: a failure, a retry, and a retried link coming out', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['b1', 'http://b.test/1'],
    ]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    queue.changes.length = 0;
    await queue.finish('a1');
    expect(queue.changes).toEqual([false]);
    await queue.finish('b1', { kind: 'failed', reason: 'gone' });
    expect(queue.changes).toContain(true);
    queue.changes.length = 0;
    await queue.runner.retry(['b1']);
    expect(queue.changes).toEqual([true]);
    await queue.advance(LIMITS.hostPauseMs);
    queue.changes.length = 0;
    await queue.finish('b1');
    expect(queue.changes).toContain(true);
  });

  it('tells how long a page takes and, while running, about how long the rest takes', async () => {
    const w = world([
      ['a1', 'http://a.test/1'],
      ['b1', 'http://b.test/1'],
      ['c1', 'http://c.test/1'],
      ['d1', 'http://d.test/1'],
    ]);
    const queue = new FakeQueue(w);
    await queue.runner.resume();
    await queue.advance(1_000);
    await queue.finish('a1');
    await queue.advance(1_000);
    await queue.finish('b1');
    // Pages of 1 s and 2 s; one page ended per second; two links left.
    expect(queue.runner.counts()).toMatchObject({ pageMs: 1_500, secondsLeft: 2 });
    await queue.runner.pause();
    expect(queue.runner.counts().secondsLeft).toBeUndefined();
  });

  it('a paused queue stays paused through a restart', async () => {
    const w = world([['a1', 'http://a.test/1']]);
    const first = new FakeQueue(w);
    await first.runner.resume();
    await first.runner.pause();
    const second = new FakeQueue(w);
    await second.runner.start();
    await second.runner.wake();
    expect(second.started).toHaveLength(0);
    expect(second.runner.counts()).toMatchObject({ mode: 'paused', pending: 1 });
  });
});
