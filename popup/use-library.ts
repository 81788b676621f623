/**
 * Opens the library and holds its summaries; edits are applied locally after the store confirms them.
 * The first screenful is drawn from the copy the last open kept (cached-screen.ts), then from the
 * newest summaries and the category counts (both cheap at 10,000 articles); the whole list follows
 * in a second read.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listSummaries, openLibrary, type ArticleSummary, type LibraryDb } from '../src/store/index.ts';
import { forgetCachedScreen, pageStorage } from '../src/shared/cached-screen-storage.ts';
import { readCachedScreen, screenOf, writeCachedScreen, type CachedScreen } from './cached-screen.ts';
import { countsOf, recount, type CategoryCounts } from './category-counts.ts';
import { errorName } from './failure-text.ts';
import { FIRST_SCREEN, readFirstScreen, takeFirstScreen } from './first-screen.ts';

export type LibraryState =
  | { kind: 'loading' }
  | { kind: 'error'; detail: string }
  | {
      kind: 'ready';
      /** Undefined while the list is the copy kept by the last open: IndexedDB is not open yet. */
      db?: LibraryDb;
      summaries: ArticleSummary[];
      /** Set while `summaries` holds only the newest few: every category's article count, and the total. */
      partial?: CategoryCounts;
    };

/** The summary fields an action in the popup writes. */
export type LocalPatch = Partial<
  Pick<ArticleSummary, 'category' | 'read' | 'favourite' | 'archived' | 'tags'>
>;

export interface Library {
  state: LibraryState;
  /** Lists everything again (after a save or an undo). */
  reload: () => Promise<void>;
  /** Drops an article the store has deleted. */
  removeLocal: (id: string) => void;
  /** Applies fields the store has written. */
  patchLocal: (id: string, patch: LocalPatch) => void;
  /** The open library: an action taken on the kept copy waits for it. */
  whenOpen: () => Promise<LibraryDb>;
}

function readyState(screen: CachedScreen, db?: LibraryDb): LibraryState {
  const { newest, categories } = screen;
  const counts = countsOf(categories);
  return {
    kind: 'ready',
    db,
    summaries: newest,
    partial: newest.length < counts.total ? counts : undefined,
  };
}

interface Opened {
  promise: Promise<LibraryDb>;
  resolve(db: LibraryDb): void;
  reject(error: unknown): void;
}

function deferredDb(): Opened {
  let resolve!: (db: LibraryDb) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<LibraryDb>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // reported through the state; an action still waiting gets the error
  return { promise, resolve, reject };
}

/**
 * @param open opens the library; with the default, the read the popup started early is used first.
 * @param storage where the first screen is kept between opens (the page's localStorage).
 */
export function useLibrary(
  open: () => Promise<LibraryDb> = openLibrary,
  storage: Storage | undefined = pageStorage(),
): Library {
  const [state, setState] = useState<LibraryState>(() => {
    const kept = readCachedScreen(storage);
    return kept ? readyState(kept) : { kind: 'loading' };
  });
  /** Bumped by every local edit: a full list read that overlapped one is read again. */
  const edits = useRef(0);
  const opened = useRef<Opened | undefined>(undefined);
  opened.current ??= deferredDb();

  const load = useCallback(
    async (db?: LibraryDb) => {
      try {
        let handle = db;
        if (!handle) {
          const screen = await ((open === openLibrary && takeFirstScreen()) || readFirstScreen(open));
          handle = screen.db;
          opened.current!.resolve(handle);
          const fresh = readyState(screen, handle);
          setState(fresh);
          if (fresh.kind === 'ready' && !fresh.partial) return;
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
        opened.current!.reject(error);
        forgetCachedScreen(storage); // the next open shows no list it could not back
        setState({ kind: 'error', detail: errorName(error) });
      }
    },
    [open, storage],
  );

  // A layout effect runs right after the first commit; a plain effect waits for the next frame, which
  // delays the first list paint by a frame or more when the early read has already finished.
  useLayoutEffect(() => {
    void load();
  }, [load]);

  // Keeps what this open shows (read from IndexedDB, edits applied) for the next open to draw first.
  useEffect(() => {
    if (state.kind === 'ready' && state.db)
      writeCachedScreen(storage, screenOf(state.summaries, FIRST_SCREEN.rows, state.partial));
  }, [state, storage]);

  const whenOpen = useCallback(() => opened.current!.promise, []);
  const reload = useCallback(() => load(state.kind === 'ready' ? state.db : undefined), [load, state]);
  const map = (
    fn: (list: ArticleSummary[]) => ArticleSummary[],
    countChange?: (counts: CategoryCounts) => CategoryCounts,
  ) => {
    edits.current++;
    setState((prev) => {
      if (prev.kind !== 'ready') return prev;
      const partial = prev.partial && countChange ? countChange(prev.partial) : prev.partial;
      return { ...prev, summaries: fn(prev.summaries), partial };
    });
  };
  const summaryOf = (id: string): ArticleSummary | undefined =>
    state.kind === 'ready' ? state.summaries.find((s) => s.id === id) : undefined;
  const removeLocal = useCallback(
    (id: string) => {
      const gone = summaryOf(id);
      map(
        (list) => list.filter((s) => s.id !== id),
        (counts) => recount(counts, gone, undefined),
      );
    },
    [state],
  );
  const patchLocal = useCallback(
    (id: string, patch: LocalPatch) => {
      const before = summaryOf(id);
      const after = before && { ...before, ...patch };
      // Only a move or an archive changes a group's size.
      const counted =
        before && after && (after.category !== before.category || !!after.archived !== !!before.archived);
      map(
        (list) => list.map((s) => (s.id === id ? { ...s, ...patch } : s)),
        counted ? (counts) => recount(counts, before, after) : undefined,
      );
    },
    [state],
  );
  return { state, reload, removeLocal, patchLocal, whenOpen };
}
