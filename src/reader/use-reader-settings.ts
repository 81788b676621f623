/** The reader settings as Preact state, loaded from and saved to the shared options. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_OPTIONS, type ReaderSettings } from '../shared/options.ts';
import { loadOptions, onOptionsChanged, saveOptions } from '../shared/options-storage.ts';
import { applySettings } from './reader-settings.ts';

export function useReaderSettings(): [ReaderSettings, (change: (current: ReaderSettings) => ReaderSettings) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_OPTIONS.reader);

  useEffect(() => {
    void loadOptions().then((options) => setSettings(options.reader));
    // The options page (or another reader tab) may change them while this one is open.
    onOptionsChanged((options) => setSettings(options.reader));
  }, []);

  useEffect(() => applySettings(document.documentElement, settings), [settings]);

  const update = useCallback((change: (current: ReaderSettings) => ReaderSettings) => {
    setSettings((current) => change(current));
    // Saved from the stored value, not the state, so two tabs changing different settings both win.
    void saveOptions((options) => ({ ...options, reader: change(options.reader) }));
  }, []);

  return [settings, update];
}
