/**
 * One imported link through Save link's path: site access first (the optional host permission, as Save
 * link respects it), then the page, its extraction (adapters first, the generic one last; a share link
 * with an infoCode goes to the share-page adapters) and the save, which completes the link's record and
 * keeps its user state, or, when the page is an article saved already, joins the link to it. A failure
 * is written on the record with its plain reason.
 */
import { isShareUrl } from '../../extract/info-code.ts';
import type { FetchFailure } from '../../shared/article.ts';
import { failFetch, foldLink, getArticle, savedElsewhere, sharedLibrary } from '../../store/index.ts';
import { hasHostAccess } from '../host-access.ts';
import { storeExtracted } from '../store-extracted.ts';
import type { QueueItem } from './backlog.ts';
import { fetchFailureOf } from './failure-reason.ts';
import { asLinkArticle } from './link-article.ts';
import { loadAndExtract } from './page-load.ts';
import type { FetchOutcome } from './runner.ts';

/**
 * Whether Jianbao may read the page: a site it holds access to, or a share link, which the manifest's
 * content script reads on any site (as Save link does).
 */
const mayRead = async (url: string): Promise<boolean> => isShareUrl(url) || (await hasHostAccess(url));

export async function fetchLink(item: QueueItem): Promise<FetchOutcome> {
  const db = await sharedLibrary();
  const record = await getArticle(db, item.id);
  if (!record?.fetch) return { kind: 'skipped' };
  const fail = async (reason: FetchFailure): Promise<FetchOutcome> => {
    await failFetch(db, item.id, reason);
    return { kind: 'failed', reason };
  };
  if (!/^https?:\/\//i.test(record.url)) return fail('not-article');
  if (!(await mayRead(record.url))) return fail('no-access');
  const page = await loadAndExtract(record.url);
  if (!page.ok) return fail(fetchFailureOf(page.error, record.url, page.finalUrl));
  // The site redirected to (or names as canonical) an article already saved: that record is updated
  // as a visit would, and the link's state joins it rather than making a second copy.
  const elsewhere = await savedElsewhere(db, page.article, item.id);
  const saved = await storeExtracted(elsewhere ? page.article : asLinkArticle(page.article, record.url));
  if (!saved.ok) return { kind: 'deferred', detail: saved.error.detail ?? saved.error.code };
  if (elsewhere) await foldLink(db, item.id, saved.value.id);
  return { kind: 'fetched' };
}
