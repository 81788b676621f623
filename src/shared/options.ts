/** User settings: defaults, and the one function that turns whatever is stored into valid options. */
import type { MessageKey } from './i18n.ts';
import { explainInvalidPattern } from './match-pattern.ts';

export type SharePageAction = 'auto-open' | 'notice' | 'off';

/**
 * The reader's themes in the order menus list them and its `t` key cycles through them: `system` first,
 * so the cycle comes back to the default.
 */
export const READER_THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type ReaderTheme = (typeof READER_THEMES)[number];
/** The reader's own names for its themes, in its menu and the options alike: one word for each. */
export const READER_THEME_LABELS: Record<ReaderTheme, MessageKey> = {
  system: 'readerThemeSystem',
  light: 'readerThemeLight',
  dark: 'readerThemeDark',
  sepia: 'readerThemeSepia',
};

export interface ReaderSettings {
  theme: ReaderTheme;
  /** Body font size in CSS pixels. */
  fontSize: number;
  /** Column width in `em`. */
  measure: number;
}

export interface CategoryRule {
  /** A source or category name as extracted, e.g. `南方Plus`. */
  from: string;
  /** The category to file it under instead. */
  to: string;
}

export interface JianbaoOptions {
  /** Bumped when the stored shape changes; `normalizeOptions` migrates older shapes. */
  version: 1;
  /** What a share page does when visited. */
  sharePageAction: SharePageAction;
  /**
   * The user's own match patterns (e.g. `https://news.example.com/share/*`): every page under one is a
   * share page, with or without an infoCode (without one, its record id comes from its URL).
   */
  sharePatterns: string[];
  reader: ReaderSettings;
  categoryRules: CategoryRule[];
}

/** The share sites by host: East Money and the sample post's mirror, where infoCodes come from. */
export const SHARE_SITE_PATTERNS: readonly string[] = ['*://*.eastmoney.com/*', '*://finews.zning.xyz/*'];

/**
 * Built-in share-page patterns (a page is a share page when it matches one AND carries an infoCode,
 * see `isShareUrl`): East Money's hosts, the share mirror of the sample post, and any http(s) URL
 * with an infoCode — what the manifest's static content script matches. Users add their own
 * (`sharePatterns`, which need no infoCode) in the options page; these stay.
 */
export const DEFAULT_SHARE_PATTERNS: readonly string[] = [...SHARE_SITE_PATTERNS, '*://*/*infoCode=*'];

/** Limits on what the options page accepts, so a pasted list cannot bloat storage.local. */
export const OPTION_LIMITS = {
  maxPatterns: 50,
  maxPatternChars: 300,
  maxRules: 200,
  maxCategoryChars: 100,
} as const;

export const READER_LIMITS = { minFontSize: 14, maxFontSize: 28, minMeasure: 26, maxMeasure: 56 } as const;

export const DEFAULT_OPTIONS: JianbaoOptions = {
  version: 1,
  sharePageAction: 'notice',
  sharePatterns: [],
  reader: { theme: 'system', fontSize: 18, measure: 38 },
  categoryRules: [],
};

const SHARE_ACTIONS: readonly SharePageAction[] = ['auto-open', 'notice', 'off'];
export const isReaderTheme = (value: unknown): value is ReaderTheme =>
  (READER_THEMES as readonly unknown[]).includes(value);

const clamp = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Valid options from anything stored (older versions, hand edits, garbage):
 * unknown values fall back to defaults.
 */
export function normalizeOptions(stored: unknown): JianbaoOptions {
  const raw = isRecord(stored) ? stored : {};
  const reader = isRecord(raw.reader) ? raw.reader : {};
  const defaults = DEFAULT_OPTIONS.reader;
  return {
    version: 1,
    sharePageAction: SHARE_ACTIONS.includes(raw.sharePageAction as SharePageAction)
      ? (raw.sharePageAction as SharePageAction)
      : DEFAULT_OPTIONS.sharePageAction,
    sharePatterns: Array.isArray(raw.sharePatterns)
      ? [
          ...new Set(raw.sharePatterns.filter((pattern): pattern is string => typeof pattern === 'string')),
        ].slice(0, OPTION_LIMITS.maxPatterns)
      : [],
    reader: {
      theme: isReaderTheme(reader.theme) ? reader.theme : defaults.theme,
      fontSize: clamp(
        reader.fontSize,
        READER_LIMITS.minFontSize,
        READER_LIMITS.maxFontSize,
        defaults.fontSize,
      ),
      measure: clamp(reader.measure, READER_LIMITS.minMeasure, READER_LIMITS.maxMeasure, defaults.measure),
    },
    categoryRules: Array.isArray(raw.categoryRules)
      ? raw.categoryRules
          .filter(
            (rule): rule is CategoryRule =>
              isRecord(rule) && typeof rule.from === 'string' && typeof rule.to === 'string',
          )
          .slice(0, OPTION_LIMITS.maxRules)
          .map(({ from, to }) => ({ from, to }))
      : [],
  };
}

/** What makes a URL a share page (`isShareUrl`): two lists of match patterns. */
export interface SharePatterns {
  /** Pages under one of these are share pages when they carry an infoCode: the built-in patterns. */
  withInfoCode: readonly string[];
  /** Pages under one of these are share pages whatever their address carries: the user's own. */
  anyPage: readonly string[];
}

/**
 * The share-page patterns of these options. A stored pattern the options page would refuse (a hand
 * edit, an older version) counts for nothing: one for every host would make every page a share page.
 */
export function sharePatternsOf(options: Pick<JianbaoOptions, 'sharePatterns'>): SharePatterns {
  return {
    withInfoCode: DEFAULT_SHARE_PATTERNS,
    anyPage: options.sharePatterns.filter((pattern) => explainInvalidPattern(pattern) === undefined),
  };
}
