/** Issue #6 in real Chromium: the options page's settings, JSON/Markdown export, delete-all and import. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CACHED_SCREEN_KEY } from '../../src/shared/cached-screen-storage.ts';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import {
  saveSharePages,
  serveSharePages,
  solidPng,
  withInfoCode,
  type ShareItem,
  type StoredRecord,
} from './harness/reader-library.ts';

const posts = withInfoCode(sharePagePosts());
const IMAGE_PATH = '/img/photo.png';
const items: ShareItem[] = [
  { post: posts[0]! },
  { post: posts[1]!, body: `${posts[1]!.body}<p><img src="${IMAGE_PATH}" alt="图"></p>` },
  { post: posts[2]! },
];

let session: ExtensionSession;
let server: FixtureServer;
let records: StoredRecord[];
let options: Page;
const dir = mkdtempSync(join(tmpdir(), 'jianbao-options-e2e-'));

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(IMAGE_PATH, { type: 'image/png', body: solidPng(40, 30) });
  serveSharePages(server, items);
  session = await launchExtension();
  records = await saveSharePages(session, server, items);
  // The offline copy of the image is fetched after the save: wait for it to be on the record.
  records = (await waitFor(
    () => session.readArticles(),
    (all) => all.some((r) => Array.isArray(r.imagesStored)),
  )) as StoredRecord[];
  options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  await options.locator('main.options').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Clicks `selector` and returns the downloaded file's bytes. */
async function downloadOf(selector: string): Promise<Buffer> {
  const started = options.waitForEvent('download');
  await options.click(selector);
  const download = await started;
  return readFileSync(await download.path());
}

/** An exported library file read back: the extension wrote it, so it has the file's shape. */
const parseExport = (text: string) =>
  JSON.parse(text) as { articles: StoredRecord[]; images?: Array<{ url: string; dataBase64: string }> };

const withoutTime = (text: string): string => text.replace(/"exportedAt": "[^"]*"/, '');

describe('options page', () => {
  it('shows every section in English and stores the share-page behaviour and reader defaults', async () => {
    expect(await options.locator('h1').textContent()).toBe('Jianbao settings');
    expect(await options.locator('.share-patterns .built-in li').count()).toBeGreaterThanOrEqual(3);
    expect(await options.locator('.storage .article-count').textContent()).toBe('3 articles in the library.');
    // navigator.storage.estimate() of this profile, formatted.
    expect(await options.locator('.storage .usage').textContent()).toMatch(
      /^Jianbao uses [\d.,]+ (B|KB|MB|GB) of the [\d.,]+ (KB|MB|GB|TB) this browser allows it\.$/,
    );
    await options.check('input[name="sharePageAction"][value="auto-open"]');
    await options.selectOption('select[name="theme"]', 'sepia');
    await options.fill('input[name="fontSize"]', '22');
    await options.press('input[name="fontSize"]', 'Tab');
    const stored = await waitFor(
      () =>
        session.worker.evaluate(
          async () =>
            (await chrome.storage.local.get('options')).options as Record<string, unknown> | undefined,
        ),
      (value) => (value?.reader as { fontSize?: number } | undefined)?.fontSize === 22,
    );
    expect(stored).toMatchObject({ sharePageAction: 'auto-open', reader: { theme: 'sepia', fontSize: 22 } });
  });

  it('validates a share pattern, then registers a content script for it, and unregisters it on removal', async () => {
    const registered = () =>
      session.worker.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches),
      );
    await options.fill('input[name="pattern"]', 'news.example.com');
    await options.click('.share-patterns button[type="submit"]');
    expect(await options.locator('#pattern-problem').textContent()).toContain('scheme://host/path');
    // A loopback pattern:
    // its host access is granted in the test profile (automation cannot answer the prompt).
    await options.fill('input[name="pattern"]', 'http://127.0.0.1/share/*');
    await options.click('.share-patterns button[type="submit"]');
    await options.locator('.patterns.user li[data-pattern="http://127.0.0.1/share/*"]').waitFor();
    expect(await waitFor(registered, (list) => list.length === 1)).toEqual([['http://127.0.0.1/share/*']]);
    await options.click('.patterns.user li[data-pattern="http://127.0.0.1/share/*"] button.remove');
    expect(await waitFor(registered, (list) => list.length === 0)).toEqual([]);
  });

  it('adds a category rule and shows it', async () => {
    await options.fill('.category-rules input[name="from"]', '南方Plus');
    await options.fill('.category-rules input[name="to"]', '南方');
    await options.click('.category-rules button[type="submit"]');
    await options.locator('.rules li[data-from="南方Plus"]').waitFor();
    const stored = await session.worker.evaluate(
      async () => (await chrome.storage.local.get('options')).options as { categoryRules: unknown },
    );
    expect(stored.categoryRules).toEqual([{ from: '南方Plus', to: '南方' }]);
  });
});

describe('export, delete everything, import', () => {
  let firstText: string;

  it('exports the library as versioned JSON with the offline image embedded', async () => {
    await options.check('input[name="images"]');
    const buffer = await downloadOf('button.export-json');
    firstText = buffer.toString('utf8');
    const file = parseExport(firstText);
    expect(file).toMatchObject({ format: 'jianbao-library', version: 1 });
    expect(file.articles.map((a) => a.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(file.images).toHaveLength(1);
    const [image] = file.images ?? [];
    expect(Buffer.from(image?.dataBase64 ?? '', 'base64').equals(solidPng(40, 30))).toBe(true);
    expect(await options.locator('.export-import .status').textContent()).toBe('Exported 3 articles.');
  });

  it('exports a ZIP of Jekyll posts named yyyy-mm-dd-<id>.md', async () => {
    const zip = join(dir, 'posts.zip');
    writeFileSync(zip, await downloadOf('button.export-markdown'));
    const env = { ...process.env, LC_ALL: 'C.UTF-8' };
    const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8', env }).trim().split('\n').sort();
    expect(listing).toEqual(
      items.map(({ post }) => `_posts/${post.date.slice(0, 10)}-${post.infoCode}.md`).sort(),
    );
    const post = items[0]!.post;
    const text = execFileSync('unzip', ['-p', zip, `_posts/${post.date.slice(0, 10)}-${post.infoCode}.md`], {
      encoding: 'utf8',
      env,
    });
    expect(text).toContain(`\ncategories: ${post.categories}\ntags: ${post.tags}\n---\n`);
    expect(text).toContain(`title: ${JSON.stringify(post.title)}\n`);
    expect(text).toMatch(/\n\n<http:\/\/127\.0\.0\.1:\d+\/html_News\/NewsShare\.html\?infoCode=NW\d{18}>\n$/);
  });

  it('deletes everything only after a second, explicit confirmation', async () => {
    // An open of the popup keeps its first screen (titles included) for the next open.
    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html?view=library'));
    await popup.locator('.library[aria-busy="false"]').waitFor();
    await popup.close();
    const kept = () => options.evaluate((key) => localStorage.getItem(key), CACHED_SCREEN_KEY);
    expect(await kept()).toContain(items[0]!.post.title);
    await options.click('button.delete-all');
    expect(await options.locator('.confirm').textContent()).toContain(
      'Delete everything in the library: 3 articles and their offline images?',
    );
    await options.click('.confirm button.cancel');
    expect(await session.readArticles()).toHaveLength(3);
    await options.click('button.delete-all');
    await options.click('.confirm button.confirm-delete');
    await options.locator('.article-count[data-count="0"]').waitFor();
    expect(await session.readArticles()).toEqual([]);
    expect(await kept()).toBeNull(); // no title of a deleted article is left behind
  });

  it('rejects a truncated or foreign file with a clear message and changes nothing', async () => {
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, firstText.slice(0, 500));
    // The styled chooser is still the labelled file input, and says no file is chosen yet.
    expect(await options.getByLabel(/^Import a library: Jianbao JSON/).getAttribute('name')).toBe('import');
    const fileName = options.locator('.export-import .file-name');
    expect(await fileName.textContent()).toBe('No file chosen');
    // Tab reaches the hidden native input, and its button-like face shows the focus ring.
    await options.focus('button.export-markdown');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('import');
    expect(await options.$eval('.file-button', (el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await options.setInputFiles('input[name="import"]', truncated);
    await options.locator('.export-import .file-name', { hasText: /^truncated\.json$/ }).waitFor();
    const status = options.locator('.export-import .status[data-kind="error"]');
    await status.waitFor();
    expect(await status.textContent()).toMatch(
      /^The file was not imported: it ends part-way: the file was cut off, .+ \(line \d+\)\. Your library is unchanged\.$/,
    );
    // The Markdown ZIP exported above: refused in plain words, never the JSON engine's `Unexpected token`.
    await options.setInputFiles('input[name="import"]', join(dir, 'posts.zip'));
    await options.locator('.export-import .status:has-text("Markdown export")').waitFor();
    expect(await status.textContent()).toMatch(
      /^The file was not imported: it is Jianbao's Markdown export \(Jekyll posts in a ZIP\), which is for publishing and cannot be imported back\. Import the JSON library file instead: .+ Your library is unchanged\.$/,
    );
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ notes: [] }));
    await options.setInputFiles('input[name="import"]', foreign);
    await options.locator('.export-import .status:has-text("neither a Jianbao library file")').waitFor();
    const badRecord = join(dir, 'bad-record.json');
    const file = parseExport(firstText);
    const second = file.articles[1];
    if (!second) throw new Error('the export holds three articles');
    const articles = file.articles.map((a) => (a === second ? { ...a, title: 42 } : a));
    writeFileSync(badRecord, JSON.stringify({ ...file, articles }));
    await options.setInputFiles('input[name="import"]', badRecord);
    await options.locator('.export-import .status:has-text("is invalid")').waitFor();
    expect(await status.textContent()).toBe(
      `The file was not imported: article 2 (id ${second.id}) is invalid: "title" is not a string. Your library is unchanged.`,
    );
    expect(await session.readArticles()).toEqual([]);
  });

  it('imports the export back: exporting again gives the same JSON', async () => {
    const file = join(dir, 'library.json');
    writeFileSync(file, firstText);
    await options.setInputFiles('input[name="import"]', file);
    // Nothing is written before the person confirms what the file was found to be.
    expect(await options.locator('.import-confirm p').textContent()).toBe(
      'This is a Jianbao library file (JSON) with 3 items. Nothing has been written yet.',
    );
    expect(await session.readArticles()).toEqual([]);
    await options.click('.import-confirm button.confirm-import');
    await options.locator('.export-import .status[data-kind="ok"]:has-text("Imported")').waitFor();
    expect(await options.locator('.export-import .status').textContent()).toContain(
      '3 added, 0 updated, 0 kept',
    );
    const again = (await downloadOf('button.export-json')).toString('utf8');
    expect(withoutTime(again)).toBe(withoutTime(firstText));
    // Importing the same file again changes nothing: every record is as new here.
    await options.setInputFiles('input[name="import"]', file);
    await options.click('.import-confirm button.confirm-import');
    await options.locator('.export-import .status:has-text("0 added, 0 updated, 3 kept")').waitFor();
  });
});

describe('languages', () => {
  it('follows the browser language: zh-CN shows the Chinese strings', async () => {
    const zh = await launchExtension({ locale: 'zh-CN', args: ['--lang=zh-CN'] });
    try {
      const page = await zh.context.newPage();
      await page.goto(zh.url('options.html'));
      await page.locator('main.options').waitFor();
      expect(await page.locator('h1').textContent()).toBe('剪报设置');
      expect(await page.locator('button.export-json').textContent()).toBe('导出文库（JSON）');
      expect(await page.title()).toBe('剪报设置');
      // A rejected import says what is wrong in Chinese too, down to the field-level reason.
      const bad = join(dir, 'bad-record-zh.json');
      writeFileSync(
        bad,
        JSON.stringify({
          format: 'jianbao-library',
          version: 1,
          exportedAt: '2024-01-01T08:00:00+08:00',
          articles: [{ id: 'NW1', title: 42 }],
        }),
      );
      await page.setInputFiles('input[name="import"]', bad);
      const status = page.locator('.export-import .status[data-kind="error"]');
      await status.waitFor();
      expect(await status.textContent()).toBe(
        '文件未导入：第 1 篇文章（id NW1）无效：“url”不是字符串。 文库未作任何改动。',
      );
      const truncated = join(dir, 'truncated-zh.json');
      writeFileSync(truncated, '{"format": "jianbao-lib');
      await page.setInputFiles('input[name="import"]', truncated);
      await page.locator('.export-import .status:has-text("中途结束")').waitFor();
      expect(await status.textContent()).toMatch(
        /^文件未导入：文件在中途结束：它被截断了.+（第 1 行）。文库未作任何改动。$/,
      );
      await page.setInputFiles('input[name="import"]', join(dir, 'posts.zip'));
      await page.locator('.export-import .status:has-text("Markdown")').waitFor();
      expect(await status.textContent()).toMatch(
        /^文件未导入：它是剪报的 Markdown 导出（Jekyll 文章 ZIP），用于发布，无法导回。请改为导入 JSON 文库文件.+ 文库未作任何改动。$/,
      );
    } finally {
      await zh.close();
    }
  });
});
