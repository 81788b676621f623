/**
 * Helpers for the hostile-page suite: serve the corpus, and watch every tab for the traces a payload
 * leaves when it runs (dialogs, the marker global, CSP refusals, beacon requests).
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import {
  hostileSharePage,
  loadHostileCases,
  MARKER,
  postFor,
  SHARE_PATH,
  type HostileCase,
} from '../../fixtures/hostile/cases.ts';
import type { FixtureServer } from './fixture-server.ts';

/** A 1×1 PNG, so the corpus's `/img/ok.png` is a real picture the reader may load. */
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Serves every case at its share-page URL; returns the cases in serving order. */
export function serveHostileCases(server: FixtureServer): HostileCase[] {
  const cases = loadHostileCases();
  const byCode = new Map(cases.map((hostile, index) => [hostile.infoCode, { hostile, index }]));
  server.route(SHARE_PATH, (_request, url) => {
    const found = byCode.get(url.searchParams.get('infoCode') ?? '');
    return found
      ? { body: hostileSharePage(found.hostile, postFor(found.index), server.origin) }
      : { status: 404, body: 'gone' };
  });
  server.route('/img/ok.png', { type: 'image/png', body: PNG_1PX });
  return cases;
}

export interface Trace {
  /** The page's URL when it happened. */
  url: string;
  text: string;
}

export interface PageWatch {
  dialogs: Trace[];
  /**
   * Console errors where the page's CSP refused something: on an extension page, what the sanitizer let
   * through.
   */
  cspRefusals: Trace[];
}

/** Watches every page the context opens from now on; dialogs are recorded and dismissed. */
export function watchPages(context: BrowserContext): PageWatch {
  const watch: PageWatch = { dialogs: [], cspRefusals: [] };
  const attach = (page: Page): void => {
    page.on('dialog', (dialog) => {
      watch.dialogs.push({ url: page.url(), text: dialog.message() });
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        watch.cspRefusals.push({ url: page.url(), text: message.text() });
      }
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return watch;
}

/** Case ids named by beacon requests in `requests` (`/beacon/img-onerror/relative.png` → `img-onerror`). */
export function beaconIds(requests: readonly string[]): string[] {
  return requests
    .filter((path) => path.startsWith(MARKER.beaconPath))
    .map((path) => path.slice(MARKER.beaconPath.length).split(/[/?.]/)[0]!);
}

/**
 * What a rendered extension page shows of a payload: the marker global, elements that can run or load
 * and attributes that can run or load, inside `contentSelector` (the part of the page that shows stored
 * data). `ownControls` names the page's own forms inside that part (the reader's note and tag fields):
 * their form elements are the extension's, so only their attributes are checked.
 */
export function inspectRendered(
  page: Page,
  contentSelector: string,
  ownControls = '',
): Promise<{ marker: unknown; findings: string[] }> {
  return page.evaluate(
    ({ global, contentSelector, ownControls }) => {
      const findings: string[] = [];
      const risky =
        'script, iframe, frame, object, embed, form, base, meta, svg, math, style, link, input, textarea, template';
      const inContent = [...document.querySelectorAll(contentSelector)].flatMap((root) => [
        root,
        ...root.querySelectorAll('*'),
      ]);
      const ours = (el: Element) => ownControls !== '' && el.closest(ownControls) !== null;
      for (const el of inContent)
        if (el.matches(risky) && !ours(el)) findings.push(`element ${el.nodeName.toLowerCase()}`);
      for (const el of inContent) {
        for (const attr of [...el.attributes]) {
          if (
            /^on/i.test(attr.name) ||
            attr.name === 'style' ||
            attr.name === 'srcdoc' ||
            attr.name === 'formaction'
          ) {
            findings.push(`attribute ${attr.name} on ${el.nodeName.toLowerCase()}`);
          }
          if (/^\s*(javascript|vbscript|data:text)/i.test(attr.value))
            findings.push(`${attr.name}=${attr.value.slice(0, 40)}`);
        }
      }
      return { marker: (window as unknown as Record<string, unknown>)[global], findings };
    },
    { global: MARKER.global, contentSelector, ownControls },
  );
}

/** Ids of the stored articles (keys only: cheap to poll while dozens of bodies are stored). */
export function storedIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((info) => info.name === 'jianbao')) return [];
    return new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('jianbao');
      open.onerror = () => reject(open.error ?? new Error('the jianbao database did not open'));
      open.onsuccess = () => {
        const db = open.result;
        const request = db.transaction('articles').objectStore('articles').getAllKeys();
        request.onsuccess = () => {
          db.close();
          resolve(request.result.map(String));
        };
        request.onerror = () => reject(request.error ?? new Error('reading the article ids failed'));
      };
    });
  });
}

export interface LibraryState {
  articles: Array<{ id: string; title: string; textLength: number }>;
  summaryIds: string[];
  /** `meta.stats.docCount`, when the store keeps it. */
  docCount?: number;
}

/**
 * Reads the library from an extension page (works while the worker is stopped); undefined when it cannot be
 * opened.
 */
export function readLibrary(extensionPage: Page): Promise<LibraryState | string> {
  return extensionPage.evaluate(
    () =>
      new Promise<LibraryState | string>((resolve) => {
        const open = indexedDB.open('jianbao');
        open.onerror = () => resolve(String(open.error));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'summaries', 'meta']);
          const articles = tx.objectStore('articles').getAll();
          const summaries = tx.objectStore('summaries').getAllKeys();
          const stats = tx.objectStore('meta').get('stats');
          tx.oncomplete = () => {
            db.close();
            resolve({
              articles: (articles.result as Array<{ id: string; title: string; textContent: string }>).map(
                (a) => ({
                  id: a.id,
                  title: a.title,
                  textLength: a.textContent.length,
                }),
              ),
              summaryIds: summaries.result.map(String),
              docCount: (stats.result as { docCount?: number } | undefined)?.docCount,
            });
          };
          tx.onerror = () => resolve(String(tx.error));
        };
      }),
  );
}

/** The extension's service worker target while one runs. */
async function runningWorker(
  cdp: CDPSession,
  extensionId: string,
): Promise<{ targetId: string } | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  return targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

/** Stops the extension's service worker the way Chromium does when it is killed: its target is closed. */
export async function stopServiceWorker(
  context: BrowserContext,
  extensionPage: Page,
  extensionId: string,
): Promise<boolean> {
  const cdp = await context.newCDPSession(extensionPage);
  try {
    const worker = await runningWorker(cdp, extensionId);
    if (!worker) return false;
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    return true;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Stops the extension's service worker over and over until `stop()`, which answers how many times a running
 * worker was stopped. Each worker runs `graceMs` from when it is first seen, long enough to start and take
 * the requests waiting for it, then is stopped wherever it is: a worker stopped while it still starts up
 * answers no request, and Chromium hands the requests to the next one, so stopping on sight would only
 * delay them. One CDP session serves every stop, so the checks are `pauseMs` apart.
 */
export async function keepStoppingServiceWorker(
  context: BrowserContext,
  extensionPage: Page,
  extensionId: string,
  { pauseMs, graceMs }: { pauseMs: number; graceMs: number },
): Promise<{ stop: () => Promise<number> }> {
  const cdp = await context.newCDPSession(extensionPage);
  let stopped = false;
  let kills = 0;
  // When the running worker was first seen; a restarted worker keeps its target id, so time is what tells.
  let seenSince: number | undefined;
  const loop = (async () => {
    while (!stopped) {
      const worker = await runningWorker(cdp, extensionId);
      if (!worker) seenSince = undefined;
      else {
        seenSince ??= Date.now();
        // The worker may be gone by the time the close arrives: that stop simply does not count.
        if (Date.now() - seenSince >= graceMs) {
          seenSince = undefined;
          kills += await cdp.send('Target.closeTarget', { targetId: worker.targetId }).then(
            () => 1,
            () => 0,
          );
        }
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      await cdp.detach().catch(() => undefined);
      return kills;
    },
  };
}
