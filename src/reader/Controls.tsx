import { t, type MessageKey } from '../shared/i18n.ts';
import { READER_LIMITS, type ReaderSettings, type ReaderTheme } from '../shared/options.ts';
import { stepFontSize, stepMeasure, THEME_ORDER } from './reader-settings.ts';

const THEME_LABELS: Record<ReaderTheme, MessageKey> = {
  system: 'readerThemeSystem', light: 'readerThemeLight', dark: 'readerThemeDark', sepia: 'readerThemeSepia',
};

interface ControlsProps {
  settings: ReaderSettings;
  update: (change: (current: ReaderSettings) => ReaderSettings) => void;
  onHelp: () => void;
}

/** Theme, text size and column width: every change is applied at once and remembered. */
export function Controls({ settings, update, onHelp }: ControlsProps) {
  return (
    <div class="controls" role="group" aria-label={t('readerControls')}>
      <label class="control">
        <span>{t('readerTheme')}</span>
        <select
          class="theme-select"
          value={settings.theme}
          onChange={(event) => {
            const theme = (event.currentTarget as HTMLSelectElement).value as ReaderTheme;
            update((current) => ({ ...current, theme }));
          }}
        >
          {THEME_ORDER.map((theme) => <option key={theme} value={theme}>{t(THEME_LABELS[theme])}</option>)}
        </select>
      </label>
      <div class="control stepper" role="group" aria-label={t('readerFontSize')}>
        <button type="button" class="font-smaller" aria-label={t('readerFontSmaller')} title={t('readerFontSmaller')}
          disabled={settings.fontSize <= READER_LIMITS.minFontSize} onClick={() => update((s) => stepFontSize(s, -1))}>A−</button>
        <output class="font-size-value" aria-live="polite">{settings.fontSize}</output>
        <button type="button" class="font-larger" aria-label={t('readerFontLarger')} title={t('readerFontLarger')}
          disabled={settings.fontSize >= READER_LIMITS.maxFontSize} onClick={() => update((s) => stepFontSize(s, 1))}>A+</button>
      </div>
      <div class="control stepper" role="group" aria-label={t('readerMeasure')}>
        <button type="button" class="measure-narrower" aria-label={t('readerNarrower')} title={t('readerNarrower')}
          disabled={settings.measure <= READER_LIMITS.minMeasure} onClick={() => update((s) => stepMeasure(s, -1))}>→←</button>
        <output class="measure-value" aria-live="polite">{settings.measure}</output>
        <button type="button" class="measure-wider" aria-label={t('readerWider')} title={t('readerWider')}
          disabled={settings.measure >= READER_LIMITS.maxMeasure} onClick={() => update((s) => stepMeasure(s, 1))}>←→</button>
      </div>
      <button type="button" class="help-button" aria-haspopup="dialog" aria-label={t('readerShortcuts')} title={t('readerShortcuts')} onClick={onHelp}>?</button>
    </div>
  );
}
