/**
 * Bench-only entry: calls the real store inside the extension's origin. Built by bench-dist.ts into a temp
 * copy of dist.
 */
import {
  countArticles,
  openLibrary,
  saveArticle,
  saveArticles,
  scanSearch,
  searchArticles,
} from '../../src/store/index.ts';
import { importLibraryJson } from '../../src/export/library-io.ts';
import { libraryToJson } from '../../src/export/library-json.ts';
import { sanitizeHtml } from '../../src/extract/sanitize.ts';
import { announceLibraryWrite } from '../../src/shared/announce-write.ts';
import { toIsoWithOffset } from '../../src/shared/iso-date.ts';
import { BENCH_INSERT_BATCH, type BenchApi } from './bench-api.ts';
import PouchDB from 'pouchdb-browser';
import type { PouchDatabase } from '../../src/sync/pouch.ts';
import { generateArticles } from '../generate-articles.ts';
import { withReaderLayer } from '../generate-reader-layer.ts';

const utf8 = new TextEncoder();
const dbPromise = openLibrary();

const api: BenchApi = {
  async insert(articles, now) {
    const db = await dbPromise;
    const started = performance.now();
    await saveArticles(db, articles, now ? new Date(now) : new Date());
    return performance.now() - started;
  },
  announceWrite() {
    announceLibraryWrite();
    return Promise.resolve();
  },
  async generateAndInsert(corpus, options, layer) {
    const db = await dbPromise;
    const generated = generateArticles(corpus, options);
    const articles = layer ? withReaderLayer(generated, layer) : generated;
    let textBytes = 0;
    let htmlBytes = 0;
    for (const a of articles) {
      textBytes += utf8.encode(a.title).length + utf8.encode(a.textContent).length;
      htmlBytes += utf8.encode(a.contentHtml).length;
    }
    const base = Date.now() - articles.length * 60_000;
    let ms = 0;
    for (let i = 0; i < articles.length; i += BENCH_INSERT_BATCH) {
      const started = performance.now();
      await saveArticles(db, articles.slice(i, i + BENCH_INSERT_BATCH), new Date(base + i * 60_000));
      ms += performance.now() - started;
    }
    return { ms, textBytes, htmlBytes };
  },
  async timeImport(corpus, options) {
    const db = await dbPromise;
    const savedAt = toIsoWithOffset(new Date());
    const file = libraryToJson(
      generateArticles(corpus, options).map((a) => ({ ...a, savedAt })),
      undefined,
      new Date(),
    );
    const started = performance.now();
    const result = await importLibraryJson(db, file, (html, url) => sanitizeHtml(html, window, url));
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
    return { ms, added: result.counts.add };
  },
  async timeSaves(articles) {
    const db = await dbPromise;
    const ms: number[] = [];
    for (const article of articles) {
      const started = performance.now();
      await saveArticle(db, article);
      ms.push(performance.now() - started);
    }
    return ms;
  },
  async time(queries, mode, limit) {
    const db = await dbPromise;
    const ms: number[] = [];
    const hits: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      const found =
        mode === 'index' ? await searchArticles(db, query, { limit }) : await scanSearch(db, query);
      ms.push(performance.now() - started);
      hits.push(found.length);
    }
    return { ms, hits };
  },
  collectGarbage() {
    const { gc } = globalThis as { gc?: () => void };
    gc?.();
    return Promise.resolve(gc !== undefined);
  },
  async usage() {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
  async recountedUsage() {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('jianbao-bench-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('probe');
      open.onerror = () => reject(open.error ?? new Error('the probe database did not open'));
      open.onsuccess = () => {
        const tx = open.result.transaction('probe', 'readwrite');
        tx.objectStore('probe').put(Date.now(), 'written');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error ?? new Error('the probe write failed'));
      };
    });
    return api.usage();
  },
  async count() {
    return countArticles(await dbPromise);
  },
  async pouchDocCount(name) {
    const db = new PouchDB(name, { skip_setup: true }) as PouchDatabase;
    try {
      const info = (await db.info()) as { doc_count?: number };
      return info.doc_count ?? 0;
    } finally {
      await db.close();
    }
  },
  async plainPouchSync(url, auth) {
    // Nothing of Jianbao: PouchDB's own one-shot sync into an empty IndexedDB PouchDB of this browser.
    const local = new PouchDB(`bench-plain-${Date.now()}`) as PouchDatabase;
    const remote = new PouchDB(url, { skip_setup: true, auth }) as PouchDatabase;
    const started = performance.now();
    await local.sync(remote, {});
    const ms = performance.now() - started;
    const docs = ((await local.info()) as { doc_count?: number }).doc_count ?? 0;
    await local.destroy();
    await remote.close();
    return { ms, docs };
  },
};

globalThis.jianbaoBench = api;
