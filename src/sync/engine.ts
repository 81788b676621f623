/**
 * The sync engine: turns sync on and off, and runs one-shot sync rounds (push the outbox, replicate
 * both ways with the server, apply what came in). One-shot rounds suit a service worker that may be
 * stopped at any time: PouchDB's replication checkpoints and the applied checkpoint let the next
 * round resume, never start over. Browser pieces come in through SyncDeps (index.ts wires them).
 */
import { countOutbox, getSyncState, setSyncEnabled, type LibraryDb } from '../store/index.ts';
import { validateSyncConfig, type SyncConfig, type SyncErrorCode, type SyncStatus } from './config.ts';
import { syncErrorOf } from './errors.ts';
import type { PouchDatabase, PouchFactory } from './pouch.ts';
import { followPulls } from './follow-pulls.ts';
import { applyAll, PULL_TUNING, pullChanges } from './pull.ts';
import { pushOutbox } from './push.ts';
import { replicateOnce } from './replicate.ts';
import { checkServer, databaseUrl, type FetchLike } from './server-check.ts';

/** storage.local, or a Map in tests. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface SyncDeps {
  library(): Promise<LibraryDb>;
  pouch: PouchFactory;
  fetch: FetchLike;
  storage: KeyValueStore;
  /** Tells open pages which articles changed (the library channel). */
  notify(ids: string[]): void;
  /** The local replication buffer's name; one per profile. */
  localName?: string;
  /**
   * Documents to arrive during replication before they are applied (PULL_TUNING.applyBatch: a
   * postings segment's worth); tests make it small.
   */
  applyEvery?: number;
}

export const SYNC_KEYS = { config: 'syncConfig', status: 'syncStatus' } as const;
export const LOCAL_DB_NAME = 'jianbao-sync';

export const SYNC_TUNING = {
  /**
   * Wait after a local change before pushing, so the writes of one action (an edit and its summary, an
   * import's batches) go in one round, while a change still reaches the other device within seconds.
   */
  debounceMs: 400,
  /**
   * Revisions of history kept per document. Enough for two devices to find their common ancestor
   * after hundreds of offline edits each (a read mark and a reading position per session); far fewer
   * than CouchDB's 1,000, because every kept revision id costs space in 10,000 documents.
   */
  revsLimit: 100,
  /**
   * Each write drops the bodies of the revisions it replaces (merged conflicts' losers, older edits) in
   * its own transaction. A `compact()` after each round would instead walk every document changed since
   * the last one: after a first sync, all of them, on the worker's one thread while the next round waits.
   */
  autoCompaction: true,
} as const;

/** What storage.local keeps between rounds besides the config. */
interface StoredStatus {
  lastSyncAt?: string;
  error?: SyncErrorCode;
}

export class SyncEngine {
  private running: Promise<SyncStatus> | undefined;
  /** Inside a round's work (what status reports as `syncing`). */
  private busy = false;
  private next: Promise<SyncStatus> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private replication: { cancel(): void } | undefined;
  private generation = 0;
  private readonly listeners = new Set<(status: SyncStatus) => void>();

  constructor(private readonly deps: SyncDeps) {}

  private get localName(): string {
    return this.deps.localName ?? LOCAL_DB_NAME;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async getSyncStatus(): Promise<SyncStatus> {
    const config = await this.deps.storage.get<SyncConfig>(SYNC_KEYS.config);
    const library = await this.deps.library();
    const enabled = Boolean(config && (await getSyncState(library))?.enabled);
    if (!enabled || !config) return { enabled: false, state: 'off', pending: 0 };
    const stored = (await this.deps.storage.get<StoredStatus>(SYNC_KEYS.status)) ?? {};
    const status: SyncStatus = {
      enabled,
      state: this.busy ? 'syncing' : stored.error ? 'error' : 'idle',
      pending: await countOutbox(library),
      serverUrl: config.serverUrl,
      database: config.database,
      username: config.username,
      textOnly: config.textOnly,
    };
    if (stored.lastSyncAt) status.lastSyncAt = stored.lastSyncAt;
    if (stored.error) status.error = stored.error;
    return status;
  }

  private async announce(): Promise<SyncStatus> {
    const status = await this.getSyncStatus();
    for (const listener of this.listeners) listener(status);
    return status;
  }

  /**
   * Checks the server, then turns sync on: the config (password included) goes to storage, the
   * outbox starts recording and the whole library is queued; the first round runs in the background.
   */
  async enableSync(input: SyncConfig): Promise<{ ok: true } | { ok: false; error: SyncErrorCode }> {
    const checked = validateSyncConfig(input);
    if (!checked.ok) return checked;
    const config = checked.config;
    const problem = await checkServer(this.deps.fetch, config);
    if (problem) return { ok: false, error: problem };
    const previous = await this.deps.storage.get<SyncConfig>(SYNC_KEYS.config);
    const sameTarget =
      previous?.serverUrl === config.serverUrl &&
      previous.database === config.database &&
      previous.username === config.username;
    const library = await this.deps.library();
    if (!sameTarget || !(await getSyncState(library))?.enabled) {
      await this.stop();
      await this.destroyLocal();
      await this.deps.storage.remove(SYNC_KEYS.status);
      await setSyncEnabled(library, true);
    }
    await this.deps.storage.set(SYNC_KEYS.config, config);
    await this.announce();
    this.requestSync(0);
    return { ok: true };
  }

  /** Stops syncing; keeps the library, drops the replication buffer, the outbox and the stored config. */
  async disableSync(): Promise<void> {
    await this.stop();
    await setSyncEnabled(await this.deps.library(), false);
    await this.destroyLocal();
    await this.deps.storage.remove(SYNC_KEYS.config);
    await this.deps.storage.remove(SYNC_KEYS.status);
    await this.announce();
  }

  /** Cancels the round in flight and any pending one; waits for it to stop. */
  private async stop(): Promise<void> {
    this.generation++;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.replication?.cancel();
    await this.running?.catch(() => undefined);
  }

  /** Runs a round soon (debounced): after a local change, at start-up, when the popup opens, on the alarm. */
  requestSync(delayMs: number = SYNC_TUNING.debounceMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.syncNow().catch(() => undefined);
    }, delayMs);
  }

  /** At worker start-up: resumes when sync is on. */
  async resume(): Promise<void> {
    if ((await this.getSyncStatus()).enabled) this.requestSync(0);
  }

  /** One round now; calls during a round share one more round after it (it may have missed their changes). */
  async syncNow(): Promise<SyncStatus> {
    if (this.running) {
      this.next ??= this.running
        .catch(() => undefined)
        .then(() => {
          this.next = undefined;
          return this.syncNow();
        });
      return this.next;
    }
    this.running = this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private local: PouchDatabase | undefined;

  /** The replication buffer, one handle per engine (destroy() ends a handle: the next call opens another). */
  private pouchLocal(): PouchDatabase {
    this.local ??= this.deps.pouch.local(this.localName, {
      revs_limit: SYNC_TUNING.revsLimit,
      auto_compaction: SYNC_TUNING.autoCompaction,
    });
    return this.local;
  }

  private async destroyLocal(): Promise<void> {
    await this.pouchLocal().destroy();
    this.local = undefined;
  }

  private async round(): Promise<SyncStatus> {
    const config = await this.deps.storage.get<SyncConfig>(SYNC_KEYS.config);
    const library = await this.deps.library();
    if (!config || !(await getSyncState(library))?.enabled) return this.getSyncStatus();
    const generation = this.generation;
    this.busy = true;
    try {
      await this.announce();
      await this.work(library, config, generation);
    } finally {
      this.busy = false;
    }
    // Writes made during the round (pages) wait for the next one.
    if (generation === this.generation && (await countOutbox(library))) this.requestSync();
    return this.announce();
  }

  /** Push, replicate, apply; the outcome goes to the stored status (unless sync was turned off meanwhile). */
  private async work(library: LibraryDb, config: SyncConfig, generation: number): Promise<void> {
    const stored: StoredStatus = (await this.deps.storage.get<StoredStatus>(SYNC_KEYS.status)) ?? {};
    const local = this.pouchLocal();
    try {
      const { reapply, created } = await pushOutbox(library, local, config.textOnly);
      const merged = await applyAll(library, reapply);
      if (merged.length) this.deps.notify(merged);
      if (generation !== this.generation) return;
      // What arrived before a failure (a lost connection in a long first sync) is applied all the same.
      const remote = this.deps.pouch.remote(
        databaseUrl(config),
        config.username ? { username: config.username, password: config.password } : undefined,
      );
      const pull = async () => {
        if (generation !== this.generation) return;
        const ids = await pullChanges(library, local, config.textOnly, created);
        // Told after each pull: pages follow a long first sync as it fills the library.
        if (ids.length) this.deps.notify(ids);
      };
      const follower = followPulls(pull, this.deps.applyEvery ?? PULL_TUNING.applyBatch);
      const failure = await replicateOnce(
        local,
        remote,
        config.textOnly,
        (running) => {
          this.replication = running;
        },
        (count) => follower.arrived(count),
      ).then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
      await follower.finish();
      if (generation !== this.generation) return;
      await pull();
      if (failure) throw failure.error;
      await this.deps.storage.set(SYNC_KEYS.status, { lastSyncAt: new Date().toISOString() });
    } catch (error) {
      if (generation === this.generation)
        await this.deps.storage.set(SYNC_KEYS.status, { ...stored, error: syncErrorOf(error) });
    }
  }
}
