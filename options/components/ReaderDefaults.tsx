import { t, type MessageKey } from '../../src/shared/i18n.ts';
import { READER_LIMITS, type ReaderSettings } from '../../src/shared/options.ts';
import { ThemeSelect } from '../../src/reader/ThemeSelect.tsx';
import type { UpdateOptions } from './types.ts';

interface NumberFieldProps {
  name: 'fontSize' | 'measure';
  label: MessageKey;
  value: number;
  min: number;
  max: number;
  set: (patch: Partial<ReaderSettings>) => void;
}

function NumberField({ name, label, value, min, max, set }: NumberFieldProps) {
  return (
    <label class="field">
      <span class="label">{t(label)}</span>
      <input
        name={name}
        type="number"
        step={1}
        min={min}
        max={max}
        value={value}
        onChange={(e) => set({ [name]: e.currentTarget.valueAsNumber })}
      />
    </label>
  );
}

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
        <ThemeSelect name="theme" value={reader.theme} onChange={(theme) => set({ theme })} />
      </label>
      <NumberField
        name="fontSize"
        label="optionsReaderFontSize"
        value={reader.fontSize}
        min={READER_LIMITS.minFontSize}
        max={READER_LIMITS.maxFontSize}
        set={set}
      />
      <NumberField
        name="measure"
        label="optionsReaderMeasure"
        value={reader.measure}
        min={READER_LIMITS.minMeasure}
        max={READER_LIMITS.maxMeasure}
        set={set}
      />
    </section>
  );
}
