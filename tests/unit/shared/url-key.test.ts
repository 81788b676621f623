// @vitest-environment jsdom
/**
 * One list of tracking parameters for both identity rules: a link carrying any of them gets the id of
 * its clean form (extraction) and is found as the same article (dedupe on save, the ✓ lookup).
 */
// idb's wrap() recognises requests by the global IDB* classes.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import type { ExtractedArticle } from '../../../src/shared/article.ts';
import { normalizeUrl, TRACKING_PARAMS, urlId, urlKeysOf } from '../../../src/shared/url-key.ts';
import { findSavedId, getArticle, openLibrary, saveArticle } from '../../../src/store/index.ts';

const CLEAN = 'https://news.example.cn/2024/0101/story.html?page=2';

/** Every listed name, a `*` suffix filled in, each with where it is listed. */
const LISTED = TRACKING_PARAMS.flatMap((row) =>
  row.names.map((name) => ({ name: name.replace('*', 'source'), why: row.why })),
);

/** What the extension extracts from a plain article page served at `url`. */
function articleAt(url: string): ExtractedArticle {
  const doc = document.implementation.createHTMLDocument('居民消费价格同比上涨');
  doc.documentElement.lang = 'zh-CN';
  const para =
    '<p>国家统计局今天发布数据，十二月份全国居民消费价格同比上涨百分之一点五，环比下降百分之零点三。</p>';
  doc.body.innerHTML = `<article><h1>居民消费价格同比上涨</h1>${para.repeat(6)}</article>`;
  const extracted = extract(doc, url);
  if (!extracted.ok) throw new Error(`no article at ${url}`);
  return extracted.article;
}

describe('tracking parameters', () => {
  it('lists every name once', () => {
    const names = LISTED.map((p) => p.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(LISTED)('$name ($why): same id and same dedupe key as the clean link', async ({ name }) => {
    const tracked = `https://news.example.cn/2024/0101/story.html?${name}=abc123&page=2#comments`;
    expect(urlId(tracked)).toBe(urlId(CLEAN));
    expect(normalizeUrl(tracked)).toBe(normalizeUrl(CLEAN));
    expect(normalizeUrl(tracked.replace(name, name.toUpperCase()))).toBe(normalizeUrl(CLEAN));

    const first = articleAt(tracked);
    const { id } = first;
    expect(id).toBe(articleAt(CLEAN).id);
    const db = await openLibrary(new IDBFactory());
    expect((await saveArticle(db, first)).created).toBe(true);
    expect((await saveArticle(db, articleAt(CLEAN))).created).toBe(false);
    expect(await getArticle(db, id)).toMatchObject({ url: CLEAN });
    expect(await findSavedId(db, tracked)).toBe(id);
    db.close();
  });

  it('keeps parameters that select the article, and ids keep their scheme and host spelling', () => {
    expect(urlId('https://www.example.cn/a/?b=2&page=3&utm_medium=x#top')).toBe(
      'url:https://www.example.cn/a/?b=2&page=3',
    );
    expect(urlId('https://example.cn/a?')).toBe('url:https://example.cn/a');
    expect(normalizeUrl(CLEAN)).not.toBe(normalizeUrl(CLEAN.replace('page=2', 'page=3')));
    expect(normalizeUrl('http://WWW.Example.cn/a/?page=2&id=7')).toBe('example.cn/a?id=7&page=2');
    expect(normalizeUrl('ftp://example.cn/a')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
  });

  it('gives an article one key per distinct address', () => {
    expect(urlKeysOf({ url: 'https://x.cn/a?from=timeline', canonicalUrl: 'http://www.x.cn/a/' })).toEqual([
      'x.cn/a',
    ]);
    expect(urlKeysOf({ url: 'https://x.cn/a', canonicalUrl: 'https://x.cn/b' })).toEqual([
      'x.cn/b',
      'x.cn/a',
    ]);
  });
});
