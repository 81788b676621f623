/**
 * Issue #5 §5: screenshots for a person to look at — the reader in light and dark, and the popup —
 * written to tests/artifacts/ (ignored by git). The checks make sure each file is a real, distinct picture.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sharePagePosts } from '../../testkit/corpus.ts';
import type { ExtensionSession } from '../../testkit/browser/extension.ts';
import {
  launchWithLibrary,
  solidPng,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';

const ARTIFACTS = resolve('tests/artifacts');
const posts = withInfoCode(sharePagePosts());
const IMAGE_PATH = '/img/chart.png';
/** The reader's subject, with one served image so the screenshot shows how pictures sit in the column. */
const featured: ShareItem = {
  post: posts[3]!,
  body: posts[3]!.body.replace(
    '</p>',
    `</p><figure><img src="${IMAGE_PATH}" alt="示意图"><figcaption>图：示意图说明</figcaption></figure>`,
  ),
};
const items: ShareItem[] = [
  { post: posts[0]! },
  { post: posts[8]!, source: sourceOfFeatured() },
  featured,
  { post: posts[1]! },
];

function sourceOfFeatured(): string {
  return posts[3]!.tags.replace(/新闻$/, '');
}

let library: SeededLibrary;
let session: ExtensionSession;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  library = await launchWithLibrary(items, {
    setup: (server) => server.route(IMAGE_PATH, { type: 'image/png', body: solidPng(640, 240) }),
  });
  ({ session } = library);
});

afterAll(async () => {
  await library?.close();
});

/** PNG width and height from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

it('writes the reader in light and dark themes', async () => {
  const files: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto(session.url(`reader.html?id=${featured.post.infoCode}`));
    await page.waitForSelector('.article-title');
    await page.waitForFunction(() => [...document.querySelectorAll('img')].every((img) => img.complete));
    const file = join(ARTIFACTS, `reader-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: false });
    files.push(file);
    await page.close();
  }
  for (const file of files) {
    expect(pngSize(file)).toEqual({ width: 1100, height: 900 });
    expect(statSync(file).size).toBeGreaterThan(20_000); // text and a picture, not a blank page
  }
  expect(readFileSync(files[0]!).equals(readFileSync(files[1]!))).toBe(false);
});

it('writes the popup with its library', async () => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(session.url('popup.html?view=library'));
  await page.getByText(posts[1]!.title).first().waitFor();
  const file = join(ARTIFACTS, 'popup.png');
  await page.screenshot({ path: file });
  await page.close();
  expect(pngSize(file)).toEqual({ width: 420, height: 600 });
  expect(statSync(file).size).toBeGreaterThan(10_000);
});
