// @vitest-environment jsdom
/**
 * The reader measures selections and paints highlights on the text the store keeps (`blockText`): these
 * tests hold the two to the same string on real bodies, and check the DOM ↔ offset map both ways.
 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/extract/text.ts';
import { sanitizeHtml } from '../../../src/extract/sanitize.ts';
import { paint, unpaint } from '../../../src/reader/highlights/paint.ts';
import { describeSelection } from '../../../src/reader/highlights/selection.ts';
import { buildTextMap, offsetAt, slicesOf } from '../../../src/reader/highlights/text-map.ts';
import { listCorpusFiles, readCorpusPost } from '../../../testkit/corpus.ts';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

const SAMPLE =
  '<p>第一段 <b>加粗的字</b> 和\n  <a href="https://example.com/">一个链接</a>。</p>\n' +
  '<p>  第二段\u3000有  空格 and   Latin words  </p><ul><li>列表一</li><li>列表二</li></ul>' +
  '<pre>代码\n第二行</pre><p>最后<br>换行</p>';

describe('the text map', () => {
  it('gives the same text as blockText on every sanitized body of the corpus', () => {
    const posts = listCorpusFiles().map(readCorpusPost);
    expect(posts.length).toBeGreaterThan(5);
    for (const post of posts) {
      const el = body(sanitizeHtml(post.body, window, 'https://finance.example.com/a.html'));
      expect(buildTextMap(el).text, post.file).toBe(blockText(el));
    }
  });

  it('gives the same text on hand-made whitespace, inline elements, lists, pre and br', () => {
    const el = body(SAMPLE);
    expect(buildTextMap(el).text).toBe(blockText(el));
  });

  it('maps a point inside a text node to the offset of the character after it', () => {
    const el = body(SAMPLE);
    const map = buildTextMap(el);
    const bold = el.querySelector('b')!.firstChild!;
    expect(map.text.slice(offsetAt(map, el, bold, 2))).toMatch(/^的字 和\n一个链接/);
    const link = el.querySelector('a')!;
    // An element boundary point, before the link's first child: the line break before it is not yet read.
    expect(map.text.slice(offsetAt(map, el, link, 0))).toMatch(/^\n一个链接。\n第二段/);
    // After the last child of the body: the end of the text.
    expect(offsetAt(map, el, el, el.childNodes.length)).toBe(map.text.length);
    expect(offsetAt(map, el, document.body, 0)).toBeUndefined();
  });

  it('describes a selection crossing bold text, a link and a paragraph as the words between its ends', () => {
    const el = body(SAMPLE);
    const range = document.createRange();
    range.setStart(el.querySelector('b')!.firstChild!, 2);
    range.setEnd(el.querySelectorAll('p')[1]!.firstChild!, 5);
    const selectors = describeSelection(range, el)!;
    expect(selectors.quote.exact).toBe('的字 和\n一个链接。\n第二段');
    const text = blockText(el);
    expect(text.slice(selectors.position.start, selectors.position.end)).toBe(selectors.quote.exact);
    expect(selectors.quote.prefix).toBe('第一段 加粗');
  });

  it('describes nothing for a selection of whitespace between paragraphs', () => {
    const el = body(SAMPLE);
    const range = document.createRange();
    const gap = el.childNodes[1]!; // the "\n" text node between the paragraphs
    range.setStart(gap, 0);
    range.setEnd(gap, 1);
    expect(describeSelection(range, el)).toBeUndefined();
  });

  it('leaves whitespace-only text nodes and the whitespace outside a range out of its slices', () => {
    const el = body('<p>甲 乙</p>\n<p> 丙 </p>');
    const map = buildTextMap(el);
    expect(map.text).toBe('甲 乙\n丙');
    const slices = slicesOf(map, 2, 5);
    expect(slices.map((s) => s.node.data.slice(s.from, s.to))).toEqual(['乙', '丙']);
  });
});

describe('painting highlights', () => {
  it('wraps a highlight crossing paragraphs, bold text and a link in marks, and takes them out again', () => {
    const el = body(SAMPLE);
    const before = el.innerHTML;
    const text = blockText(el);
    const start = text.indexOf('加粗');
    const end = text.indexOf('第二段') + 3;
    paint(el, [{ id: 'h1', color: 'green', start, end, note: '<b>注</b>' }]);
    const marks = [...el.querySelectorAll('mark[data-hl="h1"]')];
    expect(marks.length).toBeGreaterThanOrEqual(4);
    expect(marks.every((m) => m.classList.contains('hl-green'))).toBe(true);
    expect(marks.map((m) => m.textContent).join('')).toBe('加粗的字 和一个链接。第二段');
    expect(el.querySelector('a mark')).not.toBeNull();
    expect(el.querySelector('b mark')).not.toBeNull();
    // The note is a title, text only.
    expect(marks[0]!.getAttribute('title')).toBe('<b>注</b>');
    expect(el.querySelector('mark b')).toBeNull();
    // The painted body still reads as the same text, with its text nodes split differently.
    expect(buildTextMap(el).text).toBe(text);
    unpaint(el);
    expect(el.innerHTML).toBe(before);
  });

  it('nests overlapping highlights and repaints from a clean body', () => {
    const el = body('<p>一二三四五六七八九十</p>');
    paint(el, [
      { id: 'a', color: 'yellow', start: 1, end: 6 },
      { id: 'b', color: 'pink', start: 4, end: 8 },
    ]);
    expect([...el.querySelectorAll('mark[data-hl="a"]')].map((m) => m.textContent).join('')).toBe(
      '二三四五六',
    );
    expect([...el.querySelectorAll('mark[data-hl="b"]')].map((m) => m.textContent).join('')).toBe('五六七八');
    expect(el.querySelector('mark[data-hl="a"] > mark[data-hl="b"]')?.textContent).toBe('五六');
    paint(el, [{ id: 'c', color: 'blue', start: 0, end: 2 }]);
    expect(el.querySelectorAll('mark').length).toBe(1);
    expect(el.innerHTML).toBe('<p><mark class="hl hl-blue" data-hl="c">一二</mark>三四五六七八九十</p>');
  });
});
