// Mozilla Readability's own test pages (../shared/corpus/readability-test-pages, read in place): the generic
// path must keep every sentence of Readability's expected article, apart from the pages listed below, where
// the expected output is itself not the article (each with the reason). Text the record moved into a field
// (the headline, a dateline) is not lost. `npx tsx scripts/readability-pages-report.ts` prints the figures.
// The pages are split over a few test files (readability-pages-<n>.test.ts) so that vitest's workers
// share them: parsing 130 pages in jsdom is the longest unit test.
import { jsdomPage } from '../../../testkit/jsdom-page.ts';
import { describe, expect, it } from 'vitest';
import { parsePage, sanitizerWindow } from '../../../src/cli/page-dom.ts';
import { extract } from '../../../src/extract/index.ts';
import type { ExtractResult } from '../../../src/shared/article.ts';
import { parseDate } from '../../../src/extract/metadata/dates.ts';
import {
  htmlBlocks,
  listReadabilityPages,
  READABILITY_PAGE_URL,
  readReadabilityPage,
  textLoss,
} from '../../../testkit/readability-pages.ts';

/** Pages where Readability's expected output keeps what is not the article, or is no article. */
const NOT_THE_ARTICLE: Record<string, string> = {
  '005-unescape-html-entities':
    'a markup case of 4 characters: under the 100 characters of prose of an article',
  'invalid-attributes': 'a markup case of one sentence: under the 100 characters of prose of an article',
  'js-link-replacement': 'a markup case of three words: under the 100 characters of prose of an article',
  'lazy-image-3': 'a markup case of two captions: under the 100 characters of prose of an article',
  'ehow-1': 'ends with the heading `Featured` of an empty module: a heading with nothing under it',
  'hidden-nodes': 'ends with two headings whose only paragraphs are hidden: headings with nothing under them',
  hukumusume:
    "keeps the site's menus and day-of-the-year sidebar around the story (Readability's last resort on a " +
    'short page, the longest of its attempts)',
  mathjax:
    "keeps MathML text that Readability's own test parser gives and jsdom does not: plain Readability in " +
    'jsdom lacks the same text',
  'nytimes-5': "keeps the site's navigation (`Lo más reciente`, `Buscar`)",
  wikipedia: 'keeps the `See also` list of other pages of the same wiki, a related list',
  'firefox-nightly-blog': "keeps the readers' comments under the post",
  'bug-1255978':
    "ends with a paragraph that is only a link to the site's licensing page (`Reuse content`): navigation " +
    'after the article (boilerplate-edges.ts)',
};

/** A line the record keeps as a field, not in the body: the headline, or a short dateline. */
function movedToField(sentence: string, title: string): boolean {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text === title) return true;
  return text.length <= 80 && !!parseDate(text, { chinese: true });
}

/** Each page's record in jsdom, kept for the command line's check that follows the page's own. */
const inJsdom = new Map<string, ExtractResult>();

function extractInJsdom(name: string): ExtractResult {
  let result = inJsdom.get(name);
  if (!result) {
    const { window } = jsdomPage(readReadabilityPage(name).source, READABILITY_PAGE_URL);
    result = extract(window.document, READABILITY_PAGE_URL);
    window.close();
    inJsdom.set(name, result);
  }
  return result;
}

function lostSentences(name: string): string[] {
  const page = readReadabilityPage(name);
  const result = extractInJsdom(name);
  const ours = result.ok ? result.article.textContent.split('\n') : [];
  const title = result.ok ? result.article.title : '';
  return textLoss(htmlBlocks(page.expectedHtml), ours).missing.filter((s) => !movedToField(s, title));
}

/** Start tags with their attributes in name order: DOMs may keep an element's attributes in any order. */
function sortedAttributes(html: string): string {
  return html.replace(
    /<([a-z][a-z0-9]*)((?:\s[^\s=>]+(?:="[^"]*")?)+)>/g,
    (_m, tag: string, attrs: string) => {
      const sorted = attrs
        .trim()
        .match(/[^\s=>]+(?:="[^"]*")?/g)!
        .sort();
      return `<${tag} ${sorted.join(' ')}>`;
    },
  );
}

/** The record the command line gives (src/cli/page-dom.ts), beside the one the page gives in jsdom. */
function recordsInBothDoms(name: string): [unknown, unknown] {
  const asRecord = (r: ExtractResult) =>
    r.ok ? { ...r.article, contentHtml: sortedAttributes(r.article.contentHtml) } : r.error;
  const cli = extract(
    parsePage(readReadabilityPage(name).source, READABILITY_PAGE_URL),
    READABILITY_PAGE_URL,
    {
      sanitizerWindow,
    },
  );
  return [asRecord(cli), asRecord(extractInJsdom(name))];
}

/** Runs the checks for every `of`-th page starting at `shard` (0-based); shard 0 also checks the list. */
export function describeReadabilityPages(shard: number, of: number): void {
  const names = listReadabilityPages();
  describe(`Readability's test pages (${shard + 1} of ${of})`, () => {
    if (shard === 0)
      it('are all there, and every documented page is one of them', () => {
        expect(names.length).toBeGreaterThanOrEqual(130);
        expect(Object.keys(NOT_THE_ARTICLE).filter((n) => !names.includes(n))).toEqual([]);
      });

    for (const name of names.filter((_, i) => i % of === shard)) {
      const reason = NOT_THE_ARTICLE[name];
      // Parsing the bigger pages in jsdom takes seconds on a busy machine.
      it(name, { timeout: 180_000 }, () => {
        const lost = lostSentences(name);
        if (reason)
          expect(lost.length, `${name} loses nothing now: drop it from NOT_THE_ARTICLE`).toBeGreaterThan(0);
        else expect(lost, `${name}: sentences of Readability's article that Jianbao lacks`).toEqual([]);
      });
      it(`${name}: the command line gives the same record`, () => {
        const [cli, page] = recordsInBothDoms(name);
        expect(cli).toEqual(page);
      });
    }
  });
}
