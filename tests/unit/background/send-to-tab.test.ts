/**
 * The background worker's side of content-script messages: typed envelope out, every answer checked,
 * and each way of getting none a Failure in the same vocabulary as a save's.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeExtracted } from '../store/fixtures.ts';

let sent: unknown[] = [];
let reply: () => Promise<unknown>;
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      sendMessage: (_tabId: number, message: unknown) => {
        sent.push(message);
        return reply();
      },
    },
  },
}));

const { sendToTab } = await import('../../../src/background/send-to-tab.ts');
const ask = () => sendToTab(7, 'extractPage', {});

beforeEach(() => {
  sent = [];
});

describe('sending to a content script', () => {
  it('sends the typed envelope and passes a well-formed answer through, failures included', async () => {
    const article = makeExtracted();
    reply = () => Promise.resolve({ ok: true, article });
    expect(await ask()).toEqual({ ok: true, article });
    expect(sent).toEqual([{ type: 'extractPage', payload: {} }]);
    reply = () => Promise.resolve({ ok: false, error: { code: 'timeout', detail: 'waited 10 s' } });
    expect(await ask()).toEqual({ ok: false, error: { code: 'timeout', detail: 'waited 10 s' } });
  });

  it('reports a tab without a content script to receive it as no-access', async () => {
    reply = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    const answer = await ask();
    expect(answer).toMatchObject({ ok: false, error: { code: 'no-access' } });
    expect(!answer.ok && answer.error.detail).toContain('Receiving end does not exist');
  });

  it.each([
    ['no answer', undefined],
    ['a string', 'ok'],
    ['an article that is not one', { ok: true, article: { title: 'x' } }],
    ['an unknown failure code', { ok: false, error: { code: 'rm -rf' } }],
    ['a failure without a code', { ok: false }],
    ['no ok flag', { article: makeExtracted() }],
  ])('reports %s as unexpected', async (_what, answer) => {
    reply = () => Promise.resolve(answer);
    expect(await ask()).toMatchObject({ ok: false, error: { code: 'unexpected' } });
  });
});
