import { getArticle, sharedLibrary } from '../../store/index.ts';
import { cacheImages } from '../cache-images.ts';
import type { Handler } from '../route.ts';
import { syncSoon } from '../sync-schedule.ts';

/** Ids whose images are being fetched, in order; an import adds to the end of the run already going. */
const waiting: string[] = [];
let running = false;

/**
 * One article after another, as a normal save fetches each article's images (a few at a time): an
 * import of hundreds of articles must not open hundreds of connections at once.
 */
async function work(): Promise<void> {
  if (running) return;
  running = true;
  try {
    const db = await sharedLibrary();
    for (let id = waiting.shift(); id !== undefined; id = waiting.shift()) {
      const article = await getArticle(db, id).catch(() => undefined);
      if (article) await cacheImages(db, article);
    }
  } finally {
    running = false;
  }
  await syncSoon().catch(() => undefined);
}

/**
 * The options page imported articles with their bodies (Omnivore, wallabag): their images are fetched
 * for offline reading like a normal save's. Answers at once; the fetching goes on in the worker.
 */
export const importImages: Handler<'importImages'> = ({ ids }) => {
  waiting.push(...ids.filter((id) => !waiting.includes(id)));
  void work().catch((error: unknown) => console.warn('[jianbao] imported images not stored', error));
  return Promise.resolve({ ok: true, value: null });
};
