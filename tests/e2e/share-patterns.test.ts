/**
 * Issue #6 §1 in real Chromium: a share-page pattern the user adds in the options page makes the pages
 * under it share pages, infoCode or not: they are auto-saved under their address. Pages under no
 * pattern are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharePagePosts, type CorpusPost } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { readNotice } from './harness/notice.ts';
import { escapeHtml } from './harness/pages.ts';

/** No port: the pattern covers the fixture server whatever port it gets, as a user's host pattern would. */
const PATTERN = 'http://127.0.0.1/share/*';
/** The article id is in the path, as in the share-page families users add; there is no infoCode. */
const UNDER_PATTERN = '/share/2022/0107-4d2f91.html';
const UNDER_NO_PATTERN = '/news/2022/0107-4d2f91.html';
/** The page renders its article with script this long after load, as share pages do. */
const RENDER_DELAY_MS = 800;

const [post] = sharePagePosts() as [CorpusPost];

/** ASSUMED layout of such a share page: an empty shell whose script fills in the article. */
function scriptRenderedPage(article: CorpusPost): string {
  const data = JSON.stringify({ title: article.title, body: article.body }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head>
<body><main id="app"><p class="loading">加载中…</p></main>
<script>
  var data = ${data};
  setTimeout(function () {
    var article = document.createElement('article');
    var h1 = document.createElement('h1');
    h1.textContent = data.title;
    var content = document.createElement('div');
    content.className = 'content';
    content.innerHTML = data.body;
    article.append(h1, content);
    document.getElementById('app').replaceChildren(article);
  }, ${RENDER_DELAY_MS});
</script></body></html>`;
}

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(UNDER_PATTERN, { body: scriptRenderedPage(post) });
  server.route(UNDER_NO_PATTERN, { body: scriptRenderedPage(post) });
  session = await launchExtension();
  const options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  await options.locator('main.options').waitFor();
  await options.fill('input[name="pattern"]', PATTERN);
  await options.click('.share-patterns button[type="submit"]');
  await options.locator(`.patterns.user li[data-pattern="${PATTERN}"]`).waitFor();
  const registered = () =>
    session.worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches),
    );
  expect(await waitFor(registered, (list) => list.length === 1)).toEqual([[PATTERN]]);
  await options.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function visit(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.origin + path);
  return page;
}

describe('share-page patterns the user adds', () => {
  it('auto-saves a page under the pattern that has no infoCode, under its address', async () => {
    const page = await visit(UNDER_PATTERN);
    const id = `url:${server.origin}${UNDER_PATTERN}`;
    const [record] = await waitFor(
      () => session.readArticles(),
      (all) => all.some((r) => r.id === id),
    );
    expect(record).toMatchObject({ id, url: server.origin + UNDER_PATTERN, title: post.title });
    expect(record).not.toHaveProperty('infoCode');
    expect(String(record!.textContent).length).toBeGreaterThan(100);
    expect(
      await waitFor(
        () => readNotice(session.context, page),
        (text) => !!text?.includes('Saved to Jianbao'),
      ),
    ).toContain('Saved to Jianbao');
    await page.close();
  });

  it('offers "Save link" and "Open in Jianbao reader" on links under the pattern too', async () => {
    const menus = await session.worker.evaluate(() => globalThis.jianbaoDispatch?.menus() ?? []);
    const linkMenus = menus.filter((menu) => menu.contexts?.includes('link'));
    expect(linkMenus.map((menu) => menu.id)).toEqual(['open-link-in-reader', 'save-link']);
    for (const menu of linkMenus) expect(menu.targetUrlPatterns).toContain(PATTERN);
  });

  it('leaves a page under no pattern alone: nothing saved, no notice', async () => {
    const page = await visit(UNDER_NO_PATTERN);
    await page.locator('#app article h1').waitFor();
    // Past the render, the content script's settle time and a save's round trip
    // (the first test's took well under this).
    await page.waitForTimeout(3_000);
    const urls = (await session.readArticles()).map((r) => r.url);
    expect(urls).not.toContain(server.origin + UNDER_NO_PATTERN);
    expect(urls).toEqual([server.origin + UNDER_PATTERN]);
    expect(await readNotice(session.context, page)).toBeUndefined();
    await page.close();
  });
});
