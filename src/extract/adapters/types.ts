/** What an adapter hands back: raw fields plus the body element, still dirty (cleaning is shared). */
import type { ExtractFailureReason } from '../../shared/article.ts';

export interface Draft {
  title: string;
  /**
   * The article's root: an element of the page itself (never modified: the core only reads it while it
   * writes the cleaned HTML) or the adapter's own detached copy (the Readability path).
   */
  body: Element;
  /**
   * Elements inside `body` that this layout leaves out on top of the shared cleaning (a source-link
   * paragraph).
   */
  omit?: Element[];
  publishedAt?: string;
  source?: string;
  /** Site section, used as category when there is no source. */
  section?: string;
  author?: string;
  editor?: string;
  summary?: string;
  infoCode?: string;
  canonicalUrl?: string;
  leadImage?: string;
  lang?: string;
}

export interface Adapter {
  /** Stored as `extractor` on the record; fixtures name the adapter they expect by this id. */
  id: string;
  /** Cheap test on the page (a URL pattern or one id lookup); must not modify it. */
  matches(url: URL, doc: Document): boolean;
  /**
   * Reads the page without modifying it and without copying it: the content script calls this every
   * ~200 ms while a share page renders, so saying `no-article` must cost a few lookups, not a clone.
   * A reason ends extraction: no later adapter is tried.
   */
  extract(doc: Document, url: URL): Draft | ExtractFailureReason;
}
