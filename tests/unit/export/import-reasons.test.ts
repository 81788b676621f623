/**
 * Issue #6 §3–4: every reason an import gives is a message key with parameters, worded in the UI
 * language; only what comes from the file (field names, ids) and the JSON engine's detail stay as is.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLibraryJson } from '../../../src/export/library-json.ts';
import { explainInvalidRecord } from '../../../src/export/validate-record.ts';
import { catalogueLookup, type MessageCatalogue } from '../../../src/shared/english-messages.ts';
import { describeReason, type Reason } from '../../../src/shared/reason.ts';
import { ARTICLE_LIMITS } from '../../../src/shared/validate-article.ts';

const zh = JSON.parse(readFileSync('_locales/zh_CN/messages.json', 'utf8')) as MessageCatalogue;
/** `chrome.i18n.getMessage` as the browser answers it for zh_CN. */
const zhGetMessage = catalogueLookup(zh);

const record = {
  id: 'NW202112222222635819',
  url: 'https://finance.eastmoney.com/a/202112222222635819.html',
  title: '标题',
  category: '南方Plus',
  tags: ['南方Plus新闻'],
  excerpt: '摘要',
  contentHtml: '<p>正文</p>',
  textContent: '正文',
  extractor: 'eastmoney-share',
  savedAt: '2024-01-01T08:00:00+08:00',
};

const file = (articles: unknown[], images?: unknown[]): string =>
  JSON.stringify({
    format: 'jianbao-library',
    version: 1,
    exportedAt: '2024-01-01T08:00:00+08:00',
    articles,
    ...(images ? { images } : {}),
  });

const problemOf = (text: string): Reason => {
  const parsed = parseLibraryJson(text);
  if (parsed.ok) throw new Error('expected a rejected file');
  return parsed.problem;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('record reasons', () => {
  it('name the field and what is wrong with it, as a key and parameters', () => {
    const cases: Array<[unknown, Reason]> = [
      [[], { key: 'invalidNotObject', params: [] }],
      [
        { ...record, title: 42 },
        { key: 'invalidNotString', params: ['title'] },
      ],
      [
        { ...record, author: 'x'.repeat(ARTICLE_LIMITS.maxShortFieldChars + 1) },
        { key: 'invalidTooLong', params: ['author', String(ARTICLE_LIMITS.maxShortFieldChars)] },
      ],
      [
        { ...record, title: 'x'.repeat(ARTICLE_LIMITS.maxTitleChars + 1) },
        { key: 'invalidTooLong', params: ['title', String(ARTICLE_LIMITS.maxTitleChars)] },
      ],
      [
        { ...record, id: '' },
        { key: 'invalidEmpty', params: ['id'] },
      ],
      [
        { ...record, url: 'javascript:alert(1)' },
        { key: 'invalidNotHttp', params: ['url'] },
      ],
      [
        { ...record, tags: 'a' },
        { key: 'invalidTags', params: ['tags', String(ARTICLE_LIMITS.maxTags)] },
      ],
      [
        { ...record, savedAt: 'yesterday' },
        { key: 'invalidNotIsoDate', params: ['savedAt'] },
      ],
      [
        { ...record, updatedAt: '2024-01-01T08:00:00' },
        { key: 'invalidNotIsoDate', params: ['updatedAt'] },
      ],
      [
        { ...record, read: 'yes' },
        { key: 'invalidNotBoolean', params: ['read'] },
      ],
      [
        { ...record, readingPosition: 2 },
        { key: 'invalidNotFraction', params: ['readingPosition'] },
      ],
      [
        { ...record, editedFields: ['title'] },
        { key: 'invalidNotListOf', params: ['editedFields', '"category", "tags"'] },
      ],
      [
        { ...record, imagesStored: [1] },
        { key: 'invalidNotStringList', params: ['imagesStored'] },
      ],
      [
        { ...record, imagesFailed: [{ url: 'https://a/b.jpg' }] },
        { key: 'invalidNotObjectList', params: ['imagesFailed', 'url, reason'] },
      ],
    ];
    for (const [value, expected] of cases)
      expect(explainInvalidRecord(value), expected.key).toEqual(expected);
    expect(explainInvalidRecord(record)).toBeUndefined();
  });

  it('word image problems the same way', () => {
    const withImage = { ...record, imagesStored: ['https://img.example.com/a.jpg'] };
    const image = {
      articleId: record.id,
      url: 'https://img.example.com/a.jpg',
      type: 'image/jpeg',
      dataBase64: '/9j/',
    };
    const imageReason = (images: unknown[]) => problemOf(file([withImage], images)).params[1];
    expect(imageReason(['x'])).toEqual({ key: 'invalidNotObject', params: [] });
    expect(imageReason([{ ...image, type: 7 }])).toEqual({ key: 'invalidNotString', params: ['type'] });
    expect(imageReason([{ ...image, url: 'https://img.example.com/other.jpg' }])).toEqual({
      key: 'invalidImageNotListed',
      params: [record.id],
    });
    expect(imageReason([{ ...image, dataBase64: '***' }])).toEqual({
      key: 'invalidNotBase64',
      params: ['dataBase64'],
    });
    expect(parseLibraryJson(file([withImage], [image])).ok).toBe(true);
  });
});

describe('worded for the user', () => {
  it('in English by default', () => {
    expect(describeReason(problemOf(file([record, { ...record, id: 'NW2', title: 42 }])))).toBe(
      'article 2 (id NW2) is invalid: "title" is not a string.',
    );
    expect(describeReason(problemOf('{"format": "jianbao-lib'))).toMatch(
      /^it is not a JSON library file — it may be another kind of file, or be cut short or damaged\. Import the file that “Export the library \(JSON\)” saves/,
    );
    expect(describeReason(problemOf('PK\u0003\u0004\u0014\u0000_posts/2021-12-22-NW1.md'))).toMatch(
      /^it is Jianbao's Markdown export .*for publishing and cannot be imported back\. Import the JSON library file instead/,
    );
  });

  it("in Chinese in a zh_CN browser, with no English words left but the file's own names", () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: zhGetMessage } });
    const texts = [
      describeReason(problemOf(file([record, { ...record, id: 'NW2', title: 42 }]))),
      describeReason(problemOf(file([{ ...record, readingPosition: 2 }]))),
      describeReason(
        problemOf(
          file(
            [{ ...record, imagesStored: ['https://img.example.com/a.jpg'] }],
            [
              {
                articleId: record.id,
                url: 'https://img.example.com/a.jpg',
                type: 'image/jpeg',
                dataBase64: '***',
              },
            ],
          ),
        ),
      ),
      describeReason(problemOf(file([{ ...record, editedFields: ['title'] }]))),
    ];
    expect(texts[0]).toBe('第 2 篇文章（id NW2）无效：“title”不是字符串。');
    for (const text of texts) {
      // Quoted names and ids come from the file; base64 is a technical term in both languages.
      const words = text.replace(/“[^”]*”|id \S+|"[a-z]+"|base64/g, '').match(/[A-Za-z]{3,}/g) ?? [];
      expect(words, text).toEqual([]);
    }
    const notJson = describeReason(problemOf('{"format": "jianbao-lib'));
    expect(notJson).toMatch(/^它不是 JSON 文库文件——可能是其他类型的文件，或已被截断、损坏。/);
    const markdown = describeReason(problemOf('PK\u0003\u0004\u0014\u0000_posts/2021-12-22-NW1.md'));
    expect(markdown).toMatch(/^它是剪报的 Markdown 导出.*用于发布，无法导回。请改为导入 JSON 文库文件/);
  });
});
