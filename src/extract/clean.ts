/**
 * Shared body cleaning rules: which elements of an article body are junk, where a lazy image really
 * points. Judgements only: the serializer (serialize.ts) asks them while it writes the body, so the page
 * is neither copied nor changed.
 *
 * Plain property checks, no selectors: a list of compound `[class*=…]` selectors is matched against
 * every element, which costs ~0.4 s on a 5 MB body in jsdom.
 */
import { readArticleSource } from './metadata/text-patterns.ts';

const CLEAN_RULES = {
  /**
   * Elements that are never article content on the pages we know (`nav`: post navigation Readability keeps).
   */
  junkTags: new Set([
    'script',
    'style',
    'noscript',
    'iframe',
    'form',
    'button',
    'input',
    'select',
    'textarea',
    'svg',
    'nav',
  ]),
  /**
   * Whole class names of share bars, app prompts, related lists, East Money quote boxes and the editor line.
   */
  junkClasses: new Set(['share', 'app-download', 'related', 'ad_context3', 'zwothers', 'res-edit']),
  /**
   * Words of class names with the same meaning (`share-bar`, `news-recommend`, `qrcode-box`, `shareBox`,
   * `post_statement`): whole words between `-`, `_`, spaces or a camelCase step, never parts of words.
   * `commentary-body`, `unrelated` or `recommendation` name the article's own text.
   */
  junkClassWord:
    /(?:^|[\s_-])(?:share|download|qrcode|related|recommend(?:ed)?|stockquote|comments?|statement)(?![a-z])|[a-z\d](?:Share|Download|Qrcode|QRCode|Related|Recommend(?:ed)?|Stockquote|Comments?|Statement)(?![a-z])/,
  /**
   * Elements the class rules never judge: phrasing inside a sentence (`<span class="share-price">`, a
   * `download-link` to the report) and quotations (`<blockquote class="statement-quote">`) are the
   * article's words whatever their class; the widgets those words name are boxes.
   */
  classExempt: new Set(
    'span a b strong em i u s small sub sup mark abbr cite q time code font blockquote'.split(' '),
  ),
  /**
   * A list of at least this many items that are nothing but links to other pages of the same site is a
   * ranking, related or navigation list (generic-zh-portal-ifeng-lazy-images). Lists of links within the
   * page (a table of contents) or to other sites (sources, references, products) are the article's own.
   */
  minLinkListItems: 3,
  /**
   * Inside code, class names are syntax tokens (`hljs-comment`, `token comment`), not parts of the page:
   * the class rules stop there.
   */
  code: 'pre, code',
  /** East Money's inline quote widgets: `<div id="bkquote_BK0475">`. */
  junkIdPrefix: 'bkquote_',
  /** QR codes to download an app. */
  junkImageSrc: /qrcode/i,
  junkImageAlt: '二维码',
  /** Short blocks with these words are app prompts (打开APP 阅读全文, 下载APP阅读全文, 扫码下载). */
  promptText: /打开\s*APP|下载\s*APP|扫码|扫一扫|长按识别/i,
  /** `返回南方Plus新闻｜返回首页` style navigation. */
  navText: /^\s*返回\S{0,20}(\s*[|｜]\s*返回\S{0,20})*\s*$/,
  /** Prompts and navigation are one short line; longer blocks are content that mentions an app. */
  maxJunkTextLength: 40,
  maxJunkChildren: 6,
  /** …and a few dozen nodes: counting text alone would walk a deep chain of wrappers once per wrapper. */
  maxJunkNodes: 48,
  /** Blocks that may be a prompt or navigation line. */
  junkBlocks: new Set([
    'p',
    'li',
    'blockquote',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'td',
    'th',
    'figcaption',
    'div',
  ]),
  /** Blocks whose leading indentation is removed. */
  indentBlocks: new Set(['p', 'li', 'td', 'div', 'blockquote']),
  heading: /^h[1-6]$/,
  /** Lazy-loading attributes, best first. */
  lazySrc: ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src'],
  /** `src` values that are loading placeholders, not the picture. */
  placeholderSrc: /^data:|blank\.gif|loading|placeholder|grey\.gif|spacer/i,
  /** Full-width and ordinary spaces that Chinese pages use to indent paragraphs. */
  indent: /^[\u3000\u00a0 \t\r\n]+/,
} as const;

export interface CleanFacts {
  /** From a closing `（文章来源：X）` line, which is removed. */
  source?: string;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

/**
 * True when a link moves about the site `el` belongs to: another of its pages, or a script or bare `#`
 * control. False for a named place in the same page (`#History`) and for other sites.
 */
export function isSiteLink(href: string | null, el: Element): boolean {
  if (!href) return true;
  try {
    const page = new URL(el.baseURI);
    const target = new URL(href, page);
    if (!/^https?:$/.test(target.protocol)) return true;
    if (target.hostname !== page.hostname) return false;
    const samePage = target.pathname === page.pathname && target.search === page.search;
    return !samePage || target.hash.length <= 1;
  } catch {
    return true;
  }
}

/**
 * True when every item of the list is only link text and the links lead to other pages of this site:
 * navigation, not an enumerated point in the text.
 */
function isLinkList(list: Element): boolean {
  if (list.childElementCount < CLEAN_RULES.minLinkListItems) return false;
  for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
    const text = squash(li.textContent);
    const links = [...li.querySelectorAll('a')];
    const linked = links.map((a) => squash(a.textContent)).join('');
    if (!text || text !== linked) return false;
    if (!links.every((a) => isSiteLink(a.getAttribute('href'), a))) return false;
  }
  return true;
}

function isJunk(el: Element): boolean {
  const tag = el.localName;
  if (CLEAN_RULES.junkTags.has(tag)) return true;
  if (tag === 'img') {
    return (
      CLEAN_RULES.junkImageSrc.test(el.getAttribute('src') ?? '') ||
      (el.getAttribute('alt') ?? '').includes(CLEAN_RULES.junkImageAlt)
    );
  }
  if ((tag === 'ul' || tag === 'ol') && isLinkList(el)) return true;
  // Most elements of a body carry no attributes: no id or class to read.
  if (!el.hasAttributes()) return false;
  if (el.id.startsWith(CLEAN_RULES.junkIdPrefix)) return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  if (CLEAN_RULES.classExempt.has(tag)) return false;
  const named =
    CLEAN_RULES.junkClassWord.test(cls) || cls.split(/\s+/).some((name) => CLEAN_RULES.junkClasses.has(name));
  // Only for elements the class names condemn: most elements never pay for the ancestor walk.
  return named && !el.closest(CLEAN_RULES.code);
}

/**
 * The text of `el` without its junk descendants, or undefined as soon as it passes `max` characters or
 * `CLEAN_RULES.maxJunkNodes` nodes, or a real image turns up: a prompt is a line or two of markup, so big
 * containers are given up on early.
 */
function shortText(el: Element, max: number): string | undefined {
  let text = '';
  // Nodes read so far, `el` included. The walk follows the tree's links in document order, so a paragraph
  // that opens with a long text is answered at its first child.
  let visited = 1;
  // A page can shadow a form's `nextSibling` and `parentNode` with its controls' names; climbs are capped
  // too, so such a walk ends all the same (a real tree climbs at most once per element entered).
  let climbs = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    let enter = false;
    const type = node.nodeType;
    if (type === 1 || type === 3) {
      if (visited++ > CLEAN_RULES.maxJunkNodes) return undefined;
      if (type === 3) {
        text += node.nodeValue ?? '';
        if (text.length > max) return undefined;
      } else if (!isJunk(node as Element)) {
        if ((node as Element).localName === 'img') return undefined;
        enter = true;
      }
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) {
      if (climbs++ > CLEAN_RULES.maxJunkNodes) return undefined;
      node = node.parentNode;
    }
    node = node && node !== el ? node.nextSibling : null;
  }
  return text;
}

function isShortJunk(el: Element): boolean {
  if (!CLEAN_RULES.junkBlocks.has(el.localName) || el.childElementCount > CLEAN_RULES.maxJunkChildren)
    return false;
  const text = shortText(el, CLEAN_RULES.maxJunkTextLength);
  return text !== undefined && (CLEAN_RULES.promptText.test(text) || CLEAN_RULES.navText.test(text));
}

function largestFromSrcset(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined;
  for (const part of srcset.split(',')) {
    const [url, size] = part.trim().split(/\s+/);
    const n = size ? parseFloat(size) : 1;
    if (url && (!best || n > best.size)) best = { url, size: n };
  }
  return best?.url;
}

/**
 * The picture's address: the lazy-loading attribute or the largest srcset entry when `src` is a placeholder.
 */
export function imageSource(img: Element): string | undefined {
  const src = img.getAttribute('src') ?? '';
  if (src && !CLEAN_RULES.placeholderSrc.test(src)) return src;
  const lazy = CLEAN_RULES.lazySrc.map((a) => img.getAttribute(a)).find((v) => v && v.trim());
  if (lazy) return lazy.trim();
  const fromSet = img.getAttribute('srcset') ?? img.getAttribute('data-srcset');
  return (fromSet && largestFromSrcset(fromSet)) || src || undefined;
}

/**
 * What the body keeps of one element: `drop` (with its subtree), `text` (its text only: East Money's stock
 * names are `<span id="Info.…">` links to quote pages, and the name is the content) or `keep`. Reads the
 * element, never changes it; a closing `（文章来源：X）` line is dropped and its source noted in `facts`.
 */
export function judgeElement(el: Element, facts: CleanFacts): 'drop' | 'text' | 'keep' {
  const bare = !el.hasAttributes();
  const cls = bare ? null : el.getAttribute('class');
  if (cls && cls.split(/\s+/).includes('em_media')) {
    facts.source ??= readArticleSource(el.textContent ?? '');
    return 'drop';
  }
  if (isJunk(el) || isShortJunk(el)) return 'drop';
  if (!bare && el.localName === 'span' && el.id.startsWith('Info.')) return 'text';
  return 'keep';
}

/** True for blocks whose leading indentation (ideographic spaces U+3000 and the like) is removed. */
export const isIndentBlock = (tag: string): boolean => CLEAN_RULES.indentBlocks.has(tag);

/** `text` without the indentation Chinese pages put before a paragraph's first words. */
export const stripIndent = (text: string): string => text.replace(CLEAN_RULES.indent, '');

/** The deepest last element of `el`. */
function lastLeaf(el: Element): Element | null {
  let at = el.lastElementChild;
  while (at?.lastElementChild) at = at.lastElementChild;
  return at;
}

/**
 * Removes headings that end the body with nothing under them:
 * titles of a list or box that was dropped (`热门排行`).
 */
export function dropOrphanHeadings(body: Element): void {
  for (let last = lastLeaf(body); last && CLEAN_RULES.heading.test(last.localName); last = lastLeaf(body))
    last.remove();
}
