/** What an adapter hands back: raw fields plus the body element, still dirty (cleaning is shared). */
import type { ExtractFailureReason } from '../../shared/article.ts';

export interface Draft {
  title: string;
  /** Body container inside the cloned document; the adapter may have removed its own junk already. */
  body: Element;
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
  /** Stored as `extractor` on the record. */
  id: string;
  /** Cheap test on the original document; must not modify it. */
  matches(url: URL, doc: Document): boolean;
  /** Runs on a clone, which it may modify. A reason ends extraction: no later adapter is tried. */
  extract(doc: Document, url: URL): Draft | ExtractFailureReason;
}
