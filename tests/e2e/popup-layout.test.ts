/**
 * Issue #21, the popup as a person sees it: what the layout leaves visible, measured in the page. One
 * article per source, as share pages usually file them, so every group has a single row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { launchWithLibrary, withInfoCode, type SeededLibrary } from './harness/reader-library.ts';

const posts = withInfoCode(sharePagePosts());
const items = posts.slice(0, 9).map((post) => ({ post }));

let library: SeededLibrary;

beforeAll(async () => {
  library = await launchWithLibrary(items);
});

afterAll(async () => {
  await library?.close();
});

async function openAt(path: string, width: number, height = 600): Promise<Page> {
  const page = await library.session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(library.session.url(path));
  await page.locator('.library[aria-busy="false"] .article').first().waitFor();
  return page;
}

/** Scrolls the list to its end, as a person drags it, and waits for the window to render there. */
async function scrollListToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const viewport = document.querySelector('.list-viewport')!;
    viewport.scrollTop = viewport.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
  await page.locator(`.article[data-row="${items.length * 2 - 1}"]`).waitFor();
}

/** Where the list's last row, the list and the keyboard-hint line are, and what lies at the row's foot. */
const lastRowGeometry = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.article')];
    const last = rows[rows.length - 1]!;
    const box = last.getBoundingClientRect();
    const list = document.querySelector('.list-viewport')!;
    const hint = document.querySelector('.keyboard-hint')!.getBoundingClientRect();
    const atFoot = document.elementFromPoint(box.left + 4, box.bottom - 2);
    return {
      rowBottom: box.bottom,
      listBottom: list.getBoundingClientRect().bottom,
      listEdge: getComputedStyle(list).borderBottomWidth,
      hintTop: hint.top,
      footIsRow: atFoot !== null && last.contains(atFoot),
    };
  });

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the library in a tab at 390 px', () => {
  it('scrolls nowhere sideways, and its last row ends above the keyboard-hint line, with an edge between', async () => {
    const page = await openAt('popup.html?view=library', 390);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await scrollListToEnd(page);
    const geometry = await lastRowGeometry(page);
    expect(geometry.rowBottom).toBeLessThanOrEqual(geometry.listBottom);
    expect(geometry.hintTop).toBeGreaterThanOrEqual(geometry.listBottom);
    expect(geometry.listEdge).toBe('1px');
    expect(geometry.footIsRow).toBe(true);
    await page.close();
  });
});

describe('the toolbar popup, 420 by 600 px', () => {
  it('its last row ends above the keyboard-hint line too', async () => {
    const page = await openAt('popup.html?view=library', 420);
    // The toolbar popup's own size: no `data-page`, so the list keeps its fixed height.
    await page.evaluate(() => delete document.documentElement.dataset['page']);
    await scrollListToEnd(page);
    const geometry = await lastRowGeometry(page);
    expect(geometry.rowBottom).toBeLessThanOrEqual(geometry.listBottom);
    expect(geometry.hintTop).toBeGreaterThanOrEqual(geometry.listBottom);
    expect(geometry.footIsRow).toBe(true);
    await page.close();
  });

  it('shows at least five one-article groups whole, their headers under half a row high', async () => {
    const page = await openAt('popup.html?view=library', 420);
    await page.evaluate(() => delete document.documentElement.dataset['page']);
    const { whole, header, row } = await page.evaluate(() => {
      const list = document.querySelector('.list-viewport')!.getBoundingClientRect();
      const rows = [...document.querySelectorAll('.article')].map((el) => el.getBoundingClientRect());
      return {
        whole: rows.filter((box) => box.top >= list.top && box.bottom <= list.bottom).length,
        header: document.querySelector('.group-title')!.getBoundingClientRect().height,
        row: rows[0]!.height,
      };
    });
    expect(whole).toBeGreaterThanOrEqual(5);
    expect(header).toBeLessThan(row * 0.6);
    await page.close();
  });

  it("puts each row's title in larger type than its meta line, in the article's language", async () => {
    const page = await openAt('popup.html?view=library', 420);
    const row = page.locator('.article').first();
    const size = (selector: string) =>
      row
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.article-title')).toBeGreaterThan(await size('.article-meta'));
    expect(await row.locator('.article-title').getAttribute('lang')).toBe('zh-CN');
    await page.close();
  });
});
