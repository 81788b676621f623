/**
 * The page's `<meta>` tags, indexed once by name. Looking each name up with a selector
 * (`meta[property="x" i], meta[name="x" i], …`) walks the whole document for every name the page lacks:
 * twenty-odd names cost a few full walks of a 5 MB page, where the tags themselves are a few dozen.
 */

/** Attributes that name a meta tag: OpenGraph uses `property`, most others `name`, microdata `itemprop`. */
const NAMING_ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

export type MetaTags = ReadonlyMap<string, Element>;

/**
 * Each name (lower-cased: names match case-insensitively) maps to the first tag in document order that
 * carries it in any naming attribute, as the selector above would find it.
 */
export function indexMetaTags(doc: Document): MetaTags {
  const index = new Map<string, Element>();
  for (const el of doc.getElementsByTagName('meta'))
    for (const attr of NAMING_ATTRIBUTES) {
      const name = el.getAttribute(attr)?.toLowerCase();
      if (name !== undefined && !index.has(name)) index.set(name, el);
    }
  return index;
}

/** The trimmed `content` of the first tag of the first name that has a non-empty one. */
export function metaContent(tags: MetaTags, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = tags.get(name.toLowerCase())?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}
