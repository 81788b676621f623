/**
 * How an imported record joins the one already in the library for the same article. Pure: no
 * IndexedDB here. The user's states and tags are united, never duplicated; a stored body is kept, and
 * a body from the file fills a link that was not fetched yet.
 */
import { createAnchorer } from '../annotations/anchor.ts';
import { describeRange } from '../annotations/describe.ts';
import type { Highlight } from '../annotations/types.ts';
import type { Article } from '../shared/article.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';

/** A record with its article text (extracted, or imported with one); a link waiting for its page has none. */
const hasBody = (article: Article): boolean => !article.fetch && article.textContent !== '';

/** Tags of both, the stored ones first, each spelling once (case-insensitively). */
function unitedTags(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whitespace runs as one space: a quote copied by two services differs at most there. */
const quoteKey = (highlight: Highlight): string => highlight.quote.exact.replace(/\s+/g, ' ').trim();

/**
 * The stored highlights, then the incoming ones whose quote is not among them; an incoming note fills
 * a stored highlight of the same quote that has none.
 */
function unitedHighlights(stored: readonly Highlight[], incoming: readonly Highlight[]): Highlight[] {
  const out = [...stored];
  const byQuote = new Map(out.map((h, i) => [quoteKey(h), i]));
  for (const highlight of incoming) {
    const at = byQuote.get(quoteKey(highlight));
    if (at === undefined) {
      byQuote.set(quoteKey(highlight), out.length);
      out.push(highlight);
    } else if (highlight.note && !out[at]!.note) {
      out[at] = { ...out[at]!, note: highlight.note, updatedAt: highlight.updatedAt };
    }
  }
  return out;
}

/** Places highlights made on another text (or on none: a link) in `text`; those not found stay detached. */
function reanchored(highlights: readonly Highlight[], text: string): Highlight[] {
  const place = createAnchorer(text);
  return highlights.map((highlight) => {
    const anchor = place(highlight);
    const selectors = anchor && describeRange(text, anchor.start, anchor.end);
    if (!selectors) return highlight.detached ? highlight : { ...highlight, detached: true };
    const { detached: _detached, ...rest } = highlight;
    return { ...rest, ...selectors };
  });
}

const earlier = (a: string, b: string): string =>
  (Date.parse(b) || Infinity) < (Date.parse(a) || Infinity) ? b : a;

const FLAGS = ['read', 'archived', 'favourite'] as const;

/**
 * The stored record with what the import brings: its body when the stored one has none, the earlier
 * `savedAt`, read/archived/favourite set when either says so, the further reading position, tags and
 * highlights united. The stored id survives (links to it keep working).
 */
export function mergeImported(stored: Article, incoming: Article, now: Date): Article {
  const takeBody = !hasBody(stored) && hasBody(incoming);
  const body = takeBody ? incoming : stored;
  const other = takeBody ? stored : incoming;
  const merged: Article = {
    ...other,
    ...body,
    id: stored.id,
    title: body.title === body.url && other.title !== other.url ? other.title : body.title,
    savedAt: earlier(stored.savedAt, incoming.savedAt),
    tags: unitedTags(stored.tags, incoming.tags),
  };
  // The stored record's images and sync bookkeeping belong to its body; a body from the file has none yet.
  if (takeBody) {
    delete merged.imagesStored;
    delete merged.imagesFailed;
    delete merged.fetch;
  } else if (stored.fetch) merged.fetch = stored.fetch;
  else delete merged.fetch;
  for (const key of ['infoCode', 'publishedAt', 'author', 'lang', 'leadImage', 'note'] as const) {
    const value = body[key] ?? other[key];
    if (value !== undefined) merged[key] = value;
  }
  // Set when either says so; left out when neither says anything.
  for (const key of FLAGS) {
    if (stored[key] === undefined && incoming[key] === undefined) delete merged[key];
    else merged[key] = Boolean(stored[key]) || Boolean(incoming[key]);
  }
  if (stored.editedFields?.includes('category')) merged.category = stored.category;
  const position = Math.max(stored.readingPosition ?? -1, incoming.readingPosition ?? -1);
  if (position >= 0) merged.readingPosition = position;
  const edited = new Set([...(stored.editedFields ?? []), ...(incoming.editedFields ?? [])]);
  if (edited.size) merged.editedFields = [...edited];
  const highlights = unitedHighlights(stored.highlights ?? [], incoming.highlights ?? []);
  const placed = takeBody ? reanchored(highlights, merged.textContent) : highlights;
  if (placed.length) merged.highlights = placed;
  else delete merged.highlights;
  if (stored.highlightTombstones) merged.highlightTombstones = stored.highlightTombstones;
  merged.updatedAt = toIsoWithOffset(now);
  return merged;
}

/** Whether a merge changed anything the user could see or sync (the update time aside). */
export function sameRecord(a: Article, b: Article): boolean {
  const { updatedAt: _a, ...restA } = a;
  const { updatedAt: _b, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}
