/** Reader settings: pure steps for the controls and shortcuts, and the one place they reach the page. */
import { READER_LIMITS, READER_THEMES, type ReaderSettings } from '../shared/options.ts';

export const SETTING_STEPS = {
  /** 2 px is the smallest change a reader notices at 18 px; 14–28 px takes seven presses. */
  fontSizePx: 2,
  /** 4 em is about four CJK characters per line: noticeable, not jumpy. */
  measureEm: 4,
} as const;

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
  const at = READER_THEMES.indexOf(settings.theme);
  return { ...settings, theme: READER_THEMES[(at + 1) % READER_THEMES.length] ?? 'system' };
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
