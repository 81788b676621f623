import { describe, expect, it } from 'vitest';
import { CACHED_SCREEN_KEY, forgetCachedScreen } from '../../../src/shared/cached-screen-storage.ts';
import type { ArticleSummary } from '../../../src/store/index.ts';
import { readCachedScreen, screenOf, writeCachedScreen } from '../../../popup/cached-screen.ts';
import { countsOf } from '../../../popup/category-counts.ts';

/** A Storage over a Map; `full` makes setItem throw as a browser does at its quota. */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, String(v));
    },
    removeItem: (k) => {
      items.delete(k);
    },
    clear: () => items.clear(),
  };
}

const s = (
  id: string,
  category: string,
  savedAt: string,
  extra: Partial<ArticleSummary> = {},
): ArticleSummary => ({ id, title: `标题${id}`, category, savedAt, ...extra });
const newestFirst = [
  s('c', '宏观', '2024-01-04T08:00:00+08:00', { read: true }),
  s('b', '股市', '2024-01-03T08:00:00+08:00', { source: '新华社' }),
  s('a', '宏观', '2024-01-01T08:00:00+08:00'),
];

describe('the kept first screen', () => {
  it('round-trips the newest summaries and the counts', () => {
    const storage = memoryStorage();
    const screen = screenOf(newestFirst, 2);
    writeCachedScreen(storage, screen);
    expect(readCachedScreen(storage)).toEqual({
      newest: newestFirst.slice(0, 2),
      categories: [
        { category: '宏观', count: 2 },
        { category: '股市', count: 1 },
      ],
    });
  });

  it('takes the counts it is given while the list holds only the newest few', () => {
    const counts = countsOf([
      { category: '宏观', count: 5000, archived: 12 },
      { category: '股市', count: 5000 },
    ]);
    const screen = screenOf(newestFirst.slice(0, 1), 40, counts);
    expect(screen.categories).toEqual([
      { category: '宏观', count: 5000, archived: 12 },
      { category: '股市', count: 5000 },
    ]);
    // The archived count survives the copy kept for the next open.
    const storage = memoryStorage();
    writeCachedScreen(storage, screen);
    expect(readCachedScreen(storage)?.categories).toEqual(screen.categories);
  });

  it('ignores a copy that is missing, cut short or of another shape, instead of drawing it', () => {
    const storage = memoryStorage();
    expect(readCachedScreen(storage)).toBeUndefined();
    for (const bad of [
      '{"newest":[{"id":"a","title":"t","category":"c","savedAt":"x"}],"categ',
      JSON.stringify({ newest: [{ id: 1, title: 't', category: 'c', savedAt: 'x' }], categories: [] }),
      JSON.stringify({
        newest: [{ id: 'a', title: 't', category: 'c', savedAt: 'x', read: 'yes' }],
        categories: [],
      }),
      JSON.stringify({
        newest: [{ id: 'a', title: 't', category: 'c', savedAt: 'x', tags: ['ok', 3] }],
        categories: [],
      }),
      JSON.stringify({
        newest: [{ id: 'a', title: 't', category: 'c', savedAt: 'x', fetch: 'later' }],
        categories: [],
      }),
      JSON.stringify({ newest: [], categories: [{ category: 'c', count: -1 }] }),
      JSON.stringify({ newest: 'a', categories: [] }),
      'null',
    ]) {
      storage.setItem(CACHED_SCREEN_KEY, bad);
      expect(readCachedScreen(storage), bad).toBeUndefined();
    }
  });

  it("keeps the reader's marks on the summaries: favourite, archive, tags, highlights, fetch state, lang", () => {
    const storage = memoryStorage();
    const marked = s('m', '宏观', '2024-01-05T08:00:00+08:00', {
      favourite: true,
      archived: true,
      tags: ['财经新闻', '待读'],
      highlightCount: 3,
      hasNote: true,
      fetch: 'pending',
      lang: 'zh-CN',
    });
    writeCachedScreen(storage, screenOf([marked], 40));
    expect(readCachedScreen(storage)?.newest).toEqual([marked]);
  });

  it('carries only the fields of a summary, whatever else the stored copy holds', () => {
    const storage = memoryStorage();
    storage.setItem(
      CACHED_SCREEN_KEY,
      JSON.stringify({
        newest: [{ ...newestFirst[1], contentHtml: '<img src=x onerror=alert(1)>' }],
        categories: [],
      }),
    );
    expect(readCachedScreen(storage)?.newest).toEqual([newestFirst[1]]);
  });

  it('loses only the head start when storage is full, disabled or absent', () => {
    expect(() => writeCachedScreen(memoryStorage(true), screenOf(newestFirst, 40))).not.toThrow();
    const disabled = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readCachedScreen(disabled)).toBeUndefined();
    expect(readCachedScreen(undefined)).toBeUndefined();
  });

  it('is gone once forgotten', () => {
    const storage = memoryStorage();
    writeCachedScreen(storage, screenOf(newestFirst, 40));
    forgetCachedScreen(storage);
    expect(storage.getItem(CACHED_SCREEN_KEY)).toBeNull();
    expect(readCachedScreen(storage)).toBeUndefined();
  });
});
