import { IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { tagKey, tagKeysOf, tagRange } from '../../../src/store/tag-keys.ts';

// tagRange builds its range with the global IDBKeyRange, as the store does in a browser.
beforeAll(() => {
  globalThis.IDBKeyRange ??= IDBKeyRange;
});

/** IndexedDB orders strings by UTF-16 code units, which is what `<` compares. */
const ascending = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const MS = Date.UTC(2024, 0, 1);

describe('byTagKey keys', () => {
  it('sort newest first, and on the same time the higher doc first', () => {
    const rows = [
      { savedMs: MS, doc: 5 },
      { savedMs: MS + 1, doc: 1 },
      { savedMs: MS, doc: 12 },
      { savedMs: MS - 86_400_000, doc: 40 },
      { savedMs: MS + 10_000_000_000, doc: 3 },
      { savedMs: 0, doc: 7 },
    ];
    const keys = rows.map((r) => tagKey('财经', r.savedMs, r.doc));
    const order = ascending(keys).map((k) => rows[keys.indexOf(k)]);
    expect(order).toEqual([
      { savedMs: MS + 10_000_000_000, doc: 3 },
      { savedMs: MS + 1, doc: 1 },
      { savedMs: MS, doc: 12 },
      { savedMs: MS, doc: 5 },
      { savedMs: MS - 86_400_000, doc: 40 },
      { savedMs: 0, doc: 7 },
    ]);
  });

  it('keep the order and tell apart neighbouring times at both ends of the Date range', () => {
    const max = 8.64e15;
    const times = [max, max - 1, 1, 0, -1, -max + 1, -max];
    const keys = times.map((ms) => tagKey('t', ms, 1));
    expect(new Set(keys).size).toBe(times.length);
    expect(ascending(keys)).toEqual(keys);
  });

  it('one key per distinct tag of a row', () => {
    expect(tagKeysOf(['a', 'b', 'a'], MS, 3)).toEqual([tagKey('a', MS, 3), tagKey('b', MS, 3)]);
  });
});

describe('tagRange', () => {
  it("holds every key of its tag and none of another tag's, even one that starts with it or holds NUL", () => {
    const near = ['a\u0000b', 'a\u00001', 'a\u0000', 'ab', 'a ', '', 'A', '\u0000a'];
    const range = tagRange('a');
    for (const ms of [MS, 0, -MS]) expect(range.includes(tagKey('a', ms, 9))).toBe(true);
    for (const other of near) expect(range.includes(tagKey(other, MS, 9)), JSON.stringify(other)).toBe(false);
    const nul = tagRange('a\u0000');
    expect(nul.includes(tagKey('a\u0000', MS, 9))).toBe(true);
    for (const other of ['a', 'a\u0000b', 'a\u0000\u0000'])
      expect(nul.includes(tagKey(other, MS, 9))).toBe(false);
  });

  it('starts past `after` for the next page', () => {
    const last = tagKey('a', MS, 4);
    const range = tagRange('a', last);
    expect(range.includes(last)).toBe(false);
    expect(range.includes(tagKey('a', MS, 3))).toBe(true);
    expect(range.includes(tagKey('a', MS - 1, 99))).toBe(true);
    expect(range.includes(tagKey('a', MS, 5))).toBe(false);
  });
});
