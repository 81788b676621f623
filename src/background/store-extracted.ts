import type { ExtractedArticle } from '../shared/article.ts';
import type { Outcome } from '../shared/failure.ts';
import type { SaveReceipt } from '../shared/messages.ts';
import { saveArticle } from '../store/index.ts';
import { failureFromError } from './failure-from-error.ts';
import { getLibrary } from './library.ts';
import { afterSave } from './after-save.ts';

/**
 * The one path every save takes, whoever extracted the article.
 * @param tabId the tab showing the article, whose badge then says it is saved.
 */
export async function storeExtracted(extracted: ExtractedArticle, tabId?: number): Promise<Outcome<SaveReceipt>> {
  try {
    const db = await getLibrary();
    const { article, created } = await saveArticle(db, extracted);
    afterSave(db, article, tabId);
    return { ok: true, value: { id: article.id, title: article.title, category: article.category, created } };
  } catch (error) {
    return { ok: false, error: failureFromError(error) };
  }
}
