/**
 * Issue #7 §3, bad input on share pages: each is refused or saved with a clear message, and nothing
 * already in the library is lost. Messages are read from the locale file, as the user sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishMessage } from '../../src/shared/english-messages.ts';
import type { MessageKey } from '../../src/shared/i18n.ts';
import type { Page } from 'playwright-core';
import { sharePagePosts, type CorpusPost } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { storedIds, watchPages, type PageWatch } from './harness/hostile.ts';
import { readNotice } from './harness/notice.ts';
import { serverRenderedSharePage } from './harness/pages.ts';

const SHARE_PATH = '/html_News/NewsShare.html';
const failed = (reasonKey: MessageKey): string => englishMessage('noticeFailed', englishMessage(reasonKey));
const SIZES = { nearLimit: 4_600_000, overLimit: 6_000_000 } as const;
const [base, twin] = sharePagePosts() as [CorpusPost, CorpusPost];

let session: ExtensionSession;
let server: FixtureServer;
let watch: PageWatch;

/** `post` with its body repeated until the page is about `chars` long: a real article, absurdly long. */
function hugePost(post: CorpusPost, chars: number, infoCode: string): CorpusPost {
  const copies = Math.ceil(chars / post.body.length);
  return { ...post, infoCode, body: Array.from({ length: copies }, () => post.body).join('\n') };
}

const pages = new Map<string, string>();

beforeAll(async () => {
  server = await startFixtureServer();
  pages.set(base.infoCode!, serverRenderedSharePage(base));
  pages.set(twin.infoCode!, serverRenderedSharePage(twin));
  pages.set(
    'NW202201010000000001',
    serverRenderedSharePage(hugePost(base, SIZES.nearLimit, 'NW202201010000000001')),
  );
  pages.set(
    'NW202201010000000002',
    serverRenderedSharePage(hugePost(base, SIZES.overLimit, 'NW202201010000000002')),
  );
  pages.set('NW202201010000000003', serverRenderedSharePage({ ...base, title: '', body: '' }));
  server.route(SHARE_PATH, (_request, url) => {
    const page = pages.get(url.searchParams.get('infoCode') ?? '') ?? serverRenderedSharePage(base);
    return { body: page };
  });
  session = await launchExtension();
  watch = watchPages(session.context);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function visit(infoCode: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}${SHARE_PATH}?infoCode=${encodeURIComponent(infoCode)}`, {
    waitUntil: 'domcontentloaded',
  });
  return page;
}

/** The notice once it no longer says "saving". */
const finalNotice = (page: Page, timeoutMs = 30_000) =>
  waitFor(
    () => readNotice(session.context, page),
    (text) => Boolean(text && !text.includes(englishMessage('noticeSaving'))),
    timeoutMs,
  );

describe('bad input on share pages', () => {
  it('refuses malformed and absurd infoCodes with a clear message and stores nothing', async () => {
    const before = await storedIds(session.worker);
    for (const code of [
      'NW2021',
      'NW209912229999999999',
      'NW202113452222635819',
      '<script>alert(1)</script>',
      `NW${'9'.repeat(5_000)}`,
    ]) {
      const page = await visit(code);
      expect(await finalNotice(page), code.slice(0, 30)).toContain(failed('reason_invalid_info_code'));
      await page.close();
    }
    expect(await storedIds(session.worker)).toEqual(before);
    expect(watch.dialogs).toEqual([]);
  });

  it('says when a share page never shows an article, and stores nothing', async () => {
    const page = await visit('NW202201010000000003');
    const notice = await finalNotice(page, 40_000);
    expect(
      [failed('reason_timeout'), failed('reason_no_article')].some((message) => notice?.includes(message)),
      notice,
    ).toBe(true);
    expect(await storedIds(session.worker)).not.toContain('NW202201010000000003');
    await page.close();
  });

  it('saves a page of several megabytes whole', async () => {
    const page = await visit('NW202201010000000001');
    await waitFor(
      () => storedIds(session.worker),
      (ids) => ids.includes('NW202201010000000001'),
      90_000,
    );
    const record = (await session.readArticles()).find((r) => r.id === 'NW202201010000000001');
    const expectedText = hugePost(base, SIZES.nearLimit, 'x')
      .body.replace(/<[^>]+>/g, '')
      .replace(/\s+/g, '').length;
    expect(String(record?.textContent).replace(/\s+/g, '').length).toBeGreaterThan(expectedText * 0.9);
    await page.close();
  }, 120_000);

  it('refuses a page over the size limit with a clear message and stores nothing', async () => {
    const page = await visit('NW202201010000000002');
    expect(await finalNotice(page, 90_000)).toContain(failed('reason_too_large'));
    expect(await storedIds(session.worker)).not.toContain('NW202201010000000002');
    await page.close();
  }, 120_000);

  it('keeps one record when the same article is saved from two tabs at once', async () => {
    const [first, second] = await Promise.all([visit(twin.infoCode!), visit(twin.infoCode!)]);
    const notices = await Promise.all([finalNotice(first), finalNotice(second)]);
    for (const notice of notices)
      expect(notice).not.toContain(englishMessage('noticeFailed', '').replace(/: $/, ''));
    const records = (await session.readArticles()).filter((record) => record.id === twin.infoCode);
    expect(records).toHaveLength(1);
    expect(records[0]!.title).toBe(twin.title);
    await Promise.all([first.close(), second.close()]);
  });
});
