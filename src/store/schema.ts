/**
 * The one typed schema of the `jianbao` database. A wrong store or index name is a compile error.
 * Each version's shape is built by its own block in migrations.ts; this file describes the current one.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Article } from '../shared/article.ts';

/** Database name fixed by issue #2 (the e2e tests read it directly). */
export const DB_NAME = 'jianbao';
export const DB_VERSION = 1;

export interface JianbaoSchema extends DBSchema {
  /** One full record per article, keyPath `id` (issue #2). */
  articles: { key: string; value: Article };
}

export type LibraryDb = IDBPDatabase<JianbaoSchema>;
