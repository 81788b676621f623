/**
 * The page's count in words. `chrome.i18n` has no plural forms, so English "1 highlight" and
 * "1 article" are messages of their own (one highlight is always in one article).
 */
import { t } from '../src/shared/i18n.ts';

export function highlightCountText(highlights: number, articles: number): string {
  if (highlights === 1) return t('hlpage_count_one');
  if (articles === 1) return t('hlpage_count_one_article', String(highlights));
  return t('hlpage_count', [String(highlights), String(articles)]);
}
