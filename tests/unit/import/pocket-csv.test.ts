import { describe, expect, it } from 'vitest';
import { parsePocketCsv, parsePocketCsvParts } from '../../../src/import/pocket-csv.ts';
import { fixtureText } from './fixtures.ts';

const items = (text: string) => {
  const parsed = parsePocketCsv(text);
  if ('error' in parsed) throw new Error(`unexpected ${JSON.stringify(parsed.error)}`);
  return parsed.items;
};

describe('Pocket CSV', () => {
  it('reads a part with a BOM, \\r\\n, quoted commas, doubled quotes, a newline in a title (one line) and no tags', () => {
    expect(items(fixtureText('pocket/part_000000.csv'))).toEqual([
      {
        url: 'https://example.com/markets',
        title: 'Markets, rates and "soft landings"',
        savedAt: '2023-11-14T22:13:20+00:00',
        tags: ['finance', 'economy'],
        archived: false,
        favourite: false,
        read: false,
        highlights: [],
      },
      {
        url: 'https://news.example.cn/a/1001',
        title: '央行降准 0.5 个百分点 释放长期资金',
        savedAt: '2023-11-14T23:13:20+00:00',
        tags: ['新闻', '财经'],
        archived: true,
        favourite: false,
        read: true,
        highlights: [],
      },
      {
        url: 'https://example.org/plain',
        title: 'No tags here',
        savedAt: '2023-11-15T00:13:20+00:00',
        tags: [],
        archived: false,
        favourite: false,
        read: false,
        highlights: [],
      },
    ]);
  });

  it('maps columns by name: another order and the cursor column; repeated tags once; time 0 is unknown', () => {
    const [later, zero] = items(fixtureText('pocket/part_000001.csv'));
    expect(later).toMatchObject({
      url: 'https://example.net/later',
      title: 'Later part',
      savedAt: '2024-03-09T16:00:00+00:00',
      tags: ['reading', 'tools'],
      archived: true,
    });
    expect(zero?.savedAt).toBeUndefined();
    expect(zero?.tags).toEqual([]);
  });

  it('joins several parts into one library in part order, whatever order they come in', () => {
    const parsed = parsePocketCsvParts([
      { name: 'part_000001.csv', text: fixtureText('pocket/part_000001.csv') },
      { name: 'part_000000.csv', text: fixtureText('pocket/part_000000.csv') },
    ]);
    if ('error' in parsed) throw new Error('unexpected error');
    expect(parsed.items.map((i) => i.url)).toEqual([
      'https://example.com/markets',
      'https://news.example.cn/a/1001',
      'https://example.org/plain',
      'https://example.net/later',
      'https://example.net/zero-time',
    ]);
  });

  it.each([
    ['bad/pocket-missing-status.csv', { code: 'missing-columns', line: 1, columns: ['status'] }],
    ['bad/pocket-unterminated-quote.csv', { code: 'truncated', line: 3 }],
    // The row before spans lines 3 and 4 (a quoted newline), so the row without a URL is on line 5.
    ['bad/pocket-empty-url.csv', { code: 'bad-row', line: 5, detail: 'url' }],
  ])('%s is refused with where the problem is', (path, error) => {
    expect(parsePocketCsv(fixtureText(path))).toEqual({ error: { format: 'pocket-csv', ...error } });
  });

  it('names every missing column and the part a problem is in', () => {
    expect(parsePocketCsv('url,cursor\nhttps://example.com/,1\n')).toEqual({
      error: {
        code: 'missing-columns',
        format: 'pocket-csv',
        line: 1,
        columns: ['title', 'time_added', 'tags', 'status'],
      },
    });
    const parsed = parsePocketCsvParts([
      { name: 'part_000000.csv', text: fixtureText('pocket/part_000000.csv') },
      { name: 'part_000001.csv', text: fixtureText('bad/pocket-empty-url.csv') },
    ]);
    expect(parsed).toEqual({
      error: { code: 'bad-row', format: 'pocket-zip', file: 'part_000001.csv', line: 5, detail: 'url' },
    });
  });

  it('refuses a time that is not a number', () => {
    const text = 'title,url,time_added,tags,status\nA,https://example.com/a,yesterday,,unread\n';
    expect(parsePocketCsv(text)).toEqual({
      error: { code: 'bad-row', format: 'pocket-csv', line: 2, detail: 'time_added' },
    });
  });
});
