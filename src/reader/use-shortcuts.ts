/** Wires the shortcut table to the window's key presses. */
import { useEffect, useRef } from 'preact/hooks';
import { actionFor, type ReaderAction } from './shortcuts.ts';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Calls `run` for each shortcut pressed; `run` returns false when the action does not apply right now.
 * @param hasSelection whether article text is selected (then `h` and `n` act on it).
 */
export function useShortcuts(run: (action: ReaderAction) => boolean, hasSelection?: () => boolean): void {
  // The latest `run` sees the latest state without re-adding the listener on every render.
  const latest = useRef(run);
  latest.current = run;
  const selection = useRef(hasSelection);
  selection.current = hasSelection;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = actionFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inEditable: isEditable(event.target),
        hasSelection: selection.current?.() ?? false,
      });
      if (action && latest.current(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
