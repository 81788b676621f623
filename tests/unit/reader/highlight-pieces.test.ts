/** The reader's small pure pieces around highlights: placement, new records, the last colour, positions. */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/annotations/describe.ts';
import type { Highlight } from '../../../src/annotations/types.ts';
import { lastHighlightColor, rememberHighlightColor } from '../../../src/reader/highlights/last-color.ts';
import { newHighlight } from '../../../src/reader/highlights/new-highlight.ts';
import { placeHighlights } from '../../../src/reader/highlights/placement.ts';
import { popoverPosition, toolbarPosition } from '../../../src/reader/highlights/position.ts';
import { highlightTarget } from '../../../src/reader/highlights/use-highlight-layer.tsx';

const TEXT = '第一段说了一件事。\n第二段说的是另一件事情，也有几句话。';

function highlightOf(exact: string, extra: Partial<Highlight> = {}): Highlight {
  const start = TEXT.indexOf(exact);
  return {
    ...newHighlight(describeRange(TEXT, start, start + exact.length)!, 'green', new Date(0), `id-${exact}`),
    ...extra,
  };
}

describe('placing highlights on the body shown', () => {
  it('places by position, by quote after a change, and lists what cannot be placed as detached', () => {
    const same = highlightOf('另一件事情');
    const moved = highlightOf('一件事。');
    const gone = highlightOf('几句话');
    const marked = highlightOf('第一段', { detached: true });
    const shown = `插入的一段。\n${TEXT.replace('几句话', '别的内容')}`;
    const { placed, detached } = placeHighlights(shown, [same, moved, gone, marked]);
    expect(placed.map((p) => shown.slice(p.start, p.end))).toEqual(['另一件事情', '一件事。']);
    expect(placed[0]).toMatchObject({ id: same.id, color: 'green' });
    expect(detached.map((h) => h.id)).toEqual([gone.id, marked.id]);
  });

  it('carries a note to the painted mark', () => {
    const { placed } = placeHighlights(TEXT, [highlightOf('第二段', { note: '批注' })]);
    expect(placed[0]?.note).toBe('批注');
  });
});

describe('a new highlight', () => {
  it('keeps both selectors, the colour, an id and its times with their offset', () => {
    const selectors = describeRange(TEXT, 10, 13)!;
    const made = newHighlight(selectors, 'blue', new Date('2026-01-02T03:04:05Z'));
    expect(made).toMatchObject({ color: 'blue', quote: selectors.quote, position: selectors.position });
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.createdAt).toMatch(/^2026-01-0\dT\d\d:\d\d:05[+-]\d\d:\d\d$/);
    expect(made.updatedAt).toBe(made.createdAt);
  });
});

describe('the last highlight colour', () => {
  it('is remembered, and falls back to yellow when missing, unknown or unreadable', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    expect(lastHighlightColor(storage)).toBe('yellow');
    rememberHighlightColor('pink', storage);
    expect(lastHighlightColor(storage)).toBe('pink');
    store.set([...store.keys()][0]!, 'purple');
    expect(lastHighlightColor(storage)).toBe('yellow');
    const broken = {
      getItem: (): string => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(lastHighlightColor(broken)).toBe('yellow');
    expect(() => rememberHighlightColor('blue', broken)).not.toThrow();
  });
});

describe('where the toolbar and the popover go', () => {
  const view = { scrollX: 0, scrollY: 1000, innerWidth: 800 };

  it('puts the toolbar above the selection, or below it at the top of the window', () => {
    expect(toolbarPosition({ top: 300, bottom: 320, left: 100 }, view)).toEqual({ top: 1252, left: 100 });
    expect(toolbarPosition({ top: 10, bottom: 30, left: 100 }, view)).toEqual({ top: 1038, left: 100 });
  });

  it('keeps both inside the window horizontally', () => {
    expect(toolbarPosition({ top: 300, bottom: 320, left: 790 }, view).left).toBe(492);
    expect(popoverPosition({ top: 300, bottom: 320, left: -20 }, view)).toEqual({ top: 1328, left: 8 });
  });
});

describe('the highlight an address names', () => {
  it('reads #hl-<id>, and nothing from another fragment or a broken escape', () => {
    expect(highlightTarget('#hl-5f0c6a1e-1b2c-4d3e-8f90-123456789abc')).toBe(
      '5f0c6a1e-1b2c-4d3e-8f90-123456789abc',
    );
    expect(highlightTarget(`#hl-${encodeURIComponent('a b/c')}`)).toBe('a b/c');
    expect(highlightTarget('#hl-')).toBeUndefined();
    expect(highlightTarget('#hl-%E0%A4%A')).toBeUndefined();
    expect(highlightTarget('#top')).toBeUndefined();
    expect(highlightTarget('')).toBeUndefined();
  });
});
