/** Which imported records replace local ones: merge by id, never over a newer local edit. Pure. */
import type { Article } from '../shared/article.ts';

export type ImportAction = 'add' | 'replace' | 'keep';

export interface PlannedRecord {
  article: Article;
  action: ImportAction;
}

/** When a record last changed: its last edit or re-save, else its first save. */
const lastChange = (article: Article): number => Date.parse(article.updatedAt ?? article.savedAt) || 0;

/**
 * One entry per incoming record: `add` when the id is new here, `replace` when the incoming record
 * changed later than the local one, `keep` (the local record stays as it is) otherwise — an equal
 * time means the same version, so a re-import changes nothing.
 * @param local the local record of each incoming id, or undefined.
 */
export function planImport(
  incoming: readonly Article[],
  local: ReadonlyMap<string, Article | undefined>,
): PlannedRecord[] {
  return incoming.map((article) => {
    const current = local.get(article.id);
    if (!current) return { article, action: 'add' };
    return { article, action: lastChange(article) > lastChange(current) ? 'replace' : 'keep' };
  });
}

/** The record as it will be stored: `imagesStored` lists only images the file actually holds. */
export function withHeldImages(article: Article, held: ReadonlySet<string>): Article {
  if (!article.imagesStored) return article;
  const kept = article.imagesStored.filter((url) => held.has(url));
  const { imagesStored: _all, ...rest } = article;
  return kept.length ? { ...rest, imagesStored: kept } : rest;
}
