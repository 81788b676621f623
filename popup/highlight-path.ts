import { readerPath } from '../src/shared/reader-url.ts';

/** The Highlights page (highlights/, an extension page of its own). */
export const HIGHLIGHTS_PATH = 'highlights.html';

/** The reader on an article, scrolled to one highlight: the anchor the reader and the Highlights page use. */
export function highlightPath(articleId: string, highlightId: string): string {
  return `${readerPath(articleId)}#hl-${encodeURIComponent(highlightId)}`;
}
