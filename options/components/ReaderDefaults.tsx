import { t, type MessageKey } from '../../src/shared/i18n.ts';
import { READER_LIMITS, type ReaderSettings, type ReaderTheme } from '../../src/shared/options.ts';
import type { UpdateOptions } from './types.ts';

const THEMES: Array<[ReaderTheme, MessageKey]> = [
  ['system', 'optionsThemeSystem'],
  ['light', 'optionsThemeLight'],
  ['dark', 'optionsThemeDark'],
  ['sepia', 'optionsThemeSepia'],
];

export function ReaderDefaults({ reader, update }: { reader: ReaderSettings; update: UpdateOptions }) {
  const set = (patch: Partial<ReaderSettings>): void => {
    // normalizeOptions clamps out-of-range numbers, so a typed 99 is stored as the maximum.
    void update((current) => ({ ...current, reader: { ...current.reader, ...patch } }));
  };
  return (
    <section class="card reader-defaults">
      <h2>{t('optionsReaderHeading')}</h2>
      <label class="field">
        <span class="label">{t('optionsReaderTheme')}</span>
        <select name="theme" value={reader.theme} onChange={(e) => set({ theme: e.currentTarget.value as ReaderTheme })}>
          {THEMES.map(([theme, key]) => <option key={theme} value={theme}>{t(key)}</option>)}
        </select>
      </label>
      <label class="field">
        <span class="label">{t('optionsReaderFontSize')}</span>
        <input
          name="fontSize" type="number" step={1} min={READER_LIMITS.minFontSize} max={READER_LIMITS.maxFontSize} value={reader.fontSize}
          onChange={(e) => set({ fontSize: e.currentTarget.valueAsNumber })}
        />
      </label>
      <label class="field">
        <span class="label">{t('optionsReaderMeasure')}</span>
        <input
          name="measure" type="number" step={1} min={READER_LIMITS.minMeasure} max={READER_LIMITS.maxMeasure} value={reader.measure}
          onChange={(e) => set({ measure: e.currentTarget.valueAsNumber })}
        />
      </label>
    </section>
  );
}
