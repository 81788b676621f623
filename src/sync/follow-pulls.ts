/**
 * Applies the replication buffer's changes while replication is still writing them: a long first sync
 * fills the library, and the open popup, as it goes rather than only at its end. Pulls run one at a
 * time and only once a postings segment's worth of documents has arrived: smaller pulls would each
 * rewrite the same segment's rows (see PULL_TUNING.applyBatch).
 */
export interface PullFollower {
  /** Replication wrote `count` more documents into the buffer. */
  arrived(count: number): void;
  /** Waits for the pull in flight, if any; rethrows the first pull's failure. No pull starts after it. */
  finish(): Promise<void>;
}

export function followPulls(pull: () => Promise<void>, everyDocs: number): PullFollower {
  let unpulled = 0;
  let wanted = false;
  let stopped = false;
  let running: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  const run = async (): Promise<void> => {
    try {
      while (wanted && !stopped && !failure) {
        wanted = false;
        await pull();
      }
    } catch (error) {
      failure = { error };
    }
  };
  return {
    arrived(count) {
      unpulled += count;
      if (unpulled < everyDocs || stopped) return;
      unpulled = 0;
      wanted = true;
      running ??= run().finally(() => {
        running = undefined;
      });
    },
    async finish() {
      stopped = true;
      await running;
      if (failure) throw failure.error;
    },
  };
}
