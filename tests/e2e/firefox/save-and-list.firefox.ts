/** Issue #6 §5: the save-and-list flow end to end in Firefox ESR, on the Firefox build. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharePagePosts } from '../../../testkit/corpus.ts';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server.ts';
import {
  serveSharePages,
  shareUrlOf,
  sourceOfItem,
  withInfoCode,
  type ShareItem,
} from '../harness/reader-library.ts';
import { launchFirefox, pollPage, type FirefoxSession } from './harness.ts';

const items: ShareItem[] = withInfoCode(sharePagePosts())
  .slice(0, 2)
  .map((post) => ({ post }));

let firefox: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  serveSharePages(server, items);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Titles the popup's library view lists, once it lists `count` of them. */
async function listedTitles(count: number): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const popup = await firefox.openExtensionPage('popup.html?view=library', 'main', 10_000);
    try {
      const titles = await pollPage(
        popup,
        (n: number, wanted: string[]) => {
          const text = document.body.innerText;
          const found = wanted.filter((title) => text.includes(title));
          return found.length >= n ? found : false;
        },
        3_000,
        count,
        items.map((item) => item.post.title),
      );
      if (titles) return titles;
    } finally {
      await popup.close();
    }
    if (Date.now() > deadline) return [];
  }
}

describe('Firefox ESR: save and list', () => {
  it('auto-saves visited share pages and the popup lists them under their source', async () => {
    // One tab per page: navigating a tab away could stop its content script before the save is sent.
    const pages = await Promise.all(
      items.map(async (item) => {
        const page = await firefox.browser.newPage();
        await page.goto(shareUrlOf(server, item));
        return page;
      }),
    );
    const titles = await listedTitles(items.length);
    expect(titles.sort()).toEqual(items.map((item) => item.post.title).sort());
    const popup = await firefox.openExtensionPage('popup.html?view=library', 'main');
    expect(
      await pollPage(
        popup,
        (source: string) => document.body.innerText.includes(source),
        10_000,
        sourceOfItem(items[0]!),
      ),
    ).toBe(true);
    await popup.close();
    await Promise.all(pages.map((page) => page.close()));
  });

  it('opens the options page with its sections', async () => {
    const options = await firefox.openExtensionPage('options.html', 'main.options h1');
    expect(await options.$eval('main.options h1', (h) => h.textContent)).toBe('Jianbao settings');
    // The imported-links section shows only while a fetch queue exists; every other section is always there.
    const headings = await options.$$eval('section.card h2', (h2s) => h2s.map((h) => h.textContent?.trim()));
    expect(headings).toEqual([
      'Share pages',
      'When a share page opens',
      'Access to all sites',
      'Reader defaults',
      'Category rules',
      'Tags',
      'Sync',
      'Export and import',
      'Storage',
    ]);
    await options.close();
  });
});
