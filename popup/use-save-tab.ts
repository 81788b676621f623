import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../src/shared/runtime.ts';
import type { SaveState } from './SaveStatus.tsx';
import { getTargetTabId } from './target-tab.ts';

/**
 * Saves the popup's target tab as soon as the popup opens (issue #2: one click on the toolbar button
 * saves), and again on request, from the *Save this page* button.
 * @param onSaved runs after each successful save (the list reloads to show the article).
 */
export function useSaveTab(onSaved: () => Promise<void>): { save: SaveState; saveAgain?: () => void } {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [tabId, setTabId] = useState<number>();
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const saveTab = useCallback(async (id: number): Promise<void> => {
    setSave({ kind: 'saving' });
    const outcome = await sendToBackground('saveTab', { tabId: id });
    setSave({ kind: 'done', outcome });
    if (outcome.ok) await onSavedRef.current();
  }, []);

  useEffect(() => {
    void (async () => {
      const id = await getTargetTabId();
      if (id === undefined) return;
      setTabId(id);
      await saveTab(id);
    })();
  }, []);

  if (tabId === undefined) return { save };
  return {
    save,
    saveAgain: () => {
      if (save.kind !== 'saving') void saveTab(tabId);
    },
  };
}
