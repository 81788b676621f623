/** Which imported records replace local ones: merge by id, never over a newer local edit. Pure. */
import { mergeHighlights } from '../annotations/merge.ts';
import type { HighlightSet } from '../annotations/types.ts';
import type { Article } from '../shared/article.ts';
import { canonicalJson } from '../shared/canonical-json.ts';

export type ImportAction = 'add' | 'replace' | 'keep';

export interface PlannedRecord {
  article: Article;
  action: ImportAction;
  /**
   * Set when `article` is the local record (newer than the file's) with highlights only the file had:
   * its body and offline images are the local ones, not the file's.
   */
  local?: true;
}

/** When a record last changed: its last edit or re-save, else its first save. */
const lastChange = (article: Article): number => Date.parse(article.updatedAt ?? article.savedAt) || 0;

const highlightSetOf = (article: Article): HighlightSet => ({
  highlights: article.highlights ?? [],
  tombstones: article.highlightTombstones ?? [],
});

const hasHighlights = (article: Article): boolean =>
  Boolean(article.highlights?.length || article.highlightTombstones?.length);

/** `article` with the highlights of both records, merged as sync merges them (src/annotations/merge.ts). */
function withHighlightsOf(article: Article, other: Article): Article {
  const { highlights, tombstones } = mergeHighlights(highlightSetOf(article), highlightSetOf(other));
  const { highlights: _h, highlightTombstones: _t, ...rest } = article;
  return {
    ...rest,
    ...(highlights.length ? { highlights } : {}),
    ...(tombstones.length ? { highlightTombstones: tombstones } : {}),
  };
}

/**
 * One entry per incoming record: `add` when the id is new here, `replace` when the incoming record
 * changed later than the local one, `keep` (the local record stays as it is) otherwise — an equal
 * time means the same version, so a re-import changes nothing.
 *
 * Highlights are not lost either way: a replaced record keeps the local highlights the file lacks, and
 * a kept one gains those only the file has (then it is written, as `replace`); deleted ones stay deleted
 * by their tombstones, as under sync.
 * @param local the local record of each incoming id, or undefined.
 */
export function planImport(
  incoming: readonly Article[],
  local: ReadonlyMap<string, Article | undefined>,
): PlannedRecord[] {
  return incoming.map((article) => {
    const current = local.get(article.id);
    if (!current) return { article, action: 'add' };
    const newer = lastChange(article) > lastChange(current);
    if (!hasHighlights(article) && !hasHighlights(current))
      return { article, action: newer ? 'replace' : 'keep' };
    if (newer) return { article: withHighlightsOf(article, current), action: 'replace' };
    const kept = withHighlightsOf(current, article);
    const gained =
      canonicalJson(highlightSetOf(kept)) !==
      canonicalJson(mergeHighlights(highlightSetOf(current), { highlights: [], tombstones: [] }));
    return gained ? { article: kept, action: 'replace', local: true } : { article, action: 'keep' };
  });
}

/** The record as it will be stored: `imagesStored` lists only images the file actually holds. */
export function withHeldImages(article: Article, held: ReadonlySet<string>): Article {
  if (!article.imagesStored) return article;
  const kept = article.imagesStored.filter((url) => held.has(url));
  const { imagesStored: _all, ...rest } = article;
  return kept.length ? { ...rest, imagesStored: kept } : rest;
}
