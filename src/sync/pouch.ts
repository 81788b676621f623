/// <reference types="pouchdb-core" />
/// <reference types="pouchdb-replication" />
/** The PouchDB handles the engine works with, made by whoever wires it (the worker, or a test in Node). */

/** A document in the replication buffer: Jianbao's or anyone else's. */
export type AnyDoc = Record<string, unknown> & { type?: unknown };
export type PouchDatabase = PouchDB.Database<AnyDoc>;

export interface PouchFactory {
  /** The local replication buffer. */
  local(name: string, options: { revs_limit: number }): PouchDatabase;
  /** The server's database; credentials go in the `auth` option, never in the URL. */
  remote(url: string, auth: { username: string; password: string } | undefined): PouchDatabase;
}
