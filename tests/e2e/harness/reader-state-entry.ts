/**
 * Test-only page script (bundled by reader-state-page.ts into a temp copy of dist): gives articles the
 * reader's state through the real store inside the extension's origin (tags, favourite, archive, note,
 * highlights added and deleted), as the reader and popup write it.
 */
import { describeRange } from '../../../src/annotations/describe.ts';
import type { Highlight } from '../../../src/annotations/types.ts';
import { announceLibraryWrite } from '../../../src/shared/announce-write.ts';
import {
  addHighlight,
  getArticle,
  removeHighlight,
  sharedLibrary,
  updateArticle,
} from '../../../src/store/index.ts';
import type { ReaderStateApi } from './reader-state-page.ts';

const api: ReaderStateApi = {
  async update(articleId, patch) {
    await updateArticle(await sharedLibrary(), articleId, patch);
    announceLibraryWrite();
  },
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
      createdAt: spec.at,
      updatedAt: spec.at,
      ...(spec.note ? { note: spec.note } : {}),
      ...(spec.detached ? { detached: true as const } : {}),
    };
    await addHighlight(db, articleId, highlight);
    announceLibraryWrite();
    return { id: highlight.id, exact: selectors.quote.exact };
  },
  async removeHighlight(articleId, highlightId) {
    await removeHighlight(await sharedLibrary(), articleId, highlightId);
    announceLibraryWrite();
  },
};

globalThis.jianbaoReaderState = api;
