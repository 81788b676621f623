/**
 * Issue #16 §3: one library in two browser profiles (two persistent Chromium contexts with the built
 * extension) through one real CouchDB-compatible server, driven through the options form, the popup and
 * the reader as a person would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startCouchServer, type CouchServer } from '../../testkit/couch-server.ts';
import { englishMessage } from '../../src/shared/english-messages.ts';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { stopServiceWorker } from './harness/hostile.ts';
import {
  serveSharePages,
  shareUrlOf,
  solidPng,
  withInfoCode,
  type ShareItem,
} from './harness/reader-library.ts';
import {
  articleRow,
  createAccount,
  openOptions,
  openPopup,
  popupSyncLine,
  recordIn,
  serverArticles,
  submitSyncForm,
  syncSection,
  turnOnSync,
  type SyncAccount,
} from './harness/sync.ts';

const IMAGE_PATH = '/img/sync-photo.png';
/** A host name for the test server that Jianbao was never given access to. */
const UNGRANTED_HOST = 'couch.example.net';
const posts = withInfoCode(sharePagePosts()).slice(3, 6);
let server: FixtureServer;
let couch: CouchServer;
let account: SyncAccount;
let a: ExtensionSession;
let b: ExtensionSession;
let items: ShareItem[];

beforeAll(async () => {
  [server, couch] = await Promise.all([startFixtureServer(), startCouchServer()]);
  server.route(IMAGE_PATH, { type: 'image/png', body: solidPng(40, 30) });
  items = posts.map((post, index) => ({
    post,
    source: `同步测试${index}`,
    body: `${post.body}<p><img src="${server.origin}${IMAGE_PATH}?n=${index}" alt="配图${index}"></p>`,
  }));
  serveSharePages(server, items);
  account = await createAccount(couch);
  [a, b] = await Promise.all([launchExtension({ loopbackHosts: [UNGRANTED_HOST] }), launchExtension()]);
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await Promise.all([couch?.stop(), server?.close()]);
});

const idOf = (index: number): string => items[index]!.post.infoCode;

/** Visits a share page in A and waits until it is saved with its image kept offline. */
async function saveInA(index: number): Promise<void> {
  const page = await a.context.newPage();
  await page.goto(shareUrlOf(server, items[index]!));
  const record = await waitFor(
    () => recordIn(a, idOf(index)),
    (r) => ((r?.imagesStored as string[] | undefined) ?? []).length > 0,
    20_000,
  );
  expect(record?.imagesStored).toEqual([`${server.origin}${IMAGE_PATH}?n=${index}`]);
  await page.close();
}

/** Opens the popup and waits until its list agrees with `accept` (its watch runs pull from the server). */
async function popupUntil(
  session: ExtensionSession,
  accept: (popup: Page) => Promise<boolean>,
): Promise<Page> {
  const popup = await openPopup(session);
  const deadline = Date.now() + 20_000;
  while (!(await accept(popup)) && Date.now() < deadline) await popup.waitForTimeout(200);
  return popup;
}

/** The user's fields of a record, as both profiles must agree on them. */
const userFields = (record: Record<string, unknown> | undefined) => ({
  id: record?.id,
  title: record?.title,
  category: record?.category,
  read: record?.read,
});

describe('sync between two browser profiles', () => {
  it('turns on in both through the options form, one with the mouse and one with the keyboard alone', async () => {
    const optionsA = await turnOnSync(a, { serverUrl: couch.url, account });
    const optionsB = await turnOnSync(b, { serverUrl: couch.url, account, keyboardOnly: true });
    for (const options of [optionsA, optionsB]) {
      const section = syncSection(options);
      // The password is never shown again: the field is empty and says the saved one is kept.
      expect(await section.getByLabel('Password', { exact: true }).inputValue()).toBe('');
      expect(await section.locator('.password-saved').textContent()).toBe(
        englishMessage('optionsSyncPasswordSaved'),
      );
      expect(await section.getByRole('button', { name: 'Sync now', exact: true }).isVisible()).toBe(true);
      expect(await section.getByRole('button', { name: 'Turn off sync', exact: true }).isVisible()).toBe(
        true,
      );
      expect(await section.locator('[role="status"]').textContent()).toContain(
        `Syncing with ${account.database} on ${couch.url}.`,
      );
      expect(await section.locator('[role="alert"]').textContent()).toBe('');
      await options.close();
    }
    // The password reached the worker's storage only, never the page's.
    const stored = await a.worker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).toContain(account.password);
    expect(await a.worker.evaluate(() => chrome.alarms.get('jianbao-sync'))).toMatchObject({
      periodInMinutes: 5,
    });
  });

  it("sends a page saved in A to B's popup, and B's reader shows it with its image", async () => {
    await saveInA(0);
    await saveInA(1);
    const popup = await popupUntil(b, async (p) => (await articleRow(p, idOf(1)).count()) > 0);
    expect(await articleRow(popup, idOf(0)).count()).toBe(1);
    expect(await articleRow(popup, idOf(1)).count()).toBe(1);
    expect(await popupSyncLine(popup).textContent()).toMatch(/^Last synced: /);
    // The document leaves out the text, which B reads from the body exactly as A's extraction wrote it
    // (search and highlight offsets depend on that string).
    const documents = await serverArticles(couch, account.database);
    const sent = documents.find((doc) => doc.articleId === idOf(0))?.content as Record<string, unknown>;
    expect(sent.contentHtml).toContain('配图0');
    expect(sent).not.toHaveProperty('textContent');
    const [inA, inB] = await Promise.all([recordIn(a, idOf(0)), recordIn(b, idOf(0))]);
    expect((inA?.textContent as string).length).toBeGreaterThan(100);
    expect(inB?.textContent).toBe(inA?.textContent);

    const opened = b.context.waitForEvent('page');
    await articleRow(popup, idOf(0)).locator('.article-title').click();
    const reader = await opened;
    await reader.locator('.article-body').waitFor();
    expect(await reader.locator('h1').first().textContent()).toBe(items[0]!.post.title);
    const image = await waitFor(
      () =>
        reader
          .locator('.article-body img[alt="配图0"]')
          .evaluate((el: HTMLImageElement) => ({ src: el.src, width: el.complete ? el.naturalWidth : 0 })),
      (img) => img.width > 0,
    );
    // The image came through the sync server: B never visited the page, and its copy is a Blob.
    expect(image.src).toMatch(/^blob:chrome-extension:\/\//);
    expect(image.width).toBe(40);
    await reader.close();
  });

  it('pushes a change made in the reader after the worker stopped, without waiting for the alarm', async () => {
    const reader = await a.context.newPage();
    await reader.goto(a.url(`reader.html?id=${encodeURIComponent(idOf(0))}`));
    await reader.locator('.favourite-toggle').waitFor();
    const favouriteOnServer = async () =>
      (await serverArticles(couch, account.database)).find((doc) => doc.articleId === idOf(0))?.favourite;
    expect(await favouriteOnServer()).toBeUndefined();
    // Chromium stops an idle worker after 30 s; a reader left open that long writes to a stopped one.
    expect(await stopServiceWorker(a.context, reader, a.extensionId)).toBe(true);
    await reader.locator('.favourite-toggle').click();
    await reader.locator('.favourite-toggle[aria-pressed="true"]').waitFor();
    // Nothing reads A's worker meanwhile: only the write's own announcement can start it (the alarm
    // comes every 5 minutes).
    const favourite = await waitFor(favouriteOnServer, (f) => f !== undefined, 20_000);
    expect(favourite).toMatchObject({ value: true });
    await reader.close();
  });

  it('brings read state, a new category and a delete made in B back to A, and the reader open in A follows', async () => {
    const readerA = await a.context.newPage();
    await readerA.goto(a.url(`reader.html?id=${encodeURIComponent(idOf(0))}`));
    await readerA.locator('.article-meta').waitFor();
    expect(await readerA.locator('.article-meta').textContent()).not.toContain('稍后再读');
    const popup = await openPopup(b);
    await articleRow(popup, idOf(0)).locator('.read-toggle').click();
    await waitFor(
      () => articleRow(popup, idOf(0)).getAttribute('data-read'),
      (v) => v === 'true',
    );
    await articleRow(popup, idOf(0)).locator('.change-category').click();
    await popup.locator('#category-input').fill('稍后再读');
    await popup.locator('#category-input').press('Enter');
    await articleRow(popup, idOf(0)).and(popup.locator('[data-category="稍后再读"]')).waitFor();
    await articleRow(popup, idOf(1)).locator('.delete').click();
    await articleRow(popup, idOf(1)).waitFor({ state: 'detached' });
    await popup.close();

    const popupA = await popupUntil(
      a,
      async (p) =>
        (await articleRow(p, idOf(1)).count()) === 0 &&
        (await articleRow(p, idOf(0)).getAttribute('data-read')) === 'true',
    );
    expect(await articleRow(popupA, idOf(1)).count()).toBe(0);
    // Alone in its new category, the row names it (in the gathered group, not under a header of its own).
    expect(await articleRow(popupA, idOf(0)).getAttribute('data-category')).toBe('稍后再读');
    expect(await popupA.locator(`.group[data-other="true"] .article[data-id="${idOf(0)}"]`).count()).toBe(1);
    await popupA.close();
    expect(userFields(await recordIn(a, idOf(0)))).toMatchObject({ category: '稍后再读', read: true });
    expect(await recordIn(a, idOf(1))).toBeUndefined();
    // The reader open on the article in A shows the new category without being reloaded.
    await readerA.locator('[data-meta="category"]', { hasText: '稍后再读' }).waitFor({ timeout: 10_000 });
    await readerA.close();
  });

  it('merges one article edited differently in both while the server is away', async () => {
    couch.cut();
    const [popupA, popupB] = await Promise.all([openPopup(a), openPopup(b)]);
    // A: a new category, then B: read back to unread and, later, its own category for the same article.
    await articleRow(popupA, idOf(0)).locator('.change-category').click();
    await popupA.locator('#category-input').fill('宏观研究');
    await popupA.locator('#category-input').press('Enter');
    await articleRow(popupA, idOf(0)).and(popupA.locator('[data-category="宏观研究"]')).waitFor();
    await articleRow(popupB, idOf(0)).locator('.read-toggle').click();
    await waitFor(
      () => articleRow(popupB, idOf(0)).getAttribute('data-read'),
      (v) => v === 'false',
    );
    await expect
      .poll(() => popupSyncLine(popupB).textContent(), { timeout: 10_000 })
      .toBe(englishMessage('syncErrorUnreachable'));
    expect(userFields(await recordIn(a, idOf(0)))).toMatchObject({ category: '宏观研究', read: true });
    expect(userFields(await recordIn(b, idOf(0)))).toMatchObject({ category: '稍后再读', read: false });

    couch.restore();
    // Both popups stay open: their watch runs reconnect, push and pull.
    const merged = { category: '宏观研究', read: false };
    const settled = async (session: ExtensionSession) =>
      waitFor(
        () => recordIn(session, idOf(0)),
        (r) => r?.category === merged.category && r?.read === merged.read,
        20_000,
      );
    const [inA, inB] = await Promise.all([settled(a), settled(b)]);
    expect(userFields(inA)).toEqual({ ...userFields(inB), ...merged });
    // B's open popup follows the change that arrived (library-changed), without being reopened.
    await articleRow(popupB, idOf(0))
      .and(popupB.locator(`[data-category="${merged.category}"]`))
      .waitFor({ timeout: 10_000 });
    await Promise.all([popupA.close(), popupB.close()]);
  });

  it('loses and duplicates nothing when the server goes away in the middle of a sync', async () => {
    couch.setLatency(150);
    await saveInA(2);
    const options = await openOptions(a);
    const syncNow = syncSection(options).getByRole('button', { name: 'Sync now', exact: true });
    const before = couch.requests.length;
    await syncNow.click();
    // Cut while the run is under way: after its first request reached the server.
    await waitFor(
      () => Promise.resolve(couch.requests.length),
      (n) => n > before,
      10_000,
    );
    couch.cut();
    await options.locator('section.sync[data-busy="idle"]').waitFor({ timeout: 30_000 });
    // The run was cut short, and says so.
    expect(await syncSection(options).getAttribute('data-problem')).toBe('unreachable');
    expect(await syncSection(options).locator('[role="alert"]').textContent()).toBe(
      englishMessage('syncErrorUnreachable'),
    );
    couch.setLatency(0);
    couch.restore();
    await syncNow.click();
    await options.locator('section.sync[data-busy="idle"][data-problem=""]').waitFor({ timeout: 30_000 });
    await options.close();

    const popup = await popupUntil(b, async (p) => (await articleRow(p, idOf(2)).count()) > 0);
    await popup.close();
    const idsIn = async (session: ExtensionSession) => (await session.readArticles()).map((r) => r.id).sort();
    const expected = [idOf(0), idOf(2)].sort();
    expect(await idsIn(a)).toEqual(expected);
    expect(await idsIn(b)).toEqual(expected);
    const onServer = (await serverArticles(couch, account.database)).map((doc) => doc.articleId).sort();
    expect(onServer).toEqual(expected);
  });

  it('does not talk to a server whose origin Jianbao has no access to', async () => {
    const options = await openOptions(a);
    const before = couch.requests.length;
    const serverUrl = couch.url.replace('127.0.0.1', UNGRANTED_HOST);
    const answer = await options.evaluate(
      (payload) => chrome.runtime.sendMessage<unknown, unknown>({ type: 'syncEnable', payload }),
      { serverUrl, ...account, textOnly: false },
    );
    expect(answer).toMatchObject({ ok: true, value: { error: 'no-permission' } });
    expect(couch.requests.length).toBe(before);
    // A's sync with the granted origin goes on as before.
    expect(await syncSection(options).locator('[role="status"]').textContent()).toContain(couch.url);
    await options.close();
  });

  it('says "wrong password" in plain words and changes nothing in the library', async () => {
    const options = await openOptions(b);
    await syncSection(options).getByRole('button', { name: 'Turn off sync', exact: true }).click();
    await options.locator('section.sync[data-enabled="false"][data-busy="idle"]').waitFor();
    expect(await syncSection(options).locator('[role="status"]').textContent()).toContain(
      englishMessage('optionsSyncTurnedOff'),
    );
    const before = await b.readArticles();
    expect(before.map((r) => r.id).sort()).toEqual([idOf(0), idOf(2)].sort());

    await submitSyncForm(options, {
      serverUrl: couch.url,
      account: { ...account, password: 'not the password' },
    });
    const alert = syncSection(options).locator('[role="alert"]');
    expect(await alert.textContent()).toBe('Wrong username or password.');
    expect(await options.locator('section.sync').getAttribute('data-enabled')).toBe('false');
    expect(await b.readArticles()).toEqual(before);
    // The wrong password is not kept either.
    expect(JSON.stringify(await b.worker.evaluate(() => chrome.storage.local.get(null)))).not.toContain(
      'not the password',
    );
    await options.close();
  });
});

describe('the Sync section in Chinese', () => {
  it('names its fields and buttons in Chinese and says what is wrong in Chinese', async () => {
    // --lang picks the UI language chrome.i18n uses.
    const zh = await launchExtension({ locale: 'zh-CN', args: ['--lang=zh-CN'] });
    try {
      const options = await zh.context.newPage();
      await options.goto(zh.url('options.html'));
      const section = syncSection(options);
      for (const label of ['服务器地址', '数据库', '用户名', '密码'])
        await section.getByLabel(label, { exact: true }).waitFor();
      await section.getByLabel('服务器地址', { exact: true }).fill('ftp://couch.example.com');
      await section.getByRole('button', { name: '开启同步', exact: true }).click();
      expect(await section.locator('[role="alert"]').textContent()).toBe(
        '服务器地址必须是以 http:// 或 https:// 开头的网址，且不含用户名或密码。',
      );
      expect(await section.locator('[role="status"]').textContent()).toBe('同步已关闭。');
      expect(await section.getByRole('button', { name: '立即同步' }).count()).toBe(0);
    } finally {
      await zh.close();
    }
  });
});
