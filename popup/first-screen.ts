/**
 * The popup's first screen of data: the newest summaries and every category's count. Read as soon as the
 * popup's script starts (see `start-first-screen.ts`), so IndexedDB opens and reads while the rest of the
 * UI code is evaluated and rendered, instead of after it.
 */
import {
  countCategories,
  listSummaries,
  openLibrary,
  type ArticleSummary,
  type CategoryCount,
  type LibraryDb,
} from '../src/store/index.ts';

export const FIRST_SCREEN = {
  /** Rows read for the first paint: more than one popup screen (~15 rows), far fewer than the library. */
  rows: 40,
} as const;

export interface FirstScreen {
  db: LibraryDb;
  newest: ArticleSummary[];
  categories: CategoryCount[];
}

export async function readFirstScreen(open: () => Promise<LibraryDb>): Promise<FirstScreen> {
  const db = await open();
  const [newest, categories] = await Promise.all([
    listSummaries(db, { limit: FIRST_SCREEN.rows }),
    countCategories(db),
  ]);
  return { db, newest, categories };
}

let early: Promise<FirstScreen> | undefined;

/** Starts the read; a failure is reported to whoever takes it, not as an unhandled rejection. */
export function startFirstScreen(): void {
  early = readFirstScreen(openLibrary);
  early.catch(() => undefined);
}

/** The read started early, once: later loads (after a save, an undo) read afresh. */
export function takeFirstScreen(): Promise<FirstScreen> | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
