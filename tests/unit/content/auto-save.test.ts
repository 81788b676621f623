// @vitest-environment jsdom
/**
 * Issue #6: a page under one of the user's own share patterns is auto-saved even without an infoCode.
 * Runs the real content-script path (options read from storage, extraction, notice) on a jsdom page;
 * only the extension API is a stand-in.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Envelope {
  type: string;
  payload: { article?: { id: string; url: string } };
}

let storedOptions: unknown;
const sent: Envelope[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: { get: () => Promise.resolve({ options: storedOptions }) } },
    runtime: {
      sendMessage: (envelope: Envelope) => {
        sent.push(envelope);
        const id = envelope.payload.article?.id ?? '';
        return Promise.resolve({
          ok: true,
          value: envelope.type === 'saveExtracted' ? { id, title: 't', category: 'c', created: true } : null,
        });
      },
    },
  },
}));

const { autoSaveSharePage } = await import('../../../src/content/auto-save.ts');

const BODY =
  '<p>国家统计局今天发布数据，十二月份全国居民消费价格同比上涨百分之一点五，环比下降百分之零点三。</p>'.repeat(
    6,
  );

/** jsdom serves `http://localhost:3000/`; the path (and query) is what the patterns look at. */
function visit(path: string): void {
  history.replaceState(null, '', path);
  document.documentElement.lang = 'zh-CN';
  document.head.innerHTML = '<title>居民消费价格同比上涨</title>';
  document.body.innerHTML = `<main><article><h1>居民消费价格同比上涨</h1>${BODY}</article></main>`;
}

const savedIds = (): string[] =>
  sent.filter((e) => e.type === 'saveExtracted').map((e) => e.payload.article!.id);
const noticeShown = (): boolean => document.querySelector('jianbao-notice') !== null;

beforeEach(() => {
  sent.length = 0;
  for (const host of document.querySelectorAll('jianbao-notice')) host.remove();
  storedOptions = { sharePageAction: 'notice', sharePatterns: ['http://localhost/share/*'] };
});

describe("auto-save on share pages of the user's own patterns", () => {
  it('saves a page under a user pattern that has no infoCode, with its id from the URL', async () => {
    visit('/share/2024/story-1.html?utm_source=app');
    await autoSaveSharePage();
    expect(savedIds()).toEqual(['url:http://localhost:3000/share/2024/story-1.html']);
    expect(noticeShown()).toBe(true);
  });

  it('leaves alone a page under no pattern, and one under a pattern the user has not added', async () => {
    visit('/other/story-1.html');
    await autoSaveSharePage();
    storedOptions = { sharePageAction: 'notice', sharePatterns: [] };
    visit('/share/2024/story-1.html');
    await autoSaveSharePage();
    expect(sent).toEqual([]);
    expect(noticeShown()).toBe(false);
  });

  it('still says a malformed infoCode is wrong instead of saving, under a user pattern too', async () => {
    visit('/share/story-1.html?infoCode=NW2021');
    await autoSaveSharePage();
    expect(sent).toEqual([]);
    expect(noticeShown()).toBe(true);
  });

  it('saves an infoCode page under the built-in patterns by its infoCode, as before', async () => {
    storedOptions = undefined;
    visit('/news/a.html?infoCode=NW202112222222635819');
    await autoSaveSharePage();
    expect(savedIds()).toEqual(['NW202112222222635819']);
  });

  it('does nothing when share pages are switched off', async () => {
    storedOptions = { sharePageAction: 'off', sharePatterns: ['http://localhost/share/*'] };
    visit('/share/story-1.html');
    await autoSaveSharePage();
    expect(sent).toEqual([]);
  });
});
