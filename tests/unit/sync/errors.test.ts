import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/store/index.ts';
import { validateSyncConfig } from '../../../src/sync/config.ts';
import { SyncFailure, syncErrorOf } from '../../../src/sync/errors.ts';

describe('sync errors as codes', () => {
  it('maps HTTP statuses, a full disk and anything else', () => {
    expect(syncErrorOf({ status: 401 })).toBe('unauthorized');
    expect(syncErrorOf({ status: 403 })).toBe('forbidden');
    expect(syncErrorOf({ status: 404 })).toBe('no-database');
    expect(syncErrorOf({ status: 413 })).toBe('too-large');
    expect(syncErrorOf(new StoreError('quota-exceeded', 'full'))).toBe('quota');
    expect(syncErrorOf({ status: 500, name: 'indexed_db_went_bad', reason: 'QuotaExceededError' })).toBe(
      'quota',
    );
    expect(syncErrorOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(syncErrorOf(new TypeError('fetch failed'))).toBe('unreachable');
    expect(syncErrorOf(new SyncFailure('not-couchdb'))).toBe('not-couchdb');
  });
});

describe('validateSyncConfig', () => {
  const base = { database: 'jianbao', username: 'me', password: 'pw', textOnly: false };

  it('accepts http and https, trims, drops a trailing slash, keeps a path prefix', () => {
    expect(validateSyncConfig({ ...base, serverUrl: ' https://couch.example.com:6984/ ' })).toEqual({
      ok: true,
      config: { ...base, serverUrl: 'https://couch.example.com:6984' },
    });
    const proxied = validateSyncConfig({ ...base, serverUrl: 'http://nas.local/couchdb/' });
    expect(proxied.ok && proxied.config.serverUrl).toBe('http://nas.local/couchdb');
  });

  it('refuses other schemes, credentials in the URL, queries and bad database names', () => {
    for (const serverUrl of [
      'ftp://x.cn',
      'javascript:alert(1)',
      'couch.example.com',
      'https://u:p@x.cn',
      'https://x.cn/?a=1',
    ])
      expect(validateSyncConfig({ ...base, serverUrl })).toEqual({ ok: false, error: 'bad-url' });
    for (const database of ['', 'Jianbao', '_users', '1abc', 'a b'])
      expect(validateSyncConfig({ ...base, serverUrl: 'https://x.cn', database })).toEqual({
        ok: false,
        error: 'bad-database',
      });
  });
});
