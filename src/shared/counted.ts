/**
 * A count with its noun, as one phrase: "1 article", "4 articles", "4 篇文章". `chrome.i18n` has no plural
 * forms, so each phrase's singular is a message of its own, and sentences that mention a count take the
 * whole phrase (`Exported $ARTICLES$.`) rather than a bare number before a fixed plural.
 */
import { t, type MessageKey } from './i18n.ts';

export const COUNT_PHRASES = {
  articles: { one: 'popup_article_count_one', many: 'popupArticleCount' },
  matchingArticles: { one: 'popup_results_count_one', many: 'popupResultsCount' },
  items: { one: 'count_items_one', many: 'count_items' },
  links: { one: 'count_links_one', many: 'count_links' },
  importedLinks: { one: 'count_imported_links_one', many: 'count_imported_links' },
} as const satisfies Record<string, { one: MessageKey; many: MessageKey }>;

export type CountedNoun = keyof typeof COUNT_PHRASES;

export function counted(noun: CountedNoun, count: number): string {
  const phrase = COUNT_PHRASES[noun];
  return count === 1 ? t(phrase.one) : t(phrase.many, String(count));
}
