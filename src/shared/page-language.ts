/**
 * Extension pages speak the browser's UI language (their words come from chrome.i18n), so that is
 * the page's `lang`: screen readers pick the right voice and CJK fonts the right glyphs.
 */
export function setPageLanguage(doc: Document = document): void {
  doc.documentElement.lang = uiLanguage();
}

/** The browser's UI language, for UI words set inside article text that carries its own `lang`. */
export function uiLanguage(): string {
  return globalThis.chrome?.i18n?.getUILanguage?.() ?? 'en';
}
