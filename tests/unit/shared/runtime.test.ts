/**
 * Issue #7 §3: a worker stopped in the middle of a save must reach the user as a clear, retryable reason,
 * not as "something unexpected". Handlers answer every request, so no answer means the worker stopped.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

let reply: () => Promise<unknown>;
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: () => reply() } } }));

const { sendToBackground } = await import('../../../src/shared/runtime.ts');
const { describeFailure } = await import('../../../src/shared/failure.ts');

const ask = () => sendToBackground('openReader', { id: 'NW202112222222635819' });

beforeEach(() => {
  reply = () => Promise.resolve({ ok: true, value: null });
});

describe('sending to the background worker', () => {
  it("passes the worker's answer through, failures included", async () => {
    expect(await ask()).toEqual({ ok: true, value: null });
    reply = () => Promise.resolve({ ok: false, error: { code: 'no-article' } });
    expect(await ask()).toEqual({ ok: false, error: { code: 'no-article' } });
  });

  it("reports a channel closed under the request as interrupted, with the browser's words as detail", async () => {
    reply = () => Promise.reject(new Error('The message port closed before a response was received.'));
    const outcome = await ask();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'interrupted' } });
    expect(!outcome.ok && outcome.error.detail).toContain('message port closed');
  });

  it('reports no answer at all as interrupted, and says so in its own words', async () => {
    reply = () => Promise.resolve(undefined);
    const outcome = await ask();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'interrupted' } });
    if (outcome.ok) throw new Error('expected a failure');
    expect(describeFailure(outcome.error)).not.toBe(describeFailure({ code: 'unexpected' }));
  });
});
