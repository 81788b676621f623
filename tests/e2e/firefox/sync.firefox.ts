/**
 * Issue #16 §3: sync in Firefox ESR, on the Firefox build: a page saved in Firefox reaches a Chromium
 * profile through the server, and a page saved in Chromium reaches Firefox's popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startCouchServer, type CouchServer } from '../../../testkit/couch-server.ts';
import { sharePagePosts } from '../../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server.ts';
import { serveSharePages, shareUrlOf, withInfoCode, type ShareItem } from '../harness/reader-library.ts';
import {
  createAccount,
  openPopup,
  recordIn,
  serverArticles,
  turnOnSync,
  type SyncAccount,
} from '../harness/sync.ts';
import { launchFirefox, pollPage, type FirefoxSession } from './harness.ts';

const items: ShareItem[] = withInfoCode(sharePagePosts())
  .slice(6, 8)
  .map((post) => ({ post }));
let server: FixtureServer;
let couch: CouchServer;
let account: SyncAccount;
let firefox: FirefoxSession;
let chromium: ExtensionSession;

beforeAll(async () => {
  [server, couch] = await Promise.all([startFixtureServer(), startCouchServer()]);
  serveSharePages(server, items);
  account = await createAccount(couch);
  firefox = await launchFirefox({ grantHosts: ['http://127.0.0.1/*'] });
  chromium = await launchExtension();
}, 120_000);

afterAll(async () => {
  await Promise.all([firefox?.close(), chromium?.close()]);
  await Promise.all([couch?.stop(), server?.close()]);
});

/** Types into one field of Firefox's options form, by its label's `for`. */
async function typeInto(options: Page, id: string, text: string): Promise<void> {
  await options.click(`#${id}`);
  // Select what the field holds (the database field starts as "jianbao"), so typing replaces it.
  await options.$eval(`#${id}`, (input) => (input as HTMLInputElement).select());
  await options.keyboard.type(text);
  expect(await options.$eval(`#${id}`, (input) => (input as HTMLInputElement).value)).toBe(text);
}

/** Waits until Firefox's popup lists `title` (its watch runs pull from the server while it is open). */
async function firefoxPopupLists(title: string): Promise<boolean> {
  const popup = await firefox.openExtensionPage('popup.html?view=library', 'main');
  try {
    return (
      (await pollPage(popup, (t: string) => document.body.innerText.includes(t), 30_000, title)) === true
    );
  } finally {
    await popup.close();
  }
}

describe('Firefox ESR: sync', () => {
  it('turns on through the options form', async () => {
    const options = await firefox.openExtensionPage('options.html', '#sync-serverUrl');
    await typeInto(options, 'sync-serverUrl', couch.url);
    await typeInto(options, 'sync-database', account.database);
    await typeInto(options, 'sync-username', account.username);
    await typeInto(options, 'sync-password', account.password);
    await options.click('section.sync button.turn-on');
    await options.waitForSelector('section.sync[data-enabled="true"][data-busy="idle"]', { timeout: 30_000 });
    expect(
      await pollPage(
        options,
        () => document.querySelector('section.sync [role="status"]')?.textContent?.includes('Last synced:'),
        30_000,
      ),
    ).toBe(true);
    expect(await options.$eval('#sync-password', (input) => (input as HTMLInputElement).value)).toBe('');
    await options.close();
    await (await turnOnSync(chromium, { serverUrl: couch.url, account })).close();
  });

  it('sends a page saved in Firefox to the server and on to Chromium', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(shareUrlOf(server, items[0]!));
    const id = items[0]!.post.infoCode;
    const onServer = await waitFor(
      async () => (await serverArticles(couch, account.database)).map((doc) => doc.articleId),
      (ids) => ids.includes(id),
      30_000,
    );
    expect(onServer).toContain(id);
    await page.close();
    const popup = await openPopup(chromium);
    await popup.locator(`.article[data-id="${id}"]`).waitFor({ timeout: 20_000 });
    await popup.close();
    expect((await recordIn(chromium, id))?.title).toBe(items[0]!.post.title);
  });

  it("receives a page saved in Chromium in Firefox's popup", async () => {
    const page = await chromium.context.newPage();
    await page.goto(shareUrlOf(server, items[1]!));
    await waitFor(
      () => recordIn(chromium, items[1]!.post.infoCode),
      (record) => record !== undefined,
    );
    await page.close();
    expect(await firefoxPopupLists(items[1]!.post.title)).toBe(true);
  });
});
