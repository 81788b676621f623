/**
 * Issue #18 §3: imported links without their page are fetched in the background by the real extension in
 * real Chromium, from pages served on 127.0.0.1: extracted as articles keeping the link's user state, a
 * missing page failing as gone, a site without access as no site access; pause, cancel and retry from the
 * options page, the popup's line, and a worker stopped mid-queue carrying on where it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtractedArticle, FetchState } from '../../src/shared/article.ts';
import { englishMessage } from '../../src/shared/english-messages.ts';
import { urlId } from '../../src/shared/url-key.ts';
import { sharePagePosts, type CorpusPost } from '../../testkit/corpus.ts';
import { callBench, launchWithBench, type BenchSession } from '../../testkit/browser/bench-dist.ts';
import { waitFor } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { stopServiceWorker } from './harness/hostile.ts';
import { plainArticlePage, serverRenderedSharePage } from './harness/pages.ts';

/** A host mapped to the loopback server that Jianbao was given no access to. */
const NO_ACCESS_HOST = 'no-access.test';
const SHARE_PATH = '/html_News/NewsShare.html';
/** The queue's pause between two pages of one site (settings.ts), which these tests wait through. */
const HOST_PAUSE_MS = 3_000;

const posts = sharePagePosts();
let session: BenchSession;
let server: FixtureServer;
let options: Page;

/** Pages served slowly, so a test can act while one is loading. */
const slow = new Set<string>();

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/news', (_request, url) => {
    const index = Number(url.searchParams.get('n'));
    const post = posts[index % posts.length]!;
    return { body: plainArticlePage(post), delayMs: slow.has(url.search) ? 2_500 : 0 };
  });
  const byCode = new Map(posts.map((post) => [post.infoCode, post]));
  server.route(SHARE_PATH, (_request, url) => {
    const post = byCode.get(url.searchParams.get('infoCode') ?? '');
    return post ? { body: serverRenderedSharePage(post) } : { status: 404, body: 'gone' };
  });
  session = await launchWithBench({ loopbackHosts: [NO_ACCESS_HOST] });
  options = await session.context.newPage();
  await options.goto(session.url('options.html'));
}, 90_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface Link {
  url: string;
  title: string;
  /** The import's id: the link's infoCode, else its URL id. */
  id?: string;
  /** User state the import gave the link, which the fetched article keeps. */
  favourite?: boolean;
  tags?: string[];
}

/** Writes link-only records (as an import does) through the store, then announces the write as pages do. */
async function importLinks(links: Link[]): Promise<string[]> {
  const records = links.map((link) => {
    const record: ExtractedArticle & { fetch: FetchState; favourite?: boolean; editedFields?: string[] } = {
      id: link.id ?? urlId(link.url),
      url: link.url,
      title: link.title,
      category: new URL(link.url).hostname,
      tags: link.tags ?? [],
      excerpt: '',
      contentHtml: '',
      textContent: '',
      extractor: 'import-pocket',
      fetch: { state: 'pending' },
    };
    if (link.favourite) record.favourite = true;
    if (link.tags) record.editedFields = ['tags'];
    return record;
  });
  await callBench(session.bench, 'insert', records);
  await callBench(session.bench, 'announceWrite');
  return records.map((record) => record.id);
}

type Stored = Record<string, unknown> & { fetch?: FetchState; textContent?: string; contentHtml?: string };

/** Every record, read from the options page (the worker may be stopped), without bodies. */
async function recordsById(): Promise<Map<string, Stored>> {
  const records = await options.evaluate(
    () =>
      new Promise<Stored[]>((resolve, reject) => {
        const open = indexedDB.open('jianbao');
        open.onerror = () => reject(open.error ?? new Error('the jianbao database did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(
              (request.result as Stored[]).map(({ contentHtml: _html, ...record }) => ({
                ...record,
                textContent: String(record.textContent ?? '').slice(0, 300),
              })),
            );
          };
          request.onerror = () => reject(request.error ?? new Error('reading the articles failed'));
        };
      }),
  );
  return new Map(records.map((record) => [String(record.id), record]));
}

const settled = (ids: string[]) => async () => {
  const records = await recordsById();
  return ids.every((id) => {
    const record = records.get(id);
    return record && record.fetch?.state !== 'pending';
  });
};

const requestsFor = (search: string): number => server.requests.filter((r) => r === `/news${search}`).length;

const queueCard = () => options.locator('section.fetch-queue');

describe('the fetch queue', () => {
  it('fetches and extracts pending links, keeps their user state, and fails a gone page and a site without access', async () => {
    const post = posts[0] as CorpusPost;
    const links: Link[] = [
      { url: `${server.origin}/news?n=0`, title: 'link 0', favourite: true, tags: ['读书'] },
      {
        url: `${server.origin}${SHARE_PATH}?infoCode=${post.infoCode}`,
        title: 'share link',
        id: post.infoCode,
      },
      { url: `${server.origin}/missing/page.html`, title: 'gone link' },
      { url: `http://${NO_ACCESS_HOST}:${server.port}/news?n=1`, title: 'no access link' },
    ];
    const [plain, share, gone, noAccess] = await importLinks(links);
    expect(await waitFor(settled([plain!, gone!, noAccess!]), Boolean, 150_000)).toBe(true);
    const records = await recordsById();

    const article = records.get(plain!)!;
    expect(article.fetch).toBeUndefined();
    expect(article.title).toBe(posts[0]!.title);
    expect(String(article.textContent).length).toBeGreaterThan(200);
    expect(article.favourite).toBe(true);
    expect(article.tags).toContain('读书');

    // The share link went through the share-page adapter, completing the record under its infoCode.
    const shared = await waitFor(
      async () => (await recordsById()).get(share!),
      (record) => record !== undefined && !record.fetch,
      30_000,
    );
    expect(shared?.fetch).toBeUndefined();
    expect(shared?.extractor).toMatch(/share/);
    expect(shared?.title).toBe(post.title);

    expect(records.get(gone!)?.fetch).toMatchObject({ state: 'failed', reason: 'gone' });
    expect(records.get(noAccess!)?.fetch).toMatchObject({ state: 'failed', reason: 'no-access' });
    // No tab was opened for the site Jianbao may not read.
    expect(server.requests).not.toContain('/news?n=1');

    const card = queueCard();
    await expect
      .poll(() => card.locator('li[data-reason="gone"] .reason').textContent(), { timeout: 30_000 })
      .toBe(englishMessage('queue_reason_gone'));
    expect(await card.locator('li[data-reason="no-access"] .reason').textContent()).toBe(
      englishMessage('queue_reason_no_access'),
    );
    expect(await card.locator('button.grant').count()).toBe(1);
    expect(await card.locator('.queue-progress').getAttribute('data-total')).toBe('4');
  }, 180_000);

  it('retries a failed link, which then becomes an article', async () => {
    const id = urlId(`${server.origin}/missing/page.html`);
    server.route('/missing/page.html', { body: plainArticlePage(posts[2]!) });
    await queueCard().locator(`li[data-id="${id}"] button.retry`).click();
    const record = await waitFor(
      async () => (await recordsById()).get(id),
      (r) => r !== undefined && !r.fetch,
      30_000,
    );
    expect(record?.fetch).toBeUndefined();
    expect(record?.title).toBe(posts[2]!.title);
    await expect.poll(() => queueCard().locator(`li[data-id="${id}"]`).count(), { timeout: 15_000 }).toBe(0);
  }, 120_000);

  it('joins a link that redirects to an article already saved to that article, instead of a second copy', async () => {
    const [saved] = await importLinks([{ url: `${server.origin}/news?n=5`, title: 'first' }]);
    expect(await waitFor(settled([saved!]), Boolean, 60_000)).toBe(true);
    server.route('/short/5', { status: 302, body: '', location: '/news?n=5' });
    const [short] = await importLinks([
      { url: `${server.origin}/short/5`, title: 'short link', favourite: true, tags: ['转发'] },
    ]);
    const records = await waitFor(recordsById, (all) => !all.has(short!), 60_000);
    expect(records.has(short!)).toBe(false);
    const article = records.get(saved!)!;
    expect(article.fetch).toBeUndefined();
    expect(article.favourite).toBe(true);
    expect(article.tags).toContain('转发');
    const sameTitle = [...records.values()].filter((record) => record.title === posts[5]!.title);
    expect(sameTitle.map((record) => record.id)).toEqual([saved]);
    expect(server.requests).toContain('/short/5');
  }, 150_000);

  it('pauses and resumes, shows n of N in the popup, and cancels leaving the rest as links', async () => {
    const searches = [10, 11, 12, 13, 14].map((n) => `?n=${n}`);
    searches.forEach((s) => slow.add(s));
    const ids = await importLinks(
      searches.map((s, i) => ({ url: `${server.origin}/news${s}`, title: `p${i}` })),
    );
    const card = queueCard();
    await expect.poll(() => requestsFor(searches[0]!), { timeout: 30_000 }).toBe(1);
    await card.locator('button.pause').click();
    await expect.poll(() => card.getAttribute('data-mode'), { timeout: 15_000 }).toBe('paused');
    // The page loading finishes; nothing else starts, through the site's pause and beyond.
    await options.waitForTimeout(2_500 + HOST_PAUSE_MS + 1_500);
    expect(searches.slice(1).map(requestsFor)).toEqual([0, 0, 0, 0]);
    expect((await recordsById()).get(ids[0]!)?.fetch).toBeUndefined();

    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    const line = popup.locator('.fetch-line');
    await expect.poll(() => line.getAttribute('data-mode'), { timeout: 30_000 }).toBe('paused');
    expect(await line.getAttribute('data-n')).toBe('1');
    expect(await line.getAttribute('data-total')).toBe('5');
    expect(await line.textContent()).toBe(englishMessage('queue_popup_paused', ['1', '5']));

    await card.locator('button.resume').click();
    await expect.poll(() => requestsFor(searches[1]!), { timeout: 30_000 }).toBe(1);
    await card.locator('button.cancel').click();
    await expect.poll(() => card.getAttribute('data-mode'), { timeout: 15_000 }).toBe('cancelled');
    await expect
      .poll(() => line.textContent(), { timeout: 30_000 })
      .toBe(englishMessage('queue_popup_cancelled', englishMessage('count_imported_links', '3')));
    await options.waitForTimeout(2_500 + HOST_PAUSE_MS + 1_500);
    expect(searches.slice(2).map(requestsFor)).toEqual([0, 0, 0]);
    const records = await recordsById();
    expect(ids.slice(2).map((id) => records.get(id)?.fetch?.state)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    expect(await card.locator('.queue-progress').textContent()).toContain(
      englishMessage('queue_state_cancelled', englishMessage('count_links', '3')),
    );
    await popup.close();

    // Asked again, the queue fetches the links the cancel left.
    searches.forEach((s) => slow.delete(s));
    await card.locator('button.resume').click();
    expect(await waitFor(settled(ids), Boolean, 150_000)).toBe(true);
    expect(searches.map(requestsFor)).toEqual([1, 1, 1, 1, 1]);
  }, 240_000);

  it('carries on after the service worker is stopped mid-queue, without starting over', async () => {
    const searches = [20, 21, 22].map((n) => `?n=${n}`);
    searches.forEach((s) => slow.add(s));
    const ids = await importLinks(
      searches.map((s, i) => ({ url: `${server.origin}/news${s}`, title: `w${i}` })),
    );
    // The first page is done and the second loading when the worker stops.
    await expect.poll(() => requestsFor(searches[1]!), { timeout: 30_000 }).toBe(1);
    expect((await recordsById()).get(ids[0]!)?.fetch).toBeUndefined();
    expect(await stopServiceWorker(session.context, options, session.extensionId)).toBe(true);
    // The options page asks for the queue's state each second: that wakes the worker, which resumes.
    expect(await waitFor(settled(ids), Boolean, 150_000)).toBe(true);
    expect(requestsFor(searches[0]!)).toBe(1);
    expect(requestsFor(searches[2]!)).toBe(1);
    // The page cut off by the stop is loaded once more at most, and its tab did not stay open.
    expect(requestsFor(searches[1]!)).toBeLessThanOrEqual(2);
    const tabs = session.context.pages().map((page) => page.url());
    expect(tabs.filter((url) => url.includes('/news?'))).toEqual([]);
  }, 180_000);
});
