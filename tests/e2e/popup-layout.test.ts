/**
 * Issue #21, the popup as a person sees it: what the layout leaves visible, measured in the page. Mostly
 * one article per source, as share pages usually file them: those share the gathered last group, and the
 * two newest share a source, so one category has a group of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharePagePosts } from '../../testkit/corpus.ts';
import {
  launchWithLibrary,
  shareUrlOf,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';

const posts = withInfoCode(sharePagePosts());
const SHARED_SOURCE = '第一财经';
const items: ShareItem[] = posts
  .slice(0, 9)
  .map((post, i) => (i >= 7 ? { post, source: SHARED_SOURCE } : { post }));

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
  // The oldest article is the list's last row: it is in the gathered group, which comes last.
  await page.locator(`.article[data-id="${items[0]!.post.infoCode}"]`).waitFor();
}

/** Whether an element's text lies on one line: every line box of its text starts at the same height. */
const onOneLine = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    return tops.size === 1;
  });

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

/** The meta line's category-source-and-date part, as opposed to its tags and marks. */
const WHERE = 'span:not(.row-tag, .fetch-state, .meta-star)';

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

  it('gathers the one-article categories under one last header, so at least seven rows show whole', async () => {
    const page = await openAt('popup.html?view=library', 420);
    await page.evaluate(() => delete document.documentElement.dataset['page']);
    const { whole, headers, header, row } = await page.evaluate(() => {
      const list = document.querySelector('.list-viewport')!.getBoundingClientRect();
      const rows = [...document.querySelectorAll('.article')].map((el) => el.getBoundingClientRect());
      return {
        whole: rows.filter((box) => box.top >= list.top && box.bottom <= list.bottom).length,
        headers: [...document.querySelectorAll('.group-title')].map((el) => el.textContent),
        header: document.querySelector('.group-title')!.getBoundingClientRect().height,
        row: rows[0]!.height,
      };
    });
    // The shared source's group, then the seven one-article sources together.
    expect(headers).toEqual([`${SHARED_SOURCE} 2`, 'Other categories 7']);
    expect(whole).toBeGreaterThanOrEqual(7);
    expect(header).toBeLessThan(row * 0.6);
    await page.close();
  });

  it('keeps the keyboard-hint line on one line', async () => {
    const page = await openAt('popup.html?view=library', 420);
    await page.evaluate(() => delete document.documentElement.dataset['page']);
    expect(await page.locator('.keyboard-hint').textContent()).toContain('fold');
    expect(await onOneLine(page, '.keyboard-hint')).toBe(true);
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

  it('does not name the source, nor its automatic tag, under the group of that source', async () => {
    const page = await openAt('popup.html?view=library', 420);
    const group = page.locator(`.group[data-category="${SHARED_SOURCE}"]`);
    // Share pages file an article under its source and tag it `<source>新闻`: the check has both to drop.
    const filed = library.records.filter((r) => r.category === SHARED_SOURCE);
    expect(filed.map((r) => [r.source, r.tags])).toEqual([
      [SHARED_SOURCE, [`${SHARED_SOURCE}新闻`]],
      [SHARED_SOURCE, [`${SHARED_SOURCE}新闻`]],
    ]);
    // The source-and-date part of the meta line; the tags after it are the row's own.
    const wheres = await group.locator(`.article-meta > ${WHERE}`).allTextContents();
    expect(wheres).toHaveLength(2);
    for (const where of wheres) expect(where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await group.locator('.row-tag').count()).toBe(0);
    await page.close();
  });

  it('names each category in the gathered group on its row, once', async () => {
    const page = await openAt('popup.html?view=library', 420);
    const rows = await page.locator('.group[data-other="true"] .article').evaluateAll(
      (els, where) =>
        els.map((el) => ({
          category: el.getAttribute('data-category'),
          where: el.querySelector(`.article-meta > ${where}`)?.textContent,
          automaticTags: el.querySelectorAll('.row-tag[data-automatic="true"]').length,
        })),
      WHERE,
    );
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      // Its category first; the source is that same name here, so the date follows, and no `<source>新闻`.
      expect(row.where).toBe(`${row.category} · ${row.where!.slice(-10)}`);
      expect(row.where).toMatch(/ · \d{4}-\d{2}-\d{2}$/);
      expect(row.automaticTags).toBe(0);
    }
    await page.close();
  });
});

describe("a row's actions", () => {
  const opacity = (page: Page) =>
    page
      .locator('.article-actions')
      .first()
      .evaluate((el) => getComputedStyle(el).opacity);

  it('show on hover and on focus, each a word a person reads, which is its name', async () => {
    const page = await openAt('popup.html?view=library', 420);
    const row = page.locator('.article').first();
    expect(await opacity(page)).toBe('0');
    await row.hover();
    await expect.poll(() => opacity(page)).toBe('1');
    const actions = await row.locator('.action').evaluateAll((buttons) =>
      buttons.map((button) => ({
        shown: (button as HTMLElement).innerText.split('\n').pop()!.trim(),
        tooltip: button.getAttribute('title') ?? '',
      })),
    );
    expect(actions.map((action) => action.shown)).toEqual([
      'Favourite',
      'Read',
      'Tags',
      'Category',
      'Archive',
      'Delete',
    ]);
    // The word shown is the button's name, for speech input; the full words are its tooltip.
    for (const action of actions) {
      expect(await row.getByRole('button', { name: action.shown, exact: true }).count()).toBe(1);
      expect(action.tooltip.length).toBeGreaterThanOrEqual(action.shown.length);
    }
    await page.mouse.move(0, 0);
    await expect.poll(() => opacity(page)).toBe('0');
    await row.locator('.article-link').focus();
    await expect.poll(() => opacity(page)).toBe('1');
    await page.close();
  });
});

/** From now on, records each state the save bar passes through (a busy one lasts only a moment). */
const watchSaveStates = (popup: Page) =>
  popup.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const state = document.querySelector('.save-status')?.getAttribute('data-state');
      if (state && seen[seen.length - 1] !== state) seen.push(state);
    }).observe(document.querySelector('.popup')!, { subtree: true, childList: true, attributes: true });
  });
/** A save extracts the page in its tab: seconds on a busy machine, not the poll's default second. */
const SAVE_WAIT = { timeout: 20_000 };
const saveStatesSeen = (popup: Page) => popup.evaluate(() => (window as unknown as { seen: string[] }).seen);

describe('the save bar at the top of the toolbar popup', () => {
  async function popupFor(url: string): Promise<{ popup: Page; tab: Page }> {
    const tab = await library.session.context.newPage();
    await tab.goto(url);
    const popup = await library.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(library.session.url(`popup.html?tab=${await library.session.tabIdOf(tab)}`));
    return { popup, tab };
  }

  it('on a page it can save: the verdict, then "Save again", above the views, which saves once more', async () => {
    const { popup, tab } = await popupFor(shareUrlOf(library.server, items[0]!));
    const bar = popup.locator('.save-status[data-state="saved"]');
    await bar.waitFor();
    const button = bar.getByRole('button', { name: 'Save again' });
    expect(await button.isVisible()).toBe(true);
    const [buttonBox, viewsBox] = await Promise.all([
      button.boundingBox(),
      popup.locator('.view-tabs').boundingBox(),
    ]);
    expect(buttonBox!.y + buttonBox!.height).toBeLessThanOrEqual(viewsBox!.y);
    // The list gives up the bar's height: the popup itself does not scroll, and the hint stays in it.
    expect(
      await popup.evaluate(
        () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
      ),
    ).toBeLessThanOrEqual(0);
    expect((await popup.locator('.keyboard-hint').boundingBox())!.y).toBeLessThan(600);
    await watchSaveStates(popup);
    await button.click();
    await expect.poll(() => saveStatesSeen(popup), SAVE_WAIT).toEqual(['saving', 'saved']);
    await Promise.all([popup.close(), tab.close()]);
  });

  it('on a page with no article: why, and "Save this page" to try again', async () => {
    library.server.route('/sign-in.html', {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Sign in</title><form><input name="user"><button>Sign in</button></form>',
    });
    const { popup, tab } = await popupFor(`${library.server.origin}/sign-in.html`);
    const bar = popup.locator('.save-status[data-state="failed"]');
    await bar.waitFor();
    expect(await bar.getAttribute('data-reason')).toBe('no-article');
    expect(await bar.locator('[role="alert"]').textContent()).toContain('no article was found');
    await watchSaveStates(popup);
    await bar.getByRole('button', { name: 'Save this page', exact: true }).click();
    // Tried again, and refused again for the same reason: the page still holds no article.
    await expect.poll(() => saveStatesSeen(popup), SAVE_WAIT).toEqual(['saving', 'failed']);
    expect(await popup.locator('.save-status').getAttribute('data-reason')).toBe('no-article');
    await Promise.all([popup.close(), tab.close()]);
  });

  it('on a page no save can take: one quiet line, no button and no alert', async () => {
    const { popup, tab } = await popupFor('about:blank');
    const bar = popup.locator('.save-status[data-state="failed"]');
    await bar.waitFor();
    expect(await bar.getAttribute('data-reason')).toBe('not-a-web-page');
    expect(await bar.locator('button').count()).toBe(0);
    expect(await bar.locator('[role="alert"]').count()).toBe(0);
    const look = await bar.evaluate((el) => {
      const line = el.querySelector('.save-line')!;
      const muted = getComputedStyle(document.querySelector('.total')!).color;
      return { border: getComputedStyle(el).borderTopWidth, color: getComputedStyle(line).color, muted };
    });
    expect(look.border).toBe('0px');
    expect(look.color).toBe(look.muted);
    await Promise.all([popup.close(), tab.close()]);
  });
});

describe('in Chinese', () => {
  let zh: SeededLibrary;

  beforeAll(async () => {
    zh = await launchWithLibrary(items.slice(0, 2), { locale: 'zh-CN', args: ['--lang=zh-CN'] });
  });

  afterAll(async () => {
    await zh?.close();
  });

  it("words the counts, the row actions and the page in Chinese; rows keep the article's language", async () => {
    const page = await zh.session.context.newPage();
    await page.goto(zh.session.url('popup.html?view=library'));
    await page.locator('.library[aria-busy="false"] .article').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('.total').textContent()).toBe('2 篇文章');
    const row = page.locator('.article').first();
    await row.hover();
    const words = await row.locator('.action-label').allTextContents();
    expect(words).toEqual(['收藏', '已读', '标签', '分类', '归档', '删除']);
    expect(await row.locator('.article-title').getAttribute('lang')).toBe('zh-CN');
    await page.close();
  });

  it('keeps the keyboard-hint line on one line in the 420 px popup', async () => {
    const page = await zh.session.context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(zh.session.url('popup.html?view=library'));
    await page.locator('.library[aria-busy="false"] .article').first().waitFor();
    await page.evaluate(() => delete document.documentElement.dataset['page']);
    expect(await page.locator('.keyboard-hint').textContent()).toContain('折叠');
    expect(await onOneLine(page, '.keyboard-hint')).toBe(true);
    await page.close();
  });
});
