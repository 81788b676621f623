/**
 * Issue #5 §2–3: the context menus and keyboard commands in real Chromium.
 * Headless Chromium cannot open a native context menu or press a browser shortcut, so these tests call
 * the real handlers (the worker's `jianbaoDispatch` hook) the way the browser does: with a real tab
 * object from `chrome.tabs.get`, then check what a person would see — the library, the badge, the tabs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { JianbaoDispatch } from '../../src/background/index.ts';
import { sharePagePosts, type CorpusPost } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import {
  escapeHtml,
  plainArticlePage,
  scriptRenderedSharePage,
  serverRenderedSharePage,
  shareDataJson,
  sourceOf,
} from './harness/pages.ts';

const posts = sharePagePosts();
const [menuPagePost, commandPost, linkPost, readerPost, scriptPost] = posts.slice(0, 5) as [
  CorpusPost,
  CorpusPost,
  CorpusPost,
  CorpusPost,
  CorpusPost,
];
const SHARE = '/html_News/NewsShare.html';
/** An infoCode the server answers with 404. */
const MISSING_CODE = 'NW202101010000000001';
const SAVED = '✓';
const FAILED = '!';

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const byCode = new Map(posts.map((post) => [post.infoCode, post]));
  server.route(SHARE, (_request, url) => {
    const post = byCode.get(url.searchParams.get('infoCode') ?? '');
    if (!post) return { status: 404, body: 'gone' };
    return {
      body:
        url.searchParams.get('render') === 'script'
          ? scriptRenderedSharePage()
          : serverRenderedSharePage(post),
    };
  });
  server.route('/NewsData/GetNewsText.do', (_request, url) => {
    const post = byCode.get(url.searchParams.get('id') ?? '');
    return post ? { type: 'application/json', body: shareDataJson(post) } : { status: 404, body: '{}' };
  });
  server.route('/news/menu.html', { body: plainArticlePage(menuPagePost) });
  server.route('/news/command.html', { body: plainArticlePage(commandPost) });
  server.route('/news/form.aspx', { body: formWrappedPage(commandPost) });
  server.route('/news/form-end.aspx', { body: headlineLastInFormPage(linkPost) });
  server.route('/links.html', {
    body: '<!doctype html><html lang="zh-CN"><head><title>Links</title></head><body><h1>Links</h1></body></html>',
  });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * A page as ASP.NET WebForms serves it, everything inside one `<form>`, with images whose names are DOM
 * properties: in a browser a form's named elements shadow its own properties (`form.parentElement` is
 * the image), which sends a naive tree walk in circles.
 */
function formWrappedPage(post: CorpusPost): string {
  const clobber = ['nextElementSibling', 'parentElement', 'firstElementChild', 'parentNode', 'hasAttribute']
    .map((name) => `<img name="${name}" src="/img/${name}.png" alt="">`)
    .join('');
  return plainArticlePage(post)
    .replace('<body>', '<body><form id="aspnetForm" method="post" action="/news/form.aspx">')
    .replace('</footer>', `</footer>${clobber}</form>`)
    .replace('</p>', `</p><div>${clobber}${clobber}<p>来源：示例财经网</p></div>`);
}

/**
 * The headline printed last in the form, after the body, with an image named `nextSibling` after it: the
 * lines under the headline are read by walking on from it, and `form.nextSibling` is that image.
 */
function headlineLastInFormPage(post: CorpusPost): string {
  const title = escapeHtml(post.title);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body><form id="aspnetForm" method="post"><main><div class="content">${post.body}</div></main>
<div class="head"><h1>${title}</h1></div><img name="nextSibling" src="/img/next.png" alt=""></form></body></html>`;
}

const shareUrl = (code: string | undefined, query = ''): string =>
  `${server.origin}${SHARE}?infoCode=${code}${query}`;
const recordWhere = (match: (record: Record<string, unknown>) => boolean) => async () =>
  (await session.readArticles()).find(match);

/** Opens a page and makes it the tab the user is on. */
async function userOn(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.origin + path);
  await page.bringToFront();
  return page;
}

const badgeText = (tabId: number): Promise<string> =>
  session.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The active tab of the page's window, as the worker sees it. */
const activeTabIn = (tabId: number): Promise<number | undefined> =>
  session.worker.evaluate(async (id: number) => {
    const { windowId } = await chrome.tabs.get(id);
    return (await chrome.tabs.query({ active: true, windowId }))[0]?.id;
  }, tabId);

/**
 * Clicks a context-menu item on `page` as Chromium would report it, waits for the handler to finish and
 * returns the page's badge text read at once (a save-link result is flashed for 5 s only).
 */
async function clickMenu(page: Page, menuItemId: string, linkUrl?: string): Promise<string> {
  const tabId = await session.tabIdOf(page);
  return session.worker.evaluate(
    async ({ menuItemId, tabId, linkUrl }) => {
      const dispatch: JianbaoDispatch | undefined = globalThis.jianbaoDispatch;
      if (!dispatch) throw new Error('the worker exposes no jianbaoDispatch hook');
      const tab = await chrome.tabs.get(tabId);
      const info = {
        menuItemId,
        editable: false,
        modifiers: [],
        frameId: 0,
        pageUrl: tab.url,
        ...(linkUrl ? { linkUrl } : {}),
      };
      await dispatch.menuClicked(info, tab);
      return chrome.action.getBadgeText({ tabId });
    },
    { menuItemId, tabId, linkUrl },
  );
}

/** Runs a manifest command as the browser does on its shortcut. */
const runCommand = (command: string): Promise<void> =>
  session.worker.evaluate(async (name: string) => {
    const dispatch: JianbaoDispatch | undefined = globalThis.jianbaoDispatch;
    if (!dispatch) throw new Error('the worker exposes no jianbaoDispatch hook');
    await dispatch.command(name);
  }, command);

describe('context menu items', () => {
  it('registers "Save page", "Open in Jianbao reader" and "Save link" with their contexts', async () => {
    const menus = await session.worker.evaluate(() => globalThis.jianbaoDispatch?.menus() ?? []);
    const sharePatterns = ['*://*/*infoCode=*', '*://*/*infocode=*'];
    expect(menus).toEqual([
      { id: 'save-page', title: 'Save page to Jianbao', contexts: ['page'] },
      {
        id: 'open-link-in-reader',
        title: 'Open in Jianbao reader',
        contexts: ['link'],
        targetUrlPatterns: sharePatterns,
      },
      {
        id: 'save-link',
        title: 'Save link to Jianbao',
        contexts: ['link'],
        targetUrlPatterns: sharePatterns,
      },
    ]);
    // Chromium holds each of them: update() resolves for a created id and rejects for any other.
    const ids = [...menus.map((menu) => String(menu.id)), 'no-such-menu'];
    const exists = await waitFor(
      () =>
        session.worker.evaluate(
          (all: string[]) =>
            Promise.all(
              all.map((id) =>
                chrome.contextMenus.update(id, {}).then(
                  () => true,
                  () => false,
                ),
              ),
            ),
          ids,
        ),
      (found) => found.slice(0, 3).every(Boolean),
    );
    expect(exists).toEqual([true, true, true, false]);
  });
});

describe('"Save page to Jianbao"', () => {
  it("stores the article the tab shows and marks the tab's badge", async () => {
    const page = await userOn('/news/menu.html');
    const tabId = await session.tabIdOf(page);
    expect(await badgeText(tabId)).toBe(''); // not a share page: nothing saved it yet
    expect(await clickMenu(page, 'save-page')).toBe(SAVED);
    const record = await recordWhere((r) => r.url === `${server.origin}/news/menu.html`)();
    expect(record).toMatchObject({ title: menuPagePost.title });
    await page.close();
  });

  it('stores the article of a page inside one form whose images are named after DOM properties', async () => {
    const page = await userOn('/news/form.aspx');
    expect(await clickMenu(page, 'save-page')).toBe(SAVED);
    const record = await recordWhere((r) => r.url === `${server.origin}/news/form.aspx`)();
    expect(record).toMatchObject({ title: commandPost.title });
    // The body's paragraphs are there, the one after the shadowing names included.
    const paragraphs = commandPost.body.split('</p>').map((p) => p.replace(/<[^>]+>/g, '').trim());
    expect(String(record?.textContent)).toContain(paragraphs[1]!.slice(0, 20));
    await page.close();
  });

  it('stores the article of a page whose headline comes last in a form, before an image named nextSibling', async () => {
    const page = await userOn('/news/form-end.aspx');
    expect(await clickMenu(page, 'save-page')).toBe(SAVED);
    const record = await recordWhere((r) => r.url === `${server.origin}/news/form-end.aspx`)();
    expect(record).toMatchObject({ title: linkPost.title });
    await page.close();
  });
});

describe('"Save link to Jianbao"', () => {
  it("saves the linked share page in a background tab, closes it, and shows the result on the user's tab", async () => {
    const current = await userOn('/links.html');
    const tabId = await session.tabIdOf(current);
    const link = shareUrl(linkPost.infoCode);
    const pagesBefore = session.context.pages().length;
    const requestsBefore = server.requests.length;
    expect(await recordWhere((r) => r.id === linkPost.infoCode)()).toBeUndefined();

    expect(await clickMenu(current, 'save-link', link)).toBe(SAVED);
    expect(await recordWhere((r) => r.id === linkPost.infoCode)()).toMatchObject({
      title: linkPost.title,
      source: sourceOf(linkPost),
    });
    // The page was loaded by the browser (a background tab), which is closed again.
    expect(server.requests.slice(requestsBefore)).toContain(`${SHARE}?infoCode=${linkPost.infoCode}`);
    expect(
      await waitFor(
        () => Promise.resolve(session.context.pages().length),
        (n) => n === pagesBefore,
      ),
    ).toBe(pagesBefore);
    // The user never left their page.
    expect(current.url()).toBe(`${server.origin}/links.html`);
    expect(await activeTabIn(tabId)).toBe(tabId);
    await current.close();
  });

  it('saves a share page that renders its article with script', async () => {
    const current = await userOn('/links.html');
    const requestsBefore = server.requests.length;
    expect(await clickMenu(current, 'save-link', shareUrl(scriptPost.infoCode, '&render=script'))).toBe(
      SAVED,
    );
    // The article came from the page's own data request, not from the HTML the server sent.
    expect(server.requests.slice(requestsBefore)).toContain(
      `/NewsData/GetNewsText.do?id=${scriptPost.infoCode}`,
    );
    const record = await recordWhere((r) => r.id === scriptPost.infoCode)();
    expect(record).toMatchObject({ title: scriptPost.title, source: sourceOf(scriptPost) });
    const firstWords = /<p>([^<]{12,})/.exec(scriptPost.body)?.[1]?.slice(0, 12) ?? '';
    expect(firstWords).not.toBe('');
    expect(String(record?.textContent)).toContain(firstWords);
    await current.close();
  });

  it('shows the failure mark for a link that 404s, stores nothing and still closes the tab', async () => {
    const current = await userOn('/links.html');
    const tabId = await session.tabIdOf(current);
    const pagesBefore = session.context.pages().length;
    const countBefore = (await session.readArticles()).length;
    expect(await clickMenu(current, 'save-link', shareUrl(MISSING_CODE))).toBe(FAILED);
    expect(await session.readArticles()).toHaveLength(countBefore);
    expect(
      await waitFor(
        () => Promise.resolve(session.context.pages().length),
        (n) => n === pagesBefore,
      ),
    ).toBe(pagesBefore);
    expect(current.url()).toBe(`${server.origin}/links.html`);
    expect(await activeTabIn(tabId)).toBe(tabId);
    await current.close();
  });
});

describe('"Open in Jianbao reader"', () => {
  it("saves the link and opens it in the reader next to the user's tab", async () => {
    const current = await userOn('/links.html');
    const tabId = await session.tabIdOf(current);
    const readerOpened = session.context.waitForEvent('page', (page) => page.url().includes('reader.html'));
    expect(await clickMenu(current, 'open-link-in-reader', shareUrl(readerPost.infoCode))).toBe(SAVED);
    const reader = await readerOpened;
    expect(reader.url()).toBe(session.url(`reader.html?id=${readerPost.infoCode}`));
    await reader.waitForSelector('.article-title');
    expect(await reader.textContent('.article-title')).toBe(readerPost.title);
    const [userIndex, readerIndex] = await session.worker.evaluate(
      async ({ tabId, url }) => [
        (await chrome.tabs.get(tabId)).index,
        (await chrome.tabs.query({ url }))[0]?.index,
      ],
      { tabId, url: reader.url() },
    );
    expect(readerIndex).toBe(userIndex + 1);
    expect(current.url()).toBe(`${server.origin}/links.html`);
    await Promise.all([reader.close(), current.close()]);
  });
});

describe('keyboard commands', () => {
  it('"save-page" saves the active tab\'s article and marks its badge', async () => {
    const page = await userOn('/news/command.html');
    const tabId = await session.tabIdOf(page);
    // The command acts on the active tab of the current window: make sure that is this one.
    const active = await session.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    );
    expect(active).toBe(tabId);
    expect(await badgeText(tabId)).toBe('');
    await runCommand('save-page');
    expect(await badgeText(tabId)).toBe(SAVED);
    expect(await recordWhere((r) => r.url === `${server.origin}/news/command.html`)()).toMatchObject({
      title: commandPost.title,
    });
    await page.close();
  });

  it('"open-library" opens the library in a new tab', async () => {
    const opened = session.context.waitForEvent('page', (page) => page.url().includes('popup.html'));
    await runCommand('open-library');
    const library = await opened;
    expect(library.url()).toBe(session.url('popup.html?view=library'));
    await library.locator('.library[aria-busy="false"]').waitFor();
    await library.close();
  });
});
