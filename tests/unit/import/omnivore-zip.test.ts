import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseOmnivoreHighlights } from '../../../src/import/omnivore-highlights.ts';
import { parseOmnivoreZip } from '../../../src/import/omnivore-zip.ts';
import { utf8, zipOfFixtureDir } from './fixtures.ts';

const omnivoreFiles = (prefix = '') => unzipSync(zipOfFixtureDir('omnivore', prefix));

describe('Omnivore ZIP', () => {
  it('reads every metadata file in order, with content and highlights by slug', () => {
    const parsed = parseOmnivoreZip(omnivoreFiles());
    if ('error' in parsed) throw new Error(`unexpected ${JSON.stringify(parsed.error)}`);
    expect(parsed.items.map((i) => i.url)).toEqual([
      'https://news.example.cn/rates',
      'https://example.com/lower',
      // The DELETED item is left out: its owner removed it.
      'https://example.com/title',
      'https://example.com/inbox',
    ]);
    expect(parsed.items[0]).toEqual({
      url: 'https://news.example.cn/rates',
      title: '利率决议',
      savedAt: '2024-03-01T10:20:30+00:00',
      publishedAt: '2024-02-29T18:00:00+08:00',
      author: '王小明',
      tags: ['经济', 'Macro'],
      archived: true,
      favourite: false,
      readingProgress: 0.45,
      contentHtml: '<div class="article"><p>央行宣布维持利率不变。</p><p>Second paragraph.</p></div>',
      excerpt: 'The bank holds rates.',
      leadImage: 'https://img.example.cn/r.jpg',
      highlights: [
        { quote: '央行宣布维持利率不变。', note: 'Worth comparing with last quarter.' },
        { quote: 'A quote over\ntwo lines' },
        { quote: 'A quote without a note' },
      ],
    });
  });

  it('reads all three spellings of the archived state, and progress as a fraction', () => {
    const parsed = parseOmnivoreZip(omnivoreFiles());
    if ('error' in parsed) throw new Error('unexpected error');
    expect(parsed.items.map((i) => [i.title, i.archived, i.readingProgress])).toEqual([
      ['利率决议', true, 0.45],
      ['Lower case state', true, 1],
      ['Title case state', true, undefined],
      ['Still in the inbox', false, 0],
    ]);
    expect(parsed.items[3]?.contentHtml).toBeUndefined();
    expect(parsed.items[3]?.highlights).toEqual([]);
  });

  it('finds the export inside a folder of the archive', () => {
    const parsed = parseOmnivoreZip(omnivoreFiles('Omnivore export/'));
    if ('error' in parsed) throw new Error('unexpected error');
    expect(parsed.items).toHaveLength(4);
    expect(parsed.items[0]?.contentHtml).toContain('央行宣布维持利率不变。');
    expect(parsed.items[0]?.highlights[0]?.note).toBe('Worth comparing with last quarter.');
  });

  it.each([
    [
      'a metadata file cut off',
      { 'metadata_0_to_1.json': utf8('[{"url": "https://example.com/a", "state": "SUCC') },
      { code: 'truncated', file: 'metadata_0_to_1.json', line: 1 },
    ],
    [
      'a metadata file that is not an array',
      { 'metadata_0_to_1.json': utf8('{"url": "https://example.com/a"}') },
      { code: 'bad-json-shape', file: 'metadata_0_to_1.json', detail: 'not an array' },
    ],
    [
      'an entry without a URL',
      {
        'metadata_0_to_1.json': utf8(
          '[{"url": "https://example.com/a"}, {"title": "x", "state": "ARCHIVED"}]',
        ),
      },
      { code: 'bad-entry', file: 'metadata_0_to_1.json', entry: 2, detail: 'url' },
    ],
    ['no metadata at all', { 'content/a.html': utf8('<p>a</p>') }, { code: 'not-an-export' }],
  ])('refuses %s', (_, files, error) => {
    expect(parseOmnivoreZip(files)).toEqual({ error: { format: 'omnivore-zip', ...error } });
  });
});

describe('Omnivore highlights markdown', () => {
  it.each([
    ['> one\n\n> two\n', [{ quote: 'one' }, { quote: 'two' }]],
    [
      '> quote\nnote right below\n\nsecond paragraph\n',
      [{ quote: 'quote', note: 'note right below\n\nsecond paragraph' }],
    ],
    ['# Title\n\n> q [⤴️](https://omnivore.app/me/x#1)\r\n\r\nn\r\n', [{ quote: 'q', note: 'n' }]],
    [
      '> keeps [a real link](https://example.com/) inside',
      [{ quote: 'keeps [a real link](https://example.com/) inside' }],
    ],
    ['no quotes here\n', []],
  ])('%j', (markdown, highlights) => {
    expect(parseOmnivoreHighlights(markdown)).toEqual(highlights);
  });
});
