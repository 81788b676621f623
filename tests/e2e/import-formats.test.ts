/**
 * Issue 18 in real Chromium: the options page's import takes Pocket (CSV, ZIP, HTML), Instapaper, Omnivore
 * and wallabag exports, says what it found before writing, and writes records with their states, tags and
 * highlights; bad files are refused in plain words with nothing written. The sample exports are the unit
 * fixtures (tests/fixtures-import/) with their links pointed at the loopback server, which serves the pages.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { solidPng } from './harness/reader-library.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures-import');
const dir = mkdtempSync(join(tmpdir(), 'jianbao-import-e2e-'));

let session: ExtensionSession;
let server: FixtureServer;
let options: Page;

/** Every example.* address of the samples as a path on the loopback server. */
const local = (text: string): string =>
  text.replace(/https?:\/\/(?:[a-z]+\.)?example\.(?:com|cn|org|net)/g, server.origin);

const fixture = (path: string): string => local(readFileSync(join(FIXTURES, path), 'utf8'));

function writeSample(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const zipOf = (files: Record<string, string>): Uint8Array =>
  zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)])),
  );

type StoredRecord = Record<string, unknown> & {
  id: string;
  url: string;
  title: string;
  tags: string[];
  fetch?: { state: string };
  highlights?: Array<{
    quote: { exact: string };
    position: { start: number; end: number };
    note?: string;
    detached?: true;
  }>;
};

const records = async (): Promise<StoredRecord[]> => (await session.readArticles()) as StoredRecord[];

async function recordAt(path: string): Promise<StoredRecord> {
  const url = `${server.origin}${path}`;
  const found = (await records()).find((r) => r.url === url);
  if (!found) throw new Error(`no record for ${url}`);
  return found;
}

/**
 * A link-only record waits for the fetch queue; once the queue has loaded its page it holds the article
 * instead. Either is right here (the queue's own tests check the fetching).
 */
function expectLinkOrFetched(record: StoredRecord): void {
  if (record.fetch) expect(record).toMatchObject({ fetch: { state: 'pending' }, contentHtml: '' });
  else expect(record.extractor).not.toMatch(/^import-/);
}

/** Chooses the file and waits for the confirm step: what it says it found. */
async function choose(path: string): Promise<{ format: string | null; count: number; text: string }> {
  await options.setInputFiles('input[name="import"]', path);
  const dialog = options.locator('.import-confirm');
  await dialog.waitFor();
  return {
    format: await dialog.getAttribute('data-format'),
    count: Number(await dialog.getAttribute('data-count')),
    text: (await dialog.locator('p').textContent()) ?? '',
  };
}

async function confirmImport(): Promise<string> {
  await options.click('.import-confirm button.confirm-import');
  const status = options.locator('.export-import .status[data-kind="ok"]');
  await status.locator('text=Imported').waitFor();
  return (await status.textContent()) ?? '';
}

/**
 * What an import writes and the fetch queue leaves alone: the queue keeps filling earlier imports' links
 * with their pages (body, title, extractor) in the background while a refused file is checked.
 */
async function importedFields(): Promise<Array<Record<string, unknown>>> {
  const keep = ['id', 'url', 'savedAt', 'read', 'tags', 'favourite', 'archived', 'note', 'highlights'];
  return (await records()).map((record) =>
    Object.fromEntries(keep.filter((key) => key in record).map((key) => [key, record[key]])),
  );
}

async function refusalOf(path: string): Promise<string> {
  const before = await importedFields();
  await options.setInputFiles('input[name="import"]', path);
  const status = options.locator('.export-import .status[data-kind="error"]');
  await status.waitFor();
  expect(await options.locator('.import-confirm').count()).toBe(0);
  expect(await importedFields()).toEqual(before);
  return (await status.textContent()) ?? '';
}

/**
 * The pages behind the imported links, titled as the export titles them: whether the fetch queue has
 * loaded one yet or not, its record shows the same title.
 */
const LINKED_PAGES: Record<string, string> = {
  '/markets': 'Markets, rates and "soft landings"',
  '/a/1001': '央行降准 0.5 个百分点 释放长期资金',
  '/plain': 'No tags here',
  '/later': 'Later part',
  '/zero-time': 'Zero time',
  '/a': 'Fish & Chips > Burgers',
  '/b': 'Spaced title',
  '/c': '港股收评：恒指涨 1.2%',
  '/newest': 'Newest',
  '/starred': 'Starred one',
  '/archived': 'Archived one',
  '/folder': '在文件夹里',
  '/one': 'First saved',
  '/two': 'Second saved',
  '/lower': 'Lower case state',
  '/title': 'Title case state',
  '/inbox': 'Still in the inbox',
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function articlePage(title: string): string {
  const heading = escapeHtml(title);
  const paragraph = `<p>${'This page is the article behind an imported link, long enough to be one. '.repeat(8)}</p>`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head>` +
    `<body><article><h1>${heading}</h1>${paragraph.repeat(3)}</article></body></html>`
  );
}

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [path, title] of Object.entries(LINKED_PAGES)) server.route(path, { body: articlePage(title) });
  server.route('/r.jpg', { type: 'image/png', body: solidPng(20, 10) });
  server.route('/cut.png', { type: 'image/png', body: solidPng(30, 10) });
  session = await launchExtension();
  options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  await options.locator('main.options').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('import per format', () => {
  it('Pocket CSV: says what it found and writes nothing until confirmed; Cancel writes nothing', async () => {
    const file = writeSample('part_000000.csv', fixture('pocket/part_000000.csv'));
    const found = await choose(file);
    expect(found).toEqual({
      format: 'pocket-csv',
      count: 3,
      text: 'This is a Pocket CSV export with 3 items. Nothing has been written yet.',
    });
    expect(await records()).toEqual([]);
    await options.click('.import-confirm button.cancel');
    await options.locator('.export-import .status:has-text("Nothing was imported.")').waitFor();
    expect(await records()).toEqual([]);

    await choose(file);
    expect(await confirmImport()).toBe(
      'Imported 3 items from the Pocket CSV export: 3 added, 0 merged into articles already here, ' +
        '0 already here with nothing new. Of these, 3 links still to be fetched.',
    );
    const news = await recordAt('/a/1001');
    expect(news).toMatchObject({
      title: '央行降准 0.5 个百分点 释放长期资金',
      tags: ['新闻', '财经'],
      editedFields: ['tags'],
      archived: true,
      read: true,
      savedAt: '2023-11-14T23:13:20+00:00',
    });
    expectLinkOrFetched(news);
    const markets = await recordAt('/markets');
    expect(markets).toMatchObject({
      title: 'Markets, rates and "soft landings"',
      tags: ['finance', 'economy'],
    });
    expect(markets.archived).toBeUndefined();
    expectLinkOrFetched(markets);
  });

  it('Pocket ZIP: two parts make one library, merged with what the CSV brought', async () => {
    const zip = zipOf({
      'part_000000.csv': fixture('pocket/part_000000.csv'),
      'part_000001.csv': fixture('pocket/part_000001.csv'),
    });
    expect(await choose(writeSample('pocket.zip', zip))).toMatchObject({ format: 'pocket-zip', count: 5 });
    expect(await confirmImport()).toContain('2 added, 0 merged into articles already here, 3 already here');
    expect(await recordAt('/later')).toMatchObject({
      title: 'Later part',
      tags: ['reading', 'tools'],
      archived: true,
    });
    const all = await records();
    expect(all.filter((r) => r.url === `${server.origin}/markets`)).toHaveLength(1);
  });

  it('Pocket HTML: Unread and Read Archive lists with their tags', async () => {
    const file = writeSample('ril_export.html', fixture('pocket/ril_export.html'));
    expect(await choose(file)).toMatchObject({ format: 'pocket-html', count: 3 });
    await confirmImport();
    expect(await recordAt('/a?x=1&y=2')).toMatchObject({
      title: 'Fish & Chips > Burgers',
      tags: ['news', '中文'],
    });
    const archived = await recordAt('/c');
    expect(archived).toMatchObject({ title: '港股收评：恒指涨 1.2%', archived: true, tags: ['a>b', 'c'] });
    expectLinkOrFetched(archived);
  });

  it('Instapaper CSV: folders as tags, Starred as favourite, a selection as a highlight', async () => {
    expect(
      await choose(writeSample('instapaper-old.csv', fixture('instapaper/four-columns.csv'))),
    ).toMatchObject({
      format: 'instapaper-csv',
      count: 4,
    });
    await confirmImport();
    const starred = await recordAt('/starred');
    expect(starred).toMatchObject({ favourite: true, title: 'Starred one' });
    expect(starred.highlights?.map((h) => h.quote.exact)).toEqual(['He said "yes",\nthen left.']);
    expect(await recordAt('/folder')).toMatchObject({ tags: ['读书笔记'], title: '在文件夹里' });

    expect(
      await choose(writeSample('instapaper-new.csv', fixture('instapaper/six-columns.csv'))),
    ).toMatchObject({
      count: 2,
    });
    await confirmImport();
    const two = await recordAt('/two');
    expect(two).toMatchObject({ archived: true, tags: ['科技', 'AI'] });
    expect(two.highlights?.[0]?.quote.exact).toBe('A passage worth keeping');
  });

  it('Omnivore ZIP: the body sanitized and stored, highlights placed, the lead image kept offline', async () => {
    const omnivore = (path: string): string => fixture(`omnivore/${path}`);
    const zip = zipOf({
      'metadata_0_to_2.json': omnivore('metadata_0_to_2.json'),
      'metadata_3_to_4.json': omnivore('metadata_3_to_4.json'),
      'content/rates-decision.html': omnivore('content/rates-decision.html'),
      'highlights/rates-decision.md': omnivore('highlights/rates-decision.md'),
    });
    expect(await choose(writeSample('omnivore.zip', zip))).toMatchObject({
      format: 'omnivore-zip',
      count: 4,
    });
    expect(await confirmImport()).toContain('4 added');
    const rates = await recordAt('/rates');
    expect(rates).toMatchObject({
      title: '利率决议',
      author: '王小明',
      archived: true,
      readingPosition: 0.45,
      tags: ['经济', 'Macro'],
      contentHtml: '<div><p>央行宣布维持利率不变。</p><p>Second paragraph.</p></div>',
      textContent: '央行宣布维持利率不变。\nSecond paragraph.',
      extractor: 'import-omnivore',
    });
    expect(rates.fetch).toBeUndefined();
    expect(
      rates.highlights?.map((h) => [h.quote.exact, h.position.start, h.note ?? null, h.detached ?? null]),
    ).toEqual([
      ['央行宣布维持利率不变。', 0, 'Worth comparing with last quarter.', null],
      ['A quote over\ntwo lines', 0, null, true],
      ['A quote without a note', 0, null, true],
    ]);
    expect(await recordAt('/title')).toMatchObject({ archived: true });
    expectLinkOrFetched(await recordAt('/inbox'));
    // The worker fetches the lead image for offline reading, as after a save.
    const withImage = await waitFor(
      () => recordAt('/rates'),
      (r) => Array.isArray(r.imagesStored) && r.imagesStored.length > 0,
    );
    expect(withImage.imagesStored).toEqual([`${server.origin}/r.jpg`]);
  });

  it('wallabag JSON: annotations as highlights, starred and archived states', async () => {
    const file = writeSample('wallabag.json', fixture('wallabag/entries.json'));
    expect(await choose(file)).toMatchObject({ format: 'wallabag-json', count: 2 });
    await confirmImport();
    const cut = await recordAt('/cut');
    expect(cut).toMatchObject({
      title: '降息周期开启',
      author: '李华, Jane Doe',
      tags: ['宏观', 'rates'],
      archived: true,
      read: true,
      textContent: '第一段。\nSecond.',
    });
    expect(cut.highlights?.map((h) => [h.quote.exact, h.position.start, h.note ?? null])).toEqual([
      ['第一段。', 0, 'Key sentence'],
      ['Second.', 5, null],
    ]);
    expect(await recordAt('/star')).toMatchObject({
      favourite: true,
      read: false,
      contentHtml: '<p>Body</p>',
    });
  });

  it('lists imported articles and links in the popup, searchable by title', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html?view=library'));
    const found = async (query: string): Promise<string[]> => {
      await popup.locator('#search-input').fill(query);
      await popup.locator(`.result-count[data-query="${query}"]`).waitFor();
      return popup
        .locator('.article')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    };
    expect(await found('Starred')).toContain((await recordAt('/star')).id);
    // A link whose page is not fetched yet is found by its title.
    expect(await found('文件夹')).toContain((await recordAt('/folder')).id);
    await popup.close();
  });
});

describe('bad input', () => {
  it('names the problem and where it is, and writes nothing', async () => {
    expect(await refusalOf(join(FIXTURES, 'bad/pocket-missing-status.csv'))).toBe(
      'The file was not imported: the header of this Pocket CSV export lacks the required columns status (line 1). ' +
        'Your library is unchanged.',
    );
    const notOmnivore = writeSample('photos.zip', zipOf({ 'photos/one.txt': 'not an export' }));
    expect(await refusalOf(notOmnivore)).toBe(
      'The file was not imported: it is a ZIP file, but neither an Omnivore export (metadata_<n>_to_<m>.json inside) ' +
        'nor a Pocket export (part_<n>.csv inside). Your library is unchanged.',
    );
    expect(await refusalOf(join(FIXTURES, 'bad/other-array.json'))).toMatch(
      /^The file was not imported: it is JSON, but neither a Jianbao library file nor a wallabag export .+ \(entry 1\)\. Your library is unchanged\.$/,
    );
    expect(await refusalOf(join(FIXTURES, 'bad/wallabag-truncated.json'))).toMatch(
      /^The file was not imported: it ends part-way: the file was cut off, .+ \(line \d+\)\. Your library is unchanged\.$/,
    );
    expect(await refusalOf(join(FIXTURES, 'bad/pocket-empty-url.csv'))).toBe(
      'The file was not imported: a row of this Pocket CSV export cannot be imported: its “url” is missing or not valid ' +
        '(line 5). Your library is unchanged.',
    );
    // A file over 200 MB is refused from its size, before a byte is read (a sparse file takes no disk).
    const huge = writeSample('huge.csv', '');
    truncateSync(huge, 201 * 1024 * 1024);
    expect(await refusalOf(huge)).toBe(
      'The file was not imported: it is 201 MB, over the 200 MB an import can take. Your library is unchanged.',
    );
  });

  it('says it in Chinese too', async () => {
    const zh = await launchExtension({ locale: 'zh-CN', args: ['--lang=zh-CN'] });
    try {
      const page = await zh.context.newPage();
      await page.goto(zh.url('options.html'));
      await page.locator('main.options').waitFor();
      await page.setInputFiles('input[name="import"]', join(FIXTURES, 'bad/pocket-missing-status.csv'));
      const status = page.locator('.export-import .status[data-kind="error"]');
      await status.waitFor();
      expect(await status.textContent()).toBe(
        '文件未导入：该Pocket CSV 导出的表头缺少必需的列 status（第 1 行）。文库未作任何改动。',
      );
      await page.setInputFiles(
        'input[name="import"]',
        writeSample('zh.json', fixture('wallabag/entries.json')),
      );
      await page.locator('.import-confirm').waitFor();
      expect(await page.locator('.import-confirm p').textContent()).toBe(
        '识别为wallabag JSON 导出，共 2 项。尚未写入任何内容。',
      );
      expect(await page.locator('.import-confirm button.confirm-import').textContent()).toBe('导入 2 项');
    } finally {
      await zh.close();
    }
  });
});
