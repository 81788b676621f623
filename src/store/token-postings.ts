/** Reads one token's posting list, every segment row of it, for search and for the tag filter. */
import { joinSegments, type Postings } from './postings.ts';
import type { LibraryDb } from './schema.ts';

type Tx = ReturnType<LibraryDb['transaction']>;

/** Every segment row of one token, in doc order. */
export async function tokenPostings(tx: Tx, token: string): Promise<Postings> {
  const store = tx.objectStore('postings');
  const range = IDBKeyRange.bound([token], [token, []]);
  const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  return joinSegments(values.map((bytes, i) => ({ segment: keys[i]![1], bytes })));
}
