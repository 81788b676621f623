/**
 * Pure geometry of the windowed list:
 * fixed row heights, so offsets are a prefix sum and lookups a binary search.
 */

export const ROW_HEIGHTS = {
  /** Must match `.group-title` height in popup.css. */
  group: 22,
  /** Must match `.article` height in popup.css: a title line plus a meta/snippet line. */
  article: 40,
} as const;

export const WINDOW_TUNING = {
  /** Extra rows rendered above and below the viewport, so fast scrolling and arrow keys never show a gap. */
  overscan: 6,
  /** Viewport height assumed before the first layout: must match `.list-viewport` height in popup.css. */
  initialViewport: 360,
} as const;

/** offsets[i] = top of row i; offsets[rows] = total height. */
export function rowOffsets(kinds: ReadonlyArray<keyof typeof ROW_HEIGHTS>): Float64Array {
  const offsets = new Float64Array(kinds.length + 1);
  for (let i = 0; i < kinds.length; i++) offsets[i + 1] = offsets[i]! + ROW_HEIGHTS[kinds[i]!];
  return offsets;
}

/** The row containing pixel `y` (clamped to the list). */
export function rowAt(offsets: Float64Array, y: number): number {
  const rows = offsets.length - 1;
  if (rows <= 0) return 0;
  let lo = 0;
  let hi = rows - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of the rows to render for this scroll position, overscan included. */
export function visibleRange(
  offsets: Float64Array,
  scrollTop: number,
  viewport: number,
  overscan: number = WINDOW_TUNING.overscan,
): [number, number] {
  const rows = offsets.length - 1;
  if (rows <= 0) return [0, 0];
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + viewport - 1));
  return [Math.max(0, first - overscan), Math.min(rows, last + 1 + overscan)];
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function scrollToReveal(
  offsets: Float64Array,
  index: number,
  scrollTop: number,
  viewport: number,
): number {
  const top = offsets[index] ?? 0;
  const bottom = offsets[index + 1] ?? top;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
