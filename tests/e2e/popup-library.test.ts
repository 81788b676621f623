/** Issue #4 §4: the popup library — groups, search as you type, delete/undo, move, read state, keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtractedArticle } from '../../src/shared/article.ts';
import { callBench, launchWithBench, type BenchSession } from '../../testkit/browser/bench-dist.ts';
import { corpusTexts } from '../../testkit/corpus-texts.ts';
import { generateArticles } from '../../testkit/generate-articles.ts';
import { waitFor } from '../../testkit/browser/extension.ts';
import { CACHED_SCREEN_KEY } from '../../src/shared/cached-screen-storage.ts';
import { LIST_FROM_STORE_MARK, LIST_RENDERED_MARK } from '../../popup/list-mark.ts';

let session: BenchSession;
const articles: ExtractedArticle[] = generateArticles(corpusTexts(), {
  count: 24,
  bodyChars: 300,
  categories: 4,
  idPrefix: 'LIB',
});
// A title carrying markup: it must show as text, and highlighting must not turn it into elements.
const hostile: ExtractedArticle = {
  ...articles[0]!,
  id: 'LIBHOSTILE',
  url: 'https://bench.jianbao.invalid/hostile.html',
  title: '<b>投资者</b> <img src=x> 标题',
  category: '安全测试',
};

beforeAll(async () => {
  session = await launchWithBench();
  await callBench(session.bench, 'insert', articles, '2024-01-01T08:00:00+08:00');
  await callBench(session.bench, 'insert', [hostile], '2024-01-02T08:00:00+08:00');
});

afterAll(async () => {
  await session?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html?view=library'));
  await popup.locator('.article').first().waitFor();
  return popup;
}

/**
 * Scrolls the list, as a user would, until `selector` is rendered (the list only renders what is on screen).
 */
async function reveal(popup: Page, selector: string): Promise<void> {
  const found = await popup.evaluate(async (sel) => {
    const viewport = document.querySelector('.list-viewport')!;
    for (let top = 0; top <= viewport.scrollHeight; top += 120) {
      if (document.querySelector(sel)) return true;
      viewport.scrollTop = top;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return document.querySelector(sel) !== null;
  }, selector);
  if (!found) throw new Error(`${selector} never appeared while scrolling the list`);
}

const record = async (id: string) => (await session.readArticles()).find((r) => r.id === id);
/** The `.group` of a category's own group, or of the gathered group of one-article categories. */
/** Stands for the gathered group, which no category name can be mistaken for. */
const GATHERED = Symbol('the gathered group');
const groupOf = (category: string | typeof GATHERED): string =>
  category === GATHERED ? '.group[data-other="true"]' : `.group[data-category="${category}"]`;
async function groupCount(popup: Page, category: string | typeof GATHERED): Promise<number> {
  const selector = `${groupOf(category)} .group-count`;
  await reveal(popup, selector);
  return Number(await popup.locator(selector).textContent());
}
async function row(popup: Page, id: string) {
  await reveal(popup, `.article[data-id="${id}"]`);
  return popup.locator(`.article[data-id="${id}"]`);
}
const focusedKey = (popup: Page) =>
  popup.evaluate(() => document.activeElement?.getAttribute('data-key') ?? document.activeElement?.tagName);

describe('the library list', () => {
  it('groups by category with counts, newest first, one-article categories last, and a header folds its group', async () => {
    const popup = await openPopup();
    const groups = await popup
      .locator('.group')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-category')));
    // The hostile article is the newest, but alone in its category: it waits in the last group.
    expect(groups[0]).toBe(articles[0]!.category);
    const expected = new Map<string, number>();
    for (const a of articles) expected.set(a.category, (expected.get(a.category) ?? 0) + 1);
    for (const [category, count] of expected) expect(await groupCount(popup, category)).toBe(count);
    expect(await groupCount(popup, GATHERED)).toBe(1);
    const lone = popup.locator(`${groupOf(GATHERED)} .article[data-id="LIBHOSTILE"]`);
    expect(await lone.getAttribute('data-category')).toBe('安全测试');
    expect(await lone.locator('.article-meta').textContent()).toMatch(/^安全测试 · /);
    expect(await popup.locator('.group-title', { hasText: '安全测试' }).count()).toBe(0);

    await popup.locator('.list-viewport').evaluate((el) => {
      el.scrollTop = 0;
    });
    const category = articles[0]!.category; // its articles are the newest after the hostile one: near the top
    const header = popup.locator(`.group[data-category="${category}"] .group-toggle`);
    expect(await header.getAttribute('aria-expanded')).toBe('true');
    expect(await popup.locator(`.group[data-category="${category}"] .article`).count()).toBe(
      expected.get(category),
    );
    await header.click();
    expect(await header.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.locator(`.group[data-category="${category}"] .article`).count()).toBe(0);
    expect(await groupCount(popup, category)).toBe(expected.get(category));
    // Keyboard: ArrowRight unfolds the focused header, ArrowLeft folds it again.
    await header.focus();
    await popup.keyboard.press('ArrowRight');
    await popup.locator(`.group[data-category="${category}"] .article`).first().waitFor();
    await popup.keyboard.press('ArrowLeft');
    expect(await header.getAttribute('aria-expanded')).toBe('false');
    await popup.close();
  });

  it('searches as you type and highlights the matches with <mark>, never with HTML strings', async () => {
    const popup = await openPopup();
    await popup.locator('#search-input').pressSequentially('投资者', { delay: 40 });
    await popup.locator('.result-count[data-query="投资者"]').waitFor();
    const expected = [...articles, hostile]
      .filter((a) => `${a.title}\n${a.source ?? ''}\n${a.textContent}`.includes('投资者'))
      .map((a) => a.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const shown = await popup
      .locator('.article')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
    // Every article containing the word is listed (the index may add ones where 投资 and 资者 occur apart).
    expect(shown).toEqual(expect.arrayContaining(expected));
    // Each shows where it matches (title, else a passage around the first match).
    for (const id of expected)
      expect(await popup.locator(`.article[data-id="${id}"] mark`).count()).toBeGreaterThan(0);
    // The store may also mark the query's pieces (投资, 资者); nothing else is ever marked.
    for (const text of await popup.locator('.article mark').allTextContents())
      expect('投资者').toContain(text);
    const hostileRow = popup.locator('.article[data-id="LIBHOSTILE"] .article-title');
    expect(await hostileRow.textContent()).toBe(hostile.title);
    expect(await hostileRow.locator('b, img').count()).toBe(0);
    expect(await hostileRow.locator('mark').textContent()).toBe('投资者');

    await popup.locator('#search-input').fill('量子纠缠咖啡');
    await popup.locator('.empty').waitFor();
    expect(await popup.locator('.article').count()).toBe(0);
    await popup.locator('#search-input').fill('');
    await popup.locator('.group').first().waitFor();
    await popup.close();
  });
});

describe('article actions', () => {
  it('deletes an article and the undo puts it back', async () => {
    const popup = await openPopup();
    const victim = articles[5]!;
    const before = await groupCount(popup, victim.category);
    await (await row(popup, victim.id)).locator('.delete').click();
    await popup.locator(`.article[data-id="${victim.id}"]`).waitFor({ state: 'detached' });
    expect(await record(victim.id)).toBeUndefined();
    expect(await groupCount(popup, victim.category)).toBe(before - 1);
    expect(await popup.locator('.undo-bar').textContent()).toContain(victim.title);
    // The title is the article's text inside an English sentence: Chinese glyph forms need its own lang.
    expect(await popup.locator('.undo-bar .undo-title').textContent()).toBe(victim.title);
    expect(await popup.locator('.undo-bar .undo-title').getAttribute('lang')).toBe('zh-CN');
    await popup.locator('.undo-bar .undo').click();
    await reveal(popup, `.article[data-id="${victim.id}"]`);
    expect((await record(victim.id))?.title).toBe(victim.title);
    expect(await groupCount(popup, victim.category)).toBe(before);
    expect(await popup.locator('.undo-bar').count()).toBe(0);
    await popup.close();
  });

  it('moves an article to another category and regroups; an empty name changes nothing', async () => {
    const popup = await openPopup();
    const moved = articles[3]!;
    const oldCount = await groupCount(popup, moved.category);
    await (await row(popup, moved.id)).locator('.change-category').click();
    const input = popup.locator('#category-input');
    expect(await input.inputValue()).toBe(moved.category);
    await input.fill('   ');
    await popup.locator('.category-editor button[type="submit"]').click();
    await popup.locator('.field-error').waitFor();
    expect((await record(moved.id))?.category).toBe(moved.category);

    // Alone in its new category, the article joins the gathered group, named on its row.
    await input.fill('稍后再读');
    await input.press('Enter');
    await reveal(popup, `${groupOf(GATHERED)} .article[data-category="稍后再读"]`);
    expect(await groupCount(popup, GATHERED)).toBe(2);
    expect(await groupCount(popup, moved.category)).toBe(oldCount - 1);
    expect((await record(moved.id))?.category).toBe('稍后再读');
    await expect.poll(() => focusedKey(popup)).toBe(`a:${moved.id}`);

    // A second article there makes it a category of two: a group of its own, out of the gathered one.
    const second = articles.find((a) => a.category !== moved.category)!;
    await (await row(popup, second.id)).locator('.change-category').click();
    await input.fill('稍后再读');
    await input.press('Enter');
    await expect.poll(() => focusedKey(popup)).toBe(`a:${second.id}`);
    await reveal(popup, `${groupOf('稍后再读')} .article`);
    expect(
      (
        await popup
          .locator(`${groupOf('稍后再读')} .article`)
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))
      ).sort(),
    ).toEqual([moved.id, second.id].sort());
    expect(await groupCount(popup, '稍后再读')).toBe(2);
    expect(await groupCount(popup, GATHERED)).toBe(1);
    await popup.close();
  });

  it('marks an article read and unread', async () => {
    const popup = await openPopup();
    const target = articles[7]!;
    const item = await row(popup, target.id);
    expect(await item.getAttribute('data-read')).toBe('false');
    await item.locator('.read-toggle').click();
    await waitFor(
      () => item.getAttribute('data-read'),
      (v) => v === 'true',
    );
    expect((await record(target.id))?.read).toBe(true);
    // A read row's button marks it unread: it says so in its word and its tooltip.
    expect(await item.getByRole('button', { name: 'Unread', exact: true }).getAttribute('title')).toBe(
      'Mark as unread (R)',
    );
    await item.locator('.read-toggle').click();
    await waitFor(
      () => item.getAttribute('data-read'),
      (v) => v === 'false',
    );
    expect((await record(target.id))?.read).toBe(false);
    await popup.close();
  });
});

describe('keyboard', () => {
  it('arrows move through headers and articles, Delete/Ctrl+Z delete and undo, Enter opens', async () => {
    const popup = await openPopup();
    await popup.locator('#search-input').focus();
    await popup.keyboard.press('ArrowDown');
    const firstGroup = await popup.locator('.group').first().getAttribute('data-category');
    await expect.poll(() => focusedKey(popup)).toBe(`g:${firstGroup}`);
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => focusedKey(popup)).toMatch(/^a:(?!LIBHOSTILE)/);
    const article = (await focusedKey(popup))!.slice(2);
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedKey(popup)).toBe(`g:${firstGroup}`);
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => focusedKey(popup)).toBe(`a:${article}`);
    // End reaches the last row, the hostile article in the gathered group; ArrowLeft climbs to its header.
    await popup.keyboard.press('End');
    await expect.poll(() => focusedKey(popup)).toBe('a:LIBHOSTILE');
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedKey(popup)).toBe('o:');
    await popup.keyboard.press('Home');
    await expect.poll(() => focusedKey(popup)).toBe(`g:${firstGroup}`);
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => focusedKey(popup)).toBe(`a:${article}`);
    // Only the focused row is in the tab order.
    expect(await popup.locator('.list-canvas [tabindex="0"].row-focus').count()).toBe(1);

    await popup.keyboard.press('Delete');
    await popup.locator(`.article[data-id="${article}"]`).waitFor({ state: 'detached' });
    expect(await record(article)).toBeUndefined();
    await expect.poll(() => focusedKey(popup)).toMatch(/^a:/); // focus stays in the list, on the next row
    await popup.keyboard.press('Control+z');
    await popup.locator(`.article[data-id="${article}"]`).waitFor();
    expect(await record(article)).toBeDefined();
    await expect.poll(() => focusedKey(popup)).toBe(`a:${article}`);

    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    const opened = session.context.waitForEvent('page');
    // Opening closes the popup, which may end the key press itself.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toBe(session.url(`reader.html?id=${article}`));
    await reader.close();
    if (!popup.isClosed()) await popup.close();
  });
});

describe('the first screen kept between opens', () => {
  it('draws what the last open showed at once, then what the store holds now', async () => {
    const before = await openPopup();
    await before.locator('.library[aria-busy="false"]').waitFor();
    await before.close();
    // Saved while the popup was closed, as the content script saves a share page: the kept copy lacks it.
    const late: ExtractedArticle = {
      ...articles[1]!,
      id: 'LIBLATE',
      url: 'https://bench.jianbao.invalid/late.html',
      title: '关闭期间保存的文章',
    };
    await callBench(session.bench, 'insert', [late], '2030-01-01T08:00:00+08:00');

    const popup = await session.context.newPage();
    // Notes the rows of the first list to reach the DOM, before the popup's own script runs.
    await popup.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const rows = document.querySelectorAll('.article');
        if (!rows.length) return;
        (globalThis as { firstRows?: string[] }).firstRows = [...rows].map(
          (row) => row.getAttribute('data-id') ?? '',
        );
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(session.url('popup.html?view=library'));
    await popup.locator('.article[data-id="LIBLATE"]').waitFor();
    await popup.locator('.library[aria-busy="false"]').waitFor();
    const firstRows = await popup.evaluate(() => (globalThis as { firstRows?: string[] }).firstRows);
    // The first list drawn was the kept copy, without the article saved since; the store's list replaced it.
    expect(firstRows?.length).toBeGreaterThan(0);
    expect(firstRows).not.toContain('LIBLATE');
    const [drawn, fromStore] = await popup.evaluate(
      (names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN),
      [LIST_RENDERED_MARK, LIST_FROM_STORE_MARK],
    );
    expect(drawn).toBeLessThan(fromStore!);
    // The newest article, in a category of many: the first row of the first group.
    expect(await popup.locator('.group').first().getAttribute('data-category')).toBe(late.category);
    expect(await popup.locator('.article').first().getAttribute('data-id')).toBe('LIBLATE');
    // The copy now kept for the next open is what this one shows, newest first.
    const kept = await popup.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { newest: Array<{ id: string }> } | null,
      CACHED_SCREEN_KEY,
    );
    expect(kept?.newest[0]?.id).toBe('LIBLATE');
    await popup.close();
  });
});

describe('when the library cannot be opened', () => {
  it('says so plainly instead of showing an empty popup', async () => {
    // A newer schema version than this build knows makes IndexedDB refuse the open (VersionError).
    await session.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('jianbao', 999);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error ?? new Error('the open failed'));
        }),
    );
    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html?view=library'));
    const alert = popup.locator('.library-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The library could not be opened');
    expect(await popup.locator('.list-viewport').count()).toBe(0);
    // The list kept from earlier opens is dropped with it: the next open shows no list it cannot back.
    expect(await popup.evaluate((key) => localStorage.getItem(key), CACHED_SCREEN_KEY)).toBeNull();
    await popup.close();
  });
});
