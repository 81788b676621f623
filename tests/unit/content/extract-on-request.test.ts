// @vitest-environment jsdom
/**
 * Issue #7 §2: the content script answers extraction requests from its own extension only, and only
 * the `extractPage` request with its (empty) payload; anything else gets no answer, so it cannot hold
 * the channel open either.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
let listener: Listener | undefined;
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: { get: () => Promise.resolve({}) } },
    runtime: {
      id: 'jianbaoid',
      onMessage: {
        addListener: (l: Listener) => {
          listener = l;
        },
      },
    },
  },
}));

const { listenForMessages } = await import('../../../src/content/router.ts');

beforeAll(() => {
  document.documentElement.lang = 'zh-CN';
  document.head.innerHTML = '<title>居民消费价格同比上涨</title>';
  const body =
    '<p>国家统计局今天发布数据，十二月份全国居民消费价格同比上涨百分之一点五，环比下降百分之零点三。</p>'.repeat(
      6,
    );
  document.body.innerHTML = `<main><article><h1>居民消费价格同比上涨</h1>${body}</article></main>`;
  listenForMessages();
});

describe('extraction requests to the content script', () => {
  it('extracts the page for its own extension', async () => {
    const answer = await listener!({ type: 'extractPage', payload: {} }, { id: 'jianbaoid' });
    expect(answer).toMatchObject({ ok: true, article: { title: '居民消费价格同比上涨' } });
  });

  it('does not answer another sender, or another request', () => {
    expect(listener!({ type: 'extractPage', payload: {} }, { id: 'someone-else' })).toBeUndefined();
    expect(listener!({ type: 'extractPage', payload: {} }, {})).toBeUndefined();
    expect(listener!({ type: 'saveExtracted', payload: {} }, { id: 'jianbaoid' })).toBeUndefined();
    expect(listener!({ type: 'toString', payload: {} }, { id: 'jianbaoid' })).toBeUndefined();
    expect(listener!(null, { id: 'jianbaoid' })).toBeUndefined();
  });

  it('does not answer a malformed request', () => {
    for (const payload of [undefined, null, [], 'x', { url: 'https://evil.example/' }])
      expect(listener!({ type: 'extractPage', payload }, { id: 'jianbaoid' })).toBeUndefined();
  });
});
