import type { LibraryDb } from './schema.ts';
import { normalizeUrl } from '../shared/url-key.ts';

/**
 * The id of the saved article shown at `url` (by infoCode id or by any of its normalized addresses),
 * or undefined. Cheap enough to run on every tab update: two key lookups.
 * @param infoCode the infoCode read from `url`, when it has a valid one.
 */
export async function findSavedId(
  db: LibraryDb,
  url: string,
  infoCode?: string,
): Promise<string | undefined> {
  if (infoCode && (await db.getKey('articles', infoCode)) !== undefined) return infoCode;
  const key = normalizeUrl(url);
  return key === undefined ? undefined : db.getKeyFromIndex('summaries', 'byUrl', key);
}
