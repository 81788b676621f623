import { kickFetchQueueSoon } from '../fetch-queue/queue.ts';
import type { Handler } from '../route.ts';
import { syncSoon } from '../sync-schedule.ts';

/** A page wrote to the library: its change is pushed within seconds, and imported links are fetched. */
export const libraryWritten: Handler<'libraryWritten'> = async () => {
  kickFetchQueueSoon();
  await syncSoon();
  return { ok: true, value: null };
};
