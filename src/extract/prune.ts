/**
 * One pass over Readability's copy of the page, before it scores anything, that removes what Readability
 * itself always removes: scripts, style sheets and hidden subtrees. Readability drops them one by one
 * while it walks the page, and removing a node from a parent whose child list it has already read makes
 * jsdom rebuild that list: on a 5 MB page with a few hundred hidden paragraphs among 17,000 siblings, that
 * was a quarter of the CLI's time. Removed up front, before any child list is read, that cost is not paid.
 *
 * Only what Readability removes whatever it decides (not its class-name guesses, which it takes back
 * when the first attempt finds too little text), so the body it picks stays the same. The same pass
 * takes off the names that would shadow the DOM's own properties (unshadowBuiltIns).
 */

import { builtIn } from './dom.ts';

const PRUNE_RULES = {
  /**
   * Candidates in one query. `style` attributes are matched loosely here and checked through the CSS
   * object model below, as Readability reads them (`display: none; display: block` is visible).
   */
  candidates: [
    'script:not([type="application/ld+json" i])',
    'style',
    '[hidden]',
    '[aria-hidden="true"]',
    '[style*="none" i]',
    '[style*="hidden" i]',
  ].join(', '),
  /** Readability keeps `aria-hidden` elements with this class (Wikipedia's fallback images of formulas). */
  fallbackImageClass: 'fallback-image',
  /** JSON-LD that Readability reads its metadata from before it drops scripts and hidden nodes. */
  jsonLd: 'script[type="application/ld+json" i]',
  /** Elements whose name or id is a property of their form or of the document, in a browser. */
  shadowing: [
    'form [name]',
    'form [id]',
    ':is(img, form, embed, object, iframe)[name]',
    ':is(img, object)[id]',
  ].join(', '),
} as const;

/** Readability's own visibility test (`_isProbablyVisible`), on an element the query matched. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') {
    const cls = el.getAttribute('class') ?? '';
    if (!cls.includes(PRUNE_RULES.fallbackImageClass)) return true;
  }
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * True for an element whose removal could change what Readability reads before it drops it anyway.
 * - An image, or anything just before a `<noscript>`: Readability replaces a placeholder image (or its
 *   wrapper) that precedes a `<noscript>` holding the real image, and the replacement is visible.
 * - A hidden box holding JSON-LD, which Readability reads metadata from before it drops hidden nodes.
 */
function readBeforeDropped(el: Element): boolean {
  if (el.localName === 'img' || el.nextElementSibling?.localName === 'noscript') return true;
  return el.localName !== 'script' && !!el.querySelector(PRUNE_RULES.jsonLd);
}

/**
 * Removes the names and ids that shadow a built-in property of a form or of the document. In a browser
 * a form's controls and images are properties of the form by name and id, ahead of its own members
 * (`form.parentElement` is an `<img name="parentElement">` inside it), and named images, forms, embeds,
 * objects and iframes are properties of the document: a tree walk that reads them (Readability's, and
 * the cleaning after it) goes in circles or calls an image. On a page that wraps everything in one form
 * (ASP.NET WebForms), a few such names stop extraction. Read and written through the built-in methods,
 * which no name can shadow; the output keeps neither attribute.
 */
function unshadowBuiltIns(copy: Document): void {
  const query = builtIn<Document['querySelectorAll']>(copy, 'querySelectorAll')!;
  const named = [...query.call(copy, PRUNE_RULES.shadowing)];
  if (!named.length) return;
  const create = builtIn<Document['createElement']>(copy, 'createElement')!;
  const formMembers = Object.getPrototypeOf(create.call(copy, 'form')) as object;
  const documentMembers = Object.getPrototypeOf(copy) as object;
  const getAttribute = builtIn<Element['getAttribute']>(named[0]!, 'getAttribute')!;
  const removeAttribute = builtIn<Element['removeAttribute']>(named[0]!, 'removeAttribute')!;
  for (const el of named)
    for (const attribute of ['name', 'id']) {
      const value = getAttribute.call(el, attribute);
      if (value && (value in formMembers || value in documentMembers)) removeAttribute.call(el, attribute);
    }
}

/**
 * Removes scripts, style sheets and hidden subtrees from `copy` (Readability's copy, never the page), and
 * the names that shadow built-ins.
 */
export function pruneForReadability(copy: Document): void {
  unshadowBuiltIns(copy);
  let removed: Element | undefined;
  for (const el of copy.querySelectorAll(PRUNE_RULES.candidates)) {
    // Document order: an element inside the last removed subtree is already gone.
    if (removed?.contains(el)) continue;
    const tag = el.localName;
    const drop = tag === 'script' || tag === 'style' || isHidden(el);
    if (!drop || readBeforeDropped(el)) continue;
    el.remove();
    removed = el;
  }
}
