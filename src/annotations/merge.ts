/**
 * Merges the highlights of one article from two devices (or two copies of a library) as sets keyed by
 * id, the shape the sync documents carry: live highlights plus tombstones of deleted ones.
 *
 * Rules, each chosen so that merge(a, b) equals merge(b, a) and merging again changes nothing:
 * - Two versions of one highlight: the later `updatedAt` wins (compared as instants, so `+08:00` and
 *   `+01:00` times from devices in different zones compare correctly). On the same instant, the version
 *   whose canonical JSON sorts last wins: arbitrary, but the same on every device.
 * - A highlight and a tombstone of the same id: the tombstone wins when `deletedAt` is at or after the
 *   highlight's `updatedAt` (a delete and an edit in the same instant end deleted); an edit made after
 *   the deletion wins and the tombstone goes, since every version it could still hide is older.
 * - Two tombstones of one id: the later `deletedAt` stays (same instant: the greater string).
 * - A time that does not parse counts as older than every time that does.
 * - The result lists highlights and tombstones by id (code unit order), whatever order they came in.
 */
import type { Highlight, HighlightSet, HighlightTombstone } from './types.ts';

function instant(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** Orders two ISO times by instant (negative: `a` is earlier); unparseable times are the earliest. */
function compareTimes(a: string, b: string): number {
  const ta = instant(a);
  const tb = instant(b);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/** JSON with keys sorted at every level, so equal records serialize equally. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Negative when `a` loses to `b`, positive when it wins, 0 only for identical records. */
export function compareHighlightVersions(a: Highlight, b: Highlight): number {
  const byTime = compareTimes(a.updatedAt, b.updatedAt);
  if (byTime !== 0) return byTime;
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

function laterTombstone(a: HighlightTombstone, b: HighlightTombstone): HighlightTombstone {
  const byTime = compareTimes(a.deletedAt, b.deletedAt);
  if (byTime !== 0) return byTime > 0 ? a : b;
  return a.deletedAt >= b.deletedAt ? a : b;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function mergeHighlights(a: HighlightSet, b: HighlightSet): HighlightSet {
  const live = new Map<string, Highlight>();
  for (const highlight of [...a.highlights, ...b.highlights]) {
    const held = live.get(highlight.id);
    if (!held || compareHighlightVersions(highlight, held) > 0) live.set(highlight.id, highlight);
  }
  const dead = new Map<string, HighlightTombstone>();
  for (const tombstone of [...a.tombstones, ...b.tombstones]) {
    const held = dead.get(tombstone.id);
    dead.set(tombstone.id, held ? laterTombstone(held, tombstone) : tombstone);
  }
  for (const [id, tombstone] of dead) {
    const highlight = live.get(id);
    if (!highlight) continue;
    if (compareTimes(tombstone.deletedAt, highlight.updatedAt) >= 0) live.delete(id);
    else dead.delete(id);
  }
  return { highlights: [...live.values()].sort(byId), tombstones: [...dead.values()].sort(byId) };
}

/**
 * Deletes one highlight the way the merge understands: it leaves a tombstone dated `deletedAt`, or dated
 * the highlight's own `updatedAt` when this device's clock is behind it, so a delete always takes here.
 */
export function deleteHighlight(set: HighlightSet, id: string, deletedAt: string): HighlightSet {
  const current = set.highlights.find((highlight) => highlight.id === id);
  const at = current && compareTimes(current.updatedAt, deletedAt) > 0 ? current.updatedAt : deletedAt;
  return mergeHighlights(set, { highlights: [], tombstones: [{ id, deletedAt: at }] });
}
