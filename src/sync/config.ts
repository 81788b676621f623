/** Sync settings and status as the options, the popup and the worker see them. Pure: no browser APIs. */

/** Why sync is not working, in words the options and popup translate (`sync_error_<code>`). */
export type SyncErrorCode =
  | 'unreachable'
  | 'unauthorized'
  | 'no-database'
  | 'forbidden'
  | 'too-large'
  | 'quota'
  | 'not-couchdb'
  | 'bad-url'
  | 'bad-database';

export interface SyncConfig {
  /** Origin (and optional path prefix) of a CouchDB-compatible server, http or https. */
  serverUrl: string;
  database: string;
  username: string;
  /** Kept in storage.local only; never logged, exported or put in an error. */
  password: string;
  /** Skip offline images both ways (a device with little space). */
  textOnly: boolean;
}

export type SyncState = 'off' | 'idle' | 'syncing' | 'error';

/** What the UI shows; never holds the password. */
export interface SyncStatus {
  enabled: boolean;
  state: SyncState;
  /** ISO time of the last run that finished without an error. */
  lastSyncAt?: string;
  /** Local changes not yet pushed (articles in the outbox). */
  pending: number;
  error?: SyncErrorCode;
  serverUrl?: string;
  database?: string;
  username?: string;
  textOnly?: boolean;
}

/** CouchDB's rule for database names (lower-case letter first; then these characters). */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export type ConfigCheck = { ok: true; config: SyncConfig } | { ok: false; error: 'bad-url' | 'bad-database' };

/**
 * Checks and normalizes what the options form holds: the URL must be http(s), without credentials,
 * query or fragment (credentials go in their own fields), a trailing slash is dropped; the database
 * name must be one CouchDB accepts.
 */
export function validateSyncConfig(input: Partial<SyncConfig>): ConfigCheck {
  let url: URL;
  try {
    url = new URL((input.serverUrl ?? '').trim());
  } catch {
    return { ok: false, error: 'bad-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'bad-url' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, error: 'bad-url' };
  const database = (input.database ?? '').trim();
  if (!DATABASE_NAME.test(database)) return { ok: false, error: 'bad-database' };
  const serverUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return {
    ok: true,
    config: {
      serverUrl,
      database,
      username: (input.username ?? '').trim(),
      password: input.password ?? '',
      textOnly: input.textOnly === true,
    },
  };
}
