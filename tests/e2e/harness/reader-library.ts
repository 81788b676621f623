/**
 * Fills the extension's library the way a person does: by visiting share pages (real corpus bodies)
 * served from the loopback fixture server, and waiting for each auto-save to land in IndexedDB.
 */
import { deflateSync } from 'node:zlib';
import type { CorpusPost } from '../../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { serverRenderedSharePage, sourceOf } from './pages.ts';

export const SHARE_PATH = '/html_News/NewsShare.html';

export interface ShareItem {
  post: CorpusPost & { infoCode: string };
  /** Media name shown on the page (it becomes the category); defaults to the post's own. */
  source?: string;
  /** Body HTML instead of the post's, e.g. with an image served by the fixture server. */
  body?: string;
}

export type StoredRecord = Record<string, unknown> & { id: string; category: string; savedAt: string };

/** Serves every item at `SHARE_PATH?infoCode=…`; call once per server before `saveSharePages`. */
export function serveSharePages(server: FixtureServer, items: readonly ShareItem[]): void {
  const byCode = new Map(items.map((item) => [item.post.infoCode, item]));
  server.route(SHARE_PATH, (_request, url) => {
    const item = byCode.get(url.searchParams.get('infoCode') ?? '');
    if (!item) return undefined;
    const tags = item.source ? `${item.source}新闻` : item.post.tags;
    return { body: serverRenderedSharePage({ ...item.post, tags, body: item.body ?? item.post.body }) };
  });
}

export const shareUrlOf = (server: FixtureServer, item: ShareItem): string =>
  `${server.origin}${SHARE_PATH}?infoCode=${item.post.infoCode}`;

export const sourceOfItem = (item: ShareItem): string => item.source ?? sourceOf(item.post);

/** Visits each share page in turn (savedAt order is the visiting order) and returns the stored records. */
export async function saveSharePages(
  session: ExtensionSession,
  server: FixtureServer,
  items: readonly ShareItem[],
): Promise<StoredRecord[]> {
  const page = await session.context.newPage();
  try {
    for (const item of items) {
      await page.goto(shareUrlOf(server, item));
      const records = await waitFor(
        () => session.readArticles(),
        (all) => all.some((r) => r.id === item.post.infoCode),
      );
      if (!records.some((r) => r.id === item.post.infoCode))
        throw new Error(`share page ${item.post.infoCode} was not saved`);
    }
  } finally {
    await page.close();
  }
  return (await session.readArticles()) as StoredRecord[];
}

export interface SeededLibrary {
  session: ExtensionSession;
  server: FixtureServer;
  /** The stored records once every item is saved. */
  records: StoredRecord[];
  close(): Promise<void>;
}

/**
 * A browser with the extension whose library holds `items`, saved in that order.
 * @param options.setup adds routes (images…) before anything is visited.
 */
export async function launchWithLibrary(
  items: readonly ShareItem[],
  options: { locale?: string; args?: string[]; setup?: (server: FixtureServer) => void } = {},
): Promise<SeededLibrary> {
  const server = await startFixtureServer();
  let session: ExtensionSession | undefined;
  try {
    options.setup?.(server);
    serveSharePages(server, items);
    session = await launchExtension({
      ...(options.locale ? { locale: options.locale } : {}),
      args: options.args ?? [],
    });
    const records = await saveSharePages(session, server, items);
    const opened = session;
    return {
      session: opened,
      server,
      records,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await session?.close();
    await server.close();
    throw error;
  }
}

/** Share-page posts that have an infoCode, typed so. */
export function withInfoCode(posts: readonly CorpusPost[]): Array<CorpusPost & { infoCode: string }> {
  return posts.filter((post): post is CorpusPost & { infoCode: string } => typeof post.infoCode === 'string');
}

/** A valid PNG of one grey colour, `width` × `height` pixels (to serve a real image without a file). */
export function solidPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc((width + 1) * height, 0x99);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter byte per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
