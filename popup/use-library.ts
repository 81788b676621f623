/** Opens the library and holds its summaries; edits are applied locally after the store confirms them. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { listSummaries, openLibrary, type ArticleSummary, type LibraryDb } from '../src/store/index.ts';
import { errorName } from './failure-text.ts';

export type LibraryState =
  | { kind: 'loading' }
  | { kind: 'error'; detail: string }
  | { kind: 'ready'; db: LibraryDb; summaries: ArticleSummary[] };

export interface Library {
  state: LibraryState;
  /** Lists everything again (after a save or an undo). */
  reload(): Promise<void>;
  /** Drops an article the store has deleted. */
  removeLocal(id: string): void;
  /** Applies fields the store has written. */
  patchLocal(id: string, patch: Partial<Pick<ArticleSummary, 'category' | 'read'>>): void;
}

export function useLibrary(open: () => Promise<LibraryDb> = openLibrary): Library {
  const [state, setState] = useState<LibraryState>({ kind: 'loading' });

  const load = useCallback(async (db?: LibraryDb) => {
    try {
      const handle = db ?? (await open());
      setState({ kind: 'ready', db: handle, summaries: await listSummaries(handle) });
    } catch (error) {
      console.error('[jianbao/popup] cannot open the library', error);
      setState({ kind: 'error', detail: errorName(error) });
    }
  }, [open]);

  useEffect(() => { void load(); }, [load]);

  const reload = useCallback(() => load(state.kind === 'ready' ? state.db : undefined), [load, state]);
  const map = (fn: (list: ArticleSummary[]) => ArticleSummary[]) =>
    setState((prev) => (prev.kind === 'ready' ? { ...prev, summaries: fn(prev.summaries) } : prev));
  const removeLocal = useCallback((id: string) => map((list) => list.filter((s) => s.id !== id)), []);
  const patchLocal = useCallback(
    (id: string, patch: Partial<Pick<ArticleSummary, 'category' | 'read'>>) => map((list) => list.map((s) => (s.id === id ? { ...s, ...patch } : s))),
    [],
  );
  return { state, reload, removeLocal, patchLocal };
}
