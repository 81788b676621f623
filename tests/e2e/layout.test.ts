/**
 * Issue #21, layout as a person sees it, where a rule can be stated: no control overlaps another, every
 * checkbox sits beside its words, nothing scrolls sideways on a 390 px phone; the reader's toolbar takes
 * at most two rows there and lines up with the text column on a desktop. On the reader (light theme),
 * the options page and the highlights page, in English and Chinese. The last block breaks each rule on
 * purpose, to show the checks catch it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightOpeningWords } from './harness/highlight-opening-words.ts';
import { sharePagePosts } from '../../testkit/corpus.ts';
import {
  contentEdges,
  controlRows,
  controlsSpan,
  distanceBetween,
  looseCheckboxes,
  overlappingControls,
  sidewaysScroll,
} from './harness/layout-checks.ts';
import { launchWithLibrary, withInfoCode, type SeededLibrary } from './harness/reader-library.ts';

const posts = withInfoCode(sharePagePosts());
const subject = posts[3]!;
const NARROW = 390;
const DESKTOP = 1280;
const HEIGHT = 800;
/** The images checkbox is for the JSON export only: it sits this close to that button. */
const NEAR_ITS_BUTTON_PX = 24;

const SCREENS = {
  reader: {
    path: `reader.html?id=${subject.infoCode}`,
    ready: '.copy-markdown-button',
    scopes: ['.toolbar', '.article-header', '.article-nav'],
  },
  options: { path: 'options.html', ready: '.article-count', scopes: ['main'] },
  highlights: { path: 'highlights.html', ready: '.highlight', scopes: ['main'] },
} as const;
type Screen = keyof typeof SCREENS;

for (const locale of ['en', 'zh_CN'] as const) {
  describe(`layout in ${locale}`, () => {
    const lang = locale === 'en' ? 'en-US' : 'zh-CN';
    let library: SeededLibrary;

    beforeAll(async () => {
      library = await launchWithLibrary([{ post: subject }, { post: posts[0]! }], {
        locale: lang,
        args: [`--lang=${lang}`],
      });
      await highlightFirstWords(library);
    });

    afterAll(async () => {
      await library?.close();
    });

    async function open(screen: Screen, width: number): Promise<Page> {
      const page = await library.session.context.newPage();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(library.session.url(SCREENS[screen].path));
      await page.waitForSelector(SCREENS[screen].ready);
      return page;
    }

    for (const screen of Object.keys(SCREENS) as Screen[])
      for (const width of [NARROW, DESKTOP])
        it(`${screen} at ${width} px: no control overlaps another, checkboxes sit by their words, no sideways scroll`, async () => {
          const page = await open(screen, width);
          const { scopes } = SCREENS[screen];
          expect(await overlappingControls(page, scopes)).toEqual([]);
          for (const scope of scopes) expect(await looseCheckboxes(page, scope)).toEqual([]);
          expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
          await page.close();
        });

    it('the reader toolbar takes two rows at 390 px: where to go and Copy, then the settings', async () => {
      const page = await open('reader', NARROW);
      const rows = await controlRows(page, '.toolbar');
      expect(rows).toEqual([
        ['library-link', 'highlights-link', 'copy-markdown-button'],
        ['theme-select', 'font-smaller', 'font-larger', 'measure-narrower', 'measure-wider', 'help-button'],
      ]);
      await page.close();
    });

    it('the reader toolbar keeps to two rows at 390 px with the largest text, whose column is narrower', async () => {
      const page = await open('reader', NARROW);
      const column = await contentEdges(page, '.reader');
      await stepUntilDisabled(page, 'button.font-larger');
      expect((await contentEdges(page, '.reader')).left).toBeGreaterThan(column.left);
      expect(await controlRows(page, '.toolbar')).toHaveLength(2);
      expect(await overlappingControls(page, ['.toolbar'])).toEqual([]);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      // The text size is remembered: the next screens start from the default again.
      await stepUntilDisabled(page, 'button.font-smaller');
      await page.click('button.font-larger');
      await page.click('button.font-larger');
      await page.close();
    });

    it('the reader toolbar spans the text column at desktop width, edge to edge', async () => {
      const page = await open('reader', DESKTOP);
      const column = await contentEdges(page, '.reader');
      const toolbar = await controlsSpan(page, '.toolbar');
      expect(Math.abs(toolbar.left - column.left)).toBeLessThanOrEqual(1);
      expect(Math.abs(toolbar.right - column.right)).toBeLessThanOrEqual(1);
      await page.close();
    });

    it('Include offline images sits beside the JSON export button it changes, at both widths', async () => {
      for (const width of [NARROW, DESKTOP]) {
        const page = await open('options', width);
        const distance = await distanceBetween(page, 'button.export-json', 'input[name="images"]');
        expect(distance, `${width} px`).toBeLessThanOrEqual(NEAR_ITS_BUTTON_PX);
        await page.close();
      }
    });

    if (locale === 'en')
      describe('the rules catch a broken layout', () => {
        it('a button pulled onto its neighbour', async () => {
          const page = await open('options', DESKTOP);
          await restyle(page, 'button.export-markdown', { 'margin-top': '-40px' });
          expect(await overlappingControls(page, ['main'])).toContainEqual(
            expect.stringMatching(/^button\.export-json .* overlaps button\.export-markdown/),
          );
          await page.close();
        });

        it("a checkbox stretched away from its words, as the options' row rule once did", async () => {
          const page = await open('options', DESKTOP);
          await restyle(page, '.export-json-row label.choice', {
            'flex-direction': 'column',
            flex: '1 1 12rem',
          });
          expect(await looseCheckboxes(page, 'main')).toEqual([
            'checkbox images=on is not on a line with its words',
          ]);
          expect(await distanceBetween(page, 'button.export-json', 'input[name="images"]')).toBeGreaterThan(
            NEAR_ITS_BUTTON_PX,
          );
          await page.close();
        });

        it('a box wider than the phone', async () => {
          const page = await open('highlights', NARROW);
          await restyle(page, '.highlights-page', { 'min-width': `${NARROW + 40}px` });
          expect(await sidewaysScroll(page)).toBeGreaterThan(0);
          await page.close();
        });

        it('a toolbar that wraps into a third row, or runs past the column', async () => {
          const narrow = await open('reader', NARROW);
          await restyle(narrow, '.controls', { 'flex-wrap': 'wrap', gap: '6px 40px' });
          expect((await controlRows(narrow, '.toolbar')).length).toBeGreaterThan(2);
          await narrow.close();
          const wide = await open('reader', DESKTOP);
          await restyle(wide, '.toolbar-inner', { 'max-width': 'none' });
          const column = await contentEdges(wide, '.reader');
          expect((await controlsSpan(wide, '.toolbar')).left).toBeLessThan(column.left - 1);
          await wide.close();
        });
      });
  });
}

/** Sets inline properties through the CSSOM, which the pages' CSP allows (unlike a style tag). */
async function restyle(page: Page, selector: string, properties: Record<string, string>): Promise<void> {
  await page.$eval(
    selector,
    (el, properties) => {
      for (const [name, value] of Object.entries(properties))
        (el as HTMLElement).style.setProperty(name, value);
    },
    properties,
  );
}

/** Clicks `selector` until the limit disables it. */
async function stepUntilDisabled(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 10 && (await page.isEnabled(selector)); i++) await page.click(selector);
  expect(await page.isEnabled(selector)).toBe(false);
}

/** Highlights the subject's first words in the reader, as a person does, so the highlights page lists one. */
async function highlightFirstWords(library: SeededLibrary): Promise<void> {
  const page = await library.session.context.newPage();
  await page.goto(library.session.url(SCREENS.reader.path));
  await page.waitForSelector('.article-body p');
  await highlightOpeningWords(page);
  await page.close();
}
