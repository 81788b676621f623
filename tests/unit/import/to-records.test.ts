/** Imported items as records: fields, states, user tags, highlights placed or detached, links to fetch. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bodyFromHtml } from '../../../src/import/article-body.ts';
import { readImportFile } from '../../../src/import/read-import.ts';
import { toRecords, type RecordOptions } from '../../../src/import/to-records.ts';
import type { ImportedItem } from '../../../src/import/types.ts';
import type { Article } from '../../../src/shared/article.ts';
import { fixtureBytes, zipOfFixtureDir } from './fixtures.ts';

const { window: win } = new JSDOM('');
const bodyOf = bodyFromHtml(win as unknown as Window & typeof globalThis);
const NOW = new Date('2025-01-02T03:04:05Z');

function recordsOf(bytes: Uint8Array): Article[] {
  const read = readImportFile(bytes);
  if (!('items' in read)) throw new Error(`not read: ${JSON.stringify(read)}`);
  let n = 0;
  const options: RecordOptions = { format: read.format, bodyOf, now: NOW, newId: () => `h${++n}` };
  return toRecords(read.items, options);
}

const byUrl = (records: Article[], url: string): Article => {
  const found = records.find((r) => r.url === url);
  if (!found) throw new Error(`no record for ${url}`);
  return found;
};

describe('toRecords', () => {
  it('makes Pocket links titled, tagged records waiting for their page', () => {
    const records = recordsOf(fixtureBytes('pocket/part_000000.csv'));
    const news = byUrl(records, 'https://news.example.cn/a/1001');
    expect(news).toMatchObject({
      id: 'url:https://news.example.cn/a/1001',
      title: '央行降准 0.5 个百分点 释放长期资金',
      category: 'news.example.cn',
      tags: ['新闻', '财经'],
      editedFields: ['tags'],
      archived: true,
      read: true,
      contentHtml: '',
      textContent: '',
      extractor: 'import-pocket',
      savedAt: '2023-11-14T23:13:20+00:00',
      fetch: { state: 'pending' },
    });
    const plain = byUrl(records, 'https://example.org/plain');
    // No tags: the record keeps the automatic tag a later fetch brings.
    expect(plain.tags).toEqual([]);
    expect(plain.editedFields).toBeUndefined();
    expect(plain.archived).toBeUndefined();
  });

  it('keeps an Instapaper selection as a detached highlight on a link, and Starred as favourite', () => {
    const records = recordsOf(fixtureBytes('instapaper/six-columns.csv'));
    const two = byUrl(records, 'https://example.com/two');
    expect(two.highlights).toEqual([
      {
        id: 'h1',
        color: 'yellow',
        createdAt: expect.any(String) as string,
        updatedAt: expect.any(String) as string,
        quote: { type: 'TextQuoteSelector', exact: 'A passage worth keeping', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 0 },
        detached: true,
      },
    ]);
    // A selection carries no time of its own: the import's.
    expect(Date.parse(two.highlights?.[0]?.createdAt ?? '')).toBe(NOW.getTime());
    const starred = recordsOf(fixtureBytes('instapaper/four-columns.csv')).filter((r) => r.favourite);
    expect(starred.length).toBeGreaterThan(0);
  });

  it('stores an Omnivore body sanitized, with its highlights placed in the text', () => {
    const records = recordsOf(zipOfFixtureDir('omnivore'));
    const rates = byUrl(records, 'https://news.example.cn/rates');
    expect(rates.fetch).toBeUndefined();
    expect(rates.contentHtml).toBe('<div><p>央行宣布维持利率不变。</p><p>Second paragraph.</p></div>');
    expect(rates.textContent).toBe('央行宣布维持利率不变。\nSecond paragraph.');
    expect(rates).toMatchObject({
      title: '利率决议',
      author: '王小明',
      archived: true,
      readingPosition: 0.45,
      tags: ['经济', 'Macro'],
      publishedAt: '2024-02-29T18:00:00+08:00',
      leadImage: 'https://img.example.cn/r.jpg',
      extractor: 'import-omnivore',
    });
    const [placed, twoLines, plain] = rates.highlights ?? [];
    expect(placed).toMatchObject({
      note: 'Worth comparing with last quarter.',
      quote: { exact: '央行宣布维持利率不变。', prefix: '', suffix: '\nSecond paragraph.' },
      position: { start: 0, end: 11 },
    });
    expect(placed?.detached).toBeUndefined();
    // Quotes not in this body are kept, detached, never dropped.
    expect(twoLines).toMatchObject({ detached: true, quote: { exact: 'A quote over\ntwo lines' } });
    expect(plain).toMatchObject({ detached: true, quote: { exact: 'A quote without a note' } });
    // An item whose content file is missing waits for its page like a link.
    expect(byUrl(records, 'https://example.com/lower').fetch).toEqual({ state: 'pending' });
  });

  it('stores wallabag bodies with annotations, stars and publishers', () => {
    const records = recordsOf(fixtureBytes('wallabag/entries.json'));
    const cut = byUrl(records, 'https://news.example.cn/cut');
    expect(cut).toMatchObject({
      author: '李华, Jane Doe',
      lang: 'zh',
      archived: true,
      read: true,
      savedAt: '2024-05-01T09:30:00+08:00',
      textContent: '第一段。\nSecond.',
    });
    expect(cut.highlights?.map((h) => [h.quote.exact, h.position.start, h.note, h.detached])).toEqual([
      ['第一段。', 0, 'Key sentence', undefined],
      ['Second.', 5, undefined, undefined],
    ]);
    expect(cut.highlights?.[0]?.createdAt).toBe('2024-05-01T10:00:00+08:00');
    const star = byUrl(records, 'https://example.com/star');
    expect(star).toMatchObject({ favourite: true, read: false, contentHtml: '<p>Body</p>' });
    expect(star.archived).toBeUndefined();
  });

  it('drops script from a body and keeps an empty one as a link; takes an infoCode as the id', () => {
    const item: ImportedItem = {
      url: 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112222222635819',
      tags: ['  two   words ', 'x'.repeat(80)],
      archived: false,
      favourite: false,
      contentHtml: '<script>alert(1)</script><p onclick="x()">正文<img src="/a.png"></p>',
      highlights: [],
    };
    const [record] = toRecords([item], { format: 'wallabag-json', bodyOf, now: NOW });
    expect(record).toMatchObject({
      id: 'NW202112222222635819',
      infoCode: 'NW202112222222635819',
      title: item.url,
      contentHtml: '<p>正文<img src="http://finews.zning.xyz/a.png"></p>',
      leadImage: 'http://finews.zning.xyz/a.png',
      tags: ['two words', 'x'.repeat(64)],
    });
    const [empty] = toRecords([{ ...item, contentHtml: '<script>only()</script>' }], {
      format: 'wallabag-json',
      bodyOf,
      now: NOW,
    });
    expect(empty).toMatchObject({ contentHtml: '', fetch: { state: 'pending' } });
  });
});
