// @vitest-environment jsdom
/**
 * Issue #7 §1, unit level: every hostile page goes through the real extractor and sanitizer (jsdom, no page
 * scripts), and the stored record carries nothing that could run or load by itself.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract, sanitizeHtml } from '../../../src/extract/index.ts';
import { readNearTitle } from '../../../src/extract/metadata/near-title.ts';
import {
  beaconUrl,
  expandPayload,
  hostileSharePage,
  hostileUrl,
  loadHostileCases,
  MARKER,
  postFor,
  VECTORS,
} from '../../fixtures/hostile/cases.ts';
import { findUnsafe } from './unsafe-markup.ts';

const ORIGIN = 'http://finews.zning.xyz';
const cases = loadHostileCases();

describe('the hostile corpus', () => {
  it('has at least 60 cases, unique ids and codes, and every vector family of issue #7', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.infoCode)).size).toBe(cases.length);
    for (const vector of VECTORS)
      expect(cases.filter((c) => c.vector === vector).length, vector).toBeGreaterThan(0);
    for (const where of ['title', 'body', 'img', 'link', 'meta'])
      expect(
        cases.some((c) => c.where === where),
        where,
      ).toBe(true);
  });

  it('puts every payload in the page it builds, raw', () => {
    for (const [index, hostile] of cases.entries()) {
      const html = hostileSharePage(hostile, postFor(index), ORIGIN);
      expect(html.includes(hostile.payload.split('{{')[0]!), hostile.id).toBe(true);
      expect(/\{\{[A-Z]+\}\}/.test(html), hostile.id).toBe(false);
    }
  });
});

describe('the checker', () => {
  // A check that never fires proves nothing: the raw payloads in the article body must trip it.
  it('flags the raw payload of every body case that carries markup', () => {
    const inBody = cases.filter((c) => ['body', 'img', 'link'].includes(c.where) && c.vector !== 'dangling');
    const missed = inBody
      .filter((c) => findUnsafe(expandPayload(c, ORIGIN), document, MARKER.beaconPath).length === 0)
      .map((c) => c.id);
    expect(missed).toEqual([]);
  });
});

describe('extracting a hostile page stores nothing that runs or loads', () => {
  for (const [index, hostile] of cases.entries()) {
    it(`${hostile.id} (${hostile.vector} in ${hostile.where})`, () => {
      const url = hostileUrl(ORIGIN, hostile);
      const { document } = new JSDOM(hostileSharePage(hostile, postFor(index), ORIGIN), { url }).window;
      const result = extract(document, url);
      if (!result.ok) throw new Error(`not saved: ${result.error.code} ${result.error.detail ?? ''}`);
      const { article } = result;
      expect(article.id).toBe(hostile.infoCode);
      expect(article.textContent.length).toBeGreaterThan(100);
      expect(findUnsafe(article.contentHtml, document, MARKER.beaconPath)).toEqual([]);
      expect(article.contentHtml).not.toMatch(/<script/i);
      expect(article.contentHtml).not.toMatch(/\son[a-z]+\s*=/i);
      // The reader sanitizes again; doing so must change nothing (no second-pass mutation).
      expect(sanitizeHtml(article.contentHtml, window, url)).toBe(article.contentHtml);
      for (const field of ['canonicalUrl', 'leadImage'] as const) {
        const value = article[field];
        if (value !== undefined) expect(value, field).toMatch(/^https?:\/\//);
      }
      expect(article.contentHtml).not.toContain(
        beaconUrl(ORIGIN, hostile.id).replace(/^https?:/, 'src="http:'),
      );
    });
  }
});

describe('the sanitizer fails closed', () => {
  it('refuses to run on something that is not a window instead of returning the HTML untouched', () => {
    // What `doc.defaultView` returns when a page clobbers it with <img name="defaultView">.
    const clobbered = document.createElement('img') as unknown as Window & typeof globalThis;
    expect(() => sanitizeHtml('<img src=x onerror=alert(1)>', clobbered)).toThrow(/cannot run/);
  });
});

describe('a form whose named elements shadow its tree links', () => {
  // jsdom does not shadow a form's members with its named elements as browsers do; an own property on the
  // form stands in for the browser's named property.
  it('does not send the walk under the headline in circles, and reads the line after it', () => {
    const { document } = new JSDOM(
      `<!doctype html><html lang="zh"><head><title>标题</title></head><body><form><p>正文。</p>
       <div><h1>标题</h1><p>2022年01月21日 18:05 来源：示例网</p></div><img name="nextSibling" src="/n.png"></form></body></html>`,
      { url: 'https://news.example.cn/a.aspx' },
    ).window;
    const form = document.querySelector('form')!;
    Object.defineProperty(form, 'nextSibling', { value: document.querySelector('img[name="nextSibling"]') });
    const headline = document.querySelector('h1');
    expect(readNearTitle(headline).lines).toEqual(['2022年01月21日 18:05 来源：示例网']);
  });
});
