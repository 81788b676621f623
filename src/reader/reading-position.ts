/**
 * Reading position as a fraction of the scrollable height, so it survives a change of font size or window.
 */

export const POSITION_TUNING = {
  /** Saving waits for scrolling to pause; one write per pause, not one per frame. */
  saveDelayMs: 400,
  /** Restoring waits for images to lay out (they change the height) but no longer than this. */
  imageWaitMs: 2_000,
} as const;

/** 0 at the top, 1 at the bottom; 0 when the page does not scroll. */
export function positionOf(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const range = scrollHeight - viewportHeight;
  return range > 0 ? Math.min(1, Math.max(0, scrollTop / range)) : 0;
}

export function scrollTopFor(position: number, scrollHeight: number, viewportHeight: number): number {
  return Math.round(Math.max(0, scrollHeight - viewportHeight) * Math.min(1, Math.max(0, position)));
}

/** Resolves once every image in `container` has loaded or failed, or after `timeoutMs`. */
export function imagesSettled(container: ParentNode, timeoutMs: number): Promise<void> {
  const pending = [...container.querySelectorAll('img')].filter((img) => !img.complete);
  if (pending.length === 0) return Promise.resolve();
  const each = pending.map(
    (img) =>
      new Promise<void>((resolve) => {
        img.addEventListener('load', () => resolve(), { once: true });
        img.addEventListener('error', () => resolve(), { once: true });
      }),
  );
  return Promise.race([
    Promise.all(each).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}

/**
 * Calls `save` with the position after each pause in scrolling, and once more when the page is hidden.
 * @returns a function that stops tracking.
 */
export function trackPosition(win: Window, save: (position: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -1;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const el = win.document.documentElement;
    const position = positionOf(win.scrollY, el.scrollHeight, win.innerHeight);
    if (position === last) return;
    last = position;
    save(position);
  };
  const onScroll = (): void => {
    clearTimeout(timer);
    timer = setTimeout(flush, POSITION_TUNING.saveDelayMs);
  };
  const onHide = (): void => {
    if (timer !== undefined) flush();
  };
  win.addEventListener('scroll', onScroll, { passive: true });
  win.addEventListener('pagehide', onHide);
  return () => {
    clearTimeout(timer);
    win.removeEventListener('scroll', onScroll);
    win.removeEventListener('pagehide', onHide);
  };
}
