import { t } from '../shared/i18n.ts';
import { isReaderTheme, READER_THEME_LABELS, READER_THEMES, type ReaderTheme } from '../shared/options.ts';

export interface ThemeSelectProps {
  value: ReaderTheme;
  onChange: (theme: ReaderTheme) => void;
  /** The reader toolbar's class or the options form's field name: each page finds its own select. */
  class?: string;
  name?: string;
}

/** The reader themes as a `<select>`: one list for the reader's toolbar and the options page. */
export function ThemeSelect({ value, onChange, class: className, name }: ThemeSelectProps) {
  return (
    <select
      class={className}
      name={name}
      value={value}
      onChange={(event) => {
        const theme = event.currentTarget.value;
        if (isReaderTheme(theme)) onChange(theme);
      }}
    >
      {READER_THEMES.map((theme) => (
        <option key={theme} value={theme}>
          {t(READER_THEME_LABELS[theme])}
        </option>
      ))}
    </select>
  );
}
