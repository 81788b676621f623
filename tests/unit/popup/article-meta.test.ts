import { describe, expect, it } from 'vitest';
import { whereText } from '../../../popup/ArticleMeta.tsx';
import type { ArticleSummary } from '../../../src/store/index.ts';

const summary = {
  id: 'NW1',
  title: '央行降准',
  category: '财联社',
  source: '财联社',
  savedAt: '2024-01-02T08:00:00+08:00',
  publishedAt: '2021-12-22T14:06:54+08:00',
} as ArticleSummary;

describe('the meta line under a title', () => {
  it('leaves out the source under a group of the same name, and keeps the date as written', () => {
    expect(whereText(summary, '财联社')).toBe('2021-12-22');
  });

  it('names the source under another group and in search results, which have no group', () => {
    expect(whereText(summary, '宏观研究')).toBe('财联社 · 2021-12-22');
    expect(whereText(summary, undefined)).toBe('财联社 · 2021-12-22');
  });

  it('falls back to the day it was saved when the page gave no publish time', () => {
    expect(whereText({ ...summary, publishedAt: undefined }, '财联社')).toBe('2024-01-02');
  });
});
