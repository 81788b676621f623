/**
 * Issue #16 §1 and §3: the MV3 service worker may be stopped at any time; a long first sync into a new
 * profile then continues from its replication checkpoint when the worker starts again, never from zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startCouchServer, type CouchServer } from '../../testkit/couch-server.ts';
import { callBench, launchWithBench, type BenchSession } from '../../testkit/browser/bench-dist.ts';
import { corpusTexts } from '../../testkit/corpus-texts.ts';
import { generateArticles } from '../../testkit/generate-articles.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { readLibrary, stopServiceWorker } from './harness/hostile.ts';
import {
  createAccount,
  openOptions,
  serverArticles,
  submitSyncForm,
  syncSection,
  turnOnSync,
  waitForSynced,
  type SyncAccount,
} from './harness/sync.ts';

const COUNT = 300;
let couch: CouchServer;
let account: SyncAccount;
let seeded: BenchSession;
let fresh: ExtensionSession;

beforeAll(async () => {
  couch = await startCouchServer();
  account = await createAccount(couch);
  seeded = await launchWithBench();
  fresh = await launchExtension();
}, 90_000);

afterAll(async () => {
  await Promise.all([seeded?.close(), fresh?.close()]);
  await couch?.stop();
});

/** How many articles a profile's library holds, read from one of its pages (the worker may be stopped). */
async function countIn(page: Page): Promise<number> {
  const library = await readLibrary(page);
  return typeof library === 'string' ? 0 : library.articles.length;
}

/** `since` of a `_changes` request, or undefined for any other request. */
function sinceOf(url: string): string | undefined {
  const parsed = new URL(url, 'http://x');
  return parsed.pathname.endsWith('/_changes') ? (parsed.searchParams.get('since') ?? '0') : undefined;
}

describe('a long first sync', () => {
  it('fills the server from a profile of 300 articles', async () => {
    const options = await turnOnSync(seeded, { serverUrl: couch.url, account });
    const articles = generateArticles(corpusTexts(), { count: COUNT, bodyChars: 500, categories: 6 });
    await callBench(seeded.bench, 'insert', articles, '2024-03-01T08:00:00+08:00');
    await syncSection(options).getByRole('button', { name: 'Sync now', exact: true }).click();
    await waitFor(
      async () => (await serverArticles(couch, account.database)).length,
      (n) => n === COUNT,
      60_000,
    );
    expect((await serverArticles(couch, account.database)).length).toBe(COUNT);
    await options.close();
  });

  it('continues from its checkpoint after the worker is stopped, and does not start over', async () => {
    // A slow network, so the worker can be stopped with the pull part done.
    couch.setLatency(200);
    const start = couch.requests.length;
    /** Documents the fresh profile fetched from the server in requests `from`…`to`. */
    const fetched = (from: number, to = couch.requests.length): number =>
      couch.requests
        .slice(from, to)
        .filter((r) => r.method === 'POST' && /\/_bulk_get|\/_all_docs/.test(r.url))
        .reduce((sum, r) => sum + (r.docs ?? 0), 0);
    /** Whether a checkpoint was written after the first documents arrived. */
    const checkpointed = (): boolean => {
      const firstFetch = couch.requests.findIndex(
        (r, i) => i >= start && r.method === 'POST' && /\/_bulk_get|\/_all_docs/.test(r.url),
      );
      return (
        firstFetch >= 0 &&
        couch.requests
          .slice(firstFetch)
          .some((r) => r.method === 'PUT' && r.url.includes('/_local/') && (r.status ?? 500) < 300)
      );
    };
    const options = await openOptions(fresh);
    await submitSyncForm(options, { serverUrl: couch.url, account });
    await waitFor(
      () => Promise.resolve(checkpointed()),
      (yes) => yes,
      60_000,
    );
    expect(await stopServiceWorker(fresh.context, options, fresh.extensionId)).toBe(true);
    const stoppedAt = couch.requests.length;
    const fetchedBefore = fetched(start, stoppedAt);
    expect(fetchedBefore).toBeGreaterThan(0);
    expect(fetchedBefore).toBeLessThan(COUNT);
    couch.setLatency(0);

    // Anything that wakes the worker resumes sync: here the options page asking for the status.
    await options.reload();
    await waitFor(
      () => countIn(options),
      (n) => n === COUNT,
      60_000,
    );
    expect(await countIn(options)).toBe(COUNT);
    await waitForSynced(options);
    // Every article arrived once: what was fetched before the stop is not fetched again.
    const fetchedAfter = fetched(stoppedAt);
    expect(fetchedAfter).toBeLessThan(COUNT);
    expect(fetchedBefore + fetchedAfter).toBeGreaterThanOrEqual(COUNT);
    const firstPullAfter = couch.requests
      .slice(stoppedAt)
      .map((r) => sinceOf(r.url))
      .find((since) => since !== undefined);
    expect(firstPullAfter).not.toBe('0');
    await options.close();
  });
});
