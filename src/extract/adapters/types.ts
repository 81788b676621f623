/** What an adapter hands back: raw fields plus the body element, still dirty (cleaning is shared). */
import type { ExtractFailureReason } from '../../shared/article.ts';

export interface Draft {
  title: string;
  /**
   * The article's root. Normally an element of the page itself, which nobody may modify: the core copies
   * only this subtree into an inert document and cleans the copy. See `bodyIsCopy`.
   */
  body: Element;
  /** True when `body` is already the adapter's own detached copy (the Readability path), so it is not copied again. */
  bodyIsCopy?: boolean;
  /** Adapter-specific trimming, run on the copy before the shared cleaning (e.g. drop a source-link paragraph). */
  prune?: (copy: Element) => void;
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
