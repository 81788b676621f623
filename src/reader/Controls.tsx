import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../shared/i18n.ts';
import { READER_LIMITS, type ReaderSettings } from '../shared/options.ts';
import { NarrowerIcon, WiderIcon } from './measure-icons.tsx';
import { stepFontSize, stepMeasure } from './reader-settings.ts';
import { ThemeSelect } from './ThemeSelect.tsx';

type Update = (change: (current: ReaderSettings) => ReaderSettings) => void;

export interface ControlsProps {
  settings: ReaderSettings;
  update: Update;
  onHelp: () => void;
}

/**
 * Theme, text size and column width: every change is applied at once and remembered. Each control has a
 * visible caption where the toolbar has room for it (reader.css hides it, not from screen readers,
 * where it has not) and a tooltip everywhere.
 */
export function Controls({ settings, update, onHelp }: ControlsProps) {
  return (
    <div class="controls" role="group" aria-label={t('readerControls')}>
      <label class="control" title={t('readerTheme')}>
        <span class="caption">{t('readerTheme')}</span>
        <ThemeSelect
          class="theme-select"
          value={settings.theme}
          onChange={(theme) => update((current) => ({ ...current, theme }))}
        />
      </label>
      <Stepper
        name="font-size"
        label="readerFontSize"
        value={settings.fontSize}
        min={READER_LIMITS.minFontSize}
        max={READER_LIMITS.maxFontSize}
        step={(d) => update((s) => stepFontSize(s, d))}
        down={{ class: 'font-smaller', icon: 'A−', label: 'readerFontSmaller' }}
        up={{ class: 'font-larger', icon: 'A+', label: 'readerFontLarger' }}
      />
      <Stepper
        name="measure"
        label="readerMeasure"
        value={settings.measure}
        min={READER_LIMITS.minMeasure}
        max={READER_LIMITS.maxMeasure}
        step={(d) => update((s) => stepMeasure(s, d))}
        down={{ class: 'measure-narrower', icon: <NarrowerIcon />, label: 'readerNarrower' }}
        up={{ class: 'measure-wider', icon: <WiderIcon />, label: 'readerWider' }}
      />
      <IconButton class="help-button" icon="?" label="readerShortcuts" popup onClick={onHelp} />
    </div>
  );
}

interface StepperProps {
  /** Class prefix of the value: `<name>-value`. */
  name: string;
  label: MessageKey;
  value: number;
  min: number;
  max: number;
  step: (direction: 1 | -1) => void;
  down: Pick<IconButtonProps, 'class' | 'icon' | 'label'>;
  up: Pick<IconButtonProps, 'class' | 'icon' | 'label'>;
}

/**
 * Two joined buttons under a caption. The value is for screen readers only (a polite live region, so
 * each step is announced): on screen the text itself shows the change.
 */
function Stepper({ name, label, value, min, max, step, down, up }: StepperProps) {
  return (
    <div class="control stepper" role="group" aria-label={t(label)}>
      <span class="caption" aria-hidden="true">
        {t(label)}
      </span>
      <span class="stepper-buttons">
        <IconButton {...down} disabled={value <= min} onClick={() => step(-1)} />
        <IconButton {...up} disabled={value >= max} onClick={() => step(1)} />
      </span>
      <output class={`${name}-value visually-hidden`}>{value}</output>
    </div>
  );
}

interface IconButtonProps {
  class: string;
  /** What sighted users see; hidden from assistive technology, which reads `label` instead. */
  icon: ComponentChildren;
  label: MessageKey;
  disabled?: boolean;
  popup?: boolean;
  onClick: () => void;
}

/** A compact symbol button whose accessible name is the words, not the symbol (so names never disagree). */
function IconButton({ class: className, icon, label, disabled, popup, onClick }: IconButtonProps) {
  const text = t(label);
  return (
    <button
      type="button"
      class={className}
      title={text}
      disabled={disabled}
      aria-haspopup={popup ? 'dialog' : undefined}
      onClick={onClick}
    >
      <span class="icon" aria-hidden="true">
        {icon}
      </span>
      <span class="visually-hidden">{text}</span>
    </button>
  );
}
