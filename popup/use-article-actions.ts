/**
 * The article actions of the popup list: each writes through the store, then applies the change to the
 * list the popup holds; a failure is said in words and changes nothing on screen.
 */
import { useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { announceLibraryWrite } from '../src/shared/announce-write.ts';
import {
  deleteArticle,
  restoreArticle,
  updateArticle,
  type ArticleSnapshot,
  type ArticleSummary,
  type LibraryDb,
} from '../src/store/index.ts';
import { describeActionError } from './failure-text.ts';
import type { Library, LocalPatch } from './use-library.ts';

export function useArticleActions(
  db: LibraryDb | undefined,
  library: Library,
  /** After every successful write: search results and tag completion are asked for again. */
  onWritten: () => void,
) {
  const [deleted, setDeleted] = useState<ArticleSnapshot | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  /** The library for an action: one taken on the kept copy waits the few milliseconds until it is open. */
  const store = (): Promise<LibraryDb> => (db ? Promise.resolve(db) : library.whenOpen());

  /** Runs a store action; on failure says why and changes nothing on screen. */
  const act = async (work: () => Promise<void>): Promise<void> => {
    setFailure(undefined);
    try {
      await work();
      onWritten();
      // Sync (when on) pushes the change within seconds instead of at its next periodic run.
      announceLibraryWrite();
    } catch (error) {
      setFailure(t('popupActionFailed', describeActionError(error)));
    }
  };

  /** Writes `patch` to the article, then shows it. */
  const update = (s: ArticleSummary, patch: LocalPatch) =>
    act(async () => {
      await updateArticle(await store(), s.id, patch);
      library.patchLocal(s.id, patch);
    });

  return {
    deleted,
    failure,
    act,
    store,
    dismissDeleted: () => setDeleted(undefined),
    toggleRead: (s: ArticleSummary) => update(s, { read: !s.read }),
    toggleFavourite: (s: ArticleSummary) => update(s, { favourite: !s.favourite }),
    toggleArchive: (s: ArticleSummary) => update(s, { archived: !s.archived }),
    setTags: (s: ArticleSummary, tags: string[]) => update(s, { tags }),
    remove: (s: ArticleSummary) =>
      act(async () => {
        const snapshot = await deleteArticle(await store(), s.id);
        library.removeLocal(s.id);
        if (snapshot) setDeleted(snapshot);
      }),
    /** Puts the deleted article back; `then` runs once it is listed again. */
    undo: (then: (id: string) => void) => {
      const snapshot = deleted;
      if (!snapshot) return;
      void act(async () => {
        await restoreArticle(await store(), snapshot);
        setDeleted(undefined);
        await library.reload();
        then(snapshot.id);
      });
    },
  };
}
