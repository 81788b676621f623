import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../../src/store/search-syntax.ts';
import type { ArticleSummary } from '../../../src/store/index.ts';
import { keepsHit, searchScope, summariesInView, tagFilterOf, VIEWS } from '../../../popup/views.ts';

const s = (id: string, extra: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id,
  title: `标题${id}`,
  category: '宏观',
  savedAt: '2024-01-01T08:00:00+08:00',
  ...extra,
});
const library = [
  s('plain'),
  s('read', { read: true }),
  s('fav', { favourite: true, read: true }),
  s('archived', { archived: true }),
  s('archivedFav', { archived: true, favourite: true }),
  s('tagged', { tags: ['财经新闻', '待读'] }),
];
const ids = (list: ArticleSummary[]) => list.map((x) => x.id);

describe('views', () => {
  it('Unread is not read and not archived; All hides the archive; Favourites leaves archived ones out', () => {
    expect(ids(summariesInView(library, 'unread', undefined))).toEqual(['plain', 'tagged']);
    expect(ids(summariesInView(library, 'all', undefined))).toEqual(['plain', 'read', 'fav', 'tagged']);
    expect(ids(summariesInView(library, 'favourites', undefined))).toEqual(['fav']);
    expect(ids(summariesInView(library, 'archive', undefined))).toEqual(['archived', 'archivedFav']);
  });

  it('the tag filter keeps articles with exactly that tag, inside the view', () => {
    expect(ids(summariesInView(library, 'all', '待读'))).toEqual(['tagged']);
    expect(ids(summariesInView(library, 'all', '待'))).toEqual([]);
    expect(ids(summariesInView(library, 'archive', '待读'))).toEqual([]);
  });

  it('reads the filter box as a stored tag is written: whitespace normalized, empty is no filter', () => {
    expect(tagFilterOf('  机器   学习 ')).toBe('机器 学习');
    expect(tagFilterOf(' \u3000 ')).toBeUndefined();
  });
});

describe('search inside a view', () => {
  it('writes the view and the tag as filters the search syntax parses back', () => {
    expect(searchScope('all', undefined)).toBe('');
    for (const view of VIEWS) {
      const parsed = parseSearch(`央行 ${searchScope(view, '机器 学习')}`);
      expect(parsed.words).toBe('央行');
      expect(parsed.tags).toEqual(['机器 学习']);
    }
    expect(parseSearch(searchScope('favourites', undefined)).is).toEqual(['fav']);
    expect(parseSearch(searchScope('unread', undefined)).is).toEqual(['unread']);
    expect(parseSearch(searchScope('archive', undefined)).is).toEqual(['archived']);
  });

  it('quotes a tag holding a double quote with a pair it does not contain', () => {
    expect(parseSearch(searchScope('all', 'say "hi"')).tags).toEqual(['say "hi"']);
  });

  it('drops archived hits outside Archive unless the query asks for them', () => {
    const archived = s('x', { archived: true });
    expect(keepsHit(archived, 'all', '央行')).toBe(false);
    expect(keepsHit(archived, 'unread', '央行')).toBe(false);
    expect(keepsHit(archived, 'all', '央行 is:archived')).toBe(true);
    expect(keepsHit(archived, 'archive', '央行')).toBe(true);
    expect(keepsHit(s('y'), 'all', '央行')).toBe(true);
  });
});
