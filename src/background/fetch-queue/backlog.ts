/**
 * The links waiting to be fetched, grouped by site, in the order they were queued. Pure: the scheduler
 * picks from it; nothing here knows about tabs or storage.
 */

export interface QueueItem {
  id: string;
  url: string;
}

/** The politeness key of a link: host name and port (`news.example.com`, `127.0.0.1:8080`). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

export class Backlog {
  /** Per site, its links in queue order; a site with none left is removed. */
  private readonly bySite = new Map<string, QueueItem[]>();
  private readonly ids = new Set<string>();

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Adds the links not queued yet, keeping their order; returns how many were added. */
  add(items: Iterable<QueueItem>): number {
    let added = 0;
    for (const item of items) {
      if (this.ids.has(item.id)) continue;
      this.ids.add(item.id);
      const host = hostOf(item.url);
      const list = this.bySite.get(host);
      if (list) list.push(item);
      else this.bySite.set(host, [item]);
      added++;
    }
    return added;
  }

  remove(item: QueueItem): void {
    if (!this.ids.delete(item.id)) return;
    const host = hostOf(item.url);
    const list = this.bySite.get(host);
    if (!list) return;
    const at = list.findIndex((queued) => queued.id === item.id);
    if (at >= 0) list.splice(at, 1);
    if (!list.length) this.bySite.delete(host);
  }

  clear(): void {
    this.bySite.clear();
    this.ids.clear();
  }

  /** Each site with its next link, in the order the sites were first queued. */
  *heads(): Generator<{ host: string; item: QueueItem }> {
    for (const [host, list] of this.bySite) if (list[0]) yield { host, item: list[0] };
  }
}
