/** Shared body cleaning, run on the cloned body before sanitizing. */
import { readArticleSource } from './metadata/text-patterns.ts';

const CLEAN_RULES = {
  /** Never article content on the pages we know. */
  junkSelectors: [
    'script', 'style', 'noscript', 'iframe', 'form', 'button', 'input', 'select', 'textarea', 'svg',
    '.share-bar', '.share', '[class*="share-"]', '.app-download', '[class*="download"]', '[class*="qrcode"]',
    'img[src*="qrcode" i]', 'img[alt*="二维码"]', '.related', '[class*="related"]', '[class*="recommend"]',
    '.ad_context3', '.zwothers', '[class*="stockquote"]', '[id^="bkquote_"]', '.res-edit',
  ].join(','),
  /** Short blocks with these words are app prompts (打开APP 阅读全文, 下载APP阅读全文, 扫码下载). */
  promptText: /打开\s*APP|下载\s*APP|扫码|扫一扫|长按识别/i,
  /** `返回南方Plus新闻｜返回首页` style navigation. */
  navText: /^\s*返回\S{0,20}(\s*[|｜]\s*返回\S{0,20})*\s*$/,
  /** Prompts and navigation are one short line; longer blocks are content that mentions an app. */
  maxJunkTextLength: 40,
  maxJunkChildren: 6,
  /** Lazy-loading attributes, best first. */
  lazySrc: ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src'],
  /** `src` values that are loading placeholders, not the picture. */
  placeholderSrc: /^data:|blank\.gif|loading|placeholder|grey\.gif|spacer/i,
  /** Full-width and ordinary spaces that Chinese pages use to indent paragraphs. */
  indent: /^[\u3000\u00a0 \t\r\n]+/,
  blocks: 'p, li, blockquote, h2, h3, h4, h5, h6, td, th, figcaption, div',
} as const;

export interface CleanFacts {
  /** From a closing `（文章来源：X）` line, which is removed. */
  source?: string;
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

function resolveLazyImage(img: Element): void {
  const src = img.getAttribute('src') ?? '';
  const lazy = CLEAN_RULES.lazySrc.map((a) => img.getAttribute(a)).find((v) => v && v.trim());
  const fromSet = img.getAttribute('srcset') ?? img.getAttribute('data-srcset');
  if (lazy && (!src || CLEAN_RULES.placeholderSrc.test(src))) img.setAttribute('src', lazy.trim());
  else if (fromSet && (!src || CLEAN_RULES.placeholderSrc.test(src))) img.setAttribute('src', largestFromSrcset(fromSet) ?? src);
}

function isShortJunk(el: Element): boolean {
  // A prompt is a line or two of markup; skipping big containers avoids reading megabytes of textContent.
  if (el.childElementCount > CLEAN_RULES.maxJunkChildren) return false;
  const text = el.textContent ?? '';
  if (text.length > CLEAN_RULES.maxJunkTextLength) return false;
  return CLEAN_RULES.promptText.test(text) || CLEAN_RULES.navText.test(text);
}

/** Removes junk from `body` in place and returns what it learnt on the way. */
export function cleanBody(body: Element): CleanFacts {
  const facts: CleanFacts = {};
  for (const el of body.querySelectorAll('p.em_media, .em_media')) {
    facts.source ??= readArticleSource(el.textContent ?? '');
    el.remove();
  }
  for (const el of body.querySelectorAll(CLEAN_RULES.junkSelectors)) el.remove();
  // Stock names are links to quote pages wrapped in `<span id="Info.…">`; the name is the content.
  for (const el of body.querySelectorAll('span[id^="Info."]')) el.replaceWith(el.ownerDocument.createTextNode(el.textContent ?? ''));
  for (const el of body.querySelectorAll(CLEAN_RULES.blocks)) {
    if (body.contains(el) && isShortJunk(el) && !el.querySelector('img')) el.remove();
  }
  for (const img of body.querySelectorAll('img')) resolveLazyImage(img);
  for (const el of body.querySelectorAll('p, li, td, div, blockquote')) stripIndent(el);
  return facts;
}

function stripIndent(el: Element): void {
  let node = el.firstChild;
  while (node && node.nodeType !== 3 && node.nodeName !== 'BR' && node.firstChild) node = node.firstChild;
  if (node && node.nodeType === 3) node.textContent = (node.textContent ?? '').replace(CLEAN_RULES.indent, '');
}
