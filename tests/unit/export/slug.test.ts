/** The category slug against every post of the real corpus that names its source. */
import { describe, expect, it } from 'vitest';
import { categorySlug, FALLBACK_SLUG, SLUG_OVERRIDES } from '../../../src/export/slug.ts';
import { listCorpusFiles, readCorpusPost } from '../../../testkit/corpus.ts';

describe('categorySlug', () => {
  it('gives the slug of every corpus post whose tag names its source (categories vs tags minus 新闻)', () => {
    const posts = listCorpusFiles()
      .map(readCorpusPost)
      .filter((post) => post.tags.endsWith('新闻') && post.categories);
    const sources = new Map(posts.map((post) => [post.tags.replace(/新闻$/, ''), post.categories]));
    // The corpus holds 88 posts from 10 sources; a smaller count means the corpus was not read.
    expect(posts.length).toBeGreaterThanOrEqual(88);
    expect(sources.size).toBeGreaterThanOrEqual(10);
    const mismatches = [...sources].filter(([source, slug]) => categorySlug(source) !== slug);
    expect(mismatches).toEqual([]);
  });

  it('keeps Latin letters and digits as written and drops everything else', () => {
    expect(categorySlug('南方Plus')).toBe('nanfangPlus');
    expect(categorySlug('21世纪经济报道')).toBe('21shijijingjibaodao');
    expect(categorySlug(' A股·快讯 ')).toBe('Agukuaixun');
    expect(categorySlug('绿色金融')).toBe('lvsejinrong');
    expect(categorySlug('——')).toBe(FALLBACK_SLUG);
  });

  it('reads polyphonic characters from their word (银行 hang, 重庆 chong)', () => {
    expect(categorySlug('银行家')).toBe('yinhangjia');
    expect(categorySlug('重庆日报')).toBe('chongqingribao');
  });

  it('uses the override table only for names the pinyin would get wrong', () => {
    for (const [name, slug] of Object.entries(SLUG_OVERRIDES)) expect(categorySlug(name)).toBe(slug);
    expect(Object.keys(SLUG_OVERRIDES)).toEqual(['东财滚动']);
  });
});
