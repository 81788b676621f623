import { t, type MessageKey } from '../shared/i18n.ts';
import { READER_LIMITS, type ReaderSettings, type ReaderTheme } from '../shared/options.ts';
import { stepFontSize, stepMeasure, THEME_ORDER } from './reader-settings.ts';

const THEME_LABELS: Record<ReaderTheme, MessageKey> = {
  system: 'readerThemeSystem', light: 'readerThemeLight', dark: 'readerThemeDark', sepia: 'readerThemeSepia',
};

type Update = (change: (current: ReaderSettings) => ReaderSettings) => void;

interface ControlsProps {
  settings: ReaderSettings;
  update: Update;
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
        <IconButton class="font-smaller" icon="A−" label="readerFontSmaller" disabled={settings.fontSize <= READER_LIMITS.minFontSize}
          onClick={() => update((s) => stepFontSize(s, -1))} />
        <output class="font-size-value">{settings.fontSize}</output>
        <IconButton class="font-larger" icon="A+" label="readerFontLarger" disabled={settings.fontSize >= READER_LIMITS.maxFontSize}
          onClick={() => update((s) => stepFontSize(s, 1))} />
      </div>
      <div class="control stepper" role="group" aria-label={t('readerMeasure')}>
        <IconButton class="measure-narrower" icon="→←" label="readerNarrower" disabled={settings.measure <= READER_LIMITS.minMeasure}
          onClick={() => update((s) => stepMeasure(s, -1))} />
        <output class="measure-value">{settings.measure}</output>
        <IconButton class="measure-wider" icon="←→" label="readerWider" disabled={settings.measure >= READER_LIMITS.maxMeasure}
          onClick={() => update((s) => stepMeasure(s, 1))} />
      </div>
      <IconButton class="help-button" icon="?" label="readerShortcuts" popup onClick={onHelp} />
    </div>
  );
}

interface IconButtonProps {
  class: string;
  /** What sighted users see; hidden from assistive technology, which reads `label` instead. */
  icon: string;
  label: MessageKey;
  disabled?: boolean;
  popup?: boolean;
  onClick: () => void;
}

/** A compact symbol button whose accessible name is the words, not the symbol (so names never disagree). */
function IconButton({ class: className, icon, label, disabled, popup, onClick }: IconButtonProps) {
  const text = t(label);
  return (
    <button type="button" class={className} title={text} disabled={disabled} aria-haspopup={popup ? 'dialog' : undefined} onClick={onClick}>
      <span aria-hidden="true">{icon}</span>
      <span class="visually-hidden">{text}</span>
    </button>
  );
}
