/**
 * The `lang` of article text shown in the popup (titles, sources, snippets, tags): the article's own
 * language when extraction found it, else `zh-CN` for text with Chinese characters. Without it an English
 * UI draws Chinese titles with Japanese glyph forms (centred `：？`).
 */
const HAN = /\p{Script=Han}/u;

/**
 * @param lang the article's BCP 47 tag (summary.lang), when known.
 * @param text the text shown, for when the article's language is not known.
 */
export function articleLang(lang: string | undefined, text: string): string | undefined {
  if (lang) return lang;
  return HAN.test(text) ? 'zh-CN' : undefined;
}
