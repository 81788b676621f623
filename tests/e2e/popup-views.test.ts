/**
 * Issue #17 §2 in the popup: the Unread / All / Favourites / Archive views, the tag filter, user tags on a
 * row and when saving, the search syntax, keyboard reach, and axe on the new controls.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { waitFor } from '../../testkit/browser/extension.ts';
import { describeViolations, runAxe, seriousOrWorse } from './harness/axe.ts';
import {
  launchWithLibrary,
  serveSharePages,
  shareUrlOf,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
  type StoredRecord,
} from './harness/reader-library.ts';

const posts = withInfoCode(sharePagePosts());
const items: ShareItem[] = [
  { post: posts[0]!, source: '每日经济新闻' },
  { post: posts[1]!, source: '证券时报' },
  { post: posts[2]!, source: '证券时报' },
  { post: posts[3]!, source: '南方Plus' },
];
/** Not saved at launch: the popup saves it, with tags typed beside the save. */
const later: ShareItem = { post: posts[4]!, source: '第一财经' };
const [favItem, archivedItem, taggedItem, otherItem] = items.map((item) => item.post.infoCode) as [
  string,
  string,
  string,
  string,
];

let library: SeededLibrary;

beforeAll(async () => {
  library = await launchWithLibrary(items);
});

afterAll(async () => {
  await library?.close();
});

async function openPopup(path = 'popup.html?view=library'): Promise<Page> {
  const popup = await library.session.context.newPage();
  await popup.goto(library.session.url(path));
  await popup.locator('.library[aria-busy="false"]').waitFor();
  return popup;
}

const record = async (id: string): Promise<StoredRecord | undefined> =>
  (await library.session.readArticles()).find((r) => r.id === id) as StoredRecord | undefined;
const listedIds = (popup: Page): Promise<string[]> =>
  popup.locator('.article').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
const rowOf = (popup: Page, id: string): Locator => popup.locator(`.article[data-id="${id}"]`);
const selectedView = (popup: Page) =>
  popup.locator('.view-tab[aria-selected="true"]').getAttribute('data-view');
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-key') ?? el?.getAttribute('data-view') ?? el?.id ?? el?.tagName;
  });

describe('views', () => {
  it('Favourites lists what ☆ marked; archiving hides an article from every view but Archive', async () => {
    const popup = await openPopup();
    expect(await selectedView(popup)).toBe('all');
    expect((await listedIds(popup)).sort()).toEqual([...items.map((i) => i.post.infoCode)].sort());

    // Named by the word it shows; the full words and its key are its tooltip; pressed says whether it is on.
    const star = rowOf(popup, favItem).getByRole('button', { name: 'Favourite', exact: true });
    expect(await star.getAttribute('title')).toBe('Add to favourites (F)');
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(async () => (await record(favItem))?.favourite).toBe(true);
    await rowOf(popup, favItem).and(popup.locator('[data-favourite="true"]')).waitFor();
    expect(await star.getAttribute('title')).toBe('Remove from favourites (F)');
    expect(await star.getAttribute('aria-pressed')).toBe('true');

    await popup.locator('.view-tab[data-view="favourites"]').click();
    await expect.poll(() => listedIds(popup)).toEqual([favItem]);

    await popup.locator('.view-tab[data-view="all"]').click();
    // Archive from the keyboard: A on the focused row.
    await rowOf(popup, archivedItem).locator('.article-link').focus();
    await popup.keyboard.press('a');
    await rowOf(popup, archivedItem).waitFor({ state: 'detached' });
    expect((await record(archivedItem))?.archived).toBe(true);
    // The record is kept, only hidden: Archive lists it, Unread does not.
    await popup.locator('.view-tab[data-view="archive"]').click();
    await expect.poll(() => listedIds(popup)).toEqual([archivedItem]);
    const archiveToggle = rowOf(popup, archivedItem).getByRole('button', { name: 'Archive', exact: true });
    expect(await archiveToggle.getAttribute('title')).toBe('Move out of the archive (A)');
    expect(await archiveToggle.getAttribute('aria-pressed')).toBe('true');
    await popup.locator('.view-tab[data-view="unread"]').click();
    await expect.poll(() => listedIds(popup)).not.toContain(archivedItem);
    expect(await listedIds(popup)).toContain(favItem);

    // Read articles leave Unread; the header count stays the whole library.
    await rowOf(popup, favItem).locator('.read-toggle').click();
    await rowOf(popup, favItem).waitFor({ state: 'detached' });
    expect(await popup.locator('.total').textContent()).toContain(String(items.length));

    // Opened again, the popup still knows what is archived and favourite (the kept first screen too).
    await popup.close();
    const again = await openPopup();
    expect(await listedIds(again)).not.toContain(archivedItem);
    expect(await rowOf(again, favItem).getAttribute('data-favourite')).toBe('true');
    await again.close();
  });

  it('the keyboard reaches the views and the tag filter, and arrows switch views', async () => {
    const popup = await openPopup();
    await popup.locator('.view-tab[data-view="all"]').focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => focused(popup)).toBe('favourites');
    expect(await selectedView(popup)).toBe('favourites');
    await expect.poll(() => listedIds(popup)).toEqual([favItem]);
    await popup.keyboard.press('End');
    expect(await selectedView(popup)).toBe('archive');
    await popup.keyboard.press('ArrowRight'); // wraps to the first
    expect(await selectedView(popup)).toBe('unread');
    // One tab stop for the views: Tab goes on to the tag filter, then the search box.
    await popup.keyboard.press('Tab');
    await expect.poll(() => focused(popup)).toBe('tag-filter-input');
    await popup.keyboard.press('Tab');
    await expect.poll(() => focused(popup)).toBe('search-input');
    await popup.close();
  });
});

describe('tags', () => {
  it('a tag added on a row filters the list; the automatic tag is marked as such, where it says something new', async () => {
    const popup = await openPopup();
    const row = rowOf(popup, taggedItem);
    // Alone in its category in this view (its neighbour is archived), it sits in the gathered group and
    // names its category, its source: the page's own tag (<source>新闻) would only repeat that.
    const gathered = popup.locator('.group[data-other="true"]');
    await gathered.locator(`.article[data-id="${taggedItem}"]`).waitFor();
    expect(await row.getAttribute('data-category')).toBe('证券时报');
    expect(await row.locator('.article-meta').textContent()).toContain('证券时报');
    expect(await row.locator('.row-tag').count()).toBe(0);
    // Moved to a category not named after its source, the tag says something new: shown, marked automatic.
    await row.locator('.article-link').focus();
    await popup.keyboard.press('c');
    await popup.locator('#category-input').fill('稍后再读');
    await popup.locator('#category-input').press('Enter');
    await popup.locator(`.group[data-other="true"] .article[data-category="稍后再读"]`).waitFor();
    expect(await row.getAttribute('data-category')).toBe('稍后再读');
    const chip = row.locator('.row-tag[data-automatic="true"]', { hasText: '证券时报新闻' });
    await chip.waitFor();
    expect(await chip.getAttribute('title')).toBe("Automatic tag, from the article's source");

    await row.locator('.article-link').focus();
    await popup.keyboard.press('t');
    const editor = popup.locator('.tag-editor');
    await editor.waitFor();
    await expect.poll(() => focused(popup)).toBe('tag-editor-input');
    const automatic = editor.locator('.tag-chip[data-automatic="true"]');
    expect(await automatic.getAttribute('data-tag')).toBe('证券时报新闻');
    expect(await automatic.locator('.tag-auto').textContent()).toBe('automatic');

    await popup.keyboard.type('稍后细读，  宏观 展望 ');
    await popup.keyboard.press('Enter');
    await editor.locator('.tag-chip[data-tag="宏观 展望"]').waitFor();
    await expect
      .poll(async () => (await record(taggedItem))?.tags)
      .toEqual(['证券时报新闻', '稍后细读', '宏观 展望']);
    // Removing the automatic tag is the user's choice too.
    await automatic.locator('.tag-remove').click();
    await expect.poll(async () => (await record(taggedItem))?.tags).toEqual(['稍后细读', '宏观 展望']);
    await popup.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => focused(popup)).toBe(`a:${taggedItem}`);

    // The filter box completes from the library's tags and keeps the list to the tagged article.
    const filter = popup.locator('#tag-filter-input');
    await filter.focus();
    await expect
      .poll(() =>
        popup.locator('#tag-filter-options option').evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
      )
      .toContain('稍后细读');
    await filter.fill('稍后细读');
    await expect.poll(() => listedIds(popup)).toEqual([taggedItem]);
    // Inside another view the filter still applies: the tagged article is not a favourite.
    await popup.locator('.view-tab[data-view="favourites"]').click();
    await popup.locator('.empty', { hasText: '稍后细读' }).waitFor();
    await popup.locator('.view-tab[data-view="all"]').click();
    await filter.fill('');
    await expect.poll(async () => (await listedIds(popup)).length).toBe(items.length - 1);
    await popup.close();
  });

  it('refuses a tag of spaces or one over 64 characters with a message, storing nothing', async () => {
    const popup = await openPopup();
    await rowOf(popup, otherItem).locator('.edit-tags').click();
    const input = popup.locator('#tag-editor-input');
    const before = (await record(otherItem))?.tags;
    await input.fill('   ');
    await input.press('Enter');
    expect(await popup.locator('#tag-editor-error').textContent()).toBe(
      'A tag needs a character other than spaces.',
    );
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('长'.repeat(65));
    await input.press('Enter');
    expect(await popup.locator('#tag-editor-error').textContent()).toContain('at most 64 characters');
    expect((await record(otherItem))?.tags).toEqual(before);
    await popup.close();
  });

  it('tags typed beside the save go onto the article the popup saved', async () => {
    serveSharePages(library.server, [...items, later]);
    const tab = await library.session.context.newPage();
    await tab.goto(shareUrlOf(library.server, later));
    await waitFor(
      () => library.session.readArticles(),
      (all) => all.some((r) => r.id === later.post.infoCode),
    );
    const tabId = await library.session.tabIdOf(tab);
    const popup = await library.session.context.newPage();
    await popup.goto(library.session.url(`popup.html?tab=${tabId}`));
    await popup.locator('.save-status[data-state="saved"]').waitFor();
    const box = popup.locator('#save-tags-input');
    await box.fill('待读, 周报');
    await box.press('Enter');
    await popup.locator('.save-tags-done', { hasText: '待读' }).waitFor();
    expect((await record(later.post.infoCode))?.tags).toEqual(['第一财经新闻', '待读', '周报']);
    await Promise.all([popup.close(), tab.close()]);
  });
});

describe('search', () => {
  it('takes tag: and is:fav among the words, and stays inside the view', async () => {
    const popup = await openPopup();
    const search = popup.locator('#search-input');
    await search.fill('tag:稍后细读');
    await popup.locator('.result-count[data-query="tag:稍后细读"]').waitFor();
    await expect.poll(() => listedIds(popup)).toEqual([taggedItem]);
    await search.fill('is:fav');
    await popup.locator('.result-count[data-query="is:fav"]').waitFor();
    await expect.poll(() => listedIds(popup)).toEqual([favItem]);
    // The archived article is found in Archive only.
    const title = (await record(archivedItem))!.title as string;
    await search.fill(title);
    await popup.waitForFunction(
      (query) => document.querySelector('.result-count')?.getAttribute('data-query') === query,
      title.trim(),
    );
    await expect.poll(() => listedIds(popup)).not.toContain(archivedItem);
    await popup.locator('.view-tab[data-view="archive"]').click();
    await expect.poll(() => listedIds(popup)).toEqual([archivedItem]);
    await popup.close();
  });
});

describe('highlights and imported links on a row', () => {
  it('a search whose words are in a highlight shows that highlight, and opens the reader at it', async () => {
    const reader = await library.session.context.newPage();
    await reader.goto(library.session.url(`reader.html?id=${otherItem}`));
    await reader.waitForSelector('.article-body p');
    // A real selection of a few words of the first paragraph, as a drag leaves it, then h.
    const quote = await reader.evaluate(() => {
      const paragraph = document.querySelector('.article-body p')!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text | null;
      while (node && node.data.trim().length < 12) node = walker.nextNode() as Text | null;
      if (!node) throw new Error('no text in the first paragraph');
      const start = node.data.search(/\S/);
      getSelection()!.setBaseAndExtent(node, start, node, start + 8);
      return node.data.slice(start, start + 8);
    });
    await reader.keyboard.press('h');
    const highlightId = await waitFor(
      async () => {
        const stored = (await record(otherItem)) as { highlights?: Array<{ id: string }> } | undefined;
        return stored?.highlights?.[0]?.id;
      },
      (id) => id !== undefined,
    );
    expect(highlightId).toBeDefined();
    await reader.close();

    const popup = await openPopup();
    await popup.locator('#search-input').fill(quote);
    const meta = rowOf(popup, otherItem).locator(`.article-meta[data-highlight-id="${highlightId}"]`);
    await meta.waitFor();
    expect(await meta.textContent()).toContain(quote);
    expect(await meta.locator('mark').count()).toBeGreaterThan(0);
    const opened = library.session.context.waitForEvent('page');
    // The title's start, as a person clicks it: the row's end holds its actions while the pointer is on it.
    await rowOf(popup, otherItem)
      .locator('.article-title')
      .click({ position: { x: 8, y: 8 } });
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toBe(
      library.session.url(`reader.html?id=${otherItem}#hl-${encodeURIComponent(highlightId!)}`),
    );
    await page.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('marks an imported link the fetch queue could not load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-popup-views-'));
    try {
      const csv = join(dir, 'pocket.csv');
      // The server answers 404 for this address: the queue gives up on it and keeps the link.
      writeFileSync(
        csv,
        `title,url,time_added,tags,status\n不在了的文章,${library.server.origin}/gone,1700000000,,unread\n`,
      );
      const options = await library.session.context.newPage();
      await options.goto(library.session.url('options.html'));
      await options.setInputFiles('input[name="import"]', csv);
      await options.click('.import-confirm button.confirm-import');
      const failed = await waitFor(
        async () =>
          ((await library.session.readArticles()) as StoredRecord[]).find(
            (r) => (r as { fetch?: { state: string } }).fetch?.state === 'failed',
          ),
        (found) => found !== undefined,
        30_000,
      );
      expect(failed).toBeDefined();
      await options.close();
      const popup = await openPopup();
      const row = rowOf(popup, failed!.id);
      expect(await row.getAttribute('data-fetch')).toBe('failed');
      expect(await row.locator('.fetch-state').textContent()).toBe('Could not be fetched');
      await popup.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what a person and a screen reader get', () => {
  it('article text carries its language; axe finds nothing serious with the tag editor open', async () => {
    const popup = await openPopup();
    const langs = await popup
      .locator('.article-title')
      .evaluateAll((titles) => titles.map((title) => title.getAttribute('lang')));
    expect(langs.length).toBeGreaterThan(0);
    expect(new Set(langs)).toEqual(new Set(['zh-CN']));
    expect(await popup.locator('.highlights-link').getAttribute('href')).toBe('highlights.html');

    await rowOf(popup, taggedItem).locator('.edit-tags').click();
    await popup.locator('.tag-editor').waitFor();
    expect(describeViolations(seriousOrWorse(await runAxe(popup)))).toEqual([]);
    await popup.locator('.view-tab[data-view="archive"]').click();
    await popup.locator(`.article[data-id="${archivedItem}"]`).waitFor();
    expect(describeViolations(seriousOrWorse(await runAxe(popup)))).toEqual([]);
    await popup.close();
  });
});
