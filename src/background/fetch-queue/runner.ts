/**
 * The fetch queue's engine: keeps the run's state, starts links as the schedule allows and records each
 * outcome. Everything it touches outside (clock, timers, storage, the library, tabs) comes in as `deps`,
 * so the rules run under a fake clock in unit tests.
 */
import type { FetchFailure } from '../../shared/article.ts';
import type { QueueView } from '../../shared/fetch-queue-view.ts';
import { Backlog, hostOf, type QueueItem } from './backlog.ts';
import { Pace } from './pace.ts';
import { afterPage, nextStep, type ScheduleLimits } from './schedule.ts';
import { initialQueueState, type QueueState } from './state.ts';

export type FetchOutcome =
  /** Extracted and saved: the record is an article now. */
  | { kind: 'fetched' }
  /** The record stays a link, with this reason. */
  | { kind: 'failed'; reason: FetchFailure }
  /** Not tried to the end (the library could not be written): still pending, tried again on a later wake. */
  | { kind: 'deferred'; detail: string }
  /** The record is no longer waiting (deleted, or fetched another way meanwhile). */
  | { kind: 'skipped' };

export interface RunnerDeps {
  now(): number;
  /** Calls `run` after `ms`; returns the cancel. */
  setTimer(run: () => void, ms: number): () => void;
  loadState(): Promise<QueueState>;
  saveState(state: QueueState): Promise<void>;
  /** The links waiting in the library, then the failed ones among `retry`, in queue order. */
  loadBacklog(retry: readonly string[]): Promise<QueueItem[]>;
  fetchLink(item: QueueItem): Promise<FetchOutcome>;
  /** Keeps an alarm that wakes the worker while the queue runs (`on`), or drops it. */
  keepAwake(on: boolean): Promise<void>;
  /** Something the view shows changed; `failures`: the list of failed links may have too. */
  changed(failures: boolean): void;
}

/** The run's figures, as the options page and the popup show them (the view less the failure list). */
export type QueueCounts = Pick<QueueView, 'mode' | 'done' | 'failed' | 'pending' | 'pageMs' | 'secondsLeft'>;

export class FetchQueueRunner {
  private state: QueueState = initialQueueState();
  private readonly backlog = new Backlog();
  private readonly inFlight = new Map<string, string>();
  /** When each page loading now started. */
  private readonly startedAt = new Map<string, number>();
  private readonly pace = new Pace();
  private readonly busyHosts = new Set<string>();
  /** Links settled since this worker started: a reload never queues them twice in one worker's life. */
  private readonly settled = new Set<string>();
  private deferred = 0;
  private loaded: Promise<void> | undefined;
  private cancelTimer: (() => void) | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: RunnerDeps,
    private readonly limits: ScheduleLimits,
  ) {}

  /** Reads the saved run and the waiting links once per worker life; a run that was going carries on. */
  start(): Promise<void> {
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  counts(): QueueCounts {
    const counts: QueueCounts = {
      mode: this.state.mode,
      done: this.state.done,
      failed: this.state.failedIds.length,
      pending: this.backlog.size + this.inFlight.size,
    };
    const pageMs = this.pace.pageMs();
    if (pageMs !== undefined) counts.pageMs = Math.round(pageMs);
    const perSecond = this.pace.perSecond();
    if (perSecond && counts.mode === 'running') counts.secondsLeft = Math.round(counts.pending / perSecond);
    return counts;
  }

  async pause(): Promise<void> {
    await this.start();
    if (this.state.mode !== 'running') return;
    this.state.mode = 'paused';
    this.stopTimer();
    await this.commit();
  }

  /** Continues a paused run, or starts a new one over the links waiting (after a cancel, say). */
  async resume(): Promise<void> {
    await this.start();
    if (this.state.mode === 'running') return;
    if (this.state.mode === 'paused') this.state.mode = 'running';
    else {
      await this.reload();
      this.newRun();
    }
    await this.commit();
    this.pump();
  }

  /** Stops the run: pages loading finish, the links left stay in the library as "not fetched yet". */
  async cancel(): Promise<void> {
    await this.start();
    this.stopTimer();
    this.state.retry = [];
    this.backlog.clear();
    await this.reload();
    this.state.mode = 'cancelled';
    this.state.cancelledPending = this.backlog.size + this.inFlight.size;
    await this.commit();
  }

  /** Queues failed links again (the queue runs, even if it was paused). */
  async retry(ids: readonly string[]): Promise<void> {
    await this.start();
    const again = ids.filter((id) => !this.inFlight.has(id));
    for (const id of again) this.settled.delete(id);
    const startsRun = this.state.mode === 'idle' || this.state.mode === 'cancelled';
    this.state.retry = [...new Set([...this.state.retry, ...again])];
    this.state.failedIds = this.state.failedIds.filter((id) => !again.includes(id));
    this.backlog.add(await this.deps.loadBacklog(again));
    if (startsRun) this.newRun();
    else this.state.mode = 'running';
    await this.commit(true);
    this.pump();
  }

  /**
   * Links may have been added (an import): a running or paused queue takes them in; an idle one starts a
   * run; a cancelled one only when there are more links than it left.
   */
  async kick(): Promise<void> {
    await this.start();
    const before = this.backlog.size + this.inFlight.size;
    await this.reload();
    const now = this.backlog.size + this.inFlight.size;
    const { mode, cancelledPending = 0 } = this.state;
    if ((mode === 'idle' && now > 0) || (mode === 'cancelled' && now > cancelledPending)) {
      this.newRun();
      await this.commit();
    } else if (now !== before) this.deps.changed(false);
    this.pump();
  }

  /** The alarm: a stopped worker wakes up and carries on; links deferred earlier are tried again. */
  async wake(): Promise<void> {
    await this.start();
    if (this.state.mode !== 'running') return;
    if (!this.backlog.size && !this.inFlight.size) {
      this.deferred = 0;
      await this.reload();
    }
    this.pump();
  }

  private async load(): Promise<void> {
    this.state = await this.deps.loadState();
    this.backlog.add(await this.deps.loadBacklog(this.state.retry));
    await this.deps.keepAwake(this.state.mode === 'running');
    this.pump();
  }

  /** Takes in the links waiting in the library now (those settled in this worker's life excepted). */
  private async reload(): Promise<void> {
    const items = await this.deps.loadBacklog(this.state.retry);
    this.backlog.add(items.filter((item) => !this.settled.has(item.id) && !this.inFlight.has(item.id)));
  }

  private newRun(): void {
    this.state = {
      ...this.state,
      mode: this.backlog.size || this.inFlight.size ? 'running' : 'idle',
      done: 0,
      failedIds: [],
    };
    delete this.state.cancelledPending;
  }

  private stopTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  /** Starts every link the schedule allows now, and sets a timer for the next site whose pause ends. */
  private pump(): void {
    if (this.state.mode !== 'running') return;
    this.stopTimer();
    for (;;) {
      const running = { busyHosts: this.busyHosts, hostFreeAt: this.state.hostFreeAt };
      const step = nextStep(this.backlog, running, this.deps.now(), this.limits);
      if (step.kind === 'start') {
        this.launch(step.item, step.host);
        continue;
      }
      if (step.kind === 'wait') this.cancelTimer = this.deps.setTimer(() => this.pump(), step.ms);
      if (step.kind === 'empty') void this.finish();
      return;
    }
  }

  private launch(item: QueueItem, host: string): void {
    this.backlog.remove(item);
    this.inFlight.set(item.id, host);
    this.startedAt.set(item.id, this.deps.now());
    this.busyHosts.add(host);
    void this.deps
      .fetchLink(item)
      .catch((error: unknown): FetchOutcome => ({ kind: 'deferred', detail: String(error) }))
      .then((outcome) => this.settle(item, outcome));
  }

  private async settle(item: QueueItem, outcome: FetchOutcome): Promise<void> {
    const host = this.inFlight.get(item.id) ?? hostOf(item.url);
    const now = this.deps.now();
    this.pace.record(this.startedAt.get(item.id) ?? now, now);
    this.startedAt.delete(item.id);
    this.inFlight.delete(item.id);
    this.busyHosts.delete(host);
    this.state.hostFreeAt = afterPage(this.state.hostFreeAt, host, now, this.limits);
    const wasFailed = this.state.retry.includes(item.id);
    this.state.retry = this.state.retry.filter((id) => id !== item.id);
    if (outcome.kind === 'deferred') this.deferred++;
    else {
      this.settled.add(item.id);
      // A page still loading when the run was cancelled is one link fewer left.
      if (this.state.cancelledPending) this.state.cancelledPending--;
    }
    if (outcome.kind === 'fetched') this.state.done++;
    if (outcome.kind === 'failed' && !this.state.failedIds.includes(item.id))
      this.state.failedIds.push(item.id);
    // The list of failed links changes when one fails, or when a retried one comes out either way.
    await this.commit(outcome.kind === 'failed' || wasFailed);
    this.pump();
  }

  /** Nothing left: links deferred keep the run going (the alarm tries them again), else the run is over. */
  private async finish(): Promise<void> {
    if (this.state.mode !== 'running' || this.deferred > 0) return;
    await this.reload();
    if (this.backlog.size) return this.pump();
    if (this.inFlight.size || this.state.mode !== 'running') return;
    this.state.mode = 'idle';
    await this.commit();
  }

  /** Saves the state (in order: the last write holds the last state), keeps the alarm, tells the views. */
  private commit(failures = false): Promise<void> {
    const snapshot: QueueState = structuredClone(this.state);
    this.saving = this.saving
      .then(() => this.deps.saveState(snapshot))
      .then(() => this.deps.keepAwake(snapshot.mode === 'running'))
      .catch((error: unknown) => console.warn('[jianbao] fetch queue state not saved', error));
    this.deps.changed(failures);
    return this.saving;
  }
}
