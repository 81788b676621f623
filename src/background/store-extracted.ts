import type { ExtractedArticle } from '../shared/article.ts';
import { applyCategoryRules } from '../shared/category-rules.ts';
import { failureFromError, type Outcome } from '../shared/failure.ts';
import { loadOptions } from '../shared/options-storage.ts';
import type { SaveReceipt } from '../shared/messages.ts';
import { saveArticle, sharedLibrary } from '../store/index.ts';
import { afterSave } from './after-save.ts';

/**
 * The one path every save takes, whoever extracted the article.
 * @param tabId the tab showing the article, whose badge then says it is saved.
 */
export async function storeExtracted(
  extracted: ExtractedArticle,
  tabId?: number,
): Promise<Outcome<SaveReceipt>> {
  try {
    const db = await sharedLibrary();
    // The user's rules (rename or merge sources into a category) apply to everything saved from now on.
    const { categoryRules } = await loadOptions();
    const { article, created } = await saveArticle(db, applyCategoryRules(extracted, categoryRules));
    afterSave(db, article, tabId);
    return { ok: true, value: { id: article.id, title: article.title, category: article.category, created } };
  } catch (error) {
    return { ok: false, error: failureFromError(error) };
  }
}
