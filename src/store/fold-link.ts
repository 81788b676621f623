/**
 * A fetched link whose page is an article the library already holds under another record (the site
 * redirected to it, or the page names it as its canonical address): the link's user state (tags,
 * read, favourite, archive, highlights, note) joins that article and the link record goes, as an
 * import would have merged the two had it known the address. One transaction: the library never
 * shows both, or neither.
 */
import type { Article, ExtractedArticle } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { ALL, deleteInTx } from './articles.ts';
import { mergeImported, sameRecord } from './import-merge.ts';
import { recordChanges } from './outbox.ts';
import { reanchorHighlights } from './reanchor.ts';
import type { LibraryDb } from './schema.ts';
import { storedMatches, storedReader } from './stored-match.ts';
import { runWrite } from './tx.ts';
import { putEdited } from './user-edits.ts';

/**
 * Folds the link `linkId` into the article `articleId`; the article as it is now, or undefined when
 * there was nothing to fold (the same record, the link already fetched or gone, or no such article).
 */
export async function foldLink(
  db: LibraryDb,
  linkId: string,
  articleId: string,
  now = new Date(),
): Promise<Article | undefined> {
  if (linkId === articleId) return undefined;
  return runWrite(db, ALL, `fold link ${linkId} into ${articleId}`, async (tx) => {
    const articles = tx.objectStore('articles');
    const [link, article] = await Promise.all([articles.get(linkId), articles.get(articleId)]);
    if (!link?.fetch || !article || article.fetch) return undefined;
    const merged = mergeImported(article, link, now);
    // The article keeps its own title and body: only user state moves, so its postings stay but for
    // tags and notes (putEdited).
    merged.title = article.title;
    // The link's highlights were made on the service's copy of the page: placed in this body now.
    if (merged.highlights?.some((h) => h.detached))
      merged.highlights = [
        ...reanchorHighlights(merged.highlights, merged.textContent, toIsoWithOffset(now)),
      ];
    if (!sameRecord(merged, article)) {
      await putEdited(tx, article, merged, now);
      await recordChanges(tx, [[articleId, ['all']]], now.getTime());
    }
    await deleteInTx(tx, [linkId]);
    return merged;
  });
}

/**
 * The id of a record other than `linkId` that already holds the article a link's page turned out to
 * be: the same id, else one of its addresses (the page's own, its canonical one), unless both carry
 * infoCodes that differ (stored-match.ts, the rule a save follows). A link still waiting for its own
 * page is no such record.
 */
export async function savedElsewhere(
  db: LibraryDb,
  extracted: ExtractedArticle,
  linkId: string,
): Promise<string | undefined> {
  const tx = db.transaction(['articles', 'summaries']);
  const reader = storedReader(tx.objectStore('articles'), tx.objectStore('summaries').index('byUrl'));
  for await (const stored of storedMatches(reader, extracted))
    if (stored.id !== linkId && !stored.fetch) return stored.id;
  return undefined;
}
