import { describe, expect, it } from 'vitest';

import {
  compareHighlightVersions,
  deleteHighlight,
  mergeHighlights,
} from '../../../src/annotations/merge.ts';
import type { Highlight, HighlightSet } from '../../../src/annotations/types.ts';

function highlight(id: string, updatedAt: string, changes: Partial<Highlight> = {}): Highlight {
  return {
    id,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: '降准', prefix: '决定', suffix: '0.5' },
    position: { type: 'TextPositionSelector', start: 10, end: 12 },
    createdAt: '2026-12-01T09:00:00+08:00',
    updatedAt,
    ...changes,
  };
}

const set = (highlights: Highlight[], tombstones: HighlightSet['tombstones'] = []): HighlightSet => ({
  highlights,
  tombstones,
});

/** Merges both ways round and checks the answer does not depend on the order. */
function merged(a: HighlightSet, b: HighlightSet): HighlightSet {
  const ab = mergeHighlights(a, b);
  expect(mergeHighlights(b, a)).toEqual(ab);
  expect(mergeHighlights(ab, ab)).toEqual(ab);
  expect(mergeHighlights(ab, a)).toEqual(ab);
  return ab;
}

describe('mergeHighlights', () => {
  it('keeps the union of highlights that only one side has, listed by id', () => {
    const a = set([highlight('h2', '2026-12-01T10:00:00+08:00')]);
    const b = set([
      highlight('h1', '2026-12-01T10:00:00+08:00'),
      highlight('h3', '2026-12-01T11:00:00+08:00'),
    ]);
    expect(merged(a, b).highlights.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
  });

  it('keeps the version edited last', () => {
    const older = highlight('h1', '2026-12-01T10:00:00+08:00', { color: 'green' });
    const newer = highlight('h1', '2026-12-01T10:05:00+08:00', { color: 'pink', note: '要点' });
    expect(merged(set([older]), set([newer])).highlights).toEqual([newer]);
  });

  it('compares times as instants, whatever offset each device wrote', () => {
    // 10:30 in Beijing is 03:30 in London: the London edit at 03:45 is the later one.
    const beijing = highlight('h1', '2026-12-01T10:30:00+08:00', { color: 'blue' });
    const london = highlight('h1', '2026-12-01T03:45:00+01:00', { color: 'green' });
    expect(merged(set([beijing]), set([london])).highlights).toEqual([london]);
  });

  it('breaks a tie on the same instant the same way on every device', () => {
    const one = highlight('h1', '2026-12-01T10:00:00+08:00', { color: 'blue' });
    const other = highlight('h1', '2026-12-01T10:00:00+08:00', { color: 'green' });
    const winner = merged(set([one]), set([other])).highlights;
    expect(winner).toHaveLength(1);
    expect(winner[0]).toEqual(compareHighlightVersions(one, other) > 0 ? one : other);
    expect(compareHighlightVersions(one, other)).toBe(-compareHighlightVersions(other, one));
    expect(compareHighlightVersions(one, { ...one })).toBe(0);
  });

  it('counts a time that does not parse as older than any real one', () => {
    const broken = highlight('h1', 'yesterday', { color: 'pink' });
    const dated = highlight('h1', '2000-01-01T00:00:00+08:00', { color: 'green' });
    expect(merged(set([broken]), set([dated])).highlights).toEqual([dated]);
  });

  it('lets a deletion beat edits made before it', () => {
    const edited = highlight('h1', '2026-12-01T10:00:00+08:00', { note: '旧笔记' });
    const deleted = set([], [{ id: 'h1', deletedAt: '2026-12-01T10:01:00+08:00' }]);
    const result = merged(set([edited]), deleted);
    expect(result.highlights).toEqual([]);
    expect(result.tombstones).toEqual([{ id: 'h1', deletedAt: '2026-12-01T10:01:00+08:00' }]);
  });

  it('lets an edit made after the deletion win, and drops the tombstone it outlived', () => {
    const edited = highlight('h1', '2026-12-01T10:02:00+08:00', { note: '后来改的' });
    const deleted = set([], [{ id: 'h1', deletedAt: '2026-12-01T10:01:00+08:00' }]);
    const result = merged(set([edited]), deleted);
    expect(result).toEqual({ highlights: [edited], tombstones: [] });
    // A third device still holding a version from before the deletion cannot bring that version back.
    const stale = highlight('h1', '2026-12-01T09:00:00+08:00', { note: '最早的' });
    expect(merged(result, set([stale])).highlights).toEqual([edited]);
  });

  it('lets the deletion win when it has the same instant as the edit', () => {
    const edited = highlight('h1', '2026-12-01T10:00:00+08:00');
    const deleted = set([], [{ id: 'h1', deletedAt: '2026-12-01T03:00:00+01:00' }]);
    expect(merged(set([edited]), deleted).highlights).toEqual([]);
  });

  it('keeps the later of two tombstones of one highlight, the greater string on the same instant', () => {
    const early = { id: 'h1', deletedAt: '2026-12-01T10:00:00+08:00' };
    const late = { id: 'h1', deletedAt: '2026-12-01T11:00:00+08:00' };
    expect(merged(set([], [early]), set([], [late])).tombstones).toEqual([late]);
    const sameInstant = { id: 'h1', deletedAt: '2026-12-01T02:00:00Z' };
    expect(merged(set([], [early]), set([], [sameInstant])).tombstones).toEqual([early]);
  });

  it('keeps tombstones of highlights neither side still has', () => {
    const gone = { id: 'h9', deletedAt: '2026-12-01T10:00:00+08:00' };
    expect(merged(set([highlight('h1', '2026-12-01T10:00:00+08:00')]), set([], [gone])).tombstones).toEqual([
      gone,
    ]);
  });
});

describe('deleteHighlight', () => {
  it('removes the highlight and leaves a tombstone dated when it was deleted', () => {
    const kept = highlight('h1', '2026-12-01T10:00:00+08:00');
    const removed = highlight('h2', '2026-12-01T10:00:00+08:00');
    expect(deleteHighlight(set([kept, removed]), 'h2', '2026-12-01T12:00:00+08:00')).toEqual({
      highlights: [kept],
      tombstones: [{ id: 'h2', deletedAt: '2026-12-01T12:00:00+08:00' }],
    });
  });

  it('still deletes when this device’s clock is behind the last edit', () => {
    const fromTheFuture = highlight('h1', '2026-12-02T10:00:00+08:00');
    const result = deleteHighlight(set([fromTheFuture]), 'h1', '2026-12-01T10:00:00+08:00');
    expect(result).toEqual({
      highlights: [],
      tombstones: [{ id: 'h1', deletedAt: '2026-12-02T10:00:00+08:00' }],
    });
  });
});
