/** The queue's reads of the library: the links waiting, and the failed ones (with their reasons). */
import type { QueueFailure } from '../../shared/fetch-queue-view.ts';
import { getArticle, listPendingFetches, listSummaries, sharedLibrary } from '../../store/index.ts';
import type { QueueItem } from './backlog.ts';

/** The links waiting, then those among `retry` that failed (the person asked to try them again). */
export async function loadBacklog(retry: readonly string[]): Promise<QueueItem[]> {
  const db = await sharedLibrary();
  const pending = await listPendingFetches(db);
  const again = await Promise.all(retry.map((id) => getArticle(db, id)));
  return [...pending, ...again.filter((record) => record?.fetch?.state === 'failed')].map((record) => ({
    id: record!.id,
    url: record!.url,
  }));
}

/** Every failed link, the latest attempt first. */
export async function loadFailures(): Promise<QueueFailure[]> {
  const db = await sharedLibrary();
  const ids = (await listSummaries(db)).filter((s) => s.fetch === 'failed').map((s) => s.id);
  const records = await Promise.all(ids.map((id) => getArticle(db, id)));
  const failures: QueueFailure[] = [];
  for (const record of records) {
    if (record?.fetch?.state !== 'failed') continue;
    failures.push({
      id: record.id,
      title: record.title,
      url: record.url,
      reason: record.fetch.reason ?? 'network',
      ...(record.fetch.triedAt ? { triedAt: record.fetch.triedAt } : {}),
    });
  }
  return failures.sort((a, b) => (b.triedAt ?? '').localeCompare(a.triedAt ?? ''));
}
