/** JSON export/import against the real store (fake-indexeddb): round trip, merge, rejection, roll-back. */
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ImportProblem, LibraryFile } from '../../../src/export/format.ts';
import { sanitizeHtml } from '../../../src/extract/sanitize.ts';
import { articleToJekyll } from '../../../src/export/jekyll.ts';
import { libraryToMarkdownZip } from '../../../src/export/markdown-zip.ts';
import { exportLibraryJson, importLibraryJson, readAllArticles } from '../../../src/export/library-io.ts';
import type { Article } from '../../../src/shared/article.ts';
import { describeReason } from '../../../src/shared/reason.ts';
import {
  deleteAll,
  getArticle,
  getImage,
  listSummaries,
  openLibrary,
  putImages,
  saveArticle,
  searchArticles,
  updateArticle,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { SEGMENT_DOCS } from '../../../src/store/postings.ts';
import { limitStore, makeExtracted } from '../store/fixtures.ts';

const NOW = new Date('2024-03-01T01:00:00Z');
/** The options page passes the extractor's sanitizer with its own window; jsdom's here. */
const { window: win } = new JSDOM('');
const sanitize = (html: string, url: string): string =>
  sanitizeHtml(html, win as unknown as Window & typeof globalThis, url);
const IMG = 'https://img.example.com/a.jpg';
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 0xff, 0xd9]);

/** An exported file read back: the exporter wrote it, so it has the file's shape. */
const parseFile = (text: string): LibraryFile => JSON.parse(text) as LibraryFile;

/** The record with `id` in a file; a missing one fails the test here rather than further on. */
function recordIn(file: LibraryFile, id: string): Article {
  const found = file.articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id} in the file`);
  return found;
}

/** Three articles, one read and recategorized by hand, one with an offline image and one failed image. */
async function library(): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  await saveArticle(db, makeExtracted(), new Date('2024-01-01T00:00:00Z'));
  await saveArticle(
    db,
    makeExtracted({
      id: 'NW202201072239307540',
      infoCode: 'NW202201072239307540',
      url: 'http://finews.zning.xyz/s?infoCode=NW202201072239307540',
      title: '券商中国：两融余额',
      source: '券商中国',
      category: '券商中国',
    }),
    new Date('2024-01-02T00:00:00Z'),
  );
  await saveArticle(
    db,
    makeExtracted({
      id: 'url:https://ex.com/p',
      infoCode: undefined,
      url: 'https://ex.com/p',
      title: 'Plain page',
      source: undefined,
      category: 'ex.com',
      contentHtml:
        '<p>x</p><img src="https://img.example.com/a.jpg"><img src="https://img.example.com/b.jpg">',
    }),
    new Date('2024-01-03T00:00:00Z'),
  );
  await putImages(
    db,
    'url:https://ex.com/p',
    [{ url: IMG, blob: new Blob([JPEG], { type: 'image/jpeg' }) }],
    [{ url: 'https://img.example.com/b.jpg', reason: 'http-404' }],
  );
  await updateArticle(
    db,
    'NW202201072239307540',
    { read: true, readingPosition: 0.5, category: '券商' },
    new Date('2024-02-01T00:00:00Z'),
  );
  return db;
}

describe('JSON export and import', () => {
  it('round-trips: export → delete everything → import → export gives identical JSON, images included', async () => {
    const db = await library();
    const first = await exportLibraryJson(db, { images: true, now: NOW });
    const parsed = parseFile(first.text);
    expect(parsed).toMatchObject({ format: 'jianbao-library', version: 1 });
    expect(parsed.exportedAt).toMatch(/^2024-03-01T/);
    expect(parsed.articles).toHaveLength(3);
    expect(parsed.images).toEqual([
      {
        articleId: 'url:https://ex.com/p',
        url: IMG,
        type: 'image/jpeg',
        dataBase64: Buffer.from(JPEG).toString('base64'),
      },
    ]);

    await deleteAll(db);
    expect(await listSummaries(db)).toEqual([]);
    expect(await importLibraryJson(db, first.text, sanitize)).toEqual({
      ok: true,
      counts: { add: 3, replace: 0, keep: 0 },
    });
    const second = await exportLibraryJson(db, { images: true, now: NOW });
    expect(second.text).toBe(first.text);
    expect([
      ...new Uint8Array(await (await getImage(db, 'url:https://ex.com/p', IMG))!.arrayBuffer()),
    ]).toEqual([...JPEG]);
    expect(await getArticle(db, 'NW202201072239307540')).toMatchObject({
      read: true,
      readingPosition: 0.5,
      category: '券商',
      editedFields: ['category'],
    });
  });

  it('round-trips without images too, and then claims no offline images', async () => {
    const db = await library();
    const first = await exportLibraryJson(db, { images: false, now: NOW });
    expect(first.text).not.toContain('imagesStored');
    expect(parseFile(first.text).images).toBeUndefined();
    await deleteAll(db);
    await importLibraryJson(db, first.text, sanitize);
    expect((await exportLibraryJson(db, { images: false, now: NOW })).text).toBe(first.text);
    expect((await getArticle(db, 'url:https://ex.com/p'))?.imagesStored).toBeUndefined();
  });

  it('merges by id: adds new records, replaces older ones, keeps newer local edits', async () => {
    const db = await library();
    const file = parseFile((await exportLibraryJson(db, { images: false, now: NOW })).text);
    // Locally, after the export: the first article is edited again (newer than the file's copy).
    await updateArticle(
      db,
      'NW202112222222635819',
      { category: '本地新分类' },
      new Date('2024-02-15T00:00:00Z'),
    );
    // In the file: the plain page was edited later than the local copy, and there is a new article.
    const plain = recordIn(file, 'url:https://ex.com/p');
    Object.assign(plain, { title: 'Edited elsewhere', updatedAt: '2024-02-20T08:00:00+08:00' });
    const fresh = {
      ...plain,
      id: 'url:https://ex.com/new',
      url: 'https://ex.com/new',
      title: 'New one',
      savedAt: '2024-02-21T08:00:00+08:00',
    };
    delete fresh.updatedAt;
    file.articles.push(fresh);
    recordIn(file, 'NW202112222222635819').category = 'old category from the file';

    expect(await importLibraryJson(db, JSON.stringify(file), sanitize)).toEqual({
      ok: true,
      counts: { add: 1, replace: 1, keep: 2 },
    });
    expect((await getArticle(db, 'NW202112222222635819'))?.category).toBe('本地新分类');
    expect((await getArticle(db, 'url:https://ex.com/p'))?.title).toBe('Edited elsewhere');
    expect((await getArticle(db, 'url:https://ex.com/new'))?.title).toBe('New one');
    expect(await listSummaries(db)).toHaveLength(4);
  });

  it('writes a file in save order whatever its own order, so search ranks equal hits newest saved first', async () => {
    const db = await library();
    const file = parseFile((await exportLibraryJson(db, { images: false, now: NOW })).text);
    await deleteAll(db);
    file.articles.reverse();
    await importLibraryJson(db, JSON.stringify(file), sanitize);
    const saved = (await listSummaries(db)).map((s) => s.id);
    // All three bodies hold 银行 alike, and no title does: equal scores, newest save first.
    expect((await searchArticles(db, '银行')).map((h) => h.summary.id)).toEqual(saved);
    expect(saved).toHaveLength(3);
  });

  it('rejects a corrupt, truncated or foreign file with the reason, and leaves the library unchanged', async () => {
    const db = await library();
    const before = (await exportLibraryJson(db, { images: true, now: NOW })).text;
    const good = parseFile(before);
    const [first, second, ...rest] = good.articles;
    const [image] = good.images ?? [];
    if (!first || !second || !image) throw new Error('the library exports three articles and an image');
    const badRecord = {
      ...good,
      articles: [first, { ...second, title: 42 }, ...rest, { ...first, id: 'NW202401010000000001' }],
    };
    const cases: Array<[string, ImportProblem['key'], ImportProblem['params'], string]> = [
      [
        before.slice(0, before.length / 2),
        'importNotJson',
        [],
        'it is not a JSON library file — it may be another kind of file, or be cut short or damaged.',
      ],
      ['PK\u0003\u0004 some other archive', 'importNotJson', [], 'it is not a JSON library file'],
      ['<!doctype html><p>a page</p>', 'importNotJson', [], 'it is not a JSON library file'],
      [
        '{"hello":"world"}',
        'importNotLibrary',
        ['jianbao-library'],
        'it is not a Jianbao library export (it lacks "format": "jianbao-library").',
      ],
      [
        JSON.stringify({ ...good, version: 2 }),
        'importNewerVersion',
        ['2', '1'],
        'its format version is 2, and this version of Jianbao reads version 1.',
      ],
      [
        JSON.stringify(badRecord),
        'importBadArticle',
        ['2', second.id, { key: 'invalidNotString', params: ['title'] }],
        `article 2 (id ${second.id}) is invalid: "title" is not a string.`,
      ],
      [
        JSON.stringify({ ...good, articles: [...good.articles, first] }),
        'importDuplicateId',
        [first.id],
        `the id ${first.id} appears twice.`,
      ],
      [
        JSON.stringify({ ...good, images: [{ ...image, dataBase64: '***' }] }),
        'importBadImage',
        ['1', { key: 'invalidNotBase64', params: ['dataBase64'] }],
        'image 1 is invalid: "dataBase64" is not base64.',
      ],
    ];
    for (const [text, key, params, worded] of cases) {
      const result = await importLibraryJson(db, text, sanitize);
      if (result.ok || !('problem' in result)) throw new Error(`${key}: expected a rejected file`);
      expect(result.problem.key).toBe(key);
      expect(result.problem.params).toEqual(params);
      expect(describeReason(result.problem)).toContain(worded);
    }
    expect((await exportLibraryJson(db, { images: true, now: NOW })).text).toBe(before);
  });

  it('sanitizes every imported body before it is stored, so no export carries a script either', async () => {
    const db = await library();
    const file = parseFile((await exportLibraryJson(db, { images: false, now: NOW })).text);
    await deleteAll(db);
    const hostile =
      '<p>正文</p><script>alert(1)</script><img src="https://img.example.com/c.jpg" onerror="alert(2)">' +
      '<a href="javascript:alert(3)">链接</a><iframe src="https://evil.example/"></iframe>';
    const [target] = file.articles;
    if (!target) throw new Error('the library exports three articles');
    target.contentHtml = hostile;
    expect(await importLibraryJson(db, JSON.stringify(file), sanitize)).toMatchObject({ ok: true });
    const stored = await getArticle(db, target.id);
    expect(stored?.contentHtml).toContain('<p>正文</p>');
    expect(stored?.contentHtml).toContain('https://img.example.com/c.jpg');
    for (const article of await readAllArticles(db))
      expect(article.contentHtml).not.toMatch(/<script|onerror|javascript:|<iframe/i);
    const zip = new TextDecoder().decode(libraryToMarkdownZip(await readAllArticles(db), NOW));
    expect(zip).toContain('正文');
    expect(zip).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });

  it('refuses its own Markdown ZIP, read as the options page reads a file, with a plain message', async () => {
    const db = await library();
    const before = (await exportLibraryJson(db, { images: false, now: NOW })).text;
    const zip = libraryToMarkdownZip(await readAllArticles(db), NOW);
    // The options page hands over `await file.text()`: the archive's bytes decoded as UTF-8.
    const asText = await new Blob([zip as BlobPart]).text();
    // One post taken out of the archive is the same export.
    const single = articleToJekyll((await readAllArticles(db))[0]!);
    for (const text of [asText, single]) {
      const result = await importLibraryJson(db, text, sanitize);
      if (result.ok || !('problem' in result)) throw new Error('expected the Markdown export to be refused');
      expect(result.problem).toEqual({ key: 'importMarkdownExport', params: [] });
      const worded = describeReason(result.problem);
      expect(worded).toContain('Markdown export');
      expect(worded).toContain('JSON library file');
      expect(worded).not.toMatch(/Unexpected|token|PK/);
    }
    expect((await exportLibraryJson(db, { images: false, now: NOW })).text).toBe(before);
  });

  it('takes back what it wrote when the disk fills up halfway, so the library ends as it was', async () => {
    const db = await library();
    const file = parseFile((await exportLibraryJson(db, { images: false, now: NOW })).text);
    await deleteAll(db);
    await saveArticle(
      db,
      makeExtracted({
        id: 'url:https://ex.com/local',
        infoCode: undefined,
        url: 'https://ex.com/local',
        title: 'Only here',
      }),
      NOW,
    );
    const before = (await exportLibraryJson(db, { images: false, now: NOW })).text;
    // One doc number left in this postings segment: the import writes its first article in a batch
    // of its own, which commits, and the other two in a second batch.
    await db.put('meta', { ...(await db.get('meta', 'stats'))!, nextDoc: SEGMENT_DOCS - 1 }, 'stats');
    // Room for about one article body in the articles store, not three: the second batch fails.
    limitStore(db, 'articles', JSON.stringify(file.articles[0]).length + 200);
    const result = await importLibraryJson(db, JSON.stringify(file), sanitize);
    expect(result.ok).toBe(false);
    expect(String((result as { writeError: unknown }).writeError)).toMatch(/quota|full|QuotaExceeded/i);
    expect((await exportLibraryJson(db, { images: false, now: NOW })).text).toBe(before);
  });
});
