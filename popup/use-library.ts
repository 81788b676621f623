/**
 * Opens the library and holds its summaries; edits are applied locally after the store confirms them.
 * The first screenful is drawn from the newest summaries and the category counts (both cheap at
 * 10,000 articles); the whole list follows in a second read.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listSummaries, openLibrary, type ArticleSummary, type LibraryDb } from '../src/store/index.ts';
import { errorName } from './failure-text.ts';
import { readFirstScreen, takeFirstScreen } from './first-screen.ts';

export type LibraryState =
  | { kind: 'loading' }
  | { kind: 'error'; detail: string }
  | {
    kind: 'ready';
    db: LibraryDb;
    summaries: ArticleSummary[];
    /** Set while `summaries` holds only the newest few: every category's article count, and the total. */
    partial?: { counts: ReadonlyMap<string, number>; total: number };
  };

export interface Library {
  state: LibraryState;
  /** Lists everything again (after a save or an undo). */
  reload(): Promise<void>;
  /** Drops an article the store has deleted. */
  removeLocal(id: string): void;
  /** Applies fields the store has written. */
  patchLocal(id: string, patch: Partial<Pick<ArticleSummary, 'category' | 'read'>>): void;
}

/**
 * @param open opens the library; with the default, the read the popup started early is used first.
 */
export function useLibrary(open: () => Promise<LibraryDb> = openLibrary): Library {
  const [state, setState] = useState<LibraryState>({ kind: 'loading' });
  /** Bumped by every local edit: a full list read that overlapped one is read again. */
  const edits = useRef(0);

  const load = useCallback(async (db?: LibraryDb) => {
    try {
      let handle = db;
      if (!handle) {
        const screen = await ((open === openLibrary && takeFirstScreen()) || readFirstScreen(open));
        handle = screen.db;
        const { newest, categories } = screen;
        const counts = new Map(categories.map((c) => [c.category, c.count]));
        const total = categories.reduce((n, c) => n + c.count, 0);
        setState({ kind: 'ready', db: handle, summaries: newest, partial: newest.length < total ? { counts, total } : undefined });
        if (newest.length >= total) return;
      }
      let summaries: ArticleSummary[];
      let seen: number;
      do {
        seen = edits.current;
        summaries = await listSummaries(handle);
      } while (seen !== edits.current);
      setState({ kind: 'ready', db: handle, summaries });
    } catch (error) {
      console.error('[jianbao/popup] cannot open the library', error);
      setState({ kind: 'error', detail: errorName(error) });
    }
  }, [open]);

  // A layout effect runs right after the first commit; a plain effect waits for the next frame, which
  // delayed the first list paint by a frame or more while the early read had already finished.
  useLayoutEffect(() => { void load(); }, [load]);

  const reload = useCallback(() => load(state.kind === 'ready' ? state.db : undefined), [load, state]);
  const map = (fn: (list: ArticleSummary[]) => ArticleSummary[], countDelta?: (counts: Map<string, number>) => void) => {
    edits.current++;
    setState((prev) => {
      if (prev.kind !== 'ready') return prev;
      if (!prev.partial || !countDelta) return { ...prev, summaries: fn(prev.summaries) };
      const counts = new Map(prev.partial.counts);
      countDelta(counts);
      const total = [...counts.values()].reduce((n, c) => n + c, 0);
      return { ...prev, summaries: fn(prev.summaries), partial: { counts, total } };
    });
  };
  const bump = (counts: Map<string, number>, category: string | undefined, by: number) => {
    if (category !== undefined) counts.set(category, (counts.get(category) ?? 0) + by);
  };
  const categoryOf = (id: string): string | undefined => (state.kind === 'ready' ? state.summaries.find((s) => s.id === id)?.category : undefined);
  const removeLocal = useCallback((id: string) => {
    const category = categoryOf(id);
    map((list) => list.filter((s) => s.id !== id), (counts) => bump(counts, category, -1));
  }, [state]);
  const patchLocal = useCallback((id: string, patch: Partial<Pick<ArticleSummary, 'category' | 'read'>>) => {
    const from = categoryOf(id);
    const moved = patch.category !== undefined && patch.category !== from;
    map(
      (list) => list.map((s) => (s.id === id ? { ...s, ...patch } : s)),
      moved ? (counts) => { bump(counts, from, -1); bump(counts, patch.category, 1); } : undefined,
    );
  }, [state]);
  return { state, reload, removeLocal, patchLocal };
}
