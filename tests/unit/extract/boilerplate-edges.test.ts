// The second opinion on the edges of Readability's article (src/extract/boilerplate-edges.ts): paragraphs
// of links to the site's other pages that open or close the article go; nothing inside it, nothing that
// links elsewhere, and no structure (tables, lists) is judged.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { boilerplateEdges } from '../../../src/extract/boilerplate-edges.ts';
import { extract } from '../../../src/extract/index.ts';

const PAGE = 'https://news.example.com/2024/05/port-strike.html';
const PROSE = [
  '<p>Dock workers at the eastern terminal ended a nine-day strike on Tuesday after the operator agreed to a new shift pattern and a pay rise.</p>',
  '<p>Shipping lines had diverted more than forty vessels during the stoppage, and freight rates on the route rose by a fifth.</p>',
].join('');

/** The texts of the blocks `boilerplateEdges` would drop from a body holding `html`. */
function edges(html: string): string[] {
  const { document } = new JSDOM(`<!doctype html><body><div id="article">${html}</div></body>`, {
    url: PAGE,
  }).window;
  return boilerplateEdges(document.getElementById('article')!).map((el) => (el.textContent ?? '').trim());
}

describe('boilerplateEdges', () => {
  it("drops paragraphs of the site's links before the first and after the last prose", () => {
    const breadcrumb = '<p><a href="/">Home</a> › <a href="/business/">Business</a></p>';
    const readMore = '<p>Read more: <a href="/2024/04/port-talks.html">Port talks stall again</a></p>';
    const follow = '<div>Follow us on <a href="/newsletters">our newsletters</a></div>';
    expect(edges(breadcrumb + PROSE + readMore + follow)).toEqual([
      'Home › Business',
      'Read more: Port talks stall again',
      'Follow us on our newsletters',
    ]);
  });

  it('keeps links to other sites and to places in the page: sources and contents are the article’s', () => {
    const sources = '<p>Source: <a href="https://stats.example.org/freight">Freight statistics</a></p>';
    const contents = '<p><a href="#background">Background</a> · <a href="#outlook">Outlook</a></p>';
    expect(edges(contents + PROSE + sources)).toEqual([]);
  });

  it('keeps a linked paragraph amid the article, and a closing sentence with a link', () => {
    const between = '<p><a href="/2024/04/port-talks.html">Port talks stall again</a></p>';
    const credit =
      '<p>This article first appeared in <a href="/weekly/">the Harbour Weekly</a>, our Sunday edition.</p>';
    expect(edges(PROSE + between + PROSE + credit)).toEqual([]);
  });

  it('leaves tables and lists of links to the structure around them', () => {
    const infobox =
      '<table><tr><th>Operator</th><td><a href="/wiki/Harbour_Co">Harbour Co</a></td></tr></table>';
    const tags = '<ul><li><a href="/tag/ports">Ports</a></li><li><a href="/tag/labour">Labour</a></li></ul>';
    expect(edges(infobox + PROSE + tags)).toEqual([]);
  });

  it('reads Chinese prose by its characters, and drops a closing 相关阅读 line', () => {
    const zh =
      '<p>离岸人民币兑美元周三盘中升至6.3512，为2018年以来最高水平。</p>' +
      '<p>相关阅读：<a href="/2021/12/rmb.html">人民币汇率创三年新高</a></p>';
    expect(edges(zh)).toEqual(['相关阅读：人民币汇率创三年新高']);
  });

  it('drops nothing from a body without prose', () => {
    expect(edges('<p><a href="/a">A story</a></p><p><a href="/b">B story</a></p>')).toEqual([]);
  });
});

describe('generic path: the edges of the article', () => {
  it("ends the article at its last prose, without the site's links after it", () => {
    const html = `<!doctype html><html lang="en"><head><title>Port strike ends</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Port strike ends</h1>${PROSE}${PROSE}
<p>More: <a href="/2024/04/port-talks.html">Port talks stall again</a></p></article></body></html>`;
    const result = extract(new JSDOM(html, { url: PAGE }).window.document, PAGE);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.article.textContent).toContain('freight rates on the route rose by a fifth');
    expect(result.article.textContent).not.toContain('Port talks stall again');
  });
});
