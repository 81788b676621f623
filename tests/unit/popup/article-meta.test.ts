import { describe, expect, it } from 'vitest';
import { rowTags, whereText } from '../../../popup/row-meta.ts';
import type { ArticleSummary } from '../../../src/store/index.ts';

const summary = {
  id: 'NW1',
  title: '央行降准',
  category: '财联社',
  source: '财联社',
  savedAt: '2024-01-02T08:00:00+08:00',
  publishedAt: '2021-12-22T14:06:54+08:00',
  tags: ['财联社新闻', '稍后细读'],
} as ArticleSummary;
/** A row under the header of `category`. */
const under = (category: string, s: ArticleSummary = summary) => ({ summary: s, category });
/** A row under the gathered group's header. */
const gathered = (s: ArticleSummary = summary) => ({ summary: s, namesCategory: true });
/** A search result: no header above it. */
const found = { summary };

describe('the meta line under a title', () => {
  it('leaves out the source under a group of the same name, and keeps the date as written', () => {
    expect(whereText(under('财联社'))).toBe('2021-12-22');
  });

  it('names the source under another group and in search results, which have no group', () => {
    expect(whereText(under('宏观研究'))).toBe('财联社 · 2021-12-22');
    expect(whereText(found)).toBe('财联社 · 2021-12-22');
  });

  it('names the category under the gathered group, and the source only when it differs', () => {
    expect(whereText(gathered())).toBe('财联社 · 2021-12-22');
    expect(whereText(gathered({ ...summary, category: '稍后再读' }))).toBe('稍后再读 · 财联社 · 2021-12-22');
    expect(whereText(gathered({ ...summary, source: undefined }))).toBe('财联社 · 2021-12-22');
  });

  it('falls back to the day it was saved when the page gave no publish time', () => {
    expect(whereText(under('财联社', { ...summary, publishedAt: undefined }))).toBe('2024-01-02');
  });
});

describe('the tags on a row', () => {
  const tags = (row: Parameters<typeof rowTags>[0]) => rowTags(row).map((x) => [x.tag, x.automatic]);

  it('leave out the automatic tag where the category shown is its source, keeping the user’s', () => {
    expect(tags(under('财联社'))).toEqual([['稍后细读', false]]);
    expect(tags(gathered())).toEqual([['稍后细读', false]]);
  });

  it('show the automatic tag, marked, where no category shown is its source', () => {
    const moved = { ...summary, category: '稍后再读' };
    expect(tags(under('稍后再读', moved))).toEqual([
      ['财联社新闻', true],
      ['稍后细读', false],
    ]);
    expect(tags(gathered(moved))).toEqual([
      ['财联社新闻', true],
      ['稍后细读', false],
    ]);
    expect(tags(found)).toEqual([
      ['财联社新闻', true],
      ['稍后细读', false],
    ]);
  });

  it('keep a user tag that happens to read like the category', () => {
    expect(tags(under('财联社', { ...summary, source: undefined }))).toEqual([
      ['财联社新闻', false],
      ['稍后细读', false],
    ]);
  });
});
