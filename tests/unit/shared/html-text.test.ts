// `textOfHtml` reads the serialized body as `blockText` walks the tree: checked rule by rule, then on real
// bodies (Readability's 130 expected articles as written and as Jianbao sanitizes them, and the finews
// posts), whose markup no rule test imagines.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeToElement } from '../../../src/extract/sanitize.ts';
import { blockText } from '../../../src/extract/text.ts';
import { textOfHtml } from '../../../src/shared/html-text.ts';
import { listCorpusFiles } from '../../../testkit/corpus.ts';
import { readCorpusArticle } from '../../../testkit/corpus-html.ts';
import {
  listReadabilityPages,
  READABILITY_PAGE_URL,
  readReadabilityPage,
} from '../../../testkit/readability-pages.ts';

const { window } = new JSDOM('<!doctype html><body></body>', { url: READABILITY_PAGE_URL });
type TestWindow = Window & typeof globalThis;

/** The body a string parses into, and what the DOM walk reads of it. */
function walked(html: string): { serialized: string; text: string } {
  const holder = window.document.createElement('div');
  holder.innerHTML = html;
  return { serialized: holder.innerHTML, text: blockText(holder) };
}

describe('textOfHtml, rule by rule', () => {
  it.each([
    [
      'blocks start and end lines',
      '<p>一</p><p>二</p>text<div>三<span>四</span></div>',
      '一\n二\ntext\n三四',
    ],
    ['inline elements join their text', '<p>a<b>b</b><em>c</em> <a href="x">d</a></p>', 'abc d'],
    ['a line break and a rule end lines', 'a<br>b<hr>c', 'a\nb\nc'],
    ['escapes are undone', '<p>a &amp; b &lt;c&gt; &quot;d&quot;&nbsp;e</p>', 'a & b <c> "d" e'],
    ['numeric references are read', '&#20013;&#x6587;&#X41;', '中文A'],
    ['unknown references stay as written', '&copy; &#0; &#xD800; &amp', '&copy; &#0; &#xD800; &amp'],
    ['quoted attribute values may hold > and <', '<p title="a>b" data-x=\'<i>\'>t</p>', 't'],
    ['comments are not text', 'a<!-- <p>b</p> -->c', 'ac'],
    ['a < that opens no tag is text', 'a < b <1', 'a < b <1'],
    ['spaces collapse and lines are trimmed', '<p>  a \t b  </p>\n\n<p> c </p>', 'a b\nc'],
    ['a line break in text ends a line', '<pre>a\n  b</pre>', 'a\nb'],
    ['an attribute’s name may hold quotes', '<div "="" \'a=\'b\'>t</div>', 't'],
    ['unquoted values end at a space or >', '<p title=a>b class=c>t</p>', 'b class=c>t'],
    ['tag names are read in any case', '<P>a</P><Li>b</lI>', 'a\nb'],
  ])('%s', (_rule, html, text) => {
    expect(textOfHtml(html)).toBe(text);
  });

  it('an unclosed quote or comment ends at the end of the input, in linear time', () => {
    expect(textOfHtml('a<p title="open')).toBe('a');
    expect(textOfHtml('a<!-- open')).toBe('a');
    const hostile = '<a title="'.repeat(50_000) + '<!--'.repeat(50_000);
    expect(textOfHtml(hostile)).toBe('');
  });

  it('the serializer’s escapes in text and attributes read back as the tree’s text', () => {
    const holder = window.document.createElement('div');
    const p = holder.appendChild(window.document.createElement('p'));
    p.setAttribute('title', '"><p>not text</p>');
    p.append('1 < 2 & 3 > 2\u00a0"quoted" \'single\'');
    expect(textOfHtml(holder.innerHTML)).toBe(blockText(holder));
  });

  it('reads a tree a parser would not rebuild from the string in its own order', () => {
    // A script can put a paragraph inside a paragraph; the string would parse as two siblings, but the
    // text is read in document order either way.
    const holder = window.document.createElement('div');
    const outer = holder.appendChild(window.document.createElement('p'));
    outer.append('before');
    outer.appendChild(window.document.createElement('p')).append('inner');
    outer.append('after');
    expect(textOfHtml(holder.innerHTML)).toBe(blockText(holder));
    expect(blockText(holder)).toBe('before\ninner\nafter');
  });
});

describe('textOfHtml equals blockText on real bodies', () => {
  const pages = listReadabilityPages();

  it('on Readability’s expected articles as written', () => {
    const differing = pages.filter((name) => {
      const { serialized, text } = walked(readReadabilityPage(name).expectedHtml);
      return textOfHtml(serialized) !== text;
    });
    expect(differing).toEqual([]);
  });

  it('on the same articles as Jianbao sanitizes them', () => {
    const differing = pages.filter((name) => {
      const holder = sanitizeToElement(
        readReadabilityPage(name).expectedHtml,
        window as unknown as TestWindow,
        READABILITY_PAGE_URL,
      );
      return textOfHtml(holder.innerHTML) !== blockText(holder);
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(differing).toEqual([]);
  });

  it('on the finews posts', () => {
    const files = listCorpusFiles();
    const differing = files.filter((file) => {
      const { serialized, text } = walked(readCorpusArticle(file).bodyHtml);
      return textOfHtml(serialized) !== text;
    });
    expect(files.length).toBeGreaterThan(50);
    expect(differing).toEqual([]);
  });
});
