/** Scroll position and size of the list's viewport, and the slice of rows that covers it. */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, visibleRange, WINDOW_TUNING } from './windowing.ts';
import type { Row } from './rows.ts';

export function useWindow(rows: readonly Row[]) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState<number>(WINDOW_TUNING.initialViewport);
  const offsets = useMemo(() => rowOffsets(rows.map((row) => row.kind)), [rows]);

  useLayoutEffect(() => {
    const element = viewportRef.current;
    if (!element) return undefined;
    setViewport(element.clientHeight || WINDOW_TUNING.initialViewport);
    const observer = new ResizeObserver(() =>
      setViewport(element.clientHeight || WINDOW_TUNING.initialViewport),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const [start, end] = visibleRange(offsets, scrollTop, viewport);
  /** Scrolls the viewport now, so the next render already shows the rows at `top`. */
  const scrollTo = (top: number): void => {
    if (viewportRef.current) viewportRef.current.scrollTop = top;
    setScrollTop(viewportRef.current?.scrollTop ?? top);
  };
  const onScroll = (): void => setScrollTop(viewportRef.current?.scrollTop ?? 0);
  return { viewportRef, offsets, start, end, scrollTop, viewport, scrollTo, onScroll };
}
