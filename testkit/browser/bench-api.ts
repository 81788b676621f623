/** What the bench page exposes on `globalThis.jianbaoBench` (in a temp copy of dist, not in the product). */
import type { ExtractedArticle } from '../../src/shared/article.ts';
import type { CorpusText, GenerateOptions } from '../generate-articles.ts';
import type { ReaderLayerOptions } from '../generate-reader-layer.ts';

/**
 * The bench page saves generated articles this many at a time, each batch with a later save time than
 * the one before, so "newest first" has something to order (and tests know which ids come first).
 */
export const BENCH_INSERT_BATCH = 500;

export interface TimedQueries {
  /** Milliseconds per query, in order. */
  ms: number[];
  /** Result count per query (the index's capped at its limit). */
  hits: number[];
}

export interface BenchApi {
  /** Saves these articles through the store; returns the milliseconds saveArticles took. */
  insert(articles: ExtractedArticle[], now?: string): Promise<number>;
  /** Announces a write as the popup, reader and options pages do after theirs (announce-write.ts). */
  announceWrite(): Promise<void>;
  /**
   * Generates inside the page (no 50 MB transfer) and saves in batches with distinct save times;
   * with `layer`, the articles carry tags, highlights and flags (generate-reader-layer.ts).
   */
  generateAndInsert(
    corpus: CorpusText[],
    options: GenerateOptions,
    layer?: ReaderLayerOptions,
  ): Promise<{ ms: number; textBytes: number; htmlBytes: number }>;
  /**
   * Generates articles in the page, writes them as a library file and imports it through the options
   * page's import (parse, sanitize every body, write); milliseconds and the articles added.
   */
  timeImport(corpus: CorpusText[], options: GenerateOptions): Promise<{ ms: number; added: number }>;
  /** Saves these articles one transaction each, as a share page is saved; milliseconds per save. */
  timeSaves(articles: ExtractedArticle[]): Promise<number[]>;
  /**
   * Runs each query through the inverted index (`index`, asking for `limit` hits as the popup does)
   * or the plain scan of every record (`scan`).
   */
  time(queries: string[], mode: 'index' | 'scan', limit?: number): Promise<TimedQueries>;
  /**
   * Runs a full garbage collection when Chromium was started with `--js-flags=--expose-gc`; false when it
   * was not. The bench page's own garbage (the generated articles, ~200 MB of strings) lives in the heap
   * the popup shares in this process, and no real popup has it.
   */
  collectGarbage(): Promise<boolean>;
  /** navigator.storage.estimate().usage, as Chromium last counted it */
  usage(): Promise<number>;
  /**
   * The same after a one-record write to a probe database of the origin. Chromium counts IndexedDB's
   * files when a transaction commits and keeps that figure: one taken while LevelDB was still
   * compacting the insert's files stays ~20 MB high (~1.5× the raw text instead of ~1.2×) until the
   * next write.
   */
  recountedUsage(): Promise<number>;
  count(): Promise<number>;
  /** Documents in this origin's PouchDB database `name` (the sync buffer: `jianbao-sync`). */
  pouchDocCount(name: string): Promise<number>;
  /**
   * The in-browser reference for bench:sync: plain PouchDB syncs `url` into an empty IndexedDB PouchDB
   * of this page's origin (then destroys it); milliseconds and documents received.
   */
  plainPouchSync(
    url: string,
    auth: { username: string; password: string },
  ): Promise<{ ms: number; docs: number }>;
}

declare global {
  var jianbaoBench: BenchApi | undefined;
}
