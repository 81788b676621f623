/** Reader settings: pure steps for the controls and shortcuts, and the one place they reach the page. */
import { READER_LIMITS, type ReaderSettings, type ReaderTheme } from '../shared/options.ts';

export const SETTING_STEPS = {
  /** 2 px is the smallest change a reader notices at 18 px; 14–28 px takes seven presses. */
  fontSizePx: 2,
  /** 4 em is about four CJK characters per line: noticeable, not jumpy. */
  measureEm: 4,
} as const;

/** The order `t` cycles through; `system` first so the cycle comes back to the default. */
export const THEME_ORDER: readonly ReaderTheme[] = ['system', 'light', 'dark', 'sepia'];

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export function stepFontSize(settings: ReaderSettings, direction: 1 | -1): ReaderSettings {
  const fontSize = clamp(
    settings.fontSize + direction * SETTING_STEPS.fontSizePx,
    READER_LIMITS.minFontSize,
    READER_LIMITS.maxFontSize,
  );
  return { ...settings, fontSize };
}

export function stepMeasure(settings: ReaderSettings, direction: 1 | -1): ReaderSettings {
  const measure = clamp(
    settings.measure + direction * SETTING_STEPS.measureEm,
    READER_LIMITS.minMeasure,
    READER_LIMITS.maxMeasure,
  );
  return { ...settings, measure };
}

export function nextTheme(settings: ReaderSettings): ReaderSettings {
  const at = THEME_ORDER.indexOf(settings.theme);
  return { ...settings, theme: THEME_ORDER[(at + 1) % THEME_ORDER.length] ?? 'system' };
}

/**
 * Puts the settings on the root element: the theme as `data-theme` (reader.css keys its palettes on it)
 * and sizes as custom properties set through the CSSOM,
 * which the extension CSP allows (inline `style=` is not).
 */
export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.theme = settings.theme;
  root.style.setProperty('--font-size', `${settings.fontSize}px`);
  root.style.setProperty('--measure', `${settings.measure}em`);
}
