/**
 * The same contest inside Chromium, where the extension really runs: jsdom's DOM is written in JavaScript
 * and costs tens of microseconds per node, so a 5 MB page of real news markup (~80k nodes) says more about
 * jsdom than about the extractor. The page is loaded as the browser would load it (no scripts), then
 * Jianbao's bundled `extract()` and Readability run on it in alternation.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { BenchPage } from './bench-pages.ts';
import { repoRoot } from '../../testkit/corpus.ts';
import { median } from './timing.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The page's own scripts (not JSON-LD data): a saved page never runs them, and the bench must not either. */
const PAGE_SCRIPT = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi;

/** Exposes both engines on `globalThis.benchEngines`. */
const ENTRY = `
import { Readability } from '@mozilla/readability';
import { extract, sanitizeHtml } from './src/extract/index.ts';
let finished = '';
globalThis.benchEngines = {
  jianbao: (url) => { const r = extract(document, url); finished = r.ok ? r.article.contentHtml : ''; return r.ok ? r.article.textContent.length : -1; },
  readability: () => { const r = new Readability(document.cloneNode(true)).parse(); return r ? r.textContent.length : -1; },
  // The floor of the adapter path: DOMPurify alone, on the body Jianbao just produced (already clean).
  purify: (url) => sanitizeHtml(finished, window, url).length,
};`;

export interface BrowserTimes {
  jianbao: number[];
  readability: number[];
  /** DOMPurify alone on Jianbao's finished body: what every extraction pays at least. */
  purify: number[];
  jianbaoChars: number;
  readabilityChars: number;
  purifyChars: number;
}

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

/** Runs `fn` with a fresh headless Chromium tab that has both engines loaded on demand. */
async function withBrowser<T>(fn: (open: (page: BenchPage) => Promise<Page>) => Promise<T>): Promise<T> {
  const code = await bundle();
  // `gc()` in the page: each timed call starts from a collected heap, not the previous engine's garbage.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--js-flags=--expose-gc'],
  });
  try {
    return await fn(async (page) => {
      const tab = await browser.newPage();
      // Served from its own URL so relative links resolve as on the site; nothing leaves the machine.
      await tab.route('**/*', (route) =>
        route.request().url() === page.url
          ? route.fulfill({
              contentType: 'text/html; charset=utf-8',
              body: page.html.replace(PAGE_SCRIPT, ''),
            })
          : route.abort(),
      );
      await tab.goto(page.url, { waitUntil: 'domcontentloaded' });
      await tab.addScriptTag({ content: code });
      return tab;
    });
  } finally {
    await browser.close();
  }
}

/**
 * One sample calls an engine again until this much time has passed, and takes the mean: a page that is
 * not cross-origin isolated reads `performance.now()` in steps of 0.1 ms, the size of a whole extraction
 * of a short page. A 5 MB page takes one call.
 */
const MIN_SAMPLE_MS = 20;

async function race(tab: Page, url: string, runs: number): Promise<BrowserTimes> {
  const times: BrowserTimes = {
    jianbao: [],
    readability: [],
    purify: [],
    jianbaoChars: 0,
    readabilityChars: 0,
    purifyChars: 0,
  };
  for (let i = 0; i < runs; i++) {
    for (const engine of ['jianbao', 'readability', 'purify'] as const) {
      const { ms, chars } = await tab.evaluate(
        ([name, u, minMs]) => {
          const scope = globalThis as unknown as {
            benchEngines: Record<string, (u: string) => number>;
            gc?: () => void;
          };
          const engines = scope.benchEngines;
          scope.gc?.();
          const t = performance.now();
          let calls = 0;
          let chars: number;
          do {
            chars = engines[name]!(u);
            calls++;
          } while (performance.now() - t < minMs);
          return { ms: (performance.now() - t) / calls, chars };
        },
        [engine, url, MIN_SAMPLE_MS] as const,
      );
      times[engine].push(ms);
      times[`${engine}Chars`] = chars;
    }
  }
  return times;
}

/**
 * Times each engine `runs` times per page in one headless Chromium; ms from `performance.now()` in the page.
 */
export async function timeInChromium(pages: BenchPage[], runs: number): Promise<BrowserTimes[]> {
  return withBrowser(async (open) => {
    const out: BrowserTimes[] = [];
    for (const page of pages) {
      const tab = await open(page);
      out.push(await race(tab, page.url, runs));
      await tab.close();
    }
    return out;
  });
}

export const summarize = (xs: number[]) => `cold ${xs[0]!.toFixed(0)} ms, median ${median(xs).toFixed(0)} ms`;
