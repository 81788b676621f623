/**
 * Screenshots for a person to look at (`npm run shots`, also part of the e2e run): every screen — popup,
 * reader in three themes, options, the highlights page and the in-page notice — in
 * English and Chinese, at a phone-like 420 px and at desktop width, written to tests/artifacts/shots/
 * (ignored by git). The checks make sure each file is a real, distinct picture and that no screen scrolls
 * sideways at the narrow width.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightOpeningWords } from './harness/highlight-opening-words.ts';
import { sharePagePosts } from '../../testkit/corpus.ts';
import {
  launchWithLibrary,
  shareUrlOf,
  solidPng,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';
import { noticeButtonTops } from './harness/notice.ts';
import { waitFor } from '../../testkit/browser/extension.ts';

const SHOTS = resolve('tests/artifacts/shots');
const posts = withInfoCode(sharePagePosts());
const IMAGE_PATH = '/img/chart.png';
/** The reader's subject, with one served image so the screenshot shows how pictures sit in the column. */
const featured: ShareItem = {
  post: posts[3]!,
  body: posts[3]!.body.replace(
    '</p>',
    `</p><figure><img src="${IMAGE_PATH}" alt="示意图"><figcaption>图：示意图说明</figcaption></figure>`,
  ),
};
const items: ShareItem[] = [{ post: posts[0]! }, { post: posts[8]! }, featured, { post: posts[1]! }];

const NARROW = 420;
const DESKTOP = 1280;
const HEIGHT = 800;
/** The reader themes a person picks from (`system` follows one of the first two). */
const THEMES = ['light', 'dark', 'sepia'] as const;

/** PNG width and height from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectPicture(file: string, width: number): void {
  expect(pngSize(file).width).toBe(width);
  expect(statSync(file).size).toBeGreaterThan(8_000); // text and controls, not a blank page
}

/** Sideways scrolling at a narrow width means something does not fit. */
async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const locale of ['en', 'zh_CN'] as const) {
  describe(`screens in ${locale}`, () => {
    const dir = join(SHOTS, locale);
    const lang = locale === 'en' ? 'en-US' : 'zh-CN';
    let library: SeededLibrary;

    beforeAll(async () => {
      mkdirSync(dir, { recursive: true });
      library = await launchWithLibrary(items, {
        locale: lang,
        args: [`--lang=${lang}`],
        setup: (server) => server.route(IMAGE_PATH, { type: 'image/png', body: solidPng(640, 240) }),
      });
    });

    afterAll(async () => {
      await library?.close();
    });

    async function open(path: string, width: number, ready: string): Promise<Page> {
      const page = await library.session.context.newPage();
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(library.session.url(path));
      await page.waitForSelector(ready);
      return page;
    }

    it('writes the popup at 420 px, with no sideways scrolling', async () => {
      const page = await open('popup.html?view=library', NARROW, '[role="listbox"], ul, main');
      await page.getByText(posts[1]!.title).first().waitFor();
      await expectNoSidewaysScroll(page, 'popup');
      const file = join(dir, `popup-${NARROW}.png`);
      await page.screenshot({ path: file });
      await page.close();
      expectPicture(file, NARROW);
    });

    it('highlights a sentence in the reader, as a person does, so the other shots show one', async () => {
      const page = await open(`reader.html?id=${featured.post.infoCode}`, DESKTOP, '.article-body p');
      await highlightOpeningWords(page);
      await page.close();
    });

    it('writes the reader in three themes at both widths', async () => {
      for (const width of [NARROW, DESKTOP]) {
        const page = await open(`reader.html?id=${featured.post.infoCode}`, width, '.article-title');
        await page.waitForFunction(() => [...document.querySelectorAll('img')].every((img) => img.complete));
        if (width === NARROW) await expectNoSidewaysScroll(page, 'reader');
        const files: string[] = [];
        for (const theme of THEMES) {
          // `t` cycles the theme, as a reader would press it, until this one is on.
          for (let i = 0; i < 4 && (await page.getAttribute('html', 'data-theme')) !== theme; i++)
            await page.keyboard.press('t');
          expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
          const file = join(dir, `reader-${theme}-${width}.png`);
          await page.screenshot({ path: file });
          files.push(file);
        }
        await page.close();
        for (const file of files) expectPicture(file, width);
        const bytes = files.map((file) => readFileSync(file).toString('base64'));
        expect(new Set(bytes).size).toBe(THEMES.length);
      }
    });

    it('writes the options page at both widths', async () => {
      for (const width of [NARROW, DESKTOP]) {
        const page = await open('options.html', width, 'h1');
        if (width === NARROW) await expectNoSidewaysScroll(page, 'options');
        const file = join(dir, `options-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        expectPicture(file, width);
      }
    });

    it('writes the highlights page at both widths', async () => {
      for (const width of [NARROW, DESKTOP]) {
        const page = await open('highlights.html', width, 'h1');
        if (width === NARROW) await expectNoSidewaysScroll(page, 'highlights');
        const file = join(dir, `highlights-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        expectPicture(file, width);
      }
    });

    it('writes the in-page notice on a share page at both widths', async () => {
      for (const width of [NARROW, DESKTOP]) {
        const page = await library.session.context.newPage();
        await page.setViewportSize({ width, height: HEIGHT });
        await page.goto(shareUrlOf(library.server, items[0]!));
        // Saved (or updated) has two buttons; the saving state before it has one.
        await waitFor(
          () => noticeButtonTops(library.session.context, page),
          (tops) => tops.length === 2,
        );
        const file = join(dir, `notice-${width}.png`);
        await page.screenshot({ path: file });
        await page.close();
        expectPicture(file, width);
      }
    });
  });
}
