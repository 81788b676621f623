/**
 * The reader's fields in the JSON library file (issue 17 §3): highlights and their tombstones, note,
 * tags, favourite, archive and fetch state travel byte for byte; older files without them still import;
 * a bad value is refused with the field named, in English and Chinese; an import never loses a highlight.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../src/annotations/describe.ts';
import type { Highlight } from '../../../src/annotations/types.ts';
import { planImport } from '../../../src/export/import-plan.ts';
import { exportLibraryJson, importLibraryJson } from '../../../src/export/library-io.ts';
import { libraryToJson, parseLibraryJson } from '../../../src/export/library-json.ts';
import { explainInvalidRecord } from '../../../src/export/validate-record.ts';
import { sanitizeHtml } from '../../../src/extract/sanitize.ts';
import type { Article } from '../../../src/shared/article.ts';
import { catalogueLookup, type MessageCatalogue } from '../../../src/shared/english-messages.ts';
import { describeReason, type Reason } from '../../../src/shared/reason.ts';
import { getArticle, getImage, openLibrary, putImages } from '../../../src/store/index.ts';
import { makeExtracted } from '../store/fixtures.ts';

const NOW = new Date('2026-12-05T04:00:00Z');
const { window: win } = new JSDOM('');
const sanitize = (html: string, url: string): string =>
  sanitizeHtml(html, win as unknown as Window & typeof globalThis, url);

const TEXT = makeExtracted().textContent;

/** A highlight of `words` in the fixture body, with selectors as the reader makes them. */
function highlightOf(id: string, words: string, over: Partial<Highlight> = {}): Highlight {
  const start = TEXT.indexOf(words);
  const selectors = describeRange(TEXT, start, start + words.length);
  if (start < 0 || !selectors) throw new Error(`"${words}" is not in the fixture body`);
  return {
    id,
    color: 'yellow',
    ...selectors,
    createdAt: '2026-12-01T09:00:00+08:00',
    updatedAt: '2026-12-01T09:00:00+08:00',
    ...over,
  };
}

/** Two records with every reader field, one link record still waiting for its page, one older record. */
function records(): Article[] {
  const marked: Article = {
    ...makeExtracted(),
    savedAt: '2026-11-30T08:00:00+08:00',
    updatedAt: '2026-12-02T08:00:00+08:00',
    tags: ['南方Plus新闻', '货币政策', 'two words'],
    editedFields: ['tags'],
    favourite: true,
    note: '降准的背景：\n流动性。',
    highlights: [
      highlightOf('0b6e1c9e-1', '下调金融机构存款准备金率', { color: 'green', note: '要点' }),
      highlightOf('0b6e1c9e-2', '约1.2万亿元', { color: 'pink', updatedAt: '2026-12-02T08:00:00+08:00' }),
      { ...highlightOf('0b6e1c9e-3', 'Reuters'), detached: true },
    ],
    highlightTombstones: [{ id: '0b6e1c9e-0', deletedAt: '2026-12-01T10:00:00+08:00' }],
    read: true,
  };
  const archived: Article = {
    ...makeExtracted({
      id: 'NW2',
      infoCode: 'NW2',
      url: 'https://wap.eastmoney.com/a/NW2.html',
      title: '旧闻',
    }),
    savedAt: '2026-11-01T08:00:00+08:00',
    archived: true,
    favourite: false,
  };
  const link: Article = {
    ...makeExtracted({
      id: 'url:https://example.com/later',
      infoCode: undefined,
      url: 'https://example.com/later',
      title: 'Read later',
      contentHtml: '',
      textContent: '',
      excerpt: '',
      source: undefined,
      category: 'example.com',
      tags: [],
    }),
    savedAt: '2026-12-03T08:00:00+08:00',
    fetch: { state: 'failed', reason: 'timeout', triedAt: '2026-12-03T09:00:00+08:00' },
  };
  return [marked, archived, link];
}

describe('the library file with the reader’s fields', () => {
  it('round-trips byte for byte: file → fresh profile → file', async () => {
    const text = libraryToJson(records(), undefined, NOW);
    const db = await openLibrary(new IDBFactory());
    expect(await importLibraryJson(db, text, sanitize)).toEqual({
      ok: true,
      counts: { add: 3, replace: 0, keep: 0 },
    });
    expect((await exportLibraryJson(db, { images: false, now: NOW })).text).toBe(text);
    const stored = await getArticle(db, 'NW202112222222635819');
    expect(stored?.highlights?.map((h) => [h.id, h.color, h.note])).toEqual([
      ['0b6e1c9e-1', 'green', '要点'],
      ['0b6e1c9e-2', 'pink', undefined],
      ['0b6e1c9e-3', 'yellow', undefined],
    ]);
    expect(stored).toMatchObject({ favourite: true, note: '降准的背景：\n流动性。', editedFields: ['tags'] });
    expect((await getArticle(db, 'NW2'))?.archived).toBe(true);
    expect((await getArticle(db, 'url:https://example.com/later'))?.fetch).toEqual(records()[2]!.fetch);
  });

  it('imports a file written before these fields existed, and exports it without them', async () => {
    const older = records().map(
      ({
        favourite: _f,
        archived: _a,
        note: _n,
        highlights: _h,
        highlightTombstones: _t,
        fetch: _s,
        ...rest
      }) => rest,
    );
    const text = libraryToJson(older, undefined, NOW);
    const db = await openLibrary(new IDBFactory());
    expect((await importLibraryJson(db, text, sanitize)).ok).toBe(true);
    const again = (await exportLibraryJson(db, { images: false, now: NOW })).text;
    expect(again).toBe(text);
    expect(again).not.toMatch(/"(highlights|favourite|archived|note|fetch)"/);
  });
});

describe('importing over a local copy never loses a highlight', () => {
  const [marked] = records() as [Article];
  const local = (over: Partial<Article>): ReadonlyMap<string, Article> =>
    new Map([[marked.id, { ...marked, ...over }]]);

  it('a newer file copy keeps the local highlights it does not have', () => {
    const onlyHere = highlightOf('0b6e1c9e-9', '中国人民银行');
    const [planned] = planImport(
      [{ ...marked, updatedAt: '2026-12-04T08:00:00+08:00', highlights: [] }],
      local({ highlights: [...marked.highlights!, onlyHere] }),
    );
    expect(planned?.action).toBe('replace');
    expect(planned?.article.updatedAt).toBe('2026-12-04T08:00:00+08:00');
    expect(planned?.article.highlights?.map((h) => h.id)).toEqual([
      '0b6e1c9e-1',
      '0b6e1c9e-2',
      '0b6e1c9e-3',
      '0b6e1c9e-9',
    ]);
  });

  it('a newer local copy gains the highlights only the file has, and stays as it was otherwise', () => {
    const fromFile = highlightOf('0b6e1c9e-8', '释放长期资金');
    const [planned] = planImport(
      [{ ...marked, title: 'old title', highlights: [...marked.highlights!, fromFile] }],
      local({ updatedAt: '2026-12-04T08:00:00+08:00' }),
    );
    expect(planned).toMatchObject({ action: 'replace', local: true });
    expect(planned?.article.title).toBe(marked.title);
    expect(planned?.article.highlights?.map((h) => h.id)).toContain('0b6e1c9e-8');
  });

  it('a highlight deleted here stays deleted when an older file still has it; the same file twice is kept', () => {
    const [planned] = planImport(
      [marked],
      local({
        updatedAt: '2026-12-04T08:00:00+08:00',
        highlights: marked.highlights!.slice(1),
        highlightTombstones: [
          ...marked.highlightTombstones!,
          { id: '0b6e1c9e-1', deletedAt: '2026-12-04T08:00:00+08:00' },
        ],
      }),
    );
    expect(planned?.action).toBe('keep');
    expect(planImport([marked], local({}))[0]?.action).toBe('keep');
  });

  it('writes the local record back with its own offline image when it gains a highlight', async () => {
    const db = await openLibrary(new IDBFactory());
    const withImage = { ...marked, highlights: [], highlightTombstones: [] };
    await importLibraryJson(db, libraryToJson([withImage], undefined, NOW), sanitize);
    const jpeg = new Blob([Uint8Array.from([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
    await putImages(db, marked.id, [{ url: 'https://img.example.com/a.jpg', blob: jpeg }], []);
    const before = await getArticle(db, marked.id);
    // The file is older than the local record (putImages stamped it) but holds a highlight.
    const file = libraryToJson([{ ...marked, updatedAt: '2026-01-01T08:00:00+08:00' }], undefined, NOW);
    expect(await importLibraryJson(db, file, sanitize)).toEqual({
      ok: true,
      counts: { add: 0, replace: 1, keep: 0 },
    });
    const after = await getArticle(db, marked.id);
    expect(after?.highlights).toHaveLength(3);
    expect(after?.imagesStored).toEqual(before?.imagesStored);
    expect(await getImage(db, marked.id, 'https://img.example.com/a.jpg')).toBeDefined();
    expect(await importLibraryJson(db, file, sanitize)).toEqual({
      ok: true,
      counts: { add: 0, replace: 0, keep: 1 },
    });
  });
});

const zh = JSON.parse(readFileSync('_locales/zh_CN/messages.json', 'utf8')) as MessageCatalogue;

describe('a bad reader field refuses the file with the field named', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const [marked] = records() as [Article];
  const good = marked.highlights![0]!;
  const withHighlight = (over: Record<string, unknown>) => ({
    ...marked,
    highlights: [{ ...good, ...over }],
  });

  it('as a message key and parameters, for each kind of mistake', () => {
    const colours = '"yellow", "green", "blue", "pink"';
    const cases: Array<[unknown, Reason]> = [
      [
        { ...marked, favourite: 'yes' },
        { key: 'invalidNotBoolean', params: ['favourite'] },
      ],
      [
        { ...marked, archived: 1 },
        { key: 'invalidNotBoolean', params: ['archived'] },
      ],
      [
        { ...marked, note: 42 },
        { key: 'invalidNotString', params: ['note'] },
      ],
      [
        { ...marked, note: '字'.repeat(10_001) },
        { key: 'invalidTooLong', params: ['note', '10000'] },
      ],
      [
        { ...marked, highlights: {} },
        { key: 'export_invalidNotList', params: ['highlights'] },
      ],
      [
        { ...marked, highlights: ['x'] },
        { key: 'export_invalidNotObjectField', params: ['highlights[0]'] },
      ],
      [
        withHighlight({ color: 'red' }),
        { key: 'export_invalidNotOneOf', params: ['highlights[0].color', colours] },
      ],
      [withHighlight({ id: '' }), { key: 'invalidEmpty', params: ['highlights[0].id'] }],
      [withHighlight({ note: ['a'] }), { key: 'invalidNotString', params: ['highlights[0].note'] }],
      [
        withHighlight({ quote: 'x' }),
        { key: 'export_invalidNotObjectField', params: ['highlights[0].quote'] },
      ],
      [
        withHighlight({ quote: { ...good.quote, exact: '  ' } }),
        { key: 'invalidEmpty', params: ['highlights[0].quote.exact'] },
      ],
      [
        withHighlight({ quote: { ...good.quote, suffix: null } }),
        { key: 'invalidNotString', params: ['highlights[0].quote.suffix'] },
      ],
      [
        withHighlight({ position: { ...good.position, type: 'RangeSelector' } }),
        { key: 'export_invalidNotOneOf', params: ['highlights[0].position.type', '"TextPositionSelector"'] },
      ],
      [
        withHighlight({ position: { ...good.position, start: -1 } }),
        { key: 'export_invalidNotOffset', params: ['highlights[0].position.start'] },
      ],
      [
        withHighlight({ position: { ...good.position, end: 1.5 } }),
        { key: 'export_invalidNotOffset', params: ['highlights[0].position.end'] },
      ],
      [
        withHighlight({ position: { ...good.position, start: 9, end: 3 } }),
        { key: 'export_invalidRangeEnd', params: ['highlights[0].position'] },
      ],
      [
        withHighlight({ updatedAt: '2026-12-01' }),
        { key: 'invalidNotIsoDate', params: ['highlights[0].updatedAt'] },
      ],
      [
        withHighlight({ detached: false }),
        { key: 'export_invalidNotOneOf', params: ['highlights[0].detached', '"true"'] },
      ],
      [
        { ...marked, highlights: [good, good] },
        { key: 'export_invalidDuplicateHighlight', params: ['highlights', good.id] },
      ],
      [
        { ...marked, highlightTombstones: [{ id: 'a' }] },
        { key: 'invalidNotIsoDate', params: ['highlightTombstones[0].deletedAt'] },
      ],
      [
        { ...marked, fetch: 'pending' },
        { key: 'export_invalidNotObjectField', params: ['fetch'] },
      ],
      [
        { ...marked, fetch: { state: 'done' } },
        { key: 'export_invalidNotOneOf', params: ['fetch.state', '"pending", "failed"'] },
      ],
      [
        { ...marked, fetch: { state: 'failed', reason: 'oops' } },
        {
          key: 'export_invalidNotOneOf',
          params: ['fetch.reason', '"gone", "not-article", "timeout", "sign-in", "no-access", "network"'],
        },
      ],
      [
        { ...marked, tags: ['财经', '   '] },
        { key: 'export_invalidBadTag', params: ['tags[1]', '64'] },
      ],
      [
        { ...marked, tags: ['长'.repeat(65)] },
        { key: 'export_invalidBadTag', params: ['tags[0]', '64'] },
      ],
    ];
    for (const [value, expected] of cases)
      expect(explainInvalidRecord(value), JSON.stringify(expected)).toEqual(expected);
    expect(explainInvalidRecord(marked)).toBeUndefined();
    // Extracted tags are not the user's: only hand-edited ones are held to the tag editor's rules.
    expect(explainInvalidRecord({ ...marked, editedFields: undefined, tags: ['   '] })).toBeUndefined();
  });

  it('worded in English and in Chinese, naming the record and the field', () => {
    const bad = libraryToJson(
      [{ ...marked, highlights: [{ ...good, color: 'red' as 'pink' }] }],
      undefined,
      NOW,
    );
    const parsed = parseLibraryJson(bad);
    if (parsed.ok) throw new Error('expected a refused file');
    expect(describeReason(parsed.problem)).toBe(
      `article 1 (id ${marked.id}) is invalid: "highlights[0].color" is not one of "yellow", "green", "blue", "pink".`,
    );
    vi.stubGlobal('chrome', { i18n: { getMessage: catalogueLookup(zh) } });
    expect(describeReason(parsed.problem)).toBe(
      `第 1 篇文章（id ${marked.id}）无效：“highlights[0].color”不是 "yellow", "green", "blue", "pink" 之一。`,
    );
  });
});
