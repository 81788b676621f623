/**
 * Full-text search over the inverted index: intersect the clauses' postings, rank title hits first,
 * then relevance, then recency, and cut highlights. Never reads article bodies except for the
 * few snippets it shows.
 */
import { findRanges, makeSnippet } from './highlight.ts';
import { decodePostings, FLAG, type Postings } from './postings.ts';
import { planQuery, type Clause } from './query.ts';
import type { LibraryDb, SummaryRow } from './schema.ts';
import { toSummary } from './summaries.ts';
import { foldPerChar } from './tokenize.ts';
import type { SearchHit, SearchOptions } from './types.ts';

export const SEARCH_TUNING = {
  /** A popup screen shows ~15 rows; 50 leaves room to scroll without another query. */
  defaultLimit: 50,
  /** Tokens a prefix clause may OR together; a 1-letter prefix would otherwise read the whole index. */
  maxPrefixTokens: 64,
  /** Hits whose title and excerpt miss the terms get a body snippet; each costs one full record read. */
  bodySnippets: 8,
  /** Weight of one clause by body frequency bucket (0, 1, 2–3, 4+): saturating, as in BM25 (k1 ≈ 1.2). */
  tfWeight: [0, 1, 1.5, 1.8],
  /** A clause in the title or source counts like this many body mentions on top. */
  titleWeight: 3,
  sourceWeight: 1,
} as const;

type Tx = ReturnType<LibraryDb['transaction']>;

/** Postings of one clause; a prefix clause ORs its tokens (flags of one doc OR-ed too). */
async function clausePostings(tx: Tx, clause: Clause): Promise<Postings> {
  const store = tx.objectStore('postings');
  if (clause.kind === 'token') return decodePostings(await store.get(clause.token));
  const range = IDBKeyRange.bound(clause.prefix, `${clause.prefix}\uffff`);
  const lists = (await store.getAll(range, SEARCH_TUNING.maxPrefixTokens)).map(decodePostings);
  if (lists.length === 1) return lists[0]!;
  const merged = new Map<number, number>();
  for (const l of lists) for (let i = 0; i < l.docs.length; i++) merged.set(l.docs[i]!, (merged.get(l.docs[i]!) ?? 0) | l.flags[i]!);
  const docs = Uint32Array.from([...merged.keys()].sort((a, b) => a - b));
  return { docs, flags: Uint8Array.from(docs, (d) => merged.get(d)!) };
}

interface Candidate { doc: number; score: number; title: boolean }

/** AND of every clause, scored: Σ idf × (tf weight + field weights). */
function intersect(lists: Postings[], docCount: number): Candidate[] {
  const order = [...lists].sort((a, b) => a.docs.length - b.docs.length);
  const idf = (l: Postings) => Math.log(1 + (docCount - l.docs.length + 0.5) / (l.docs.length + 0.5));
  const weight = (flags: number) =>
    SEARCH_TUNING.tfWeight[flags & FLAG.tfMask]! +
    (flags & FLAG.title ? SEARCH_TUNING.titleWeight : 0) + (flags & FLAG.source ? SEARCH_TUNING.sourceWeight : 0);
  const first = order[0]!;
  const firstIdf = idf(first);
  let cands: Candidate[] = Array.from(first.docs, (doc, i) => ({ doc, score: firstIdf * weight(first.flags[i]!), title: !!(first.flags[i]! & FLAG.title) }));
  for (const list of order.slice(1)) {
    const w = idf(list);
    const next: Candidate[] = [];
    let j = 0;
    // Both ascend by doc: one merge pass.
    for (const c of cands) {
      while (j < list.docs.length && list.docs[j]! < c.doc) j++;
      if (j === list.docs.length) break;
      if (list.docs[j] === c.doc) {
        const f = list.flags[j]!;
        next.push({ doc: c.doc, score: c.score + w * weight(f), title: c.title && !!(f & FLAG.title) });
      }
    }
    cands = next;
    if (!cands.length) break;
  }
  return cands;
}

/**
 * Searches title, source and body. Results: title hits first, then by score, then newest.
 * See SearchHit for the highlight shape.
 */
export async function searchArticles(db: LibraryDb, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? SEARCH_TUNING.defaultLimit;
  const plan = planQuery(query);
  if (!plan.clauses.length || limit <= 0) return [];
  const tx = db.transaction(['postings', 'summaries', 'meta']);
  const [stats, ...lists] = await Promise.all([tx.objectStore('meta').get('stats'), ...plan.clauses.map((c) => clausePostings(tx, c))]);
  const cands = intersect(lists, Math.max(stats?.docCount ?? 0, 1));
  // Higher doc = saved (or re-saved) later: the recency tie-break before summaries are read.
  cands.sort((a, b) => Number(b.title) - Number(a.title) || b.score - a.score || b.doc - a.doc);
  // A few spare in case some postings are stale (see IndexBatch.remove).
  const byDoc = tx.objectStore('summaries').index('byDoc');
  const rows = await Promise.all(cands.slice(0, limit + 8).map((c) => byDoc.get(c.doc)));
  const hits: SearchHit[] = [];
  rows.forEach((row, i) => { if (row && hits.length < limit) hits.push(toHit(row, cands[i]!, plan.highlight)); });
  hits.sort((a, b) => Number(b.titleMatch) - Number(a.titleMatch) || b.score - a.score || Date.parse(b.summary.savedAt) - Date.parse(a.summary.savedAt));
  await addBodySnippets(db, hits, plan.highlight);
  return hits;
}

function toHit(row: SummaryRow, cand: Candidate, terms: string[]): SearchHit {
  const folded = foldPerChar(row.title);
  // The bigram AND can match a phrase's pieces apart; only the whole typed pieces count as a title hit.
  const titleMatch = cand.title && terms.filter((t) => !terms.some((o) => o !== t && o.includes(t))).every((t) => folded.includes(t));
  const hit: SearchHit = { summary: toSummary(row), score: Math.round(cand.score * 1000) / 1000, titleMatch, highlights: { title: findRanges(row.title, terms) } };
  const snip = row.excerpt ? makeSnippet(row.excerpt, terms) : undefined;
  if (snip) Object.assign(hit.highlights, snip);
  return hit;
}

/** Body passages for the top hits that matched only in the body. */
async function addBodySnippets(db: LibraryDb, hits: SearchHit[], terms: string[]): Promise<void> {
  const need = hits.filter((h) => !h.highlights.snippet).slice(0, SEARCH_TUNING.bodySnippets);
  if (!need.length) return;
  const store = db.transaction('articles').store;
  const records = await Promise.all(need.map((h) => store.get(h.summary.id)));
  need.forEach((h, i) => {
    const snip = records[i] ? makeSnippet(records[i]!.textContent, terms) : undefined;
    if (snip) Object.assign(h.highlights, snip);
  });
}
