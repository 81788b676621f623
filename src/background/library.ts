import { openLibrary, type LibraryDb } from '../store/index.ts';

let opening: Promise<LibraryDb> | undefined;

/** The worker's one database connection, opened on first use (the worker may be restarted at any time). */
export function getLibrary(): Promise<LibraryDb> {
  opening ??= openLibrary().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
