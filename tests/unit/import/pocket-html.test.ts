import { describe, expect, it } from 'vitest';
import { decodeEntities, parsePocketHtml } from '../../../src/import/pocket-html.ts';
import { fixtureText } from './fixtures.ts';

describe('Pocket HTML', () => {
  it('reads both sections: Read Archive items archived, attributes by name, entities decoded', () => {
    const parsed = parsePocketHtml(fixtureText('pocket/ril_export.html'));
    expect(parsed).toEqual({
      items: [
        {
          url: 'https://example.com/a?x=1&y=2',
          title: 'Fish & Chips > Burgers',
          savedAt: '2023-11-14T22:13:20+00:00',
          tags: ['news', '中文'],
          archived: false,
          favourite: false,
          read: false,
          highlights: [],
        },
        {
          url: 'https://example.com/b',
          title: 'Spaced title',
          savedAt: '2023-11-14T22:15:00+00:00',
          tags: [],
          archived: false,
          favourite: false,
          read: false,
          highlights: [],
        },
        {
          // Single-quoted href, attributes in another order, a '>' inside a quoted value.
          url: 'https://example.com/c',
          title: '港股收评：恒指涨 1.2%',
          savedAt: '2020-09-13T12:26:40+00:00',
          tags: ['a>b', 'c'],
          archived: true,
          favourite: false,
          read: true,
          highlights: [],
        },
      ],
    });
  });

  it('reads upper-case tags and unquoted values', () => {
    const html = '<H1>Unread</H1><UL><LI><A HREF=https://example.com/x TIME_ADDED=1700000000>X</A></UL>';
    expect(parsePocketHtml(html)).toMatchObject({ items: [{ url: 'https://example.com/x', title: 'X' }] });
  });

  it('names the line of a link without an address', () => {
    const html =
      '<h1>Unread</h1>\n<ul>\n<li><a href="https://example.com/ok" time_added="1">ok</a></li>\n<li><a time_added="2">no link</a></li>\n</ul>';
    expect(parsePocketHtml(html)).toEqual({
      error: { code: 'bad-row', format: 'pocket-html', line: 4, detail: 'href' },
    });
  });

  it.each([
    ['&amp;&lt;&gt;&quot;&#39;', '&<>"\''],
    ['&#x4E2D;&#25991;', '中文'],
    ['&unknown; &#0;', '&unknown; &#0;'],
  ])('decodes %s', (encoded, decoded) => {
    expect(decodeEntities(encoded)).toBe(decoded);
  });
});
