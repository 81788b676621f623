/**
 * Issue 16 with issue 17's fields: a highlight, a note and a favourite made in profile A reach profile B
 * through the real CouchDB-compatible server (testkit/couch-server.ts), and a highlight deleted in B is
 * gone in A afterwards. The reader's state is written through the real store from a test-only extension
 * page (harness/reader-state-page.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Highlight } from '../../src/annotations/types.ts';
import { startCouchServer, type CouchServer } from '../../testkit/couch-server.ts';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { launchExtension, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { launchWithLibrary, withInfoCode, type SeededLibrary } from './harness/reader-library.ts';
import { buildReaderStateDist, callReaderState, openReaderState } from './harness/reader-state-page.ts';
import { createAccount, recordIn, syncSection, turnOnSync, type SyncAccount } from './harness/sync.ts';
import type { PageDist } from '../../testkit/browser/page-dist.ts';

const [post] = withInfoCode(sharePagePosts()).slice(6, 7);
const ID = post!.infoCode;

let couch: CouchServer;
let account: SyncAccount;
let dist: PageDist;
let a: SeededLibrary;
let b: ExtensionSession;
let optionsA: Page;
let optionsB: Page;

beforeAll(async () => {
  couch = await startCouchServer();
  account = await createAccount(couch);
  dist = await buildReaderStateDist();
  [a, b] = await Promise.all([
    launchWithLibrary([{ post: post! }], { args: dist.args }),
    launchExtension({ args: dist.args }),
  ]);
  optionsA = await turnOnSync(a.session, { serverUrl: couch.url, account });
  optionsB = await turnOnSync(b, { serverUrl: couch.url, account });
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await couch?.stop();
  dist?.remove();
});

const syncNow = (options: Page) =>
  syncSection(options).getByRole('button', { name: 'Sync now', exact: true }).click();

/**
 * The record in `session` once `accept` holds (or the last one read after 30 s), pressing *Sync now* on
 * that profile's `options` page between reads, each time the previous round has finished.
 */
async function syncedUntil(
  session: ExtensionSession,
  options: Page,
  accept: (record: Record<string, unknown> | undefined) => boolean,
): Promise<Record<string, unknown> | undefined> {
  const deadline = Date.now() + 30_000;
  let record = await recordIn(session, ID);
  while (!accept(record) && Date.now() < deadline) {
    await options.locator('section.sync[data-busy="idle"]').waitFor();
    await syncNow(options);
    await options.waitForTimeout(500);
    record = await recordIn(session, ID);
  }
  return record;
}

const highlightsOf = (record: Record<string, unknown> | undefined): Highlight[] =>
  (record?.highlights as Highlight[] | undefined) ?? [];

describe('the reader’s fields under sync', () => {
  it('a highlight, a note and a favourite added in A reach B', async () => {
    await syncedUntil(b, optionsB, (record) => record !== undefined);
    const page = await openReaderState(a.session);
    const { id } = await callReaderState(page, 'highlight', ID, {
      start: 0,
      end: 10,
      color: 'pink',
      note: '同步的笔记',
      at: '2026-12-05T12:00:00+08:00',
    });
    await callReaderState(page, 'update', ID, { favourite: true, note: '文章笔记' });
    await syncNow(optionsA);

    const inB = await syncedUntil(b, optionsB, (record) => highlightsOf(record).some((h) => h.id === id));
    const inA = await recordIn(a.session, ID);
    expect(highlightsOf(inB)).toEqual(highlightsOf(inA));
    expect(highlightsOf(inB)[0]).toMatchObject({ id, color: 'pink', note: '同步的笔记' });
    expect(inB).toMatchObject({ favourite: true, note: '文章笔记' });
  });

  it('a highlight deleted in B is deleted in A, and stays deleted', async () => {
    const [highlight] = highlightsOf(await recordIn(b, ID));
    const page = await openReaderState(b);
    await callReaderState(page, 'removeHighlight', ID, highlight!.id);
    await syncNow(optionsB);
    const inA = await syncedUntil(a.session, optionsA, (record) => highlightsOf(record).length === 0);
    expect((inA?.highlightTombstones as Array<{ id: string }>).map((t) => t.id)).toEqual([highlight!.id]);
    // Another round both ways brings nothing back.
    for (const options of [optionsA, optionsB]) {
      await syncNow(options);
      await options.locator('section.sync[data-busy="idle"]').waitFor();
    }
    expect(highlightsOf(await recordIn(a.session, ID))).toEqual([]);
    expect(highlightsOf(await recordIn(b, ID))).toEqual([]);
  });
});
