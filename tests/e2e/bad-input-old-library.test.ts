/**
 * Issue #7 §3: a library written by schema v1 (articles only) is upgraded in the real browser with nothing
 * lost: listed, readable, searchable by the store, and new saves go in beside it.
 * The v1 database is made with raw IndexedDB on an extension-origin page while the worker is stopped, so no
 * current code touches it before the upgrade.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Article } from '../../src/shared/article.ts';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { readLibrary, stopServiceWorker } from './harness/hostile.ts';
import { serverRenderedSharePage } from './harness/pages.ts';

const [post] = sharePagePosts();
const V1_RECORDS: Article[] = [
  {
    id: 'NW202001020000000001',
    infoCode: 'NW202001020000000001',
    url: 'https://finance.eastmoney.com/a/202001020000000001.html',
    title: '央行宣布降准 0.5 个百分点',
    category: '新华社',
    tags: ['新华社新闻'],
    source: '新华社',
    excerpt: '下调存款准备金率。',
    contentHtml: '<p>中国人民银行决定下调金融机构存款准备金率 0.5 个百分点，释放长期资金约 8000 亿元。</p>',
    textContent: '中国人民银行决定下调金融机构存款准备金率 0.5 个百分点，释放长期资金约 8000 亿元。',
    extractor: 'eastmoney-share',
    savedAt: '2020-01-02T10:00:00+08:00',
    read: true,
    readingPosition: 0.4,
  },
  {
    id: 'url:https://news.example.cn/2020/weather.html',
    url: 'https://news.example.cn/2020/weather.html',
    title: '明天北京有雨',
    category: '我的收藏',
    tags: [],
    excerpt: '明天北京有雨。',
    contentHtml: '<p>明天北京有雨，气温下降五度，出门请带伞。</p>',
    textContent: '明天北京有雨，气温下降五度，出门请带伞。',
    extractor: 'readability',
    savedAt: '2020-03-04T09:30:00+08:00',
    editedFields: ['category'],
  },
];

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/html_News/NewsShare.html', { body: serverRenderedSharePage(post!) });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Replaces the library with a v1 one, from a page of the extension's origin that runs none of its code. */
async function plantV1(page: Page, records: Article[]): Promise<string> {
  return page.evaluate(
    (rows) =>
      new Promise<string>((resolve) => {
        const removal = indexedDB.deleteDatabase('jianbao');
        removal.onblocked = () => resolve('blocked: a connection is still open');
        removal.onerror = () => resolve(String(removal.error));
        removal.onsuccess = () => {
          const request = indexedDB.open('jianbao', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('articles', { keyPath: 'id' });
          request.onerror = () => resolve(String(request.error));
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('articles', 'readwrite');
            for (const row of rows) tx.objectStore('articles').put(row);
            tx.oncomplete = () => {
              db.close();
              resolve('ok');
            };
          };
        };
      }),
    records,
  );
}

describe('a library from an older version', () => {
  it('is upgraded with every record intact, listed, readable, and open to new saves', async () => {
    const plain = await session.context.newPage();
    await plain.goto(session.url('manifest.json'));
    await stopServiceWorker(session.context, plain, session.extensionId);
    expect(await plantV1(plain, V1_RECORDS)).toBe('ok');

    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html?view=library'));
    await popup.locator('.article').first().waitFor();
    const listed = await popup
      .locator('.article')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(listed.sort()).toEqual(V1_RECORDS.map((r) => r.id).sort());

    const reader = await session.context.newPage();
    await reader.goto(session.url(`reader.html?id=${encodeURIComponent(V1_RECORDS[1]!.id)}`));
    expect(await reader.locator('.article-title').textContent()).toBe(V1_RECORDS[1]!.title);
    expect(await reader.locator('.article-body').textContent()).toContain('出门请带伞');

    const page = await session.context.newPage();
    await page.goto(`${server.origin}/html_News/NewsShare.html?infoCode=${post!.infoCode}`);
    const state = await waitFor(
      () => readLibrary(plain),
      (s) => typeof s !== 'string' && s.articles.length === 3,
      60_000,
    );
    if (typeof state === 'string') throw new Error(state);
    expect(state.articles.map((a) => a.id).sort()).toEqual(
      [...V1_RECORDS.map((r) => r.id), post!.infoCode].sort(),
    );
    expect(state.summaryIds.sort()).toEqual(state.articles.map((a) => a.id).sort());
    // Read from the page, not the worker: the worker handle from launch may be the one stopped above.
    const stored = await plain.evaluate(
      () =>
        new Promise<Array<Record<string, unknown>>>((resolve) => {
          const open = indexedDB.open('jianbao');
          open.onsuccess = () => {
            const request = open.result.transaction('articles').objectStore('articles').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as Array<Record<string, unknown>>);
            };
          };
        }),
    );
    for (const record of V1_RECORDS) expect(stored.find((r) => r.id === record.id)).toEqual(record);
    await Promise.all([plain.close(), popup.close(), reader.close(), page.close()]);
  }, 120_000);
});
