import { describe, expect, it } from 'vitest';
import { asLinkArticle } from '../../../src/background/fetch-queue/link-article.ts';
import type { ExtractedArticle } from '../../../src/shared/article.ts';

const extracted = (url: string, canonicalUrl?: string): ExtractedArticle => ({
  id: `url:${url}`,
  url,
  ...(canonicalUrl ? { canonicalUrl } : {}),
  title: 't',
  category: 'c',
  tags: [],
  excerpt: '',
  contentHtml: '<p>x</p>',
  textContent: 'x',
  extractor: 'readability',
});

describe('asLinkArticle', () => {
  it('leaves an article read at the imported address (tracking parameters aside) as it is', () => {
    const article = extracted('https://news.example.com/a/1.html');
    expect(asLinkArticle(article, 'https://news.example.com/a/1.html?utm_source=pocket')).toBe(article);
  });

  it('gives a redirected article the imported address, and the address it was read from as canonical', () => {
    const article = asLinkArticle(extracted('https://m.example.com/a/1'), 'http://example.com/a/1');
    expect(article.url).toBe('http://example.com/a/1');
    expect(article.canonicalUrl).toBe('https://m.example.com/a/1');
  });

  it('keeps a canonical address the page named', () => {
    const article = asLinkArticle(
      extracted('https://m.example.com/a/1', 'https://www.example.com/a/1'),
      'http://t.example/xyz',
    );
    expect(article).toMatchObject({
      url: 'http://t.example/xyz',
      canonicalUrl: 'https://www.example.com/a/1',
    });
  });
});
