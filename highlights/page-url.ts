/**
 * The addresses this page reads and writes. Its filters live in its own address
 * (`highlights.html?color=green&tag=宏观&q=央行`), so Back from the reader returns to the same list and
 * a link from elsewhere can open it filtered.
 */
import { isHighlightColor } from '../src/annotations/limits.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import type { HighlightFilter } from './filter-highlights.ts';

export function filterFromSearch(search: string): HighlightFilter {
  const params = new URLSearchParams(search);
  const color = params.get('color');
  return {
    color: isHighlightColor(color) ? color : undefined,
    tag: params.get('tag') || undefined,
    words: params.get('q') ?? '',
  };
}

export function searchFromFilter(filter: HighlightFilter): string {
  const params = new URLSearchParams();
  if (filter.color) params.set('color', filter.color);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.words) params.set('q', filter.words);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Where a highlight opens: the reader on its article, scrolled to the highlight's mark. */
export function highlightHref(articleId: string, highlightId: string): string {
  return `${readerPath(articleId)}#hl-${encodeURIComponent(highlightId)}`;
}
