import { useCallback, useEffect, useState } from 'preact/hooks';
import type { JianbaoOptions } from '../src/shared/options.ts';
import { loadOptions, onOptionsChanged, saveOptions } from '../src/shared/options-storage.ts';

/** The stored options, kept current when another page changes them, and a function to change them. */
export function useOptions(): [
  JianbaoOptions | undefined,
  (change: (current: JianbaoOptions) => JianbaoOptions) => Promise<JianbaoOptions>,
] {
  const [options, setOptions] = useState<JianbaoOptions>();
  useEffect(() => {
    void loadOptions().then(setOptions);
    onOptionsChanged(setOptions);
  }, []);
  const update = useCallback(async (change: (current: JianbaoOptions) => JianbaoOptions) => {
    const next = await saveOptions(change);
    setOptions(next);
    return next;
  }, []);
  return [options, update];
}
