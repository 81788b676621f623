import type { ExtractResult } from '../shared/article.ts';

/** Timing of the wait for script-rendered articles. */
export const WAIT_TIMING = {
  /** Share pages render within a second or two; past 10 s the page is broken or offline (issue #2). */
  timeoutMs: 10_000,
  /** Re-extracting on every mutation would be wasteful on busy pages: at most one attempt per interval. */
  attemptIntervalMs: 200,
  /** Once an article appears, wait for the DOM to be quiet this long so a half-rendered body is not saved. */
  settleMs: 300,
  /** ...but never wait longer than this for quiet (pages with tickers never stop mutating). */
  maxSettleMs: 1_500,
} as const;

export interface WaitOptions {
  timeoutMs?: number;
  /**
   * Called once when the DOM has not produced an article after `fallbackAfterMs`: e.g. fetch the
   * article data.
   */
  fallback?: () => Promise<ExtractResult>;
  fallbackAfterMs?: number;
}

/** Failures that more rendering cannot cure (a page too large, not HTML, a bad infoCode): stop waiting. */
function isFinal(result: ExtractResult): boolean {
  return !result.ok && result.error.code !== 'no-article';
}

/**
 * Resolves with the first successful extraction of a settled DOM, or the last failure when time runs out
 * (`timeout` when the page never produced an article).
 * @param attempt runs extraction on the current DOM; must be cheap and side-effect free.
 */
export function waitForArticle(
  doc: Document,
  attempt: () => ExtractResult,
  options: WaitOptions = {},
): Promise<ExtractResult> {
  const timeoutMs = options.timeoutMs ?? WAIT_TIMING.timeoutMs;
  return new Promise((resolve) => {
    let done = false;
    let lastMutation = Date.now();
    let firstSuccessAt: number | undefined;
    /** Any change at all, attributes included, since the successful attempt: without one it stands. */
    let changedSinceSuccess = false;
    let last: ExtractResult = attempt();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    // Attribute changes (a lazy image's `src`, a class that shows a section) make the DOM differ from
    // what was extracted, but pages with animations change them all the time: they do not count as
    // rendering for the quiet period.
    const observer = new MutationObserver((records) => {
      changedSinceSuccess = true;
      if (records.some((r) => r.type !== 'attributes')) lastMutation = Date.now();
    });
    const succeeded = (at: number): void => {
      firstSuccessAt = at;
      changedSinceSuccess = false;
    };

    const finish = (result: ExtractResult): void => {
      if (done) return;
      done = true;
      observer.disconnect();
      for (const timer of timers) clearTimeout(timer);
      resolve(result);
    };
    const later = (ms: number, fn: () => void): void => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!done) fn();
      }, ms);
      timers.add(timer);
    };

    const poll = (): void => {
      const now = Date.now();
      if (firstSuccessAt === undefined) {
        last = attempt();
        if (isFinal(last)) return finish(last);
        if (last.ok) succeeded(now);
      }
      if (firstSuccessAt !== undefined) {
        const quiet = now - lastMutation >= WAIT_TIMING.settleMs;
        if (quiet || now - firstSuccessAt >= WAIT_TIMING.maxSettleMs) {
          // A static page is extracted once: nothing changed since, so the result would be the same.
          const settled = changedSinceSuccess ? attempt() : last;
          finish(settled.ok ? settled : last);
          return;
        }
      }
      later(WAIT_TIMING.attemptIntervalMs, poll);
    };

    if (isFinal(last)) return finish(last);
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    if (last.ok) succeeded(Date.now());
    later(last.ok ? WAIT_TIMING.settleMs : WAIT_TIMING.attemptIntervalMs, poll);

    later(timeoutMs, () => {
      const final = attempt();
      if (final.ok) finish(final);
      else
        finish(
          final.error.code === 'no-article'
            ? { ok: false, error: { code: 'timeout', detail: final.error.detail } }
            : final,
        );
    });

    const { fallback } = options;
    if (fallback) {
      later(options.fallbackAfterMs ?? 2_500, () => {
        if (firstSuccessAt !== undefined) return;
        fallback()
          .then((result) => {
            if (result.ok && firstSuccessAt === undefined) finish(result);
          })
          .catch(() => undefined);
      });
    }
  });
}
