/**
 * Extension pages speak the browser's UI language (their words come from chrome.i18n), so that is
 * the page's `lang`: screen readers pick the right voice and CJK fonts the right glyphs.
 */
export function setPageLanguage(doc: Document = document): void {
  doc.documentElement.lang = globalThis.chrome?.i18n?.getUILanguage?.() ?? 'en';
}
