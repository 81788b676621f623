/** Issue #2: share pages and ordinary pages are saved through the real extension in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishMessage } from '../../src/shared/english-messages.ts';
import type { Page } from 'playwright-core';
import { sharePagePosts, type CorpusPost } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { clickNoticeButton, noticeButtonTops, noticeShadowMode, readNotice } from './harness/notice.ts';
import {
  noArticlePage,
  plainArticlePage,
  scriptRenderedSharePage,
  serverRenderedSharePage,
  shareDataJson,
  sourceOf,
} from './harness/pages.ts';

const SHARE_PATH = '/html_News/NewsShare.html';
const PAGE_ERROR_REASON = englishMessage('reason_page_error');
const [first, second, third] = sharePagePosts() as [CorpusPost, CorpusPost, CorpusPost];

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const byCode = new Map(sharePagePosts().map((post) => [post.infoCode, post]));
  server.route(SHARE_PATH, (_request, url) => {
    const post = byCode.get(url.searchParams.get('infoCode') ?? '');
    if (url.searchParams.get('render') === 'script') return { body: scriptRenderedSharePage() };
    return post ? { body: serverRenderedSharePage(post) } : { status: 404, body: 'gone' };
  });
  server.route('/NewsData/GetNewsText.do', (_request, url) => {
    const post = byCode.get(url.searchParams.get('id') ?? '');
    return post ? { type: 'application/json', body: shareDataJson(post) } : { status: 404, body: '{}' };
  });
  server.route('/news/plain.html', { body: plainArticlePage(third) });
  server.route('/login.html', { body: noArticlePage() });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const recordsWith = (id: string) => async () =>
  (await session.readArticles()).filter((record) => record.id === id);

async function visit(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.origin + path);
  return page;
}

async function popupFor(page: Page): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.url(`popup.html?tab=${await session.tabIdOf(page)}`));
  return popup;
}

describe('share pages are saved by the content script', () => {
  it('saves a server-rendered share page with its metadata and says so in a closed-shadow notice', async () => {
    const page = await visit(`${SHARE_PATH}?infoCode=${first.infoCode}`);
    const [record] = await waitFor(recordsWith(first.infoCode!), (records) => records.length === 1);
    expect(record).toMatchObject({
      id: first.infoCode,
      infoCode: first.infoCode,
      title: first.title,
      source: sourceOf(first),
      category: sourceOf(first),
      publishedAt: first.date.replace(' ', 'T').replace(/ \+0800$/, '+08:00'),
    });
    expect(record!.url).toBe(`${server.origin}${SHARE_PATH}?infoCode=${first.infoCode}`);
    expect(String(record!.contentHtml)).toContain('<p>');
    expect(String(record!.contentHtml)).not.toContain('打开APP');
    expect(String(record!.savedAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);

    const notice = await waitFor(
      () => readNotice(session.context, page),
      (text) => Boolean(text?.includes('Saved')),
    );
    expect(notice).toContain('Open reader view');
    // Both buttons on one row: Dismiss never wraps alone under Open reader view.
    const tops = await noticeButtonTops(session.context, page);
    expect(tops).toHaveLength(2);
    expect(tops[0]).toBe(tops[1]);
    expect(await noticeShadowMode(session.context, page)).toBe('closed');
    // The page itself cannot see into the notice.
    expect(
      await page.evaluate(() => document.querySelector('jianbao-notice')?.shadowRoot ?? null),
    ).toBeNull();

    const readerOpened = session.context.waitForEvent('page');
    await clickNoticeButton(session.context, page, 'Open reader view');
    const reader = await readerOpened;
    await reader.waitForSelector('.article-title');
    expect(reader.url()).toBe(session.url(`reader.html?id=${first.infoCode}`));
    expect(await reader.textContent('.article-title')).toBe(first.title);
    await Promise.all([page.close(), reader.close()]);
  });

  it('saves a share page that fetches and renders its article after load', async () => {
    const page = await visit(`${SHARE_PATH}?infoCode=${second.infoCode}&render=script`);
    const [record] = await waitFor(recordsWith(second.infoCode!), (records) => records.length === 1);
    expect(record).toMatchObject({ id: second.infoCode, title: second.title, source: sourceOf(second) });
    expect(String(record!.textContent).length).toBeGreaterThan(200);
    await page.close();
  });

  it('keeps one record when the same share page is visited twice', async () => {
    const path = `${SHARE_PATH}?infoCode=${first.infoCode}`;
    const before = (await session.readArticles()).find((record) => record.id === first.infoCode);
    const page = await visit(path);
    await waitFor(
      () => readNotice(session.context, page),
      (text) => Boolean(text?.includes('Updated')),
    );
    const records = await recordsWith(first.infoCode!)();
    expect(records).toHaveLength(1);
    expect(records[0]!.savedAt).toBe(before!.savedAt);
    await page.close();
  });
});

describe('the popup saves the tab it is given', () => {
  it('saves an ordinary article page and shows it at the top', async () => {
    const page = await visit('/news/plain.html');
    const popup = await popupFor(page);
    const status = popup.locator('.save-status[data-state="saved"]');
    await status.waitFor();
    expect(await status.textContent()).toContain(third.title);
    const records = (await session.readArticles()).filter(
      (record) => record.url === `${server.origin}/news/plain.html`,
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.title).toBe(third.title);
    await Promise.all([page.close(), popup.close()]);
  });

  it('says why a page with no article was not saved, and stores nothing', async () => {
    const before = (await session.readArticles()).length;
    const page = await visit('/login.html');
    const popup = await popupFor(page);
    const status = popup.locator('.save-status[data-state="failed"]');
    await status.waitFor();
    expect(await status.getAttribute('data-reason')).toBe('no-article');
    expect(await status.textContent()).toContain('no article was found');
    expect(await session.readArticles()).toHaveLength(before);
    await Promise.all([page.close(), popup.close()]);
  });

  it('says at once that a share link answered with 404 has nothing to save, instead of waiting for it', async () => {
    const before = (await session.readArticles()).length;
    // A well-formed infoCode the server no longer knows: the share page answers 404.
    const page = await visit(`${SHARE_PATH}?infoCode=NW202101010000000001`);
    const noticed = await waitFor(
      () => readNotice(session.context, page),
      (text) => Boolean(text?.includes(PAGE_ERROR_REASON)),
    );
    expect(noticed).toContain(PAGE_ERROR_REASON);
    const popup = await popupFor(page);
    const status = popup.locator('.save-status[data-state="failed"]');
    await status.waitFor();
    expect(await status.getAttribute('data-reason')).toBe('page-error');
    expect(await session.readArticles()).toHaveLength(before);
    await Promise.all([page.close(), popup.close()]);
  });

  it('lists every saved article grouped by category with counts, one-article categories together last', async () => {
    const records = await session.readArticles();
    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html?view=library'));
    await popup.locator('.library[aria-busy="false"] .group').first().waitFor();
    const groups = await popup.locator('.group').evaluateAll((sections) =>
      sections.map((section) => ({
        category: section.getAttribute('data-category'),
        other: section.getAttribute('data-other') === 'true',
        name: section.querySelector('.group-name')?.textContent,
        count: Number(section.querySelector('.group-count')?.textContent),
        items: [...section.querySelectorAll('.article')].map((row) => row.getAttribute('data-category')),
      })),
    );
    const expected = new Map<string, number>();
    for (const record of records)
      expected.set(String(record.category), (expected.get(String(record.category)) ?? 0) + 1);
    const singles = [...expected].filter(([, n]) => n === 1).map(([category]) => category);
    // A header of its own for each category of two or more; one last header for all the others.
    expect(
      groups
        .filter((g) => !g.other)
        .map((g) => g.category!)
        .sort(),
    ).toEqual(
      [...expected]
        .filter(([, n]) => n > 1)
        .map(([category]) => category)
        .sort(),
    );
    expect(groups.filter((g) => g.other)).toHaveLength(singles.length ? 1 : 0);
    if (singles.length) expect(groups[groups.length - 1]!.other).toBe(true);
    expect(groups.flatMap((g) => g.items)).toHaveLength(records.length);
    for (const group of groups) {
      if (group.other) {
        expect(group.count).toBe(singles.length);
        // "Other" only beside real groups; alone, it is every article.
        expect(group.name).toBe(englishMessage(groups.length > 1 ? 'popup_group_other' : 'popup_group_all'));
        expect([...group.items].sort()).toEqual([...singles].sort());
      } else {
        expect(group.count).toBe(expected.get(group.category!));
        expect(group.items).toEqual(Array(group.count).fill(group.category));
      }
    }
    await popup.close();
  });
});
