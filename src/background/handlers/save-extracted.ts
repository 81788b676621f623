import { isSameSite } from '../../shared/same-site.ts';
import type { Handler } from '../route.ts';
import { storeExtracted } from '../store-extracted.ts';

/** The content script found an article on its own page. */
export const saveExtracted: Handler<'saveExtracted'> = async ({ article }, sender) => {
  // A page cannot make its content script claim another page's address: the tab's own URL wins.
  const tabUrl = sender.tab?.url;
  if (tabUrl && new URL(tabUrl).origin !== new URL(article.url).origin) {
    return {
      ok: false,
      error: { code: 'no-access', detail: 'article URL does not belong to the sending tab' },
    };
  }
  // Nor claim another site's canonical address, which would merge it into that site's saved article.
  if (article.canonicalUrl && !isSameSite(article.canonicalUrl, article.url)) {
    return { ok: false, error: { code: 'no-access', detail: 'canonical URL is on another site' } };
  }
  return storeExtracted(article, sender.tab?.id);
};
