import { describe, expect, it } from 'vitest';
import { parseWallabagJson } from '../../../src/import/wallabag-json.ts';
import { fixtureText } from './fixtures.ts';

const entries = (path: string): unknown[] => JSON.parse(fixtureText(path)) as unknown[];

describe('wallabag JSON', () => {
  it('reads entries: states as 0/1 or booleans, annotations as highlights with notes, offsets kept', () => {
    expect(parseWallabagJson(entries('wallabag/entries.json'))).toEqual({
      items: [
        {
          url: 'https://news.example.cn/cut',
          title: '降息周期开启',
          savedAt: '2024-05-01T09:30:00+08:00',
          publishedAt: '2024-04-30T20:00:00+08:00',
          author: '李华, Jane Doe',
          tags: ['宏观', 'rates'],
          archived: true,
          favourite: false,
          read: true,
          contentHtml: '<p>第一段。</p><p>Second.</p>',
          leadImage: 'https://img.example.cn/cut.png',
          language: 'zh',
          highlights: [
            { quote: '第一段。', note: 'Key sentence', createdAt: '2024-05-01T10:00:00+08:00' },
            { quote: 'Second.' },
          ],
        },
        {
          url: 'https://example.com/star',
          title: 'Starred, unread',
          savedAt: '2024-05-03T01:02:03+00:00',
          publishedAt: undefined,
          author: undefined,
          tags: [],
          archived: false,
          favourite: true,
          read: false,
          contentHtml: '<p>Body</p>',
          leadImage: undefined,
          language: undefined,
          highlights: [],
        },
      ],
    });
  });

  it('falls back to given_url and reads tags given as {label} objects', () => {
    const parsed = parseWallabagJson([
      { given_url: 'https://example.com/given', is_archived: '1', tags: [{ label: '读' }, 'x'] },
    ]);
    expect(parsed).toMatchObject({
      items: [{ url: 'https://example.com/given', archived: true, tags: ['读', 'x'] }],
    });
  });

  it.each([
    ['an entry without a URL', entries('bad/wallabag-entry-without-url.json'), { entry: 2, detail: 'url' }],
    [
      'an entry that is not an object',
      [{ url: 'https://example.com/a' }, 'x'],
      { entry: 2, detail: 'not an object' },
    ],
    [
      'a date that is not a date',
      [{ url: 'https://example.com/a', created_at: 'soon' }],
      { entry: 1, detail: 'created_at' },
    ],
    [
      'annotations that are not a list',
      [{ url: 'https://example.com/a', annotations: 'x' }],
      { entry: 1, detail: 'annotations' },
    ],
  ])('refuses %s, naming the entry', (_, input, where) => {
    expect(parseWallabagJson(input)).toEqual({
      error: { code: 'bad-entry', format: 'wallabag-json', ...where },
    });
  });
});
