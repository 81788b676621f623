/** The fetch queue's messages from the options page and the popup; each answers with the view after it. */
import type { Handler } from '../route.ts';
import { loadFailures } from './library.ts';
import { fetchQueue, queueView } from './queue.ts';

/** Commands come from the options page, which lists the failed links: their answer carries them. */
const answer = async (change?: () => Promise<void>) => {
  await change?.();
  return { ok: true as const, value: await queueView(true) };
};

export const queueStatus: Handler<'queueStatus'> = async ({ failures }) => ({
  ok: true,
  value: await queueView(failures ?? false),
});
export const queuePause: Handler<'queuePause'> = () => answer(() => fetchQueue.pause());
export const queueResume: Handler<'queueResume'> = () => answer(() => fetchQueue.resume());
export const queueCancel: Handler<'queueCancel'> = () => answer(() => fetchQueue.cancel());
/** The links named, or every failed one (of one reason, when given). */
export const queueRetry: Handler<'queueRetry'> = ({ ids, reason }) =>
  answer(async () => {
    const chosen =
      ids ?? (await loadFailures()).filter((f) => !reason || f.reason === reason).map((f) => f.id);
    await fetchQueue.retry(chosen);
  });
