// The metadata rules behind generic-en-news-time-element-only, generic-zh-portal-netease-reprint-and-comments
// and generic-zh-portal-tencent-editor-id, each on a page of its own so a rule that stops holding fails
// here, not only in a fixture that also exercises the others.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readBylineName } from '../../../src/extract/metadata/byline-name.ts';
import { readPageMeta } from '../../../src/extract/metadata/page-meta.ts';

// Blocks on their own lines, as pages print them (the window reads text,
// where adjacent blocks would run together).
const meta = (body: string, url = 'https://news.example.cn/a/1.html') =>
  readPageMeta(
    new JSDOM(
      `<!doctype html><html lang="zh-CN"><title>T</title><body>${body.replace(/></g, '>\n<')}</body></html>`,
    ).window.document,
    new URL(url),
  );

describe('readBylineName (Readability bylines)', () => {
  it('drops the lead-in and the time stamp around a person', () => {
    expect(readBylineName('By Jane Doe Updated Jul 21, 2023')).toBe('Jane Doe');
    expect(readBylineName('By Jane Doe | 2023-07-21 09:05')).toBe('Jane Doe');
    expect(readBylineName('Reuters')).toBe('Reuters');
  });

  it('ends the name at a day-first date, even one run into it', () => {
    expect(readBylineName('By Jane Doe 22 Dec 2016')).toBe('Jane Doe');
    expect(readBylineName('by Jane Doe22 Dec 2016651')).toBe('Jane Doe');
    expect(readBylineName('By Jane Doe, 3 March 2024 09:05')).toBe('Jane Doe');
    expect(readBylineName('Agent 47')).toBe('Agent 47');
  });

  it('drops the lead-in of other languages only before a capitalized name', () => {
    expect(readBylineName('Par Sébastien Farcis')).toBe('Sébastien Farcis');
    expect(readBylineName('Von Anna Schmidt')).toBe('Anna Schmidt');
    expect(readBylineName('Por María López')).toBe('María López');
    expect(readBylineName('Door Jan de Vries')).toBe('Jan de Vries');
    expect(readBylineName('Paris Review Staff')).toBe('Paris Review Staff');
    expect(readBylineName('von der Heide')).toBe('von der Heide');
  });

  it("ends the author's part where a second role starts", () => {
    expect(readBylineName('Written by Rob Ewaschuk Edited by Betsy Beyer')).toBe('Rob Ewaschuk');
    expect(readBylineName('By Jane Doe | Photos by John Roe')).toBe('Jane Doe');
    expect(readBylineName('Edited by Betsy Beyer')).toBeUndefined();
  });

  it('finds no person in a desk label, with or without a date', () => {
    expect(readBylineName('By Staff Reporters Updated Jul 21, 2023')).toBeUndefined();
    expect(readBylineName('By The Newsroom')).toBeUndefined();
    expect(readBylineName('Wire Services')).toBeUndefined();
    expect(readBylineName('本报记者')).toBeUndefined();
    expect(readBylineName('')).toBeUndefined();
  });
});

describe('readPageMeta: text under the headline', () => {
  it('never cuts a name in two at the window cap', () => {
    // A tag line long enough to push the editor across the 300-character cap.
    const tags = Array.from({ length: 60 }, (_, i) => `标签${i}`).join(' ');
    const m = meta(`<h1>标题</h1><div class="info">${tags} 责任编辑：news_desk_01</div><p>正文第一句。</p>`);
    expect(m.editor).toBe('news_desk_01');
  });

  it('stops at the first sentence: a closing statement after a short article is no byline', () => {
    const m = meta(
      '<h1>标题</h1><div class="info">2021-12-08 11:01:43 来源：证券时报</div><p>离岸人民币升至6.35，为三年来最高。</p>' +
        '<p>本文来源：证券时报 作者：某财经频道 责任编辑：NE0011</p>',
    );
    expect(m.source).toBe('证券时报');
    expect(m.author).toBeUndefined();
    expect(m.editor).toBeUndefined();
  });

  it('reads a bare source element named by its class under the headline', () => {
    const m = meta(
      '<h1>标题</h1><div class="content-info"><span class="a_source">东方财富网</span> <span class="a_time">2021-12-08 12:07:59</span></div><p>港股午间收跌。</p>',
    );
    expect(m.source).toBe('东方财富网');
    const lead = meta('<h1>标题</h1><div><span class="media-name">来自 第一财经</span></div><p>正文。</p>');
    expect(lead.source).toBe('第一财经');
  });

  it('drops an English lead-in printed inside the element, but not a name that starts like one', () => {
    const from = meta(
      '<h1>Headline</h1><ul><li class="byline">by: <cite>Laurie Oakes</cite></li>' +
        '<li class="source"><span>From:</span> <cite>Herald Sun</cite></li></ul><p>The story.</p>',
    );
    expect(from.source).toBe('Herald Sun');
    const named = meta('<h1>Headline</h1><div><span class="source">Sourcewire</span></div><p>The story.</p>');
    expect(named.source).toBe('Sourcewire');
  });

  it("takes a source in a picture's caption for the picture's credit, not the article's source", () => {
    const m = meta(
      '<h1>1Password für iOS</h1><figure><img src="a.jpg"><figcaption><p class="caption">Ein Bild.</p>' +
        '<p class="source">(Bild: Hersteller)</p></figcaption></figure><p>Der Artikel.</p>',
    );
    expect(m.source).toBeUndefined();
  });

  it('ignores source-classed elements away from the headline, and stamps in them', () => {
    expect(
      meta(
        '<aside><span class="media">侧栏合作媒体</span></aside><h1>标题</h1><div>2021-12-08 12:07</div><p>正文。</p>',
      ).source,
    ).toBeUndefined();
    expect(
      meta('<h1>标题</h1><p>正文第一句。</p><div><span class="source">文末合作媒体</span></div>').source,
    ).toBeUndefined();
    expect(
      meta('<h1>标题</h1><div><span class="source">2021-12-08 12:07</span></div><p>正文。</p>').source,
    ).toBeUndefined();
  });
});

/** The metadata of an English page whose head holds `head` and whose body is empty. */
const headMeta = (head: string) =>
  readPageMeta(
    new JSDOM(`<!doctype html><html lang="en"><head><title>T</title>${head}</head><body></body></html>`)
      .window.document,
    new URL('https://news.example.com/a/1.html'),
  );

describe('readPageMeta: the declared author', () => {
  const declared = (head: string) => headMeta(head).author;

  it('takes the name, without the printed byline\'s "By"', () => {
    expect(declared('<meta name="byl" content="By Corey Kilgannon">')).toBe('Corey Kilgannon');
    expect(declared('<meta name="author" content="Ana Sandoiu">')).toBe('Ana Sandoiu');
  });

  it('is no one when the declared author is a profile address, and the next declaration is used', () => {
    expect(declared('<meta property="article:author" content="https://www.facebook.com/jane.doe">')).toBe(
      undefined,
    );
    const ld = JSON.stringify({ '@type': 'NewsArticle', author: 'https://example.com/author/jane' });
    expect(
      declared(`<script type="application/ld+json">${ld}</script><meta name="author" content="Jane Doe">`),
    ).toBe('Jane Doe');
  });

  it('ranks Dublin Core above a plain author meta, in either spelling', () => {
    const plain = '<meta name="author" content="Desk Account">';
    expect(declared(`${plain}<meta property="dc:creator" content="Ana Sandoiu">`)).toBe('Ana Sandoiu');
    expect(declared(`${plain}<meta name="DC.creator" content="Ana Sandoiu">`)).toBe('Ana Sandoiu');
    expect(declared('<meta name="parsely-author" content="Jane Doe">')).toBe('Jane Doe');
  });
});

describe('readPageMeta: meta tags', () => {
  it('reads each name of a space-separated RDFa property list', () => {
    const m = headMeta(
      '<meta name="author" content="Desk Account">' +
        '<meta property="dc:creator twitter:site_name" content="Ana Sandoiu">' +
        '<meta property="x:description dc:description" content="What the story says.">',
    );
    expect(m.author).toBe('Ana Sandoiu');
    expect(m.summary).toBe('What the story says.');
  });

  it('ranks a name declared as a property above the same name in a name attribute', () => {
    const m = headMeta(
      '<meta name="DC.creator" content="Desk Account"><meta property="dc:creator" content="Ana Sandoiu">',
    );
    expect(m.author).toBe('Ana Sandoiu');
  });

  it('passes over a tag without content to a later one of the same name', () => {
    const m = headMeta(
      '<meta property="og:description">' + '<meta property="dc:title og:description" content="The summary.">',
    );
    expect(m.summary).toBe('The summary.');
  });
});

describe('readPageMeta: JSON-LD', () => {
  const published = (script: string) => headMeta(script).publishedAt;
  const json = JSON.stringify({ '@type': 'Article', datePublished: '2001-10-29T01:59:14Z' });

  it('reads the article inside a CDATA wrapper, bare or behind //', () => {
    for (const body of [json, `<![CDATA[\n${json}\n]]>`, `//<![CDATA[\n${json}\n//]]>`])
      expect(published(`<script type="application/ld+json">${body}</script>`), body).toBe(
        '2001-10-29T01:59:14+00:00',
      );
  });

  it("reads every type under schema.org's Article, named as a term, an IRI or a prefixed name", () => {
    for (const type of ['SocialMediaPosting', 'http://schema.org/DiscussionForumPosting', 'schema:Report']) {
      const body = JSON.stringify({ '@type': type, datePublished: '2014-09-02T08:35:27-04:00' });
      expect(published(`<script type="application/ld+json">${body}</script>`), type).toBe(
        '2014-09-02T08:35:27-04:00',
      );
    }
    const video = JSON.stringify({ '@type': 'VideoObject', datePublished: '2014-09-02T08:35:27-04:00' });
    expect(published(`<script type="application/ld+json">${video}</script>`)).toBeUndefined();
  });
});
