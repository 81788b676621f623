/**
 * A second opinion on where Readability's article begins and ends, from each block's text and links, as
 * boilerplate-removal tools (jusText, trafilatura) judge blocks. Readability scores containers: once it
 * has chosen one, it keeps the paragraphs of links the container opens or ends with (breadcrumbs,
 * `Read more: …`, `Follow us on …`, tag lines), because it cleans lists, tables and divs by their link
 * density but not paragraphs.
 *
 * Both opinions must agree for a block to go: it lies outside the run of text Readability kept as the
 * article (before its first block of prose or after its last), and by its links it is navigation. Inside
 * the article nothing is touched, and links to other sites (sources, references) or to places within
 * the page (a table of contents) count as the article's own.
 */
import { listOf } from '../shared/live-list.ts';
import { textOf } from './adapters/helpers.ts';
import { isSiteLink } from './clean.ts';
import { hasDescendant, hasText } from './dom.ts';

const EDGE_RULES = {
  /** Text blocks: the article's first and last prose is looked for among those that hold no other block. */
  blocks: new Set('p li dd dt h1 h2 h3 h4 h5 h6 blockquote pre figcaption td th div'.split(' ')),
  /**
   * Blocks that may be judged navigation: paragraphs and their kin. Lists are the serializer's to judge as
   * a whole (clean.ts `isLinkList`); table cells, list items and code belong to the structure around them
   * (an infobox of linked names is data); a heading goes once nothing is left under it
   * (`dropOrphanHeadings`).
   */
  judged: new Set(['p', 'div', 'dd', 'dt', 'blockquote', 'figcaption']),
  structure: 'table, li, pre',
  /** Share of a block's characters inside links to other pages of the site that makes it navigation. */
  navigationLinkShare: 0.5,
  /** …and the words outside those links are a label (`Read more:`, `标签：`), not a sentence. */
  maxLabelChars: 40,
  /**
   * A block that ends a sentence or is this long is prose: the article starts or ends there. CJK characters
   * count three times, as they carry about what three Latin ones do.
   */
  sentenceEnd: /[.!?。！？…]["'”’」』)）]?\s*$/,
  minProseWeight: 120,
  cjk: /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g,
} as const;

interface Block {
  el: Element;
  text: string;
  /** Characters of the text inside links to other pages of the site. */
  siteLinkChars: number;
}

/**
 * The text blocks of `body` that hold no other block, in document order from its start, or backwards
 * from its end. A generator, so that a walk stops at the first prose: a long article's middle is never
 * read.
 */
function* leafBlocks(body: Element, fromEnd: boolean): Generator<Element> {
  const inward = (el: Element) => (fromEnd ? el.lastElementChild : el.firstElementChild);
  const onward = (el: Element) => (fromEnd ? el.previousElementSibling : el.nextElementSibling);
  let at = inward(body);
  while (at) {
    if (EDGE_RULES.blocks.has(at.localName) && !hasDescendant(at, EDGE_RULES.blocks)) yield at;
    else if (inward(at)) {
      at = inward(at);
      continue;
    }
    // Past this subtree: the next sibling, or the next sibling of the nearest ancestor that has one.
    while (at && at !== body && !onward(at)) at = at.parentElement;
    at = at && at !== body ? onward(at) : null;
  }
}

/** `el` read as a block, or undefined when it has no text. */
function readBlock(el: Element): Block | undefined {
  const text = textOf(el);
  if (!text) return undefined;
  let siteLinkChars = 0;
  for (const a of listOf(el.getElementsByTagName('a')))
    if (isSiteLink(a.getAttribute('href'), a)) siteLinkChars += textOf(a).length;
  return { el, text, siteLinkChars };
}

/** The blocks of `leaves` up to (not including) the first block of prose; undefined when there is none. */
function blocksBeforeProse(leaves: Iterable<Element>): Block[] | undefined {
  const edge: Block[] = [];
  for (const el of leaves) {
    const block = readBlock(el);
    if (!block) continue;
    if (isProse(block)) return edge;
    edge.push(block);
  }
  return undefined;
}

/** Whether the share of the block's text in links to the site's other pages makes it navigation. */
const linkDense = ({ text, siteLinkChars }: Block) =>
  siteLinkChars >= text.length * EDGE_RULES.navigationLinkShare;

function isNavigation(block: Block): boolean {
  const { el, text, siteLinkChars } = block;
  return (
    EDGE_RULES.judged.has(el.localName) &&
    linkDense(block) &&
    text.length - siteLinkChars <= EDGE_RULES.maxLabelChars &&
    !el.closest(EDGE_RULES.structure)
  );
}

function isProse(block: Block): boolean {
  if (linkDense(block)) return false;
  const { text } = block;
  const weight = text.length + 2 * (text.match(EDGE_RULES.cjk)?.length ?? 0);
  return weight >= EDGE_RULES.minProseWeight || EDGE_RULES.sentenceEnd.test(text);
}

/** Removes `el`, and the ancestors below `body` it leaves with neither text nor picture. */
function removeWithEmptyAncestors(el: Element, body: Element): void {
  let at: Element | null = el;
  while (at && at !== body) {
    const parent: Element | null = at.parentElement;
    at.remove();
    if (!parent || hasText(parent) || parent.querySelector('img, picture, video, figure')) return;
    at = parent;
  }
}

/** The navigation blocks that open or close the article: before its first, after its last block of prose. */
export function boilerplateEdges(body: Element): Element[] {
  const opening = blocksBeforeProse(leafBlocks(body, false));
  if (!opening) return [];
  const closing = blocksBeforeProse(leafBlocks(body, true))!.reverse();
  return [...opening, ...closing].filter(isNavigation).map((b) => b.el);
}

/** Removes `boilerplateEdges(body)`. */
export function dropBoilerplateEdges(body: Element): void {
  for (const el of boilerplateEdges(body)) removeWithEmptyAncestors(el, body);
}
