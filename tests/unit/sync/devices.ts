/**
 * Two (or more) Jianbao devices in one Node process: each a fresh fake-indexeddb library and a
 * PouchDB replication buffer in memory, syncing through one real server (testkit/couch-server.ts).
 */
import '../store/fixtures.ts';
import { IDBFactory } from 'fake-indexeddb';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { openLibrary, type LibraryDb } from '../../../src/store/index.ts';
import type { SyncConfig } from '../../../src/sync/config.ts';
import { SyncEngine, type KeyValueStore } from '../../../src/sync/engine.ts';
import type { PouchDatabase } from '../../../src/sync/pouch.ts';

const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

let made = 0;

export interface Device {
  library: LibraryDb;
  engine: SyncEngine;
  storage: Map<string, unknown>;
  /** Ids each `notify` call told pages about, in order. */
  notified: string[][];
  /** The device's replication buffer (a new handle on the same memory database). */
  buffer(): PouchDatabase;
  localName: string;
}

export function mapStorage(map: Map<string, unknown>): KeyValueStore {
  return {
    get: <T>(key: string) => Promise.resolve(structuredClone(map.get(key)) as T | undefined),
    set: (key, value) => Promise.resolve(void map.set(key, structuredClone(value))),
    remove: (key) => Promise.resolve(void map.delete(key)),
  };
}

/**
 * A device; pass `from` to start a new engine on another device's library and buffer (a restarted
 * worker), `applyEvery` to apply during replication after fewer documents than a real device does.
 */
export async function makeDevice(
  from?: Device,
  { applyEvery }: { applyEvery?: number } = {},
): Promise<Device> {
  const library = from?.library ?? (await openLibrary(new IDBFactory()));
  const storage = from?.storage ?? new Map<string, unknown>();
  const localName = from?.localName ?? `device-${++made}-${Date.now()}`;
  const notified: string[][] = [];
  const engine = new SyncEngine({
    library: () => Promise.resolve(library),
    pouch: {
      local: (name, options) => new Pouch(name, { adapter: 'memory', ...options }) as PouchDatabase,
      remote: (url, auth) => new Pouch(url, { skip_setup: true, ...(auth ? { auth } : {}) }) as PouchDatabase,
    },
    fetch: (url, init) => fetch(url, init),
    storage: mapStorage(storage),
    notify: (ids) => notified.push(ids),
    localName,
    ...(applyEvery ? { applyEvery } : {}),
  });
  return {
    library,
    engine,
    storage,
    notified,
    localName,
    buffer: () => new Pouch(localName, { adapter: 'memory' }) as PouchDatabase,
  };
}

export function configFor(serverUrl: string, database: string, over: Partial<SyncConfig> = {}): SyncConfig {
  return { serverUrl, database, username: '', password: '', textOnly: false, ...over };
}
