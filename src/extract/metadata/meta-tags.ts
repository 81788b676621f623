/**
 * The page's `<meta>` tags, indexed once by name. Looking each name up with a selector
 * (`meta[property="x" i], meta[name="x" i], …`) walks the whole document for every name the page lacks:
 * twenty-odd names cost a few full walks of a 5 MB page, where the tags themselves are a few dozen.
 */
import { listOf } from '../../shared/live-list.ts';

/** Attributes naming a meta tag, by rank: OpenGraph uses `property`, others `name`, microdata `itemprop`. */
const NAMING_ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

export type MetaTags = ReadonlyMap<string, Element>;

/**
 * One spelling per name: names match case-insensitively, and Dublin Core is written both `DC.creator`
 * (HTML `name`) and `dc:creator` (RDFa `property`).
 */
const canonicalName = (name: string) => name.toLowerCase().replace(/\./g, ':');

/**
 * Each name maps to the first tag in document order that carries it and has content: a tag without
 * content says nothing, and a later one of the same name still may. RDFa `property` and microdata
 * `itemprop` hold space-separated lists (`property="dc:creator twitter:site_name"`): each name in the
 * list names the tag. A name declared as a `property` (how OpenGraph and RDFa Dublin Core are specified)
 * outranks the same name in a `name`, which outranks an `itemprop`.
 */
export function indexMetaTags(doc: Document): MetaTags {
  const index = new Map<string, Element>();
  const tags = listOf(doc.getElementsByTagName('meta')).filter((el) => el.getAttribute('content')?.trim());
  for (const attr of NAMING_ATTRIBUTES)
    for (const el of tags)
      for (const name of el.getAttribute(attr)?.split(/\s+/) ?? []) {
        const key = canonicalName(name);
        if (key && !index.has(key)) index.set(key, el);
      }
  return index;
}

/** The trimmed `content` of the first name the page has. */
export function metaContent(tags: MetaTags, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = tags.get(canonicalName(name))?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}
