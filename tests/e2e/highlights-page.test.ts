/**
 * Issue 17 §1 and §2 in real Chromium: the Highlights page lists every highlight grouped by article,
 * newest first, filters by colour, tag and words, opens the reader at a highlight, and follows changes
 * made elsewhere; the options' Tags section renames and merges a tag on every article.
 * Highlights and tags are written through the real store from a test-only extension page
 * (harness/reader-state-page.ts), as the reader would write them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { waitFor } from '../../testkit/browser/extension.ts';
import { describeViolations, runAxe, seriousOrWorse } from './harness/axe.ts';
import {
  launchWithLibrary,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';
import { buildReaderStateDist, callReaderState, openReaderState } from './harness/reader-state-page.ts';
import type { PageDist } from '../../testkit/browser/page-dist.ts';

const posts = withInfoCode(sharePagePosts());
const items: ShareItem[] = [
  { post: posts[0]!, source: '南方Plus' },
  { post: posts[1]!, source: '每日经济新闻' },
  { post: posts[2]!, source: '证券时报' },
];
const [A, B, C] = items.map((item) => item.post.infoCode) as [string, string, string];

let stateDist: PageDist;
let library: SeededLibrary;
let statePage: Page;
/** Highlight ids by name, as the reader-state page minted them. */
const seeded: Record<string, { id: string; exact: string }> = {};

beforeAll(async () => {
  stateDist = await buildReaderStateDist();
  library = await launchWithLibrary(items, { args: stateDist.args });
  statePage = await openReaderState(library.session);
  await callReaderState(statePage, 'update', A, { tags: ['宏观', '政策'] });
  await callReaderState(statePage, 'update', B, { tags: ['宏观'] });
  await callReaderState(statePage, 'update', C, { tags: ['市场'] });
});

afterAll(async () => {
  await library?.close();
  stateDist?.remove();
});

async function openHighlights(query = ''): Promise<Page> {
  const page = await library.session.context.newPage();
  await page.goto(library.session.url(`highlights.html${query}`));
  await page.locator('main.highlights-page h1').waitFor();
  await page.locator('.status').waitFor({ state: 'detached' });
  return page;
}

const groupOrder = (page: Page) =>
  page.locator('.group').evaluateAll((els) => els.map((el) => el.dataset.article));
const shownIds = (page: Page) =>
  page.locator('.highlight').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));
/** What `read` gives once it equals `expected`, or after 5 s: a change applies with the next render. */
const settled = <T>(read: () => Promise<T>, expected: T): Promise<T> =>
  waitFor(read, (value) => JSON.stringify(value) === JSON.stringify(expected), 5_000);
/** Expects the element to read `expected` within 5 s: a message appears once the write it reports ends. */
async function expectText(locator: Locator, expected: string): Promise<void> {
  const text = await waitFor(
    () => locator.textContent(),
    (read) => read === expected,
    5_000,
  );
  expect(text).toBe(expected);
}
const recordOf = async (id: string) => (await library.session.readArticles()).find((r) => r.id === id)!;

describe('the Highlights page', () => {
  it('says how to make highlights while there are none', async () => {
    const page = await openHighlights();
    expect(await page.title()).toBe('Highlights · Jianbao');
    expect(await page.locator('.empty').textContent()).toMatch(
      /^No highlights yet\. In the reader view, select/,
    );
    expect(await page.locator('.filters').count()).toBe(0);
    await page.close();
  });

  it('lists every highlight with its note, grouped by article, newest first; detached ones are marked', async () => {
    seeded.a1 = await callReaderState(statePage, 'highlight', A, {
      start: 0,
      end: 24,
      color: 'yellow',
      note: 'reserve ratio cut',
      at: '2026-12-01T10:00:00+08:00',
    });
    seeded.b1 = await callReaderState(statePage, 'highlight', B, {
      start: 10,
      end: 30,
      color: 'green',
      at: '2026-12-02T10:00:00+08:00',
    });
    seeded.a2 = await callReaderState(statePage, 'highlight', A, {
      start: 40,
      end: 60,
      color: 'blue',
      note: 'liquidity matters',
      at: '2026-12-03T10:00:00+08:00',
    });
    seeded.c1 = await callReaderState(statePage, 'highlight', C, {
      start: 5,
      end: 20,
      color: 'pink',
      at: '2026-11-30T10:00:00+08:00',
      detached: true,
    });

    const page = await openHighlights();
    expect(await groupOrder(page)).toEqual([A, B, C]);
    expect(await shownIds(page)).toEqual([seeded.a2.id, seeded.a1.id, seeded.b1.id, seeded.c1.id]);
    expect(await page.locator('.count').textContent()).toBe('4 highlights in 3 articles');

    const record = await recordOf(A);
    const groupA = page.locator(`.group[data-article="${A}"]`);
    const title = groupA.locator('.group-title a');
    expect(await title.textContent()).toBe(items[0]!.post.title);
    expect(await title.getAttribute('lang')).toBe((record.lang as string | undefined) ?? null);
    expect(await groupA.locator('.group-meta').textContent()).toBe(
      `${record.source as string} · ${((record.publishedAt ?? record.savedAt) as string).slice(0, 10)}`,
    );
    const a1 = page.locator(`.highlight[data-id="${seeded.a1.id}"]`);
    expect(await a1.locator('.quote').textContent()).toBe(seeded.a1.exact);
    expect(await a1.locator('.note').textContent()).toBe('Note: reserve ratio cut');
    expect(await a1.getAttribute('data-color')).toBe('yellow');
    expect(await page.locator(`.highlight[data-id="${seeded.b1.id}"] .note`).count()).toBe(0);

    const c1 = page.locator(`.highlight[data-id="${seeded.c1.id}"]`);
    expect(await c1.getAttribute('data-detached')).toBe('true');
    expect(await c1.locator('.detached .badge').textContent()).toBe('Detached');
    expect(await page.locator('.detached').count()).toBe(1);
    await page.close();
  });

  it('filters by colour, by tag and by words, and keeps the filters in its address', async () => {
    const page = await openHighlights();
    const colour = (name: string) => page.getByRole('radio', { name }).click();
    const search = (words: string) => page.getByRole('searchbox', { name: 'Search highlights' }).fill(words);
    await colour('Green');
    expect(await settled(() => shownIds(page), [seeded.b1!.id])).toEqual([seeded.b1!.id]);
    expect(new URL(page.url()).searchParams.get('color')).toBe('green');
    await colour('All');
    expect(
      await waitFor(
        () => shownIds(page),
        (ids) => ids.length === 4,
      ),
    ).toHaveLength(4);

    expect(
      await page.locator('select[name="tag"] option').evaluateAll((els) => els.map((el) => el.textContent)),
    ).toEqual(['All tags', '宏观', '市场', '政策']);
    await page.selectOption('select[name="tag"]', '政策');
    expect(await settled(() => groupOrder(page), [A])).toEqual([A]);
    await page.selectOption('select[name="tag"]', '宏观');
    expect(await settled(() => groupOrder(page), [A, B])).toEqual([A, B]);
    await colour('Blue');
    expect(await settled(() => shownIds(page), [seeded.a2!.id])).toEqual([seeded.a2!.id]);

    // Reopened from its address (written once the list is drawn), the page shows the same list.
    await page.waitForURL(/color=blue/);
    const again = await openHighlights(new URL(page.url()).search);
    expect(await shownIds(again)).toEqual([seeded.a2!.id]);
    expect(await again.locator('select[name="tag"]').inputValue()).toBe('宏观');
    await again.close();

    await page.selectOption('select[name="tag"]', '');
    await colour('All');
    // A word of a note; then a word of the quote itself, typed in upper case where the text has it lower.
    await search('LIQUIDITY');
    expect(await settled(() => shownIds(page), [seeded.a2!.id])).toEqual([seeded.a2!.id]);
    await search(seeded.b1!.exact.slice(2, 8));
    expect(
      await waitFor(
        () => shownIds(page),
        (ids) => ids.includes(seeded.b1!.id),
      ),
    ).toContain(seeded.b1!.id);
    // Words of the title find every highlight of that article.
    await search(items[2]!.post.title.slice(0, 6));
    expect(await settled(() => groupOrder(page), [C])).toEqual([C]);
    await search('nothing like this anywhere');
    await page.locator('.no-match').waitFor();
    expect(await page.locator('.no-match').textContent()).toContain('No highlight matches these filters.');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(
      await waitFor(
        () => shownIds(page),
        (ids) => ids.length === 4,
      ),
    ).toHaveLength(4);
    await page.waitForURL((url) => url.search === '');
    await page.close();
  });

  it('shows a highlight made in another page without a reload', async () => {
    const page = await openHighlights();
    seeded.b2 = await callReaderState(statePage, 'highlight', B, {
      start: 50,
      end: 70,
      color: 'pink',
      note: 'made elsewhere',
      at: '2026-12-04T10:00:00+08:00',
    });
    await page.locator(`.highlight[data-id="${seeded.b2.id}"]`).waitFor();
    expect(await groupOrder(page)).toEqual([B, A, C]);
    await page.close();
  });

  it('has no serious accessibility violations', async () => {
    const page = await openHighlights();
    expect(describeViolations(seriousOrWorse(await runAxe(page)))).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(describeViolations(seriousOrWorse(await runAxe(page)))).toEqual([]);
    await page.close();
  });

  it('opens the reader at the highlight that is clicked', async () => {
    const page = await openHighlights();
    await page.locator(`.highlight[data-id="${seeded.a1!.id}"] .quote-link`).click();
    await page.waitForURL(/reader\.html/);
    expect(page.url()).toBe(library.session.url(`reader.html?id=${A}#hl-${seeded.a1!.id}`));
    await page.close();
  });
});

describe('the options page Tags section', () => {
  let options: Page;

  const tagRow = (tag: string) => options.locator(`.tags li[data-tag="${tag}"]`);
  const rename = async (from: string, to: string): Promise<void> => {
    await tagRow(from).getByRole('button', { name: 'Rename' }).click();
    await tagRow(from).locator('input[name="to"]').fill(to);
    await tagRow(from).getByRole('button', { name: 'Save' }).click();
  };
  const tagsOf = async (id: string) => (await recordOf(id)).tags as string[];

  beforeAll(async () => {
    options = await library.session.context.newPage();
    await options.goto(library.session.url('options.html'));
    await options.locator('.tags li').first().waitFor();
  });

  it('lists every tag with how many articles carry it', async () => {
    const rows = await options
      .locator('.tags li')
      .evaluateAll((els) =>
        els.map((el): [string, string] => [
          el.querySelector('.tag-name')?.textContent ?? '',
          el.querySelector('.tag-count')?.textContent ?? '',
        ]),
      );
    expect(new Map(rows)).toEqual(
      new Map([
        ['宏观', '2 articles'],
        ['政策', '1 article'],
        ['市场', '1 article'],
      ]),
    );
  });

  it('refuses an empty or too long name with a message, and changes nothing', async () => {
    await rename('政策', '   ');
    await expectText(
      options.locator('.tags .problem'),
      'A tag needs at least one character other than spaces. Nothing was renamed.',
    );
    await tagRow('政策').locator('input[name="to"]').fill('长'.repeat(65));
    await tagRow('政策').getByRole('button', { name: 'Save' }).click();
    await expectText(
      options.locator('.tags .problem'),
      'A tag has at most 64 characters; this name has 65. Nothing was renamed.',
    );
    expect(await tagsOf(A)).toEqual(['宏观', '政策']);
    await tagRow('政策').getByRole('button', { name: 'Cancel' }).click();
  });

  it('renames a tag on every article that carries it', async () => {
    await rename('宏观', '经济');
    await expectText(options.locator('.tags .status'), '“宏观” is now “经济” on 2 articles.');
    expect(await tagsOf(A)).toEqual(['经济', '政策']);
    expect(await tagsOf(B)).toEqual(['经济']);
    expect(await tagsOf(C)).toEqual(['市场']);
    await tagRow('经济').waitFor();
    expect(await tagRow('宏观').count()).toBe(0);
  });

  it('merges into an existing tag only once that is confirmed', async () => {
    await rename('政策', '经济');
    const confirm = options.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain('Merge “政策” into the existing tag “经济”?');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await tagsOf(A)).toEqual(['经济', '政策']);

    await tagRow('政策').getByRole('button', { name: 'Save' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
    await expectText(options.locator('.tags .status'), '“政策” is merged into “经济” on 1 article.');
    expect(await tagsOf(A)).toEqual(['经济']);
    expect(await tagRow('政策').count()).toBe(0);
    expect(await tagRow('经济').locator('.tag-count').textContent()).toBe('2 articles');

    // The Highlights page's tag filter offers the new name.
    const page = await openHighlights('?tag=经济');
    expect(await groupOrder(page)).toEqual([B, A]);
    await page.close();
  });
});
