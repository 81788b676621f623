/**
 * Issue #5 §1: the reader view in real Chromium —
 * typography, themes, controls, position, neighbours, shortcuts, print.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { readingMinutes } from '../../src/reader/reading-time.ts';
import { SHORTCUTS } from '../../src/reader/shortcuts.ts';
import { waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import {
  launchWithLibrary,
  shareUrlOf,
  solidPng,
  sourceOfItem,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
  type StoredRecord,
} from './harness/reader-library.ts';

const posts = withInfoCode(sharePagePosts());
const CATEGORY = '财联社';
/** Three articles filed under one category (two re-sourced), saved oldest first. */
const group: ShareItem[] = [
  { post: posts[0]!, source: CATEGORY },
  { post: posts[1]!, source: CATEGORY },
  { post: posts[7]!, source: CATEGORY },
];
/** An article in another category, with a real published time to check the header against. */
const lone: ShareItem = { post: posts[3]! };
const IMAGE_PATH = '/img/wide-photo.png';
const WIDE = 2000;
/** Marks the paragraphs, heading and bold-only subhead the typography test measures. */
const MARK = '排版检查';
/**
 * A heading and a bold-only subhead between plain paragraphs, a figure wider than any column and a wide
 * table; the image is stored for offline reading.
 */
const illustrated: ShareItem = {
  post: posts[2]!,
  body: `${posts[2]!.body}<p>${MARK}：普通段落甲。</p><p>${MARK}：普通段落乙。</p><h2>${MARK}：二级标题</h2>
<p>${MARK}：普通段落丙。</p><p><strong>${MARK}：加粗小标题</strong></p><p>${MARK}：普通段落丁。</p><figure><img src="${IMAGE_PATH}" alt="示意图"><figcaption>图：示意图说明</figcaption></figure>
<table><caption>表：各板块涨跌</caption><tr>${Array.from({ length: 14 }, (_, i) => `<th>板块名称${i}</th>`).join('')}</tr>
<tr>${Array.from({ length: 14 }, (_, i) => `<td>${i}.37%</td>`).join('')}</tr></table>`,
};

/** Palettes from reader.css, as getComputedStyle reports them. */
const BG = {
  light: 'rgb(253, 253, 251)',
  dark: 'rgb(27, 27, 29)',
  sepia: 'rgb(244, 236, 216)',
  print: 'rgb(255, 255, 255)',
};

let library: SeededLibrary;
let session: ExtensionSession;
let server: FixtureServer;
let records: StoredRecord[];

beforeAll(async () => {
  library = await launchWithLibrary([lone, illustrated, ...group], {
    setup: (s) => s.route(IMAGE_PATH, { type: 'image/png', body: solidPng(WIDE, 40) }),
  });
  ({ session, server, records } = library);
});

afterAll(async () => {
  await library?.close();
});

beforeEach(async () => {
  // Each test starts from the default reader settings.
  await session.worker.evaluate(() => chrome.storage.local.remove('options'));
});

const recordOf = (item: ShareItem): StoredRecord => {
  const found = records.find((r) => r.id === item.post.infoCode);
  if (!found) throw new Error(`${item.post.infoCode} not stored`);
  return found;
};

async function openReader(id: string, viewport = { width: 1000, height: 700 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(session.url(`reader.html?id=${encodeURIComponent(id)}`));
  await page.waitForSelector('.article-title');
  return page;
}

const style = (page: Page, selector: string, property: string): Promise<string> =>
  page.$eval(selector, (el, prop) => getComputedStyle(el).getPropertyValue(prop), property);

const readerSettings = async (): Promise<Record<string, unknown> | undefined> =>
  session.worker.evaluate(
    async () =>
      (
        (await chrome.storage.local.get('options')).options as
          { reader?: Record<string, unknown> } | undefined
      )?.reader,
  );

describe('header and typography', () => {
  it('shows source, publish time at its own offset, original link and reading time', async () => {
    expect(lone.post.date).toBe('2022-01-24 18:06:02 +0800'); // the expectation below is written for this post
    const page = await openReader(lone.post.infoCode);
    const record = recordOf(lone);
    expect(await page.textContent('.article-title')).toBe(lone.post.title);
    expect(await page.textContent('[data-meta="source"] dd')).toBe(sourceOfItem(lone));
    // The share page's category is its source's name: said once, as the source.
    expect(record.category).toBe(sourceOfItem(lone));
    expect(await page.locator('[data-meta="category"]').count()).toBe(0);
    expect(await page.getAttribute('time[datetime]', 'datetime')).toBe(record.publishedAt);
    // en-US reader, article published in UTC+8: the newsroom's clock, not the machine's zone.
    const shown = (await page.textContent('[data-meta="published"] dd'))?.replace(/[\u00a0\u202f]/g, ' ');
    expect(shown).toBe('Jan 24, 2022, 6:06 PM (UTC+8)');
    const minutes = readingMinutes(String(record.textContent));
    expect(minutes).toBeGreaterThan(0);
    expect(await page.textContent('[data-meta="reading-time"] dd')).toBe(`${minutes} min read`);
    expect(await page.getAttribute('.original-link', 'href')).toBe(shareUrlOf(server, lone));
    await page.close();
  });

  it("labels the Chinese article's fields in the UI's English, with an ASCII colon", async () => {
    const page = await openReader(lone.post.infoCode);
    expect(await page.getAttribute('.article', 'lang')).toBe('zh-CN');
    const label = page.locator('[data-meta="source"] dt');
    expect(await label.getAttribute('lang')).toMatch(/^en/);
    expect(await label.evaluate((dt) => getComputedStyle(dt, '::after').content)).toBe('":"');
    await page.close();
  });

  it('links back to the library, and an unknown article says so and links there too', async () => {
    const page = await openReader(lone.post.infoCode);
    await page.click('.toolbar a.library-link');
    await page.waitForURL(/popup\.html\?view=library$/);
    await page.locator('.article').first().waitFor();
    await page.goto(session.url('reader.html?id=NW000000000000000000'));
    const alert = page.locator('.status[role="alert"]');
    expect(await alert.locator('p').first().textContent()).toBe('This article is not in your library.');
    await alert.locator('a', { hasText: 'Open the library' }).click();
    await page.waitForURL(/popup\.html\?view=library$/);
    await page.close();
  });

  it('sets Chinese text in a CJK font stack at line height 1.8 in a 38em column, spaced not indented', async () => {
    const page = await openReader(lone.post.infoCode);
    expect(await style(page, 'body', 'font-family')).toContain('Noto Sans CJK SC');
    const fontSize = parseFloat(await style(page, '.article-body', 'font-size'));
    expect(fontSize).toBe(18);
    expect(parseFloat(await style(page, '.article-body', 'line-height'))).toBeCloseTo(1.8 * fontSize, 0);
    expect(await style(page, '.reader', 'max-width')).toBe(`${38 * fontSize}px`);
    expect(await style(page, '.article-body p', 'text-indent')).toBe('0px');
    expect(parseFloat(await style(page, '.article-body p', 'margin-bottom'))).toBe(fontSize);
    expect(parseFloat(await style(page, '.article-title', 'font-size'))).toBeGreaterThan(fontSize * 1.4);
    await page.close();
  });

  it('makes headings and bold-only subheads stand out: bold, larger, with more space above', async () => {
    const page = await openReader(illustrated.post.infoCode);
    const measured = await page.evaluate((mark) => {
      const marked = [
        ...document.querySelectorAll('.article-body h2, .article-body p, .article-body p > strong'),
      ].filter((el) => el.textContent?.startsWith(mark));
      const find = (text: string, tag: string): Element => {
        const found = marked.find((el) => el.textContent?.includes(text) && el.tagName === tag);
        if (!found) throw new Error(`no ${tag} "${text}" in the reader`);
        return found;
      };
      const box = (el: Element) => el.getBoundingClientRect();
      const type = (el: Element) => ({
        weight: Number(getComputedStyle(el).fontWeight),
        size: parseFloat(getComputedStyle(el).fontSize),
      });
      const [first, second, third] = ['普通段落甲', '普通段落乙', '普通段落丙'].map((text) =>
        find(text, 'P'),
      ) as [Element, Element, Element];
      const heading = find('二级标题', 'H2');
      const subhead = find('加粗小标题', 'STRONG');
      return {
        plain: { ...type(second), gapAbove: box(second).top - box(first).bottom },
        heading: { ...type(heading), gapAbove: box(heading).top - box(second).bottom },
        subhead: { ...type(subhead), gapAbove: box(subhead).top - box(third).bottom },
      };
    }, MARK);
    expect(measured.plain.weight).toBeLessThan(600);
    expect(measured.plain.gapAbove).toBeGreaterThan(0);
    for (const standout of [measured.heading, measured.subhead]) {
      expect(standout.weight).toBeGreaterThanOrEqual(700);
      expect(standout.size).toBeGreaterThan(measured.plain.size);
      // Noticeably more room above than between two paragraphs, not a rounding difference.
      expect(standout.gapAbove).toBeGreaterThan(measured.plain.gapAbove * 1.3);
    }
    expect(measured.heading.size).toBeGreaterThan(measured.subhead.size);
    await page.close();
  });

  it('fits a wide image and a wide table into the column and styles their captions', async () => {
    const page = await openReader(illustrated.post.infoCode);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.article-body img')].every((img) => (img as HTMLImageElement).complete),
    );
    const column = await page.$eval('.article-body', (el) => el.getBoundingClientRect().width);
    const img = await page.$eval('.article-body figure img', (el) => ({
      width: el.getBoundingClientRect().width,
      natural: (el as HTMLImageElement).naturalWidth,
    }));
    expect(img.natural).toBe(WIDE);
    expect(img.width).toBeLessThanOrEqual(column);
    expect(
      await page.$eval('.article-body table', (el) => el.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(column);
    expect(await page.$eval('.article-body table', (el) => el.scrollWidth)).toBeGreaterThan(column); // it scrolls inside
    expect(await style(page, '.article-body figcaption', 'text-align')).toBe('center');
    expect(await style(page, '.article-body figcaption', 'color')).toBe(
      await style(page, '.article-meta', 'color'),
    );
    await page.close();
  });

  it('shows a stored image from its offline copy, even when the original is gone', async () => {
    const imageUrl = `${server.origin}${IMAGE_PATH}`;
    const stored = await waitFor(
      () => session.readArticles(),
      (all) =>
        all.some(
          (r) =>
            r.id === illustrated.post.infoCode &&
            (r.imagesStored as string[] | undefined)?.includes(imageUrl),
        ),
    );
    expect(stored.find((r) => r.id === illustrated.post.infoCode)?.imagesStored).toContain(imageUrl);
    server.route(IMAGE_PATH, { status: 404, type: 'text/plain', body: 'gone' });
    const page = await openReader(illustrated.post.infoCode);
    const img = await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('.article-body figure img');
      return el?.complete && el.naturalWidth > 0 ? { src: el.src, width: el.naturalWidth } : undefined;
    });
    const shown = (await img.jsonValue()) as { src: string; width: number };
    expect(shown.src).toMatch(/^blob:chrome-extension:\/\//);
    expect(shown.width).toBe(WIDE);
    await page.close();
  });
});

describe('themes and controls', () => {
  it('follows the system theme by default; light, dark and sepia are chosen and remembered', async () => {
    const page = await openReader(lone.post.infoCode);
    expect(await page.getAttribute('html', 'data-theme')).toBe('system');
    expect(await style(page, 'body', 'background-color')).toBe(BG.light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await style(page, 'body', 'background-color')).toBe(BG.dark);

    await page.selectOption('.theme-select', 'sepia');
    await waitFor(readerSettings, (reader) => reader?.theme === 'sepia');
    expect(await style(page, 'body', 'background-color')).toBe(BG.sepia);
    await page.selectOption('.theme-select', 'light');
    expect(await style(page, 'body', 'background-color')).toBe(BG.light); // an explicit choice beats the system
    await page.emulateMedia({ colorScheme: 'light' });
    await page.selectOption('.theme-select', 'dark');
    await waitFor(readerSettings, (reader) => reader?.theme === 'dark');
    expect(await style(page, 'body', 'background-color')).toBe(BG.dark);

    await page.reload();
    await page.waitForSelector('.article-title');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await style(page, 'body', 'background-color')).toBe(BG.dark);
    expect(await page.$eval('.theme-select', (el) => (el as HTMLSelectElement).value)).toBe('dark');
    await page.close();
  });

  it('changes text size and column width, and remembers both across a reload', async () => {
    const page = await openReader(lone.post.infoCode);
    expect(await page.textContent('.font-size-value')).toBe('18');
    await page.click('.font-larger');
    await page.click('.font-larger');
    await page.click('.measure-narrower');
    expect(await page.textContent('.font-size-value')).toBe('22');
    expect(await page.textContent('.measure-value')).toBe('34');
    expect(await style(page, '.article-body', 'font-size')).toBe('22px');
    expect(await style(page, '.reader', 'max-width')).toBe(`${34 * 22}px`);
    const saved = await waitFor(readerSettings, (reader) => reader?.fontSize === 22 && reader.measure === 34);
    expect(saved).toMatchObject({ fontSize: 22, measure: 34 });

    await page.reload();
    await page.waitForSelector('.article-title');
    await page.waitForFunction(() => document.querySelector('.font-size-value')?.textContent === '22');
    expect(await style(page, '.article-body', 'font-size')).toBe('22px');
    expect(await style(page, '.reader', 'max-width')).toBe(`${34 * 22}px`);
    await page.close();
  });
});

describe('reading position', () => {
  it('is saved while scrolling and restored when the article is opened again', async () => {
    const item = group[0]!;
    const viewport = { width: 800, height: 400 };
    const page = await openReader(item.post.infoCode, viewport);
    const range = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(range).toBeGreaterThan(500); // long enough for a position to mean something
    await page.evaluate((top) => window.scrollTo(0, top), Math.round(range * 0.6));
    const saved = await waitFor(
      () => session.readArticles(),
      (all) => Math.abs(Number(all.find((r) => r.id === item.post.infoCode)?.readingPosition) - 0.6) < 0.01,
    );
    expect(Number(saved.find((r) => r.id === item.post.infoCode)?.readingPosition)).toBeCloseTo(0.6, 2);

    await page.close();

    // A fresh tab, not a reload: the browser's own scroll restoration plays no part.
    const again = await openReader(item.post.infoCode, viewport);
    const restored = await waitFor(
      () => again.evaluate(() => window.scrollY),
      (y) => Math.abs(y - range * 0.6) <= 2,
    );
    expect(Math.abs(restored - range * 0.6)).toBeLessThanOrEqual(2);
    // Opening the page did not overwrite the saved place with the top.
    const after = await session.readArticles();
    expect(Number(after.find((r) => r.id === item.post.infoCode)?.readingPosition)).toBeCloseTo(0.6, 2);
    await again.close();
  });
});

describe('previous and next within the category', () => {
  /** The category's ids in the library's list order: newest saved first, ties by id. */
  const listOrder = (): string[] =>
    records
      .filter((r) => r.category === CATEGORY)
      .sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);

  it('links the neighbours in the list and nothing from another category', async () => {
    const order = listOrder();
    expect(order).toHaveLength(3);
    const [newer, middle, older] = order as [string, string, string];
    const page = await openReader(middle);
    expect(await page.getAttribute('nav.article-nav', 'aria-label')).toContain(CATEGORY);
    expect(await page.getAttribute('.nav-previous', 'href')).toBe(`reader.html?id=${newer}`);
    expect(await page.getAttribute('.nav-next', 'href')).toBe(`reader.html?id=${older}`);
    expect(await page.locator('.article-nav a').count()).toBe(2);

    await Promise.all([page.waitForURL(`**/reader.html?id=${older}`), page.click('.nav-next')]);
    await page.waitForSelector('.article-title');
    expect(await page.textContent('.article-title')).toBe(
      group.find((g) => g.post.infoCode === older)?.post.title,
    );
    expect(await page.locator('.nav-next').count()).toBe(0); // the oldest has no next
    await page.close();
  });

  it('an article alone in its category has no previous/next', async () => {
    const page = await openReader(lone.post.infoCode);
    expect(await page.locator('.article-nav').count()).toBe(0);
    await page.close();
  });
});

describe('keyboard shortcuts', () => {
  it('? lists every shortcut; Escape closes the list', async () => {
    const page = await openReader(lone.post.infoCode);
    expect(await page.isVisible('.shortcut-help')).toBe(false);
    await page.keyboard.press('?');
    await page.waitForSelector('.shortcut-help[open]');
    expect(await page.isVisible('.shortcut-help')).toBe(true);
    const listed = await page.$$eval('.shortcut-help .shortcut', (rows) =>
      rows.map((row) => row.getAttribute('data-action')),
    );
    expect(listed).toEqual(SHORTCUTS.map((s) => s.action));
    expect(await page.textContent('.shortcut-help [data-action="next"] kbd')).toBe('n');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.shortcut-help', { state: 'hidden' });
    await page.click('.help-button');
    await page.waitForSelector('.shortcut-help[open]');
    await page.keyboard.press('?');
    await page.waitForSelector('.shortcut-help', { state: 'hidden' });
    await page.close();
  });

  it('t, +, -, ], [ change theme, size and width', async () => {
    const page = await openReader(lone.post.infoCode);
    await page.keyboard.press('t');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.keyboard.press('t');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await style(page, 'body', 'background-color')).toBe(BG.dark);
    await page.keyboard.press('t');
    expect(await style(page, 'body', 'background-color')).toBe(BG.sepia);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await page.keyboard.press(']');
    await page.waitForFunction(() => document.querySelector('.measure-value')?.textContent === '42');
    expect(await page.textContent('.font-size-value')).toBe('20');
    await page.keyboard.press('[');
    await page.keyboard.press('[');
    await page.waitForFunction(() => document.querySelector('.measure-value')?.textContent === '34');
    expect(await waitFor(readerSettings, (r) => r?.measure === 34)).toMatchObject({
      theme: 'sepia',
      fontSize: 20,
      measure: 34,
    });
    await page.close();
  });

  it('n and p move within the category; o opens the original', async () => {
    const [newer, middle] = records
      .filter((r) => r.category === CATEGORY)
      .sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.id < b.id ? -1 : 1))
      .map((r) => r.id) as [string, string];
    const page = await openReader(newer);
    await Promise.all([page.waitForURL(`**/reader.html?id=${middle}`), page.keyboard.press('n')]);
    await page.waitForSelector('.article-title');
    await Promise.all([page.waitForURL(`**/reader.html?id=${newer}`), page.keyboard.press('p')]);
    await page.waitForSelector('.article-title');
    const item = group.find((g) => g.post.infoCode === newer)!;
    const [original] = await Promise.all([session.context.waitForEvent('page'), page.keyboard.press('o')]);
    await original.waitForLoadState('domcontentloaded');
    expect(original.url()).toBe(shareUrlOf(server, item));
    await Promise.all([original.close(), page.close()]);
  });

  it('keys typed into the theme list are not taken as shortcuts', async () => {
    const page = await openReader(lone.post.infoCode);
    await page.focus('.theme-select');
    await page.keyboard.press('+');
    expect(await page.textContent('.font-size-value')).toBe('18');
    await page.close();
  });
});

describe('print', () => {
  it('prints the article alone, dark text on white, with the original address written out', async () => {
    const page = await openReader(lone.post.infoCode);
    await page.selectOption('.theme-select', 'dark');
    await page.emulateMedia({ media: 'print' });
    expect(await style(page, '.toolbar', 'display')).toBe('none');
    expect(await style(page, 'body', 'background-color')).toBe(BG.print);
    expect(await style(page, 'body', 'color')).toBe('rgb(0, 0, 0)');
    expect(await page.isVisible('.article-body')).toBe(true);
    expect(await page.isVisible('.article-title')).toBe(true);
    expect(await page.$eval('.original-link', (el) => getComputedStyle(el, '::after').content)).toContain(
      shareUrlOf(server, lone),
    );
    await page.emulateMedia({ media: 'screen' });
    expect(await style(page, '.toolbar', 'display')).not.toBe('none');
    await page.close();
  });

  it('hides the previous/next links in print', async () => {
    const page = await openReader(recordOf(group[1]!).id);
    expect(await style(page, '.article-nav', 'display')).toBe('flex');
    await page.emulateMedia({ media: 'print' });
    expect(await style(page, '.article-nav', 'display')).toBe('none');
    await page.close();
  });
});
