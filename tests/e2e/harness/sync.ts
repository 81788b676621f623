/**
 * Sync end to end: the options form driven as a person does (labels, clicks or the keyboard alone), the
 * popup and the reader of each browser profile, against the test CouchDB server (testkit/couch-server.ts).
 */
import type { Locator, Page } from 'playwright-core';
import type { CouchServer } from '../../../testkit/couch-server.ts';
import { englishMessage } from '../../../src/shared/english-messages.ts';
import { ARTICLE_TYPE } from '../../../src/sync/doc-types.ts';
import type { ExtensionSession } from '../../../testkit/browser/extension.ts';

export interface SyncAccount {
  database: string;
  username: string;
  password: string;
}

/** A database of its own and a plain (non-admin) user who is its only member. */
export async function createAccount(couch: CouchServer, prefix = 'jianbao-e2e'): Promise<SyncAccount> {
  const database = await couch.createDatabase(prefix);
  const password = 'correct horse 电池 staple';
  const username = await couch.createUser('reader', password);
  await couch.allowUser(database, username);
  return { database, username, password };
}

export const syncSection = (page: Page): Locator => page.locator('section.sync');

export async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('options.html'));
  await syncSection(page).getByLabel('Server URL', { exact: true }).waitFor();
  return page;
}

export interface FormInput {
  serverUrl: string;
  account: SyncAccount;
  textOnly?: boolean;
  /** Tab, type and Enter only, no pointer. */
  keyboardOnly?: boolean;
}

/** Fills the Sync form and presses *Turn on sync*; resolves once the worker has answered. */
export async function submitSyncForm(page: Page, input: FormInput): Promise<void> {
  const section = syncSection(page);
  const { serverUrl, account } = input;
  if (input.keyboardOnly) {
    await section.getByLabel('Server URL', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(serverUrl);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(account.database);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(account.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(account.password);
    await page.keyboard.press('Tab');
    if (input.textOnly) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  } else {
    const type = async (label: string, value: string): Promise<void> => {
      const field = section.getByLabel(label, { exact: true });
      await field.click();
      await field.fill('');
      await field.pressSequentially(value);
    };
    await type('Server URL', serverUrl);
    await type('Database', account.database);
    await type('Username', account.username);
    await type('Password', account.password);
    if (input.textOnly) await section.getByLabel(englishMessage('optionsSyncTextOnly')).check();
    await section.getByRole('button', { name: 'Turn on sync', exact: true }).click();
  }
  await page.locator('section.sync[data-busy="idle"]').waitFor({ timeout: 30_000 });
}

/** Turns sync on from a fresh options page and waits for the first sync to finish. */
export async function turnOnSync(session: ExtensionSession, input: FormInput): Promise<Page> {
  const page = await openOptions(session);
  await submitSyncForm(page, input);
  await page.locator('section.sync[data-enabled="true"]').waitFor({ timeout: 10_000 });
  await waitForSynced(page);
  return page;
}

/** Waits until the options page shows a finished sync with nothing waiting. */
export async function waitForSynced(page: Page, timeoutMs = 30_000): Promise<void> {
  await syncSection(page)
    .locator('[role="status"]', { hasText: 'Last synced:' })
    .waitFor({ timeout: timeoutMs });
}

/** The popup's library view, waiting until it lists something or says it is empty. */
export async function openPopup(session: ExtensionSession): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html?view=library'));
  await popup.locator('main.popup').waitFor();
  return popup;
}

/** The status line the popup shows under the list while sync is on. */
export const popupSyncLine = (popup: Page): Locator => popup.locator('.sync-line');

export const articleRow = (popup: Page, id: string): Locator => popup.locator(`.article[data-id="${id}"]`);

/** One record of a profile's library, read in its worker. */
export async function recordIn(
  session: ExtensionSession,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  return (await session.readArticles()).find((r) => r.id === id);
}

/** The server's article documents, deleted ones (tombstones) left out. */
export async function serverArticles(
  couch: CouchServer,
  database: string,
): Promise<Array<Record<string, unknown>>> {
  return (await couch.allDocs(database)).filter(
    (doc) => doc.type === ARTICLE_TYPE && doc.deletedAt === undefined && doc._deleted !== true,
  );
}
