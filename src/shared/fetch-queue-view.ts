/**
 * What the options page and the popup show of the fetch queue (imported links waiting for their pages),
 * as the background worker answers `queueStatus`. Pure data: no browser API here.
 */
import type { FetchFailure } from './article.ts';
import { t, type MessageKey } from './i18n.ts';

/**
 * `running`: working through the links; `paused`: stopped by the person, resumes where it stopped;
 * `cancelled`: stopped, the links left stay "not fetched yet" until asked again; `idle`: nothing left.
 */
export type QueueMode = 'running' | 'paused' | 'cancelled' | 'idle';

/** One imported link the queue could not turn into an article; it stays in the library as a link. */
export interface QueueFailure {
  id: string;
  title: string;
  url: string;
  reason: FetchFailure;
  /** ISO 8601 with offset. */
  triedAt?: string;
}

export interface QueueView {
  mode: QueueMode;
  /** Links fetched and extracted in this run. */
  done: number;
  /** Links that failed in this run. */
  failed: number;
  /** Links still waiting (not fetched yet), the ones being fetched included. */
  pending: number;
  /** Mean time one of the last pages took (load, extraction, save), in ms; once a page was done. */
  pageMs?: number;
  /** While running: about how long the links waiting take at the pace of the last pages. */
  secondsLeft?: number;
  /**
   * Failed links in the library, from this run or earlier ones, newest attempt first (at most 200); only
   * when asked for (the options page), as listing them reads every summary.
   */
  failures?: QueueFailure[];
  /** How many failed links there are in all (`failures` may hold fewer); with `failures`. */
  failuresTotal?: number;
}

/** "n of N": how far the run got. */
export function queueProgress(view: QueueView): { n: number; total: number } {
  const n = view.done + view.failed;
  return { n, total: n + view.pending };
}

/** The plain reason in the UI language, by message key. */
export const QUEUE_REASON_KEYS: Record<FetchFailure, MessageKey> = {
  gone: 'queue_reason_gone',
  'not-article': 'queue_reason_not_article',
  timeout: 'queue_reason_timeout',
  'sign-in': 'queue_reason_sign_in',
  'no-access': 'queue_reason_no_access',
  network: 'queue_reason_network',
};

const FAILURES: readonly string[] = Object.keys(QUEUE_REASON_KEYS);

export const isFetchFailure = (value: unknown): value is FetchFailure =>
  typeof value === 'string' && FAILURES.includes(value);

/** "about 6 h 10 min left", "about 12 min left" (a minute at least). */
export function timeLeftWords(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return t('queue_left_minutes', String(minutes));
  return t('queue_left_hours', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}
