/**
 * Issue #17's reader layer in Firefox ESR, on the Firefox build: a highlight made from a selection with
 * `h`, a tag and the favourite mark, kept through a reload and listed on the Highlights page. Chromium
 * covers every case (reader-highlights, highlights-page); this catches what only Firefox would break
 * (its selection API, moz-extension storage, the reader's keyboard handling).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sharePagePosts } from '../../../testkit/corpus.ts';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server.ts';
import { serveSharePages, shareUrlOf, withInfoCode, type ShareItem } from '../harness/reader-library.ts';
import { launchFirefox, type FirefoxSession } from './harness.ts';

const item: ShareItem = { post: withInfoCode(sharePagePosts())[3]! };
const id = item.post.infoCode;
/** The opening words of the body's first paragraph, which the test selects. */
const QUOTE_CHARS = 12;

/** The words the first test highlighted. */
let highlighted = '';
let firefox: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  serveSharePages(server, [item]);
  firefox = await launchFirefox();
  // Visiting the share page saves it; the reader opens it once it is stored.
  const page = await firefox.browser.newPage();
  await page.goto(shareUrlOf(server, item));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const reader = await firefox.openExtensionPage(`reader.html?id=${id}`, 'main', 10_000);
    const shown = await reader
      .waitForSelector('.article-body p', { timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    await reader.close();
    if (shown) break;
    if (Date.now() > deadline) throw new Error(`the share page ${id} was never saved`);
  }
  await page.close();
}, 90_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const openReader = (): Promise<Page> => firefox.openExtensionPage(`reader.html?id=${id}`, '.article-body p');

describe('Firefox ESR: the reader layer', () => {
  it('keeps a highlight made with h, a tag and the favourite mark through a reload', async () => {
    const reader = await openReader();
    const quote = await reader.evaluate((chars: number) => {
      const text = document.querySelector('.article-body p')!.firstChild as Text;
      const end = Math.min(text.length, chars);
      getSelection()!.setBaseAndExtent(text, 0, text, end);
      return text.data.slice(0, end);
    }, QUOTE_CHARS);
    await reader.waitForSelector('.hl-toolbar');
    await reader.keyboard.press('h');
    await reader.waitForSelector('mark.hl');

    await reader.type('.tag-input', '待读');
    await reader.keyboard.press('Enter');
    await reader.waitForSelector('.tag[data-tag="待读"]');
    await reader.click('.favourite-toggle');
    await reader.waitForSelector('.favourite-toggle[aria-pressed="true"]');
    await reader.close();

    const again = await openReader();
    await again.waitForSelector('mark.hl', { timeout: 10_000 });
    const marked = await again.$$eval('mark.hl', (marks) => marks.map((m) => m.textContent).join(''));
    expect(marked).toBe(quote);
    highlighted = quote;
    expect(await again.$('.tag[data-tag="待读"]')).not.toBeNull();
    expect(await again.$eval('.favourite-toggle', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await again.close();
  });

  it('lists the highlight on the Highlights page, linked to the reader at it', async () => {
    const page = await firefox.openExtensionPage('highlights.html', '.highlight .quote');
    const quote = await page.$eval('.highlight .quote', (q) => q.textContent);
    expect(highlighted).not.toBe('');
    expect(quote).toBe(highlighted);
    const href = await page.$eval('.highlight .quote-link', (a) => a.getAttribute('href'));
    expect(href).toMatch(new RegExp(`reader\\.html\\?id=${id}#hl-`));
    await page.close();
  });
});
