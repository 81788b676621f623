// The pre-pass on Readability's copy (src/extract/prune.ts) removes only what Readability itself always
// removes, and the small DOM helpers that replace whole-subtree selector queries answer as the queries did.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasDescendant } from '../../../src/extract/dom.ts';
import { indexMetaTags, metaContent } from '../../../src/extract/metadata/meta-tags.ts';
import { pruneForReadability } from '../../../src/extract/prune.ts';

const BASE = 'https://news.example.com/2024/01/story.html';
const docOf = (html: string) => new JSDOM(html, { url: BASE }).window.document;

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story, long enough for Readability to score it, with commas, clauses, and a point.</p>`,
).join('');

describe('pruneForReadability', () => {
  it('takes off names and ids that would shadow a property of their form or of the document, and no others', () => {
    const doc = docOf(
      `<body><form id="aspnetForm"><div id="content"><p id="title">t</p><img name="parentElement" src="a.png">
       <input id="nextElementSibling"><img name="photo" src="b.png"></div></form>
       <img name="querySelectorAll" src="c.png"><img name="logo" src="d.png"><div id="parentElement">x</div></body>`,
    );
    pruneForReadability(doc);
    const attributes = (selector: string) => {
      const el = doc.querySelector(selector)!;
      return [el.getAttribute('name'), el.getAttribute('id')];
    };
    expect(attributes('form')).toEqual([null, 'aspnetForm']);
    expect(attributes('form div')).toEqual([null, 'content']);
    expect(attributes('form p')).toEqual([null, null]);
    expect(attributes('form img[src="a.png"]')).toEqual([null, null]);
    expect(attributes('form input')).toEqual([null, null]);
    expect(attributes('form img[src="b.png"]')).toEqual(['photo', null]);
    expect(attributes('img[src="c.png"]')).toEqual([null, null]);
    expect(attributes('img[src="d.png"]')).toEqual(['logo', null]);
    // Outside a form, a div's id shadows nothing.
    expect(attributes('body > div')).toEqual([null, 'parentElement']);
  });

  it('removes scripts, style sheets and hidden subtrees, and keeps JSON-LD', () => {
    const doc = docOf(
      `<head><style>p{}</style><script type="application/ld+json">{}</script></head><body>
       <script>var a = 1;</script><div hidden>h</div><div aria-hidden="true">a</div>
       <p style="display: none">d</p><p style="visibility:hidden">v</p><p id="kept">k</p></body>`,
    );
    pruneForReadability(doc);
    expect(doc.querySelectorAll('script:not([type])')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
    expect(doc.body.textContent.replace(/\s+/g, '')).toBe('k');
  });

  it('keeps what Readability reads before it drops hidden nodes, and what it counts as visible', () => {
    const doc = docOf(
      `<body><p style="display: none; display: block">shown</p><span aria-hidden="true" class="fallback-image">f</span>
       <img hidden src="a.jpg"><span style="display:none"><img src="b.jpg"></span><noscript><img src="c.jpg"></noscript>
       <div hidden><script type="application/ld+json">{}</script></div><p style="font: none">plain</p></body>`,
    );
    pruneForReadability(doc);
    expect(doc.querySelectorAll('img')).toHaveLength(3);
    expect(doc.querySelectorAll('div[hidden]')).toHaveLength(1);
    expect(doc.body.textContent).toContain('shown');
    expect(doc.body.textContent).toContain('f');
    expect(doc.body.textContent).toContain('plain');
  });

  it("leaves Readability's article the same", () => {
    const html = `<html><head><title>Story</title><script>x()</script></head><body><nav>Home News</nav>
      <article><h1>Story</h1>${PROSE}<p style="display:none">Hidden teaser</p><div hidden>${PROSE}</div></article>
      <aside aria-hidden="true">${PROSE}</aside></body></html>`;
    const plain = new Readability(docOf(html)).parse();
    const copy = docOf(html);
    pruneForReadability(copy);
    const pruned = new Readability(copy).parse();
    expect(pruned?.content).toBe(plain?.content);
    expect(pruned?.title).toBe(plain?.title);
  });
});

describe('hasDescendant', () => {
  const tags = new Set(['p', 'div']);
  it('answers as a selector query would', () => {
    const doc = docOf(
      '<body><div id="a"><span><b>x</b></span><i><p>y</p></i></div><div id="b"><span>z</span></div></body>',
    );
    for (const el of doc.querySelectorAll('div, span, i, b'))
      expect(hasDescendant(el, tags)).toBe(!!el.querySelector('p, div'));
  });
});

describe('indexMetaTags', () => {
  it('finds the first tag of a name in any naming attribute, ignoring case', () => {
    const doc = docOf(
      `<head><meta property="OG:Title" content=" First "><meta name="og:title" content="Second">
       <meta itemprop="datePublished" content="2024-01-02"><meta name="author" content=""></head>`,
    );
    const tags = indexMetaTags(doc);
    expect(metaContent(tags, ['og:title'])).toBe('First');
    expect(metaContent(tags, ['datepublished'])).toBe('2024-01-02');
    expect(metaContent(tags, ['author', 'og:title'])).toBe('First');
    expect(metaContent(tags, ['missing'])).toBeUndefined();
  });
});
