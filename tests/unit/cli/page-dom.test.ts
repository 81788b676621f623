// The command line's DOM (parse5's tree in linkedom, sanitized in jsdom) must give the extension's record:
// every fixture's expected fields and body here; Readability's test pages record for record in
// tests/unit/extract/readability-pages.ts.
import { describe, expect, it } from 'vitest';
import { parsePage, sanitizerWindow, setPageUrl } from '../../../src/cli/page-dom.ts';
import { extract } from '../../../src/extract/index.ts';
import { listOf } from '../../../src/shared/live-list.ts';
import { listFixtures, loadFixture, recordOf } from '../../../testkit/fixtures.ts';

const PAGE = 'https://news.example.cn/a/2021/12/22/story.html';

describe("the command line's page DOM", () => {
  it('creates elements with lowercase names, as an HTML document does', () => {
    const doc = parsePage('<p>x</p>', PAGE);
    expect(doc.createElement('DIV').localName).toBe('div');
    expect((doc.cloneNode(true) as Document).createElement('SPAN').outerHTML).toBe('<span></span>');
  });

  it("resolves links against the page's address, its <base href>, and keeps them in copies", () => {
    const plain = parsePage('<a href="x">x</a>', PAGE);
    expect(plain.documentURI).toBe(PAGE);
    expect(plain.querySelector('a')!.baseURI).toBe(PAGE);
    const based = parsePage('<head><base href="/base/"></head><body><a href="x">x</a></body>', PAGE);
    const copy = based.cloneNode(true) as Document;
    expect(copy.querySelector('a')!.baseURI).toBe('https://news.example.cn/base/');
    setPageUrl(based, 'https://other.example.cn/p/q.html');
    expect(based.querySelector('a')!.baseURI).toBe('https://other.example.cn/base/');
  });

  it("builds the tree by the HTML standard's rules (implied end tags), not as written", () => {
    const doc = parsePage('<p>one<div>two</div><table><tr><td>cell</table>', PAGE);
    expect(doc.body.innerHTML).toBe(
      '<p>one</p><div>two</div><table><tbody><tr><td>cell</td></tr></tbody></table>',
    );
  });

  it('keeps text between character references in one text node, as a browser does', () => {
    const cell = parsePage('<table><tr><td>a &amp; b&nbsp;\n</td></tr></table>', PAGE).querySelector('td')!;
    expect(cell.childNodes.length).toBe(1);
    expect(cell.firstChild!.nodeValue).toBe('a & b\u00a0\n');
  });

  it("counts every element with getElementsByTagName('*'), on the document and below an element", () => {
    const doc = parsePage('<div id="x"><p><a href="/">home</a></p><p>text</p></div>', PAGE);
    // html, head, body, div, p, a, p
    expect(doc.getElementsByTagName('*').length).toBe(7);
    expect(listOf(doc.getElementById('x')!.getElementsByTagName('*')).map((el) => el.localName)).toEqual([
      'p',
      'a',
      'p',
    ]);
    expect(doc.getElementsByTagName('p').length).toBe(2);
  });

  it("takes the document's title from its HTML <title>, not an SVG's", () => {
    const doc = parsePage(
      '<html><body><svg><title>icon</title></svg></body><head><title>  The\n headline </title></head></html>',
      PAGE,
    );
    expect(doc.title).toBe('The headline');
  });

  it('refuses to extract when the body would be sanitized in a DOM DOMPurify does not support', () => {
    const doc = parsePage('<article><h1>T</h1><p>' + '正文内容足够长。'.repeat(40) + '</p></article>', PAGE);
    expect(() => extract(doc, PAGE)).toThrow(/sanitizer cannot run/);
    expect(extract(doc, PAGE, { sanitizerWindow }).ok).toBe(true);
  });

  for (const name of listFixtures()) {
    const fixture = loadFixture(name);
    // Script-rendered share pages have their article in the endpoint's JSON, not in the page.
    if (fixture.endpointJson) continue;
    it(`gives fixture ${name} its expected record`, () => {
      const result = extract(parsePage(fixture.html, fixture.spec.url), fixture.spec.url, {
        sanitizerWindow,
      });
      if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
      expect(recordOf(result.article)).toEqual(fixture.expected);
    });
  }
});
