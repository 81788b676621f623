/**
 * Before turning sync on: is this a CouchDB-compatible server, do the credentials work, is the
 * database there (created when the account may)? Each answer maps to one SyncErrorCode.
 */
import type { SyncConfig, SyncErrorCode } from './config.ts';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export function databaseUrl(config: Pick<SyncConfig, 'serverUrl' | 'database'>): string {
  return `${config.serverUrl}/${encodeURIComponent(config.database)}`;
}

export function authHeader({ username, password }: Pick<SyncConfig, 'username' | 'password'>): HeadersInit {
  if (!username) return {};
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return { Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
}

/**
 * CouchDB and Cloudant greet with `{"couchdb": "Welcome", …}`, PouchDB Server with
 * `{"express-pouchdb": "Welcome!", …}`.
 */
async function isCouchWelcome(response: Response): Promise<boolean> {
  const body: unknown = await response.json().catch(() => undefined);
  return typeof body === 'object' && body !== null && ('couchdb' in body || 'express-pouchdb' in body);
}

/**
 * Checks the server, the credentials and the database; creates the database when it is missing and
 * allowed.
 */
export async function checkServer(
  fetchFn: FetchLike,
  config: SyncConfig,
): Promise<SyncErrorCode | undefined> {
  const json = { Accept: 'application/json' };
  const auth = { ...json, ...authHeader(config) };
  try {
    const root = await fetchFn(`${config.serverUrl}/`, { headers: json });
    // A server that wants credentials for everything (require_valid_user) answers 401 here: go on and
    // ask with them.
    if (root.status !== 401 && !(root.ok && (await isCouchWelcome(root)))) return 'not-couchdb';
    if (config.username) {
      // The credentials first, so a refusal of the database below means this account may not use it.
      const session = await fetchFn(`${config.serverUrl}/_session`, { headers: auth });
      if (session.status === 401) return 'unauthorized';
    }
    const db = await fetchFn(databaseUrl(config), { headers: auth });
    // PouchDB Server answers a non-member 401 where CouchDB answers 403.
    if (db.status === 401) return config.username ? 'forbidden' : 'unauthorized';
    if (db.status === 403) return 'forbidden';
    if (db.ok) return undefined;
    if (db.status !== 404) return db.status === 413 ? 'too-large' : 'unreachable';
    const created = await fetchFn(databaseUrl(config), { method: 'PUT', headers: auth });
    // 412: someone created it in between.
    if (created.ok || created.status === 412) return undefined;
    return created.status === 401 && !config.username ? 'unauthorized' : 'no-database';
  } catch {
    return 'unreachable';
  }
}
