import { afterEach, describe, expect, it } from 'vitest';
import {
  CACHED_SCREEN_KEY,
  forgetCachedScreen,
  pageStorage,
} from '../../../src/shared/cached-screen-storage.ts';

const storageHolding = (items: Map<string, string>): Pick<Storage, 'removeItem'> => ({
  removeItem: (key) => {
    items.delete(key);
  },
});

/** Replaces `globalThis.localStorage` with `descriptor` for one test. */
function defineLocalStorage(descriptor: PropertyDescriptor): void {
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, ...descriptor });
}

describe('the storage of the popup’s first-screen copy', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it('forgets the copy and nothing else', () => {
    const items = new Map([
      [CACHED_SCREEN_KEY, '{"newest":[],"categories":[]}'],
      ['jianbao:other', 'kept'],
    ]);
    forgetCachedScreen(storageHolding(items));
    expect([...items.keys()]).toEqual(['jianbao:other']);
  });

  it('forgets quietly when storage is disabled or absent', () => {
    const disabled = {
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(() => forgetCachedScreen(disabled)).not.toThrow();
    expect(() => forgetCachedScreen(undefined)).not.toThrow();
  });

  it('is the page’s localStorage, or undefined when reading it throws', () => {
    const local = { removeItem: () => undefined } as unknown as Storage;
    defineLocalStorage({ value: local });
    expect(pageStorage()).toBe(local);
    defineLocalStorage({
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(pageStorage()).toBeUndefined();
  });
});
