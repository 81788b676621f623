/**
 * Counts in words. `chrome.i18n` has no plural forms, so English "1 article" is a message of its own;
 * Chinese words both alike.
 */
import { t } from '../src/shared/i18n.ts';

/** "9 articles", "1 article": the library's size beside the heading. */
export function articleCountText(count: number): string {
  return count === 1 ? t('popup_article_count_one') : t('popupArticleCount', String(count));
}

/**
 * "3 matching articles", "1 matching article".
 * @param more the hits filled the limit, so there may be more than `count` ("15+ matching articles").
 */
export function resultCountText(count: number, more = false): string {
  if (count === 1 && !more) return t('popup_results_count_one');
  return t('popupResultsCount', `${count}${more ? '+' : ''}`);
}
