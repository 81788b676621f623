import { describe, expect, it } from 'vitest';
import { parseInstapaperCsv } from '../../../src/import/instapaper-csv.ts';
import { fixtureText } from './fixtures.ts';

const items = (path: string) => {
  const parsed = parseInstapaperCsv(fixtureText(path));
  if ('error' in parsed) throw new Error(`unexpected ${JSON.stringify(parsed.error)}`);
  return parsed.items;
};

describe('Instapaper CSV', () => {
  it('reads the four-column file oldest first: folders as states or tags, a selection as a highlight', () => {
    expect(items('instapaper/four-columns.csv')).toEqual([
      {
        url: 'https://example.com/folder',
        title: '在文件夹里',
        savedAt: undefined,
        tags: ['读书笔记'],
        archived: false,
        favourite: false,
        highlights: [],
      },
      {
        url: 'https://example.com/archived',
        title: 'Archived one',
        savedAt: undefined,
        tags: [],
        archived: true,
        favourite: false,
        highlights: [],
      },
      {
        url: 'https://example.com/starred',
        title: 'Starred one',
        savedAt: undefined,
        tags: [],
        archived: false,
        favourite: true,
        highlights: [{ quote: 'He said "yes",\nthen left.' }],
      },
      {
        url: 'https://example.com/newest',
        title: 'Newest',
        savedAt: undefined,
        tags: [],
        archived: false,
        favourite: false,
        highlights: [],
      },
    ]);
  });

  it('reads the six-column file with a BOM and \\r\\n: Timestamp as savedAt, Tags as a JSON array', () => {
    expect(items('instapaper/six-columns.csv')).toEqual([
      {
        url: 'https://example.com/one',
        title: 'First saved',
        savedAt: '2023-11-14T22:20:00+00:00',
        tags: [],
        archived: false,
        favourite: false,
        highlights: [],
      },
      {
        url: 'https://example.com/two',
        title: 'Second saved',
        savedAt: '2023-11-14T22:21:40+00:00',
        tags: ['科技', 'AI'],
        archived: true,
        favourite: false,
        highlights: [{ quote: 'A passage worth keeping' }],
      },
    ]);
  });

  it('keeps both a user folder and the tags, and reads a tags field that is not JSON as a list', () => {
    const text =
      'URL,Title,Selection,Folder,Timestamp,Tags\nhttps://example.com/x,X,,Recipes,1,"soup, bread"\n';
    expect(parseInstapaperCsv(text)).toMatchObject({ items: [{ tags: ['Recipes', 'soup', 'bread'] }] });
  });

  it('names the missing column', () => {
    expect(parseInstapaperCsv(fixtureText('bad/instapaper-missing-folder.csv'))).toEqual({
      error: { code: 'missing-columns', format: 'instapaper-csv', line: 1, columns: ['Folder'] },
    });
  });

  it('refuses a row without a URL, naming its line', () => {
    const text = 'URL,Title,Selection,Folder\nhttps://example.com/a,A,,Unread\nnot a url,B,,Unread\n';
    expect(parseInstapaperCsv(text)).toEqual({
      error: { code: 'bad-row', format: 'instapaper-csv', line: 3, detail: 'URL' },
    });
  });
});
