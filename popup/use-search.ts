/**
 * Results as you type: each keystroke queries the index;
 * an answer that arrives after a newer query is dropped.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { searchArticles, type LibraryDb, type SearchHit } from '../src/store/index.ts';
import { ROW_HEIGHTS, WINDOW_TUNING } from './windowing.ts';

export const SEARCH_UI = {
  /**
   * Hits asked for at once: the rows the windowed list renders first (360 px / 40 px rows, plus 6
   * rows of overscan below: 15). Each hit costs the store a summary read (and a phrase check may
   * read its body), so more are asked for (another `limit`) only when the list is scrolled to its end.
   */
  limit: Math.ceil(WINDOW_TUNING.initialViewport / ROW_HEIGHTS.article) + WINDOW_TUNING.overscan,
} as const;

export type SearchState =
  { kind: 'idle' } | { kind: 'done'; query: string; hits: SearchHit[] } | { kind: 'failed'; error: unknown };

/**
 * @param revision bump it after an edit so the shown results are asked for again.
 * @param limit most hits to ask for (a multiple of SEARCH_UI.limit, grown on scroll).
 * @param scope filters in the search syntax added to the query (the view, the tag filter); the state's
 *   `query` stays what was typed.
 */
export function useSearch(
  db: LibraryDb | undefined,
  query: string,
  revision: number,
  limit: number = SEARCH_UI.limit,
  scope = '',
): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    const text = query.trim();
    if (!db || !text) {
      setState({ kind: 'idle' });
      return;
    }
    searchArticles(db, scope ? `${text} ${scope}` : text, { limit }).then(
      (hits) => {
        if (ticket === latest.current) setState({ kind: 'done', query: text, hits });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ kind: 'failed', error });
      },
    );
  }, [db, query, revision, limit, scope]);
  return state;
}
