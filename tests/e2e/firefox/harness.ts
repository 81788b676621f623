/**
 * Debian's firefox-esr with the Firefox build (dist-firefox/) installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi (playwright-core cannot drive stock Firefox).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type EvaluateFunc, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../build/manifest-for.ts';

export const DIST_FIREFOX = resolve('dist-firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed through the `extensions.webextensions.uuids` pref: installExtension does not return it. */
const EXTENSION_UUID = '7b0e6f1c-2b7d-4d51-9f5e-1a2b3c4d5e6f';

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>` */
  url(path: string): string;
  /**
   * Opens an extension page and waits for `ready` in it. Firefox sends no load event for
   * moz-extension pages over BiDi, so the navigation is started without waiting and the selector is
   * waited for instead.
   */
  openExtensionPage(path: string, ready: string, timeoutMs?: number): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * Host access the test copy of the manifest holds as granted (`http://127.0.0.1/*` for a loopback sync
   * server): Firefox's permission prompt, like Chromium's, cannot be answered by automation.
   */
  grantHosts?: string[];
}

/** A copy of dist-firefox/ whose manifest also asks for `hosts`, in `profile`. */
function extensionWithHosts(profile: string, hosts: readonly string[]): string {
  const dir = join(profile, 'extension');
  cpSync(DIST_FIREFOX, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json')))
    throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first');
  if (!existsSync(FIREFOX))
    throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr (see .ci/run)`);
  const profile = mkdtempSync(join(tmpdir(), 'jianbao-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      userDataDir: profile,
      // Without it Firefox refuses to navigate a tab to moz-extension:// pages for the driver.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Keep the run offline: no update checks, telemetry or first-run pages.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.shell.checkDefaultBrowser': false,
        // Nothing leaves the machine: every non-loopback request goes to a closed local port and fails at
        // once (Firefox never sends loopback through a proxy), like Chromium's host-resolver rules.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': '',
        'network.dns.disablePrefetch': true,
      },
    });
    // Awaited, unlike `enableExtensions`, which races with the first navigation.
    await browser.installExtension(
      options.grantHosts?.length ? extensionWithHosts(profile, options.grantHosts) : DIST_FIREFOX,
    );
    const opened = browser;
    const url = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path}`;
    return {
      browser: opened,
      url,
      async openExtensionPage(path, ready, timeoutMs = 15_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const page = await opened.newPage();
          void page.goto(url(path)).catch(() => undefined);
          try {
            await page.waitForSelector(ready, { timeout: Math.max(1, deadline - Date.now()) });
            return page;
          } catch (error) {
            await page.close().catch(() => undefined);
            // A wait can fail when the realm it started in goes away under it ("right-hand side of 'in'
            // should be an object, got null"), and that tab can stay stuck: open the page again in a new
            // tab. A real timeout still fails.
            if (Date.now() >= deadline || (error as Error).name === 'TimeoutError') throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        }
      },
      async close() {
        await opened.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Runs `fn` in the page every 100 ms until it returns something truthy, and returns that (or undefined
 * after `timeoutMs`). Puppeteer's waitForFunction stops with "Waiting failed" on Firefox ESR 140 when the
 * realm it waits in is replaced; each evaluate here stands alone, so a replaced realm costs one try.
 */
export async function pollPage<A extends unknown[], F extends EvaluateFunc<A>>(
  page: Page,
  fn: F,
  timeoutMs: number,
  ...args: A
): Promise<Awaited<ReturnType<F>> | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, ...args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
