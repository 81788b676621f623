/**
 * The article record: the one contract between extraction, storage, the UI and export.
 * Field meanings are fixed by issue #2; extra fields are additive and optional.
 */
import type { Highlight, HighlightTombstone } from '../annotations/types.ts';
import type { Failure } from './failure.ts';

/** What extraction produces: everything but the fields the library adds when saving. */
export interface ExtractedArticle {
  /** infoCode when the URL (or a share link inside the page) has one, else derived from the canonical URL. */
  id: string;
  /** e.g. `NW202112222222635819`. */
  infoCode?: string;
  /** The page address the article was read from. */
  url: string;
  /** `<link rel=canonical>` / og:url when present and different from `url`. */
  canonicalUrl?: string;
  title: string;
  /** ISO 8601 with its offset, e.g. `2021-12-22T14:06:54+08:00`. */
  publishedAt?: string;
  /** Media the article came from, e.g. `南方Plus`. */
  source?: string;
  /** Display name: the source, else the site's section, else the host name. */
  category: string;
  tags: string[];
  author?: string;
  editor?: string;
  /** Plain-text summary, at most a few sentences. */
  excerpt: string;
  /** Body as HTML sanitized with DOMPurify (src/extract/sanitize.ts). */
  contentHtml: string;
  /** Body as plain text, for search and word counts. */
  textContent: string;
  /** Absolute URL of the lead image. */
  leadImage?: string;
  /** BCP 47 language tag, e.g. `zh-CN`. */
  lang?: string;
  /** Which adapter produced it, e.g. `eastmoney-share` or `readability`. */
  extractor: string;
}

/** Fields the user changes; a re-save of the same article keeps them. */
export interface UserState {
  read?: boolean;
  /** Scroll position in the reader, 0..1. */
  readingPosition?: number;
  /**
   * Which of `category` / `tags` the user edited by hand (so re-extraction leaves them alone). Once
   * `tags` is edited, `tags` holds the user's whole list (the automatic `<source>新闻` tag included while
   * the user keeps it); `isAutomaticTag` tells the automatic one apart for display.
   */
  editedFields?: Array<'category' | 'tags'>;
  /** ★: shown in the Favourites view. */
  favourite?: boolean;
  /** Hidden from the default views, never deleted. */
  archived?: boolean;
  /** The reader's note on the whole article (at most NOTE_MAX_CHARS, src/annotations/limits.ts). */
  note?: string;
  /** The reader's highlights, re-anchored when a re-save changes the body (docs/annotations.md). */
  highlights?: Highlight[];
  /** Deleted highlights, so that a device still holding one does not bring it back under sync. */
  highlightTombstones?: HighlightTombstone[];
  /** Set on a link imported without its page (Pocket, Instapaper) until the fetch queue extracts it. */
  fetch?: FetchState;
}

/** Why the fetch queue could not turn an imported link into an article. */
export type FetchFailure = 'gone' | 'not-article' | 'timeout' | 'sign-in' | 'no-access' | 'network';

/** A link-only record: `pending` while queued, `failed` with the plain reason (a retry queues it again). */
export interface FetchState {
  state: 'pending' | 'failed';
  reason?: FetchFailure;
  /** ISO 8601 with offset: the last attempt. */
  triedAt?: string;
}

/** Offline-image bookkeeping kept on the record. */
export interface ImageState {
  /** Original URLs whose offline copy is stored in the `images` store. */
  imagesStored?: string[];
  /** Original URLs that could not be stored, with the reason. */
  imagesFailed?: Array<{ url: string; reason: string }>;
}

/** A stored record in the `articles` object store. */
export interface Article extends ExtractedArticle, UserState, ImageState {
  /** ISO 8601 with offset: when it was first saved. */
  savedAt: string;
  /** ISO 8601 with offset: when it was last re-saved or edited. */
  updatedAt?: string;
}

/** Why extraction found nothing worth saving. */
export type ExtractFailureReason =
  | 'no-article'
  | 'not-html'
  | 'too-large'
  | 'timeout'
  | 'invalid-info-code'
  /**
   * The server answered the page with an HTTP error (a share link whose article is gone):
   * nothing to wait for.
   */
  | 'page-error';

/** A failed extraction is a save's Failure with extraction's codes: it reaches the user unconverted. */
export type ExtractResult =
  { ok: true; article: ExtractedArticle } | { ok: false; error: Failure<ExtractFailureReason> };
