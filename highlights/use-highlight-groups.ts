import { useEffect, useState } from 'preact/hooks';
import { onLibraryMessage } from '../src/shared/library-channel.ts';
import { listHighlights, sharedLibrary } from '../src/store/index.ts';
import type { HighlightGroupView } from './filter-highlights.ts';

export type LoadState =
  | { state: 'loading' }
  | { state: 'failed'; error: string }
  | { state: 'ready'; groups: HighlightGroupView[] };

/**
 * Every highlight in the library, grouped by article; read again when another page (the reader) or
 * sync changes the library, so a highlight made in another tab appears without a reload.
 */
export function useHighlightGroups(): LoadState {
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    // Two reads may overlap when changes come quickly: only the latest one is shown.
    let latest = 0;
    const read = async (): Promise<void> => {
      const mine = ++latest;
      const shown = () => current && mine === latest;
      try {
        const groups = await listHighlights(await sharedLibrary());
        if (shown()) setLoad({ state: 'ready', groups });
      } catch (error) {
        if (shown()) setLoad({ state: 'failed', error: String((error as Error)?.message ?? error) });
      }
    };
    void read();
    const unsubscribe = onLibraryMessage(() => void read());
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  return load;
}
