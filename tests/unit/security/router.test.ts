/**
 * Issue #7 §2: runtime messages are checked against their declared shape and their sender before any handler
 * runs; a page can put anything in a message its content script relays, and another extension can send too.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const EXTENSION_ORIGIN = 'chrome-extension://jianbaoid/';
const calls: string[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'jianbaoid', getURL: (path: string) => `${EXTENSION_ORIGIN}${path}` },
    tabs: {},
  },
}));
/** A handler stand-in: records that it was reached and answers with `value`. */
const spy = (name: string, value: unknown) => () => {
  calls.push(name);
  return Promise.resolve({ ok: true, value });
};
// The handlers are replaced by spies: these tests are about what reaches them.
vi.mock('../../../src/background/handlers/save-extracted.ts', () => ({
  saveExtracted: spy('saveExtracted', { id: 'x', title: 't', category: 'c', created: true }),
}));
vi.mock('../../../src/background/handlers/save-tab.ts', () => ({ saveTab: spy('saveTab', null) }));
vi.mock('../../../src/background/handlers/save-link.ts', () => ({ saveLinkHandler: spy('saveLink', null) }));
vi.mock('../../../src/background/handlers/open-reader.ts', () => ({ openReader: spy('openReader', null) }));

const { dispatch } = await import('../../../src/background/router.ts');

const article = {
  id: 'NW202112222222635819',
  url: 'https://finance.eastmoney.com/a/1.html',
  title: '标题',
  category: '南方Plus',
  tags: [],
  excerpt: '摘要',
  contentHtml: '<p>正文</p>',
  textContent: '正文',
  extractor: 'eastmoney-share',
};
const fromContent = {
  id: 'jianbaoid',
  url: 'https://finance.eastmoney.com/a/1.html',
  tab: { id: 3, index: 0, url: 'https://finance.eastmoney.com/a/1.html' },
};
const fromPopup = { id: 'jianbaoid', url: `${EXTENSION_ORIGIN}popup.html` };

const send = (message: unknown, sender: object) => dispatch(message, sender);

beforeEach(() => {
  calls.length = 0;
});

describe('the background router', () => {
  it('accepts each message from the sender it is declared for', async () => {
    expect(await send({ type: 'saveExtracted', payload: { article } }, fromContent)).toMatchObject({
      ok: true,
    });
    expect(await send({ type: 'saveTab', payload: { tabId: 3 } }, fromPopup)).toMatchObject({ ok: true });
    expect(await send({ type: 'openReader', payload: { id: 'NW1' } }, fromContent)).toMatchObject({
      ok: true,
    });
    expect(calls).toEqual(['saveExtracted', 'saveTab', 'openReader']);
  });

  it('rejects unknown and inherited message names without running anything', async () => {
    for (const type of [
      'deleteAll',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      42,
      undefined,
    ]) {
      expect(await send({ type, payload: {} }, fromPopup)).toMatchObject({
        ok: false,
        error: { code: 'unexpected' },
      });
    }
    for (const message of [null, undefined, 'saveTab', ['saveTab'], { payload: {} }]) {
      expect(await send(message, fromPopup)).toMatchObject({ ok: false });
    }
    expect(calls).toEqual([]);
  });

  it('rejects senders a message is not declared for', async () => {
    const otherExtension = { ...fromPopup, id: 'someoneelse' };
    const noTab = { id: 'jianbaoid', url: 'https://finance.eastmoney.com/' };
    const fileTab = { ...fromContent, url: 'file:///etc/passwd' };
    const cases: Array<[unknown, object]> = [
      [{ type: 'saveTab', payload: { tabId: 3 } }, fromContent],
      [{ type: 'saveLink', payload: { url: 'https://x.example/' } }, fromContent],
      [{ type: 'saveExtracted', payload: { article } }, fromPopup],
      [{ type: 'saveExtracted', payload: { article } }, otherExtension],
      [{ type: 'saveExtracted', payload: { article } }, noTab],
      [{ type: 'saveExtracted', payload: { article } }, fileTab],
      [{ type: 'openReader', payload: { id: 'NW1' } }, otherExtension],
      [{ type: 'openReader', payload: { id: 'NW1' } }, {}],
    ];
    for (const [message, sender] of cases) {
      expect(await send(message, sender)).toMatchObject({ ok: false, error: { code: 'no-access' } });
    }
    expect(calls).toEqual([]);
  });

  it('rejects payloads that do not have the declared shape', async () => {
    const bad: Array<[unknown, object]> = [
      [{ type: 'saveExtracted', payload: { article: { ...article, contentHtml: 42 } } }, fromContent],
      [
        { type: 'saveExtracted', payload: { article: { ...article, url: 'javascript:alert(1)' } } },
        fromContent,
      ],
      [{ type: 'saveExtracted', payload: { article: { ...article, id: '' } } }, fromContent],
      [{ type: 'saveExtracted', payload: { article: { ...article, tags: [{}] } } }, fromContent],
      [
        { type: 'saveExtracted', payload: { article: { ...article, title: 'x'.repeat(5_000) } } },
        fromContent,
      ],
      [{ type: 'saveExtracted', payload: { article: { ...article, leadImage: 7 } } }, fromContent],
      [{ type: 'saveExtracted', payload: null }, fromContent],
      [{ type: 'saveTab', payload: { tabId: -1 } }, fromPopup],
      [{ type: 'saveTab', payload: { tabId: '3' } }, fromPopup],
      [{ type: 'saveTab', payload: { tabId: 1.5 } }, fromPopup],
      [{ type: 'saveLink', payload: { url: 5 } }, fromPopup],
      [{ type: 'saveLink', payload: { url: 'https://x.example/', openInReader: 'yes' } }, fromPopup],
      [{ type: 'openReader', payload: { id: '' } }, fromPopup],
      [{ type: 'openReader', payload: { id: 'x'.repeat(4096) } }, fromPopup],
      [{ type: 'openReader', payload: { id: 'NW1', inPlace: 1 } }, fromPopup],
      [{ type: 'openReader', payload: ['NW1'] }, fromPopup],
    ];
    for (const [message, sender] of bad) {
      expect(await send(message, sender), JSON.stringify(message).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'unexpected' },
      });
    }
    expect(calls).toEqual([]);
  });
});
