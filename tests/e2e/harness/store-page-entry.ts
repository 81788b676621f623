/**
 * Test-only page script (bundled by store-page.ts into a temp copy of dist): writes through the real
 * store inside the extension's origin, as the reader does when someone highlights or tags an article.
 */
import { describeRange } from '../../../src/annotations/describe.ts';
import type { Highlight } from '../../../src/annotations/types.ts';
import { postLibraryMessage } from '../../../src/shared/library-channel.ts';
import { addHighlight, getArticle, sharedLibrary, updateArticle } from '../../../src/store/index.ts';
import type { StorePageApi } from './store-page.ts';

const api: StorePageApi = {
  async highlight(articleId, spec) {
    const db = await sharedLibrary();
    const article = await getArticle(db, articleId);
    if (!article) throw new Error(`no article ${articleId}`);
    const selectors = describeRange(article.textContent, spec.start, spec.end);
    if (!selectors) throw new Error(`nothing to highlight at ${spec.start}–${spec.end} of ${articleId}`);
    const highlight: Highlight = {
      ...selectors,
      id: crypto.randomUUID(),
      color: spec.color,
      createdAt: spec.createdAt,
      updatedAt: spec.createdAt,
      ...(spec.note ? { note: spec.note } : {}),
      ...(spec.detached ? { detached: true as const } : {}),
    };
    await addHighlight(db, articleId, highlight);
    postLibraryMessage({ type: 'library-written' });
    return { id: highlight.id, exact: selectors.quote.exact };
  },
  async setTags(articleId, tags) {
    await updateArticle(await sharedLibrary(), articleId, { tags });
    postLibraryMessage({ type: 'library-written' });
  },
};

globalThis.jianbaoStore = api;
