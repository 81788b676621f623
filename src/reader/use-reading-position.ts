/** Restores the saved reading position once the article is laid out, then keeps saving it. */
import { useEffect, useState } from 'preact/hooks';
import { announceLibraryWrite } from '../shared/announce-write.ts';
import { updateArticle, type LibraryDb } from '../store/index.ts';
import { imagesSettled, POSITION_TUNING, scrollTopFor, trackPosition } from './reading-position.ts';

/** @returns the reason the last save failed, if it did (the reader says so instead of losing it silently). */
export function useReadingPosition(
  db: LibraryDb | undefined,
  id: string | undefined,
  saved: number | undefined,
): string | undefined {
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    if (!db || !id) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      const body = document.querySelector('.article-body');
      if (body) await imagesSettled(body, POSITION_TUNING.imageWaitMs);
      if (cancelled) return;
      if (saved) {
        const el = document.documentElement;
        window.scrollTo(0, scrollTopFor(saved, el.scrollHeight, window.innerHeight));
      }
      // Tracking starts after the restore, so the page opening at the top does not overwrite the saved place.
      stop = trackPosition(window, (position) => {
        updateArticle(db, id, { readingPosition: position }).then(
          () => {
            setFailure(undefined);
            announceLibraryWrite();
          },
          (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
        );
      });
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [db, id, saved]);
  return failure;
}
