/** The popup's counts in words: the library's size and the search's hits (singulars: counted.ts). */
import { counted } from '../src/shared/counted.ts';
import { t } from '../src/shared/i18n.ts';

/** "9 articles", "1 article": the library's size beside the heading. */
export const articleCountText = (count: number): string => counted('articles', count);

/**
 * "3 matching articles", "1 matching article".
 * @param more the hits filled the limit, so there may be more than `count` ("15+ matching articles").
 */
export function resultCountText(count: number, more = false): string {
  return more ? t('popupResultsCount', `${count}+`) : counted('matchingArticles', count);
}
