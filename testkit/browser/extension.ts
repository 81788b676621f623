/** Launches Debian's Chromium with the built extension loaded, as a person would have it. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const DIST = resolve('dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Extra Chromium flags. */
  args?: string[];
  /** Real host names to serve from the loopback fixture server (URLs keep the server's port). */
  loopbackHosts?: string[];
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Called with the profile's directory before Chromium starts in it (to put part of it elsewhere). */
  beforeLaunch?: (userDataDir: string) => void;
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  url(path: string): string;
  /** The Chromium tab id of a page (for `popup.html?tab=<id>`). */
  tabIdOf(page: Page): Promise<number>;
  /** Every record in IndexedDB `jianbao` / `articles`, read inside the extension. */
  readArticles(): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/**
 * Nothing leaves the machine: only 127.0.0.1, and the hosts mapped to it, resolve. A link or image on a
 * real host (the corpus bodies carry CDN images) fails at once, as it would offline, instead of reaching
 * the network.
 */
export function hostResolverRules(loopbackHosts: readonly string[] = []): string {
  const rules = [
    ...loopbackHosts.map((host) => `MAP ${host} 127.0.0.1`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ];
  return `--host-resolver-rules=${rules.join(', ')}`;
}

/**
 * The fixture server stands in for the sites a person has given Jianbao access to (the manifest's optional
 * "all sites" access, asked for on the options page). Chromium offers automation no way to answer its
 * permission prompt, so the test copy of the manifest holds that grant for the loopback host alone.
 * Real host names mapped to loopback (`loopbackHosts`) keep only the access the manifest itself asks for.
 */
export function grantLoopback(extensionDir: string): void {
  const file = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

/**
 * Chromium flags that load the extension in `dir`. Playwright's defaults include --disable-extensions, so
 * both are needed; given again later on the command line, they win over earlier ones (a test page's copy
 * of dist/ over the launcher's own).
 */
export const loadExtensionArgs = (dir: string): string[] => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
];

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const profile = mkdtempSync(join(tmpdir(), 'jianbao-e2e-'));
  // Each run loads its own copy, so a rebuild of dist/ during a run cannot pull files from under it.
  const extensionDir = join(profile, 'extension');
  cpSync(DIST, extensionDir, { recursive: true });
  grantLoopback(extensionDir);
  const userDataDir = join(profile, 'user-data');
  options.beforeLaunch?.(userDataDir);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      args: [
        ...loadExtensionArgs(extensionDir),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        hostResolverRules(options.loopbackHosts),
        ...(options.args ?? []),
      ],
    });
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    const opened = context;
    return {
      context: opened,
      worker,
      extensionId,
      url: (path) => `chrome-extension://${extensionId}/${path}`,
      async tabIdOf(page) {
        const pageUrl = page.url();
        const id = await worker.evaluate(async (url: string) => {
          const tabs = await chrome.tabs.query({});
          return tabs.find((tab) => tab.url === url)?.id;
        }, pageUrl);
        if (id === undefined) throw new Error(`no tab shows ${pageUrl}`);
        return id;
      },
      readArticles: () =>
        worker.evaluate(async () => {
          // Opening a database that does not exist would create an empty one and confuse the extension's
          // upgrade.
          if (!(await indexedDB.databases()).some((info) => info.name === 'jianbao')) return [];
          return new Promise<Array<Record<string, unknown>>>((resolvePromise, reject) => {
            const open = indexedDB.open('jianbao');
            open.onerror = () => reject(open.error ?? new Error('the jianbao database did not open'));
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('articles')) {
                db.close();
                resolvePromise([]);
                return;
              }
              const request = db.transaction('articles').objectStore('articles').getAll();
              request.onsuccess = () => {
                db.close();
                resolvePromise(request.result as Array<Record<string, unknown>>);
              };
              request.onerror = () => reject(request.error ?? new Error('reading the articles failed'));
            };
          });
        }),
      async close() {
        await opened.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Polls `read` until `accept` holds or the time runs out; returns the last value either way. */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
