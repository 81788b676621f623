/** A fake world for the fetch queue's runner: a clock moved by hand, and pages the test finishes. */
import {
  FetchQueueRunner,
  type FetchOutcome,
  type RunnerDeps,
} from '../../../src/background/fetch-queue/runner.ts';
import type { QueueItem } from '../../../src/background/fetch-queue/backlog.ts';
import { initialQueueState, type QueueState } from '../../../src/background/fetch-queue/state.ts';

export const LIMITS = { concurrency: 2, hostPauseMs: 3_000 };

export interface Started {
  item: QueueItem;
  at: number;
  finish(outcome?: FetchOutcome): Promise<void>;
}

/** The library's links and what storage holds, shared by every runner started on it (a restart). */
export interface World {
  links: Map<string, { url: string; fetch?: 'pending' | 'failed' }>;
  stored: QueueState;
  alarm: boolean;
  clock: { now: number };
}

export function world(links: Array<[id: string, url: string]>): World {
  return {
    links: new Map(links.map(([id, url]) => [id, { url, fetch: 'pending' }])),
    stored: initialQueueState(),
    alarm: false,
    clock: { now: 1_000_000 },
  };
}

/** Lets the runner's promise chains run. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

export class FakeQueue {
  readonly started: Started[] = [];
  /** Each `changed` call: whether the list of failed links may have changed. */
  readonly changes: boolean[] = [];
  private timers: Array<{ at: number; run: () => void; live: boolean }> = [];
  readonly runner: FetchQueueRunner;

  constructor(readonly w: World) {
    const deps: RunnerDeps = {
      now: () => w.clock.now,
      setTimer: (run, ms) => {
        const timer = { at: w.clock.now + ms, run, live: true };
        this.timers.push(timer);
        return () => {
          timer.live = false;
        };
      },
      loadState: () => Promise.resolve(structuredClone(w.stored)),
      saveState: (state) => {
        w.stored = structuredClone(state);
        return Promise.resolve();
      },
      loadBacklog: (retry) => {
        const pending = [...w.links].filter(([, link]) => link.fetch === 'pending');
        const again = retry.flatMap((id) => {
          const link = w.links.get(id);
          return link?.fetch === 'failed' ? [[id, link] as const] : [];
        });
        return Promise.resolve([...pending, ...again].map(([id, link]) => ({ id, url: link.url })));
      },
      fetchLink: (item) =>
        new Promise<FetchOutcome>((resolve) => {
          this.started.push({
            item,
            at: w.clock.now,
            finish: async (outcome = { kind: 'fetched' }) => {
              const link = w.links.get(item.id);
              if (link && outcome.kind === 'fetched') delete link.fetch;
              if (link && outcome.kind === 'failed') link.fetch = 'failed';
              resolve(outcome);
              await settle();
            },
          });
        }),
      keepAwake: (on) => {
        w.alarm = on;
        return Promise.resolve();
      },
      changed: (failures) => {
        this.changes.push(failures);
      },
    };
    this.runner = new FetchQueueRunner(deps, LIMITS);
  }

  /** Moves the clock on, firing the timers that fall due. */
  async advance(ms: number): Promise<void> {
    const until = this.w.clock.now + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.live && t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.w.clock.now = Math.max(this.w.clock.now, due.at);
      due.live = false;
      due.run();
      await settle();
    }
    this.w.clock.now = until;
    await settle();
  }

  /** Pages loading now (started, not finished). */
  loading(): Started[] {
    return this.started.filter((s) => !this.finished.has(s));
  }

  private readonly finished = new Set<Started>();

  async finish(id: string, outcome?: FetchOutcome): Promise<void> {
    const page = this.started.find((s) => s.item.id === id && !this.finished.has(s));
    if (!page) throw new Error(`${id} is not loading`);
    this.finished.add(page);
    await page.finish(outcome);
  }
}
