/** Issue #4 §4: a windowed list — hundreds of articles, only the rows on screen are in the DOM. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BENCH_INSERT_BATCH } from '../../testkit/browser/bench-api.ts';
import { callBench, launchWithBench, type BenchSession } from '../../testkit/browser/bench-dist.ts';
import { corpusTexts } from '../../testkit/corpus-texts.ts';

/**
 * Two save batches: the newest (ids from BENCH_INSERT_BATCH on) heads the list and the oldest ends it, and
 * 600 rows are ten times what a window renders.
 */
const COUNT = BENCH_INSERT_BATCH + 100;
let session: BenchSession;

beforeAll(async () => {
  session = await launchWithBench();
  // Generated inside the extension page and saved through the store, newest last.
  await callBench(session.bench, 'generateAndInsert', corpusTexts(), {
    count: COUNT,
    bodyChars: 120,
    categories: 3,
    idPrefix: 'WIN',
  });
  expect(await callBench(session.bench, 'count')).toBe(COUNT);
}, 150_000); // seconds on an idle 2-core machine; several times that while other browsers share the cores

afterAll(async () => {
  await session?.close();
});

const renderedIds = (popup: import('playwright-core').Page) =>
  popup.locator('.article').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));

it('renders far fewer rows than articles, and scrolling brings later ones in', async () => {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html?view=library'));
  await popup.locator('.article').first().waitFor();
  expect(await popup.locator('.total').textContent()).toContain(String(COUNT));
  // Articles are spread over 3 categories (n % 3); the first header counts its whole group, rendered or not.
  expect(Number(await popup.locator('.group-count').first().textContent())).toBe(Math.ceil(COUNT / 3));

  const first = await renderedIds(popup);
  expect(first.length).toBeGreaterThan(3);
  expect(first.length).toBeLessThan(60);
  // Newest first: the last batch saved (one save time per batch) holds the ids from BENCH_INSERT_BATCH on.
  const idNumber = (id: string | undefined) => Number(id?.slice(3));
  expect(idNumber(first[0])).toBeGreaterThanOrEqual(BENCH_INSERT_BATCH);

  // The list is as tall as all rows would be, so the scrollbar is honest.
  const scrollHeight = await popup.locator('.list-viewport').evaluate((el) => el.scrollHeight);
  expect(scrollHeight).toBeGreaterThan(COUNT * 40);

  await popup.locator('.list-viewport').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  // The bottom of the list is the oldest batch (ids below BENCH_INSERT_BATCH) of the last group.
  await expect.poll(async () => idNumber((await renderedIds(popup)).at(-1))).toBeLessThan(BENCH_INSERT_BATCH);
  const last = await renderedIds(popup);
  expect(last.length).toBeLessThan(60);
  expect(last.some((id) => first.includes(id))).toBe(false);

  // Keyboard: Home jumps back to the top row and focuses it, rendering it first.
  await popup.locator('.article-link').last().focus();
  await popup.keyboard.press('Home');
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-key')))
    .toMatch(/^g:/);
  expect(await popup.locator('.list-viewport').evaluate((el) => el.scrollTop)).toBe(0);
  expect(await popup.locator('.article').count()).toBeLessThan(60);
  await popup.close();
});
