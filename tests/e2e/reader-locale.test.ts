/**
 * Issue #5 §1: the publish time (and the page's words) are written in the reader's locale, at the
 * article's own offset (zh-CN here; en-US in reader-view).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sharePagePosts } from '../../testkit/corpus.ts';
import {
  launchWithLibrary,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';

const item: ShareItem = { post: withInfoCode(sharePagePosts())[0]! };
let library: SeededLibrary;

beforeAll(async () => {
  // --lang picks the UI language chrome.i18n uses; `locale` sets navigator.language.
  library = await launchWithLibrary([item], { locale: 'zh-CN', args: ['--lang=zh-CN'] });
});

afterAll(async () => {
  await library?.close();
});

it('shows 2021年12月22日 14:06 (UTC+8) for an article published at 14:06 in UTC+8', async () => {
  expect(item.post.date).toBe('2021-12-22 14:06:54 +0800'); // the expectation below is written for this post
  const page = await library.session.context.newPage();
  await page.goto(library.session.url(`reader.html?id=${item.post.infoCode}`));
  await page.waitForSelector('.article-title');
  expect(await page.getAttribute('time[datetime]', 'datetime')).toBe('2021-12-22T14:06:54+08:00');
  expect(await page.textContent('[data-meta="published"] dd')).toBe('2021年12月22日 14:06 (UTC+8)');
  // The page's own words follow the browser's language too, with the full-width colon after labels.
  expect(await page.textContent('[data-meta="reading-time"] dd')).toMatch(/^约 \d+ 分钟读完$/);
  expect(
    await page.$eval('[data-meta="published"] dt', (el) => getComputedStyle(el, '::after').content),
  ).toBe('"："');
  await page.close();
});
