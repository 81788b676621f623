/**
 * Full-text search over the inverted index: intersect the clauses' postings, rank title hits first,
 * then relevance, then recency, and cut highlights. Never reads article bodies except for the
 * few snippets it shows.
 */
import type { Article } from '../shared/article.ts';
import { findRanges, makeSnippet } from './highlight.ts';
import type { Highlight } from '../annotations/types.ts';
import { bodyText } from './notes-text.ts';
import { filteredDocs, hasFilters, newestFilteredRows } from './search-filters.ts';
import { parseSearch } from './search-syntax.ts';
import { FLAG, type Postings } from './postings.ts';
import { planQuery, type Clause } from './query.ts';
import type { LibraryDb, SummaryRow } from './schema.ts';
import { toSummary } from './summaries.ts';
import { tokenPostings } from './token-postings.ts';
import { foldPerChar, foldText } from './tokenize.ts';
import type { SearchHit, SearchOptions } from './types.ts';

export const SEARCH_TUNING = {
  /**
   * One popup screen shows ~15 rows. Each hit costs one summary read (~0.2 ms in Chromium), so a
   * caller that wants more asks for them (e.g. when the list is scrolled to its end).
   */
  defaultLimit: 20,
  /** Tokens a prefix clause may OR together; a 1-letter prefix would otherwise read the whole index. */
  maxPrefixTokens: 64,
  /** Segment keys a prefix clause lists to find its tokens: 64 tokens of ~16 segments each. */
  maxPrefixRows: 1024,
  /**
   * Hits whose title and excerpt miss the terms get a body snippet, read from the full record
   * (html + text, ~10 KB): the first screen's worth of those, not every hit.
   */
  bodySnippets: 6,
  /** Extra candidates read beyond `limit`, covering postings that point at a deleted version. */
  spareCandidates: 4,
  /**
   * Ranked candidates kept for a phrase query, in pages of limit + spare: most bigram matches hold
   * the phrase (9 of 12 for 投资者), so a fourth page is rarely read.
   */
  phrasePages: 4,
  /**
   * When the kept candidates run out before `limit` hits (a phrase that most bigram matches do not
   * hold, or many stale postings), the ranking is cut again this many times longer, up to
   * `maxCandidates` read in all: each costs a summary read and, for a phrase, often a body (~1 ms).
   */
  regrowFactor: 4,
  maxCandidates: 1_280,
  /** A round after the first reads at most need ÷ this many candidates, however few passed before. */
  minPassRate: 0.1,
  /** Weight of one clause by body frequency bucket (0, 1, 2–3, 4+): saturating, as in BM25 (k1 ≈ 1.2). */
  tfWeight: [0, 1, 1.5, 1.8],
  /** A clause in the title or source counts like this many body mentions on top. */
  titleWeight: 3,
  sourceWeight: 1,
  /** Holding a query's whole segmenter word (not only its bigrams) counts half as much again. */
  wholeWordBoost: 0.5,
} as const;

type Tx = ReturnType<LibraryDb['transaction']>;

/** Postings of one clause; a prefix clause ORs its tokens (flags of one doc OR-ed too). */
async function clausePostings(tx: Tx, clause: Clause): Promise<Postings> {
  if (clause.kind === 'token') return tokenPostings(tx, clause.token);
  // Arrays sort after strings, so [prefix] .. [prefix + U+FFFF] holds every segment of every token
  // starting with prefix.
  const range = IDBKeyRange.bound([clause.prefix], [`${clause.prefix}\uffff`]);
  const tokens = [
    ...new Set(
      (await tx.objectStore('postings').getAllKeys(range, SEARCH_TUNING.maxPrefixRows)).map((k) => k[0]),
    ),
  ].slice(0, SEARCH_TUNING.maxPrefixTokens);
  const lists = await Promise.all(tokens.map((t) => tokenPostings(tx, t)));
  if (lists.length === 1) return lists[0]!;
  const merged = new Map<number, number>();
  for (const l of lists)
    for (let i = 0; i < l.docs.length; i++)
      merged.set(l.docs[i]!, (merged.get(l.docs[i]!) ?? 0) | l.flags[i]!);
  const docs = Uint32Array.from([...merged.keys()].sort((a, b) => a - b));
  return { docs, flags: Uint8Array.from(docs, (d) => merged.get(d)!) };
}

interface Candidate {
  doc: number;
  score: number;
  title: boolean;
}

/** Σ idf × (tf weight + field weights) for one posting's flags. */
function weight(flags: number): number {
  return (
    SEARCH_TUNING.tfWeight[flags & FLAG.tfMask]! +
    (flags & FLAG.title ? SEARCH_TUNING.titleWeight : 0) +
    (flags & FLAG.source ? SEARCH_TUNING.sourceWeight : 0)
  );
}

/**
 * AND of every clause, scored, keeping only the best `keep`: title hits first, then score, then
 * the higher doc (saved later). Typed arrays and one merge pass per list, because a common bigram
 * can be in most of 10,000 articles.
 */
function topCandidates(
  lists: Postings[],
  boosts: Postings[],
  docCount: number,
  keep: number,
  allowed?: Uint32Array,
): Candidate[] {
  const order = [...lists].sort((a, b) => a.docs.length - b.docs.length);
  const idf = (l: Postings) => Math.log(1 + (docCount - l.docs.length + 0.5) / (l.docs.length + 0.5));
  const first = order[0]!;
  let docs = first.docs.slice();
  const scores = new Float64Array(docs.length);
  const title = new Uint8Array(docs.length);
  const w0 = idf(first);
  for (let i = 0; i < docs.length; i++) {
    scores[i] = w0 * weight(first.flags[i]!);
    title[i] = first.flags[i]! & FLAG.title ? 1 : 0;
  }
  let n = docs.length;
  for (const list of order.slice(1)) {
    const w = idf(list);
    let out = 0;
    // Both ascend by doc: compact the survivors in place.
    for (let i = 0, j = 0; i < n && j < list.docs.length; i++) {
      while (j < list.docs.length && list.docs[j]! < docs[i]!) j++;
      if (list.docs[j] !== docs[i]) continue;
      const f = list.flags[j]!;
      docs[out] = docs[i]!;
      scores[out] = scores[i]! + w * weight(f);
      title[out] = title[i]! & (f & FLAG.title ? 1 : 0);
      out++;
    }
    n = out;
    if (!n) break;
  }
  if (allowed) {
    // The filters' docs (ascending), the same merge pass with no score of their own.
    let out = 0;
    for (let i = 0, j = 0; i < n && j < allowed.length; i++) {
      while (j < allowed.length && allowed[j]! < docs[i]!) j++;
      if (allowed[j] !== docs[i]) continue;
      docs[out] = docs[i]!;
      scores[out] = scores[i]!;
      title[out] = title[i]!;
      out++;
    }
    n = out;
  }
  docs = docs.subarray(0, n);
  for (const list of boosts) {
    const w = idf(list) * SEARCH_TUNING.wholeWordBoost;
    for (let i = 0, j = 0; i < n && j < list.docs.length; i++) {
      while (j < list.docs.length && list.docs[j]! < docs[i]!) j++;
      if (list.docs[j] === docs[i]) scores[i] = scores[i]! + w * weight(list.flags[j]!);
    }
  }
  const better = (a: Candidate, b: Candidate) =>
    Number(b.title) - Number(a.title) || b.score - a.score || b.doc - a.doc;
  // Insertion into a short sorted list: most candidates fail the first comparison with its tail,
  // made on the typed arrays so that 10,000 of them allocate nothing. Newest doc first: among equal
  // scores (most of a common bigram's docs) a later doc beats the tail on the tie-break, so walking in
  // doc order would insert nearly every candidate (~9,600 for 投资者); walking from the newest, an
  // equal score never is.
  const best: Candidate[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const tail = best.length === keep ? best[keep - 1]! : undefined;
    if (tail && (Number(tail.title) - title[i]! || tail.score - scores[i]! || tail.doc - docs[i]!) >= 0)
      continue;
    const c = { doc: docs[i]!, score: scores[i]!, title: title[i] === 1 };
    let at = best.length;
    while (at > 0 && better(c, best[at - 1]!) < 0) at--;
    best.splice(at, 0, c);
    if (best.length > keep) best.pop();
  }
  return best;
}

/** Whether `doc` is in a posting list (binary search: docs ascend). */
function holdsWord(list: Postings | undefined, doc: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = list.docs[mid]!;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The phrases not found in `text` (folded as the index folds it). */
/** A record's text as search sees it: the body, then the reader's notes (notes-text.ts). */
function bodyOf(record: Article | undefined): string {
  return record ? bodyText(record) : '';
}

function missingFrom(text: string, phrases: readonly string[]): string[] {
  if (!phrases.length) return [];
  const folded = foldText(text);
  return phrases.filter((p) => !folded.includes(p));
}

/**
 * Searches title, source, body and the reader's notes. The query may hold the search box's filters
 * (search-syntax.ts: `tag:X`, `is:fav|archived|read|unread`, `has:highlights|note`): with words, only
 * the articles they keep are ranked; alone, they list those articles newest first. A hit whose
 * highlights hold the words names the best one (`SearchHit.highlight`).
 * Results: title hits first, then by score, then the latest saved (or re-saved: a new doc number), in
 * the cut and the final order alike.
 * A query with Han runs of 3+ characters keeps only articles holding each run whole (QueryPlan.phrases),
 * checked in ranked order on the title and source, else the body, until `limit` hits are found (ranking again
 * with a longer cut when the kept candidates run out first, up to SEARCH_TUNING.maxCandidates).
 * See SearchHit for the highlight shape.
 */
export async function searchArticles(
  db: LibraryDb,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const limit = options.limit ?? SEARCH_TUNING.defaultLimit;
  const parsed = parseSearch(query);
  const filtered = hasFilters(parsed);
  // parseSearch trims: a space typed after the last word still says that word is finished.
  const words = filtered ? `${parsed.words}${/\s$/.test(query) ? ' ' : ''}` : query;
  const plan = planQuery(words);
  if (limit <= 0 || (!plan.clauses.length && !filtered)) return [];
  const tx = db.transaction(['postings', 'summaries', 'meta', 'articles']);
  if (filtered && !plan.clauses.length) return (await newestFilteredRows(tx, parsed, limit)).map(filterHit);
  const allowed = filtered ? await filteredDocs(tx, parsed) : undefined;
  if (allowed && !allowed.length) return [];
  const [stats, lists, boosts] = await Promise.all([
    tx.objectStore('meta').get('stats'),
    Promise.all(plan.clauses.map((c) => clausePostings(tx, c))),
    Promise.all(plan.boosts.map((token) => clausePostings(tx, { kind: 'token', token }))),
  ]);
  // A few spare in case some postings are stale (see IndexBatch.remove). Higher doc = saved (or
  // re-saved) later: the recency tie-break, in the cut and in the final order.
  const page = limit + SEARCH_TUNING.spareCandidates;
  const docCount = Math.max(stats?.docCount ?? 0, 1);
  let keep = plan.phrases.length ? page * SEARCH_TUNING.phrasePages : page;
  let cands = topCandidates(lists, boosts, docCount, keep, allowed);
  // A phrase that is itself an indexed segmenter word is proven by that word's posting: the token was
  // cut from the article's own text. Only the other candidates need their body read.
  const wholeWords = new Map(
    plan.phrases.flatMap((p) => {
      const i = plan.boosts.indexOf(p);
      return i === -1 ? [] : [[p, boosts[i]!] as const];
    }),
  );
  const byDoc = tx.objectStore('summaries').index('byDoc');
  const records = recordReader(tx);
  const hits: Ranked[] = [];
  /** Bodies read only for a snippet (excerpt without the terms), at most SEARCH_TUNING.bodySnippets. */
  let snippetReads = 0;
  const wantsSnippet = (row: SummaryRow) =>
    !(row.excerpt && makeSnippet(row.excerpt, plan.highlight)) && snippetReads++ < SEARCH_TUNING.bodySnippets;
  // Candidates are read in rounds, in ranked order: the first asks for what is still needed (plus the
  // spare for stale postings, when no body is read), the next ones for as many as should give the
  // rest at the share of candidates that passed so far. A phrase check's body reads are the cost of a
  // search (~1 ms each, cold): reading a whole page at once would pay for the ones past `limit`.
  let at = 0;
  let tried = 0;
  let passed = 0;
  while (hits.length < limit) {
    if (at >= cands.length) {
      // Every kept candidate is read: rank again with a longer cut, unless nothing was cut off.
      if (cands.length < keep || keep >= SEARCH_TUNING.maxCandidates) break;
      keep = Math.min(keep * SEARCH_TUNING.regrowFactor, SEARCH_TUNING.maxCandidates);
      cands = topCandidates(lists, boosts, docCount, keep, allowed);
      if (at >= cands.length) break;
    }
    const need = limit - hits.length;
    const size = tried
      ? Math.ceil(need / Math.max(passed / tried, SEARCH_TUNING.minPassRate))
      : need + (plan.phrases.length ? 0 : SEARCH_TUNING.spareCandidates);
    const slice = cands.slice(at, at + size);
    at += slice.length;
    // Each candidate's body is requested as soon as its summary arrives, when the phrase check or a
    // snippet needs it: one pipelined round of requests instead of three waits (rows, bodies, snippets).
    const read = await Promise.all(
      slice.map((c) =>
        byDoc.get(c.doc).then(async (row) => {
          if (!row) return undefined;
          const missing = missingFrom(`${row.title}\n${row.source ?? ''}`, plan.phrases).filter(
            (p) => !holdsWord(wholeWords.get(p), c.doc),
          );
          const text = missing.length || wantsSnippet(row) ? bodyOf(await records.read(row.id)) : undefined;
          return { row, missing, text };
        }),
      ),
    );
    const before = hits.length;
    read.forEach((entry, i) => {
      if (!entry || hits.length >= limit) return;
      const { row, missing, text } = entry;
      if (text !== undefined && missingFrom(text, missing).length) return;
      hits.push({ hit: toHit(row, slice[i]!, plan.highlight), cand: slice[i]! });
    });
    tried += slice.length;
    passed += hits.length - before;
  }
  // The same order as topCandidates', with the title rule made strict (toHit): the tie-break is the
  // doc number (saved or re-saved later first) in both, so asking for more hits never reorders the first.
  hits.sort(
    (a, b) =>
      Number(b.hit.titleMatch) - Number(a.hit.titleMatch) ||
      b.cand.score - a.cand.score ||
      b.cand.doc - a.cand.doc,
  );
  const found = hits.map((h) => h.hit);
  // Snippet reads already made count against the same cap: the cap bounds the reads, not each round.
  await Promise.all([
    addBodySnippets(found, plan.highlight, records, Math.max(0, SEARCH_TUNING.bodySnippets - snippetReads)),
    addHighlightMatches(found, plan.highlight, records),
  ]);
  return found;
}

/** A hit with the candidate it came from, whose raw score and doc the final order uses. */
interface Ranked {
  hit: SearchHit;
  cand: Candidate;
}

function toHit(row: SummaryRow, cand: Candidate, terms: string[]): SearchHit {
  const folded = foldPerChar(row.title);
  // The bigram AND can match a phrase's pieces apart; only the whole typed pieces count as a title hit.
  const titleMatch = cand.title && terms.every((t) => folded.includes(t));
  const hit: SearchHit = {
    summary: toSummary(row),
    score: Math.round(cand.score * 1000) / 1000,
    titleMatch,
    highlights: { title: findRanges(row.title, terms) },
  };
  const snip = row.excerpt ? makeSnippet(row.excerpt, terms) : undefined;
  if (snip) Object.assign(hit.highlights, snip);
  return hit;
}

/** Records read during one search, each at most once (the phrase check, snippets, highlight matches). */
interface RecordReader {
  read(id: string): Promise<Article | undefined>;
  has(id: string): boolean;
}

function recordReader(tx: Tx): RecordReader {
  const store = tx.objectStore('articles');
  const read = new Map<string, Promise<Article | undefined>>();
  return {
    read(id) {
      let pending = read.get(id);
      if (!pending) read.set(id, (pending = store.get(id)));
      return pending;
    },
    has: (id) => read.has(id),
  };
}

/**
 * Body passages for hits that matched only in the body: from the records already read (free), else
 * read for the first `budget` of them.
 */
async function addBodySnippets(
  hits: SearchHit[],
  terms: string[],
  records: RecordReader,
  budget: number,
): Promise<void> {
  const missing = hits.filter((h) => !h.highlights.snippet);
  const need = [
    ...missing.filter((h) => records.has(h.summary.id)),
    ...missing.filter((h) => !records.has(h.summary.id)).slice(0, budget),
  ];
  await Promise.all(
    need.map(async (h) => {
      const text = bodyOf(await records.read(h.summary.id));
      const found = text ? makeSnippet(text, terms) : undefined;
      if (found) Object.assign(h.highlights, found);
    }),
  );
}

/** Sets `highlight` on hits whose reader's highlights hold the words, reading only those records. */
async function addHighlightMatches(hits: SearchHit[], terms: string[], records: RecordReader): Promise<void> {
  if (!terms.length) return;
  await Promise.all(
    hits
      .filter((h) => h.summary.highlightCount)
      .map(async (h) => {
        const match = matchingHighlight((await records.read(h.summary.id))?.highlights ?? [], terms);
        if (match) h.highlight = match;
      }),
  );
}

/** The highlight whose quote and note hold the most of `terms` (the first on a tie), if any holds one. */
export function matchingHighlight(
  highlights: readonly Highlight[],
  terms: readonly string[],
): SearchHit['highlight'] {
  let best: Highlight | undefined;
  let bestCount = 0;
  for (const highlight of highlights) {
    const hay = foldPerChar(`${highlight.quote.exact}\n${highlight.note ?? ''}`);
    const count = terms.filter((t) => hay.includes(t)).length;
    if (count > bestCount) {
      best = highlight;
      bestCount = count;
    }
  }
  if (!best) return undefined;
  const match: NonNullable<SearchHit['highlight']> = { id: best.id, exact: best.quote.exact };
  if (best.note) match.note = best.note;
  return match;
}

/** A filter-only query's hit: a kept article, in the order newestFilteredRows gives. */
function filterHit(row: SummaryRow): SearchHit {
  return { summary: toSummary(row), score: 0, titleMatch: false, highlights: { title: [] } };
}
