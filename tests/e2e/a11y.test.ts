/**
 * Issue #5 §4: landmarks, labels, focus order and contrast. axe-core runs against the popup's library
 * view, the reader (light, dark and sepia) and the options page, with a library that has articles in it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { describeViolations, runAxe, seriousOrWorse, type AxeViolation } from './harness/axe.ts';
import { DIST } from '../../testkit/browser/extension.ts';
import {
  launchWithLibrary,
  shareUrlOf,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';

const posts = withInfoCode(sharePagePosts());
const items: ShareItem[] = [
  { post: posts[4]! },
  { post: posts[5]!, source: '每日经济新闻' },
  { post: posts[6]! },
];
// Shares its category with posts[4], so the previous/next links are there too.
const readerId = posts[5]!.infoCode;

let library: SeededLibrary;

beforeAll(async () => {
  library = await launchWithLibrary(items);
});

afterAll(async () => {
  await library?.close();
});

async function open(path: string, ready: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await library.session.context.newPage();
  await page.goto(library.session.url(path));
  await ready(page);
  return page;
}

const openReader = (colorScheme: 'light' | 'dark' = 'light') =>
  open(`reader.html?id=${readerId}`, async (page) => {
    await page.emulateMedia({ colorScheme });
    await page.waitForSelector('.article-nav');
  });

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = seriousOrWorse(await runAxe(page));
  expect(describeViolations(violations)).toEqual([]);
}

describe('axe-core finds no serious or critical violations', () => {
  it('in the reader, light theme', async () => {
    const page = await openReader('light');
    expect(await page.$eval('body', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(253, 253, 251)');
    await expectNoSeriousViolations(page);
    await page.close();
  });

  it('in the reader, dark theme', async () => {
    const page = await openReader('dark');
    expect(await page.$eval('body', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(27, 27, 29)');
    await expectNoSeriousViolations(page);
    await page.close();
  });

  it('in the reader, sepia theme, with the shortcut list open', async () => {
    const page = await openReader('light');
    await page.selectOption('.theme-select', 'sepia');
    expect(await page.$eval('body', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(244, 236, 216)');
    await expectNoSeriousViolations(page);
    // While the modal list is open the rest of the page is inert, so axe checks the list itself.
    await page.keyboard.press('?');
    await page.waitForSelector('.shortcut-help[open]');
    await expectNoSeriousViolations(page);
    await page.close();
  });

  it('in the popup library view', async () => {
    const title = posts[6]!.title;
    const page = await open('popup.html?view=library', (p) => p.getByText(title).first().waitFor());
    await expectNoSeriousViolations(page);
    await page.close();
  });

  it("in the popup library view with a row's actions shown, light and dark", async () => {
    const title = posts[6]!.title;
    const page = await open('popup.html?view=library', (p) => p.getByText(title).first().waitFor());
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Hovered and focused, so the words under the glyphs are drawn and axe weighs their contrast.
      await page.locator('.article').first().hover();
      await page.locator('.article .article-link').first().focus();
      await expectNoSeriousViolations(page);
    }
    await page.close();
  });

  it("in the popup's save view, after saving the tab it was opened on", async () => {
    const tab = await library.session.context.newPage();
    await tab.goto(shareUrlOf(library.server, items[0]!));
    const tabId = await library.session.tabIdOf(tab);
    const page = await open(`popup.html?tab=${tabId}`, (p) =>
      p.locator('.save-status[data-state="saved"]').waitFor(),
    );
    await expectNoSeriousViolations(page);
    await Promise.all([page.close(), tab.close()]);
  });

  it('in the options page', async () => {
    // Built by another part of the project; its absence is a failure to report, not a reason to skip.
    expect(
      existsSync(join(DIST, 'options.html')),
      'dist/options.html is missing: the options page is not built',
    ).toBe(true);
    const page = await open('options.html', (p) =>
      p.waitForFunction(() => (document.getElementById('app')?.children.length ?? 0) > 0),
    );
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
    await page.close();
  });
});

/**
 * axe's landmark and page-structure rules,
 * whose findings rank only "moderate", so the test above lets them by.
 */
const STRUCTURE_RULES = [
  'landmark-one-main',
  'region',
  'page-has-heading-one',
  'landmark-unique',
  'landmark-no-duplicate-main',
  'html-has-lang',
  'document-title',
];
const structureFindings = (violations: AxeViolation[]): string[] =>
  describeViolations(violations.filter((v) => STRUCTURE_RULES.includes(v.id)));

describe('popup and options page structure', () => {
  it('the popup: one main, one h1, every piece of content inside a landmark, a language and a title', async () => {
    const page = await open('popup.html?view=library', (p) =>
      p.locator('.library[aria-busy="false"]').waitFor(),
    );
    expect(structureFindings(await runAxe(page))).toEqual([]);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });

  it('the options page: the same, with one heading per section', async () => {
    const page = await open('options.html', (p) => p.locator('main.options h1').waitFor());
    await page.waitForLoadState('networkidle');
    expect(structureFindings(await runAxe(page))).toEqual([]);
    const sections = await page.locator('main section.card').count();
    expect(sections).toBeGreaterThanOrEqual(7);
    expect(await page.locator('main section.card h2').count()).toBe(sections);
    await page.close();
  });
});

describe('reader landmarks, labels and focus', () => {
  it('has one banner, one main, a labelled navigation, and a page language', async () => {
    const page = await openReader();
    const landmarks = await page.evaluate(() => ({
      banner: document.querySelectorAll('body > #app > header').length,
      main: document.querySelectorAll('main').length,
      nav: [...document.querySelectorAll('nav')].map((nav) => nav.getAttribute('aria-label')),
      lang: document.documentElement.lang,
      articleLang: document.querySelector('article')?.getAttribute('lang'),
      h1: document.querySelectorAll('h1').length,
    }));
    expect(landmarks.banner).toBe(1);
    expect(landmarks.main).toBe(1);
    expect(landmarks.nav).toHaveLength(1);
    expect(landmarks.nav[0]).toContain('每日经济新闻');
    expect(landmarks.lang).toMatch(/^en/);
    expect(landmarks.articleLang).toBe('zh-CN');
    expect(landmarks.h1).toBe(1);
    await page.close();
  });

  it('gives every control an accessible name in words', async () => {
    const page = await openReader();
    // Names as a screen reader gets them (Playwright computes the accessible name), not the symbols shown.
    const buttons = [
      'Smaller text',
      'Larger text',
      'Narrower column',
      'Wider column',
      'Keyboard shortcuts',
      'Copy as Markdown',
      // The reader's own layer under the title (issue 17).
      'Favourite',
      'Archive',
      'Remove tag 每日经济新闻新闻',
      'Add tag',
      'Save note',
    ];
    for (const name of buttons)
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    expect(await page.getByRole('button').count()).toBe(buttons.length);
    expect(await page.getByRole('combobox', { name: 'Theme', exact: true }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Text size', exact: true }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Column width', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Original page', exact: true }).count()).toBe(1);
    await page.close();
  });

  it('tabs through the controls, then the article, then previous/next, in reading order, with a visible focus ring', async () => {
    const page = await openReader();
    const visited: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const outline = getComputedStyle(el).outlineStyle;
        return { key: el.className || el.tagName.toLowerCase(), outline };
      });
      if (!focused) break;
      expect(focused.outline, `${focused.key} shows no focus outline`).not.toBe('none');
      visited.push(focused.key);
      if (focused.key === 'nav-next' || focused.key === 'nav-previous') break;
    }
    // The toolbar's rows in order: where to go and Copy as Markdown, then the reading settings.
    expect(visited.slice(0, 9)).toEqual([
      'library-link',
      'highlights-link',
      'copy-markdown-button',
      'theme-select',
      'font-smaller',
      'font-larger',
      'measure-narrower',
      'measure-wider',
      'help-button',
    ]);
    expect(visited[9]).toBe('original-link');
    expect(visited.at(-1)).toMatch(/^nav-/);
    await page.close();
  });

  it('moves focus into the shortcut list and back to its button when it closes', async () => {
    const page = await openReader();
    await page.click('.help-button');
    await page.waitForSelector('.shortcut-help[open]');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.shortcut-help')))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.shortcut-help', { state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('help-button');
    await page.close();
  });
});
