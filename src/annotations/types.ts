/**
 * The reader's highlights, described with W3C Web Annotation selectors
 * (https://www.w3.org/TR/annotation-model/#selectors) over the article body's plain text.
 *
 * Offsets count UTF-16 code units, as JavaScript strings and DOM ranges do (Hypothesis does the same; the
 * model leaves the unit open, w3c/web-annotation#206). Positions are 0-based: `start` is the first
 * character of the selection, `end` the first character after it.
 */

/** The quote itself plus the text around it, which tells two copies of the same words apart. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The selected text, verbatim. */
  exact: string;
  /** Up to `QUOTE_CONTEXT_CHARS` characters immediately before `exact` (empty at the start of the text). */
  prefix: string;
  /** Up to `QUOTE_CONTEXT_CHARS` characters immediately after `exact` (empty at the end of the text). */
  suffix: string;
}

/** Where the selection was in the body's plain text when it was made: `[start, end)`. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors of one selection: the position is fast, the quote survives a changed body. */
export interface HighlightSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';

/** One highlight, stored on its article record (in the same transaction as the record). */
export interface Highlight extends HighlightSelectors {
  /** Unique within the library (a random UUID), so two devices never mint the same one. */
  id: string;
  color: HighlightColor;
  /** The reader's note on this highlight, at most `NOTE_MAX_CHARS` characters. */
  note?: string;
  /** ISO 8601 with its offset, like every time on the record (src/shared/iso-date.ts). */
  createdAt: string;
  /** ISO 8601 with its offset: the last change of colour, note or anchor; sync merges on it. */
  updatedAt: string;
  /** Set when the body changed and the quote could not be placed again: kept and listed, never dropped. */
  detached?: true;
}

/** A deleted highlight, kept so that a device still holding the old version does not bring it back. */
export interface HighlightTombstone {
  id: string;
  /** ISO 8601 with its offset. */
  deletedAt: string;
}

/** What an article carries of its highlights, and what two devices merge. */
export interface HighlightSet {
  highlights: Highlight[];
  tombstones: HighlightTombstone[];
}
