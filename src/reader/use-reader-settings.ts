/** The reader settings as Preact state, loaded from and saved to the shared options. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_OPTIONS, type ReaderSettings } from '../shared/options.ts';
import { loadOptions, onOptionsChanged, saveOptions } from '../shared/options-storage.ts';
import { applySettings } from './reader-settings.ts';

type Change = (current: ReaderSettings) => ReaderSettings;

export function useReaderSettings(): [ReaderSettings, (change: Change) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_OPTIONS.reader);
  // Saves run one after another:
  // each reads what the previous wrote, so three quick key presses make three steps.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  useEffect(() => {
    // Unreadable storage leaves the defaults on screen; reading still works.
    loadOptions().then(
      (options) => setSettings(options.reader),
      (error: unknown) => console.warn('[jianbao] reader settings not loaded', error),
    );
    // The options page (or another reader tab) may change them while this one is open; the echoes of
    // this page's own saves are skipped, since they would briefly show an older step.
    onOptionsChanged((options) => {
      if (pending.current === 0) setSettings(options.reader);
    });
  }, []);

  // In the same commit as the render, not after the next frame: a plain effect waits for an animation
  // frame, so a theme chosen in the menu could show a frame late (or, in a throttled tab, much later).
  useLayoutEffect(() => applySettings(document.documentElement, settings), [settings]);

  const update = useCallback((change: Change) => {
    setSettings((current) => change(current));
    pending.current++;
    // Applied to the stored value, not the state, so two tabs changing different settings both win.
    queue.current = queue.current
      .then(() => saveOptions((options) => ({ ...options, reader: change(options.reader) })))
      // The change still applies to this page; only remembering it failed.
      .catch((error: unknown) => console.warn('[jianbao] reader settings not saved', error))
      .finally(() => {
        pending.current--;
      });
  }, []);

  return [settings, update];
}
