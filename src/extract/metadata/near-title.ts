/**
 * The lines a page prints right under its headline: dateline, source, author, editor. Read in document order
 * from the headline element on, skipping scripts and styles, one line per block.
 */
import { listOf } from '../../shared/live-list.ts';
import { treeLink } from '../dom.ts';

const NEAR_TITLE_RULES = {
  /** Bylines sit right under the headline; further down, `来源：` is as likely to be a quote. */
  maxChars: 300,
  /**
   * Bylines are lines, not sentences: the window ends at the article's first Chinese sentence end, so on a
   * short article the `作者：`/`责任编辑：` of a closing statement or a post-body editor line is not read as
   * the page's byline (generic-zh-portal-netease-reprint-and-comments, generic-zh-portal-tencent-editor-id),
   * nor a `来源：` quoted in the first paragraph.
   */
  sentenceEnd: /[。！？]/,
  /**
   * The character cap never cuts a name in two (`责任编辑：tencent_editor` read as `tencent_`): it runs on to
   * the end of the word it falls in, for at most as many characters as the longest name a byline accepts
   * (24).
   */
  wordEnd: /^\S{0,24}/,
  /** Subtrees whose text is never printed. */
  skipTags: new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'button']),
  /** Elements that start a line of their own. */
  blockTags:
    /^(p|div|li|ul|ol|dl|dt|dd|h[1-6]|header|footer|section|article|aside|table|tr|td|th|br|blockquote|figure|figcaption)$/,
  /**
   * A fact table's or a definition list's value (`<th>Founded</th><td>February 28, 1998</td>`, an
   * encyclopedia's `<dt>成立时间</dt><dd>…</dd>`) belongs to its label: unless the label is a dateline's or a
   * byline's own, a date or a name in the value is about something else than the page (an infobox gave a
   * company's founding day as the article's publish time).
   */
  valueTags: new Set(['td', 'dd']),
  labelTags: new Set(['th', 'dt']),
  /**
   * The labels of a dateline's or a byline's own values (`发布时间`, `日期：`, `Published`, `By`). An update
   * time's label is not one: its value is not the publish time.
   */
  bylineLabel: new RegExp(
    String.raw`^\s*(?:` +
      [
        '(?:发布|发表|发稿|出版)?(?:时间|日期)',
        '来源',
        '出处',
        '作者',
        '(?:责任)?编辑',
        '记者',
        '(?:first )?(?:published|posted)(?: on)?',
        'dated?',
        'time',
        'source',
        'author',
        'by(?:line)?',
        'written by',
        'editor',
      ].join('|') +
      String.raw`)\s*[:：]?\s*$`,
    'i',
  ),
  /** Elements besides `<h1>` that hold a headline, when no `<h1>` agrees with the title. */
  headlineElements: 'h1, h2, [class*="title"], [id*="title"]',
  maxHeadlineElements: 60,
} as const;

export interface NearTitle {
  /** The lines under the headline, joined with spaces and capped (see NEAR_TITLE_RULES). */
  text: string;
  /** The same text, one entry per printed line. */
  lines: string[];
  /** `<time>` elements inside that window, in document order. */
  times: Element[];
}

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element that prints the headline: an `<h1>` (or heading-like element) whose text is the title. */
export function headlineElement(doc: Document, title: string | undefined): Element | null {
  const firstH1 = doc.querySelector('h1');
  if (!title) return firstH1;
  const wanted = normalize(title);
  const matches = (el: Element) => {
    const text = normalize(el.textContent);
    return (
      !!text && (text === wanted || (text.length >= 4 && wanted.startsWith(text)) || text.startsWith(wanted))
    );
  };
  const h1 = listOf(doc.getElementsByTagName('h1')).find(matches);
  if (h1) return h1;
  const all = doc.querySelectorAll(NEAR_TITLE_RULES.headlineElements);
  for (let i = 0; i < all.length && i < NEAR_TITLE_RULES.maxHeadlineElements; i++)
    if (all[i]!.localName !== 'title' && matches(all[i]!)) return all[i]!;
  return firstH1;
}

/** The next node after `node` in document order that is not inside it; null at the end. */
function nextOutside(node: Node, links: Links): Node | null {
  for (let at: Node | null = node; at; at = links.parentNode(at)) {
    const next = links.nextSibling(at);
    if (next) return next;
  }
  return null;
}

/** The page's own tree links (dom.ts treeLink): markup inside a form cannot redirect the walk. */
interface Links {
  parentNode: (of: Node) => Node | null;
  nextSibling: (of: Node) => Node | null;
  firstChild: (of: Node) => Node | null;
}

/** True for a table cell or a definition whose label names something other than a dateline or byline. */
function isOtherLabelsValue(el: Element): boolean {
  if (!NEAR_TITLE_RULES.valueTags.has(el.localName)) return false;
  const label = el.previousElementSibling;
  return (
    !!label &&
    NEAR_TITLE_RULES.labelTags.has(label.localName) &&
    !NEAR_TITLE_RULES.bylineLabel.test(label.textContent ?? '')
  );
}

function capped(text: string): string {
  const end = text.search(NEAR_TITLE_RULES.sentenceEnd);
  const lines = end >= 0 ? text.slice(0, end) : text;
  const cap = NEAR_TITLE_RULES.maxChars;
  if (lines.length <= cap) return lines;
  const rest = NEAR_TITLE_RULES.wordEnd.exec(lines.slice(cap))?.[0] ?? '';
  return lines.slice(0, cap) + rest;
}

/**
 * @param headline the element printing the headline (see `headlineElement`); none gives an empty window.
 */
export function readNearTitle(headline: Element | null): NearTitle {
  if (!headline) return { text: '', lines: [], times: [] };
  let raw = '';
  const seen: Array<{ el: Element; at: number }> = [];
  // Twice the cap is read so that the cap can run on to a word's end; the sentence end cuts it shorter.
  const budget = NEAR_TITLE_RULES.maxChars * 2;
  const links: Links = {
    parentNode: treeLink(headline, 'parentNode'),
    nextSibling: treeLink(headline, 'nextSibling'),
    firstChild: treeLink(headline, 'firstChild'),
  };
  for (let node = nextOutside(headline, links); node && raw.length < budget;) {
    if (node.nodeType === 3) {
      raw += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      node = nextOutside(node, links);
      continue;
    }
    const el = node as Element;
    if (node.nodeType !== 1 || NEAR_TITLE_RULES.skipTags.has(el.localName) || isOtherLabelsValue(el)) {
      node = nextOutside(node, links);
      continue;
    }
    if (NEAR_TITLE_RULES.blockTags.test(el.localName)) raw += '\n';
    if (el.localName === 'time') seen.push({ el, at: raw.length });
    node = links.firstChild(el) ?? nextOutside(el, links);
  }
  const window = capped(raw);
  const lines = window
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const times = seen.filter((t) => t.at <= window.length).map((t) => t.el);
  return { text: normalize(window), lines, times };
}
