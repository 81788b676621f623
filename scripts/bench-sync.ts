/**
 * `npm run bench:sync` (issue #16 §4): a 10,000-article library (bench:store's generator) in profile A
 * replicated through a local PouchDB Server to an empty profile B; the time, documents per second and
 * bytes on the wire, beside the reference: plain PouchDB replication of the same database into an empty
 * PouchDB in Node, through the same server and proxy. Then single saves in A timed until B's open popup
 * lists them, and A's popup and search with sync on beside profile C, the same library with sync off.
 * Figures only: no assertion on time.
 */
import type { Page } from 'playwright-core';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { callBench, launchWithBench, type BenchSession } from '../testkit/browser/bench-dist.ts';
import { startCouchServer, type CouchServer } from '../testkit/couch-server.ts';
import { corpusTexts } from '../testkit/corpus-texts.ts';
import { generateArticles } from '../testkit/generate-articles.ts';
import type { SyncConfig } from '../src/sync/config.ts';
import type { SyncView } from '../src/shared/sync-view.ts';
import type { PouchDatabase } from '../src/sync/pouch.ts';
import { LOCAL_DB_NAME } from '../src/sync/engine.ts';
import { popupListTime, popupListTimes, searchTime, searchTimes } from './bench/popup-and-search.ts';
import { benchQueries } from './bench/queries.ts';
import { settle } from './bench/settle.ts';
import { median, percentile } from './bench/stats.ts';
import { appendBenchLog } from './lib/bench-log.ts';

const FULL_RUN = !process.argv.includes('--articles');

const BENCH = {
  /** `tsx scripts/bench-sync.ts --articles 500` for a quick check of the harness. */
  articles: Number(process.argv[process.argv.indexOf('--articles') + 1]) || 10_000,
  bodyChars: 2_500,
  categories: 48,
  singleSaves: 7,
  popupOpens: 10,
  /**
   * Each query is timed this many times in each profile: the p95 of 30 samples is the second-worst
   * query, which one stray pause decides.
   */
  searchRounds: 3,
  targets: { initialVsReference: 2, singleChangeMedianMs: 5_000 },
} as const;

const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const mb = (bytes: number): string => `${fmt(bytes / 1024 / 1024)} MB`;

type WorkerMessage =
  | { type: 'syncEnable'; payload: SyncConfig }
  | { type: 'syncNow'; payload: Record<string, never> }
  | { type: 'syncStatus'; payload: Record<string, never> };

/** Sends a message to the worker from an extension page, as the options page does. */
async function ask(page: Page, message: WorkerMessage): Promise<SyncView> {
  const answer = await page.evaluate(
    (m) => chrome.runtime.sendMessage<WorkerMessage, { ok: boolean; value?: SyncView }>(m),
    message,
  );
  if (!answer.ok || !answer.value) throw new Error(`${message.type} failed: ${JSON.stringify(answer)}`);
  return answer.value;
}

async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Account {
  database: string;
  username: string;
  password: string;
}

async function enable(session: BenchSession, couch: CouchServer, account: Account): Promise<void> {
  const view = await ask(session.bench, {
    type: 'syncEnable',
    payload: { serverUrl: couch.url, ...account, textOnly: false },
  });
  if (view.error || !view.enabled) throw new Error(`sync did not turn on: ${view.error ?? 'off'}`);
}

/**
 * The reference: plain PouchDB syncs the same database with an empty in-memory PouchDB in Node, through
 * the same proxy: the one-shot `sync` Jianbao runs, without Jianbao's library on either side.
 */
async function referencePull(couch: CouchServer, account: Account): Promise<{ ms: number; bytes: number }> {
  const Pouch = PouchDB.plugin(httpAdapter).plugin(memoryAdapter).plugin(replication);
  const remote = new Pouch(`${couch.url}/${account.database}`, {
    auth: { username: account.username, password: account.password },
  }) as PouchDatabase;
  const local = new Pouch(`bench-reference-${Date.now()}`, { adapter: 'memory' }) as PouchDatabase;
  couch.resetBytes();
  const started = performance.now();
  await local.sync(remote, {});
  const ms = performance.now() - started;
  const { toServer, fromServer } = couch.bytes();
  await local.destroy();
  await remote.close();
  return { ms, bytes: toServer + fromServer };
}

/** Waits until the worker of a profile with sync on has no round running. */
async function syncIdle(session: BenchSession): Promise<void> {
  // A popup's open starts its round after a zero-delay timer: give it the chance to start first.
  await new Promise((resolve) => setTimeout(resolve, 250));
  await until(
    () => ask(session.bench, { type: 'syncStatus', payload: {} }),
    (view) => view.state !== 'syncing',
    5 * 60_000,
  );
}

/**
 * bench:store's popup and search figures in A (sync on) and C (the same library, sync off), measured in
 * alternation once the machine is quiet, so that both see the same load: on this 2-core machine the load
 * of the minutes between two separate measurements moved them by more than any difference sync makes.
 * Each of A's popup opens starts a sync round, as it does for a user, and C is measured only once that
 * round is over: A's figures carry its own round, C's do not.
 */
async function onBesideOff(
  on: BenchSession,
  off: BenchSession,
  queries: string[],
): Promise<{ on: Figures; off: Figures }> {
  await settle();
  const withSync: Figures = { popup: [], search: [] };
  const withoutSync: Figures = { popup: [], search: [] };
  const pairs = [
    [on, withSync],
    [off, withoutSync],
  ] as const;
  for (const [session] of pairs) await popupListTimes(session, 0);
  await syncIdle(on);
  for (let i = 0; i < BENCH.popupOpens; i++)
    for (const [session, figures] of i % 2 ? [...pairs].reverse() : pairs) {
      figures.popup.push(await popupListTime(session));
      if (session === on) await syncIdle(on);
    }
  await settle();
  for (const [session] of pairs) await searchTimes(session, queries.slice(0, 1));
  for (let round = 0; round < BENCH.searchRounds; round++)
    for (const [i, query] of queries.entries())
      for (const [session, figures] of (i + round) % 2 ? [...pairs].reverse() : pairs)
        figures.search.push(await searchTime(session, query));
  return { on: withSync, off: withoutSync };
}

interface Figures {
  popup: number[];
  search: number[];
}

async function main(): Promise<void> {
  const couch = await startCouchServer();
  const sessions: BenchSession[] = [];
  try {
    const database = await couch.createDatabase('bench-sync');
    const password = 'bench-sync-password';
    const username = await couch.createUser('bench', password);
    await couch.allowUser(database, username);
    const account = { database, username, password };

    console.log(
      `bench:sync — ${BENCH.articles} articles, ${couch.local ? 'PouchDB Server (memory)' : couch.directUrl}`,
    );
    const a = await launchWithBench();
    sessions.push(a);
    // Inserted with sync off: A's insert is also the time the same articles take to index locally.
    const inserted = await callBench(a.bench, 'generateAndInsert', corpusTexts(), {
      count: BENCH.articles,
      bodyChars: BENCH.bodyChars,
      categories: BENCH.categories,
    });
    console.log(`A: ${BENCH.articles} articles inserted in ${fmt(inserted.ms / 1000)} s (sync off)`);
    const queries = benchQueries(corpusTexts()).map((q) => q.text);
    // C holds the same library (the generator is seeded) and never turns sync on: the reference for A's
    // popup and search with sync on.
    const c = await launchWithBench();
    sessions.push(c);
    await callBench(c.bench, 'generateAndInsert', corpusTexts(), {
      count: BENCH.articles,
      bodyChars: BENCH.bodyChars,
      categories: BENCH.categories,
    });
    couch.resetBytes();
    let started = performance.now();
    await enable(a, couch, account);
    const pushed = await until(
      () => ask(a.bench, { type: 'syncStatus', payload: {} }),
      (v) => v.pending === 0 && v.state !== 'syncing',
      30 * 60_000,
    );
    const pushMs = performance.now() - started;
    if (pushed.error) throw new Error(`A's push failed: ${pushed.error}`);
    const pushBytes = couch.bytes();
    console.log(
      `A → server: ${fmt(pushMs / 1000)} s, ${fmt((BENCH.articles / pushMs) * 1000, 0)} articles/s, ` +
        `${mb(pushBytes.toServer + pushBytes.fromServer)} on the wire`,
    );
    const { on: syncOn, off: syncOff } = await onBesideOff(a, c, queries);

    const b = await launchWithBench();
    sessions.push(b);
    couch.resetBytes();
    started = performance.now();
    await enable(b, couch, account);
    // Polled side by side: when PouchDB's buffer holds every document, and when the library does.
    let bufferedMs: number | undefined;
    await until(
      async () => {
        if (
          bufferedMs === undefined &&
          (await callBench(b.bench, 'pouchDocCount', LOCAL_DB_NAME)) >= BENCH.articles
        )
          bufferedMs = performance.now() - started;
        return callBench(b.bench, 'count');
      },
      (n) => n >= BENCH.articles,
      30 * 60_000,
    );
    const initialMs = performance.now() - started;
    const initialBytes = couch.bytes();
    // LevelDB compacts for a while after bulk writes and Chromium counts its files as they are: sizes
    // are read once the machine is quiet.
    await settle();
    const storedA = await callBench(a.bench, 'recountedUsage');
    const storedB = await callBench(b.bench, 'recountedUsage');
    const reference = await referencePull(couch, account);
    const inBrowser = await callBench(b.bench, 'plainPouchSync', `${couch.url}/${account.database}`, {
      username: account.username,
      password: account.password,
    });
    if (inBrowser.docs < BENCH.articles)
      throw new Error(`plain PouchDB received ${inBrowser.docs} documents`);
    const ratio = initialMs / reference.ms;
    const ratioInBrowser = initialMs / inBrowser.ms;

    console.log('\nInitial sync of an empty profile B');
    console.log(
      `  Jianbao (server → B's library)   ${fmt(initialMs / 1000)} s`.padEnd(50) +
        `${fmt((BENCH.articles / initialMs) * 1000, 0)} articles/s, ${mb(initialBytes.toServer + initialBytes.fromServer)}`,
    );
    console.log(
      `  reference (PouchDB → PouchDB)    ${fmt(reference.ms / 1000)} s`.padEnd(50) +
        `${fmt((BENCH.articles / reference.ms) * 1000, 0)} docs/s, ${mb(reference.bytes)}`,
    );
    console.log(
      `  reference in Chromium (PouchDB → IndexedDB PouchDB) ${fmt(inBrowser.ms / 1000)} s, ` +
        `${fmt((BENCH.articles / inBrowser.ms) * 1000, 0)} docs/s`,
    );
    console.log(
      `  ratio ${fmt(ratio, 2)}× the Node reference (target ≤ ${BENCH.targets.initialVsReference}×), ` +
        `${fmt(ratioInBrowser, 2)}× the in-browser one`,
    );
    // Applying is what Jianbao adds to PouchDB: it writes each article as a local save does, search
    // index included, so A's insert of the same articles is its reference.
    if (bufferedMs !== undefined)
      console.log(
        `  B's PouchDB buffer held every document after ${fmt(bufferedMs / 1000)} s; applying to the ` +
          `library took the remaining ${fmt((initialMs - bufferedMs) / 1000)} s, ` +
          `${fmt((initialMs - bufferedMs) / inserted.ms, 2)}× A's insert of the same articles`,
      );
    console.log(
      `  the same articles indexed locally (A's insert): ${fmt(inserted.ms / 1000)} s; Jianbao's initial ` +
        `sync is ${fmt(initialMs / Math.max(inserted.ms, inBrowser.ms), 2)}× the longer of that and the ` +
        'in-browser reference (what a library that indexes every article cannot do without)',
    );
    console.log(
      `  stored with sync on: A ${mb(storedA)} (${fmt(storedA / inserted.textBytes, 2)}× the raw text), ` +
        `B ${mb(storedB)} (${fmt(storedB / inserted.textBytes, 2)}×; target ≤ 2×)`,
    );
    console.log(
      `  bytes: B sent ${mb(initialBytes.toServer)}, received ${mb(initialBytes.fromServer)}; answers are ` +
        'compressed as each client asks (Chromium: br, Node: gzip), request bodies are not',
    );

    // Both open: B's popup lists the library; each save in A is timed until B's popup lists it.
    const popup = await b.context.newPage();
    await popup.goto(b.url('popup.html?view=library'));
    await popup.locator('.article').first().waitFor({ timeout: 60_000 });
    const extra = generateArticles(corpusTexts(), {
      count: BENCH.singleSaves,
      bodyChars: BENCH.bodyChars,
      categories: 3,
      idPrefix: `SYNC${Date.now()}`,
      seed: 7,
    });
    const visibleMs: number[] = [];
    for (const article of extra) {
      started = performance.now();
      await callBench(a.bench, 'insert', [article]);
      // What the popup and the reader do after each write: tell the worker so it pushes within seconds.
      await callBench(a.bench, 'announceWrite');
      await popup.locator(`.article[data-id="${article.id}"]`).waitFor({ timeout: 60_000 });
      visibleMs.push(performance.now() - started);
    }
    const singleMedian = median(visibleMs);
    console.log(
      `\nOne save in A until B's open popup lists it: median ${fmt(singleMedian / 1000, 2)} s ` +
        `(target ≤ ${BENCH.targets.singleChangeMedianMs / 1000} s), each: ${visibleMs.map((ms) => fmt(ms / 1000, 2)).join(', ')} s`,
    );
    console.log(
      `\nA with sync on beside C, the same library with sync off, in alternation (bench:store's figures; ` +
        'target: unchanged)',
    );
    for (const [name, off, on] of [
      [`popup first list render, median of ${BENCH.popupOpens}`, median(syncOff.popup), median(syncOn.popup)],
      [
        `search median (${queries.length} queries × ${BENCH.searchRounds})`,
        median(syncOff.search),
        median(syncOn.search),
      ],
      [
        `search p95 (${queries.length} queries × ${BENCH.searchRounds})`,
        percentile(syncOff.search, 95),
        percentile(syncOn.search, 95),
      ],
    ] as const)
      console.log(`  ${name}: off ${fmt(off)} ms, on ${fmt(on)} ms (${fmt(on / off, 2)}×)`);

    // Only a full-size run goes into the history: a quick `--articles` check is not comparable.
    if (!FULL_RUN) return;
    const logged = appendBenchLog('bench-sync', {
      articles: BENCH.articles,
      push_s: fmt(pushMs / 1000),
      initial_s: fmt(initialMs / 1000),
      initial_mb: fmt((initialBytes.toServer + initialBytes.fromServer) / 1024 / 1024),
      reference_s: fmt(reference.ms / 1000),
      reference_mb: fmt(reference.bytes / 1024 / 1024),
      ratio: fmt(ratio, 2),
      browser_reference_s: fmt(inBrowser.ms / 1000),
      ratio_browser: fmt(ratioInBrowser, 2),
      buffered_s: bufferedMs === undefined ? '' : fmt(bufferedMs / 1000),
      insert_s: fmt(inserted.ms / 1000),
      stored_b_vs_text: fmt(storedB / inserted.textBytes, 2),
      single_change_median_s: fmt(singleMedian / 1000, 2),
      popup_off_ms: fmt(median(syncOff.popup)),
      popup_on_ms: fmt(median(syncOn.popup)),
      search_median_off_ms: fmt(median(syncOff.search)),
      search_median_on_ms: fmt(median(syncOn.search)),
      search_p95_off_ms: fmt(percentile(syncOff.search, 95)),
      search_p95_on_ms: fmt(percentile(syncOn.search, 95)),
    });
    console.log(`\nlogged to ${logged}`);
  } finally {
    for (const session of sessions) await session.close().catch(() => undefined);
    await couch.stop();
  }
}

await main();
