/**
 * The part of PouchDB's API the engine uses, typed here (see pouchdb.d.ts), and the factory that
 * makes the handles: the worker wires pouchdb-browser, tests in Node the memory adapter.
 */

/** A document in the replication buffer: Jianbao's or anyone else's. */
export type AnyDoc = Record<string, unknown> & { type?: unknown };

export interface WriteAnswer {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: boolean | string;
  status?: number;
  name?: string;
}

export interface ChangesFeed {
  results: Array<{ id: string; seq: number | string; deleted?: boolean; doc?: AnyDoc }>;
  last_seq: number | string;
}

/** What a finished sync reports per direction. */
export interface SyncOutcome {
  push?: { docs_written: number };
  pull?: { docs_written: number };
}

/** What a replication reports after each batch it wrote (the batch's documents). */
export interface ReplicatedBatch {
  docs: unknown[];
}

/** A one-shot replication one way: a promise of its end, cancellable. */
export interface PouchReplication extends PromiseLike<unknown> {
  cancel(): void;
  /** After each batch written. */
  on(event: 'change', listener: (batch: ReplicatedBatch) => void): PouchReplication;
}

/**
 * A one-shot replication both ways: a promise of its end, cancellable, with per-document refusals as
 * 'denied'.
 */
export interface PouchSync extends PromiseLike<SyncOutcome> {
  cancel(): void;
  on(event: 'denied', listener: (error: unknown) => void): PouchSync;
  /** After each batch written, either way. */
  on(
    event: 'change',
    listener: (info: { direction: 'push' | 'pull'; change: ReplicatedBatch }) => void,
  ): PouchSync;
}

export interface PouchDatabase {
  allDocs(options: {
    keys?: string[];
    startkey?: string;
    endkey?: string;
    include_docs?: boolean;
    attachments?: boolean;
  }): Promise<{ rows: Array<{ id?: string; key: string; doc?: AnyDoc | null; error?: string }> }>;
  bulkDocs(docs: AnyDoc[]): Promise<WriteAnswer[]>;
  get(id: string, options: { open_revs: string[] }): Promise<Array<{ ok: AnyDoc } | { missing: string }>>;
  put(doc: AnyDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  changes(options: {
    since: number | string;
    limit: number;
    include_docs: boolean;
    conflicts: boolean;
    attachments: boolean;
  }): Promise<ChangesFeed>;
  sync(remote: PouchDatabase, options: Record<string, unknown>): PouchSync;
  replicate: {
    from(remote: PouchDatabase, options: Record<string, unknown>): PouchReplication;
    to(remote: PouchDatabase, options: Record<string, unknown>): PouchReplication;
  };
  info(): Promise<unknown>;
  destroy(): Promise<unknown>;
  close(): Promise<void>;
}

export interface PouchFactory {
  /** The local replication buffer. */
  local(name: string, options: { revs_limit: number; auto_compaction: boolean }): PouchDatabase;
  /** The server's database; credentials go in the `auth` option, never in the URL. */
  remote(url: string, auth: { username: string; password: string } | undefined): PouchDatabase;
}

/**
 * Marks every `info()` rejection of `db` as handled. PouchDB 9's replication calls the source's
 * `info()` after each batch to count progress and never catches it, so a connection lost at that
 * moment is an unhandled rejection; the replication itself still fails and reports it.
 */
export function guardInfo(db: PouchDatabase): PouchDatabase {
  const info = db.info.bind(db);
  db.info = () => {
    const answer = info();
    answer.catch(() => undefined);
    return answer;
  };
  return db;
}
