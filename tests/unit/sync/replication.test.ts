/**
 * Sync between two devices through a real CouchDB-compatible server (PouchDB Server from npm, or the
 * CouchDB at JIANBAO_COUCHDB_URL): each device a fake-indexeddb library and a PouchDB buffer in memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  getArticle,
  getImage,
  getSyncState,
  listSummaries,
  putImages,
  readOutbox,
  saveArticle,
  saveArticles,
  searchArticles,
  updateArticle,
} from '../../../src/store/index.ts';
import type { SyncConfig } from '../../../src/sync/config.ts';
import { startCouchServer, type CouchServer } from '../../../testkit/couch-server.ts';
import { makeExtracted } from '../store/fixtures.ts';
import { configFor, makeDevice, type Device } from './devices.ts';

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouchServer();
}, 60_000);
afterAll(() => couch?.stop());

const article = (n: number, over = {}) =>
  makeExtracted({
    id: `NW${n}`,
    infoCode: `NW${n}`,
    url: `https://x.cn/${n}`,
    title: `第${n}篇 央行宣布降准`,
    contentHtml: `<p>第${n}篇</p><img src="https://img.example.com/${n}.jpg">`,
    ...over,
  });

async function adminConfig(over: Partial<SyncConfig> = {}): Promise<SyncConfig> {
  return configFor(couch.url, await couch.createDatabase('sync'), { ...couch.admin, ...over });
}

/** Two devices with sync on against one new database. */
async function pair(): Promise<[Device, Device, SyncConfig]> {
  const config = await adminConfig();
  const a = await makeDevice();
  const b = await makeDevice();
  expect(await a.engine.enableSync(config)).toEqual({ ok: true });
  expect(await b.engine.enableSync(config)).toEqual({ ok: true });
  return [a, b, config];
}

async function syncAll(...devices: Device[]): Promise<void> {
  for (const device of devices) expect((await device.engine.syncNow()).error).toBeUndefined();
}

describe('sync through a real server', () => {
  it('an article saved on A arrives in B’s library, searchable, with its image, and B’s pages are told', async () => {
    const [a, b] = await pair();
    await saveArticle(a.library, article(1));
    await putImages(
      a.library,
      'NW1',
      [{ url: 'https://img.example.com/1.jpg', blob: new Blob(['jpeg-1']) }],
      [],
    );
    await syncAll(a, b);
    const received = await getArticle(b.library, 'NW1');
    expect(received?.title).toBe('第1篇 央行宣布降准');
    expect(received?.imagesStored).toEqual(['https://img.example.com/1.jpg']);
    expect(await (await getImage(b.library, 'NW1', 'https://img.example.com/1.jpg'))?.text()).toBe('jpeg-1');
    expect((await searchArticles(b.library, '降准')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect(b.notified.flat()).toContain('NW1');
    // What arrived is not pushed back as B's own change.
    expect(await readOutbox(b.library)).toEqual([]);
    const status = await b.engine.getSyncStatus();
    expect(status).toMatchObject({ enabled: true, state: 'idle', pending: 0 });
    expect(status.lastSyncAt).toBeDefined();
    expect(JSON.stringify(status)).not.toContain(couch.admin.password);
  });

  it('an image stored after its article was synced follows on its own', async () => {
    const [a, b] = await pair();
    await saveArticle(a.library, article(9));
    await syncAll(a, b);
    expect((await getArticle(b.library, 'NW9'))?.imagesStored).toBeUndefined();
    await putImages(
      a.library,
      'NW9',
      [{ url: 'https://img.example.com/9.jpg', blob: new Blob(['jpeg-9']) }],
      [],
    );
    await syncAll(a, b);
    expect((await getArticle(b.library, 'NW9'))?.imagesStored).toEqual(['https://img.example.com/9.jpg']);
    expect(await (await getImage(b.library, 'NW9', 'https://img.example.com/9.jpg'))?.text()).toBe('jpeg-9');
    expect(b.notified.flat().filter((id) => id === 'NW9')).toHaveLength(2);
  });

  it('the same article saved on both before they ever synced is one article afterwards', async () => {
    const [a, b] = await pair();
    await saveArticle(a.library, article(2));
    await saveArticle(b.library, article(2, { title: '第2篇 更新' }), new Date(Date.now() + 1000));
    await syncAll(a, b, a);
    for (const device of [a, b]) {
      expect((await listSummaries(device.library)).map((s) => s.id)).toEqual(['NW2']);
      expect((await getArticle(device.library, 'NW2'))?.title).toBe('第2篇 更新');
    }
  });

  it('edits of different fields on both devices while apart merge field by field', async () => {
    const [a, b] = await pair();
    await saveArticle(a.library, article(3));
    await syncAll(a, b);
    const now = Date.now();
    await updateArticle(a.library, 'NW3', { read: true, readingPosition: 0.5 }, new Date(now + 1000));
    await updateArticle(
      b.library,
      'NW3',
      { category: '我的收藏', readingPosition: 0.9 },
      new Date(now + 2000),
    );
    await updateArticle(b.library, 'NW3', { tags: ['财经', '央行'] }, new Date(now + 2000));
    await syncAll(a, b, a);
    for (const device of [a, b]) {
      expect(await getArticle(device.library, 'NW3')).toMatchObject({
        read: true,
        category: '我的收藏',
        readingPosition: 0.9,
        tags: ['财经', '央行'],
      });
      expect((await listSummaries(device.library))[0]).toMatchObject({
        id: 'NW3',
        read: true,
        category: '我的收藏',
      });
    }
  });

  it('conflicting revisions are merged into one, the losers deleted and their bodies dropped', async () => {
    const [a, b, config] = await pair();
    await saveArticle(a.library, article(4));
    await syncAll(a, b);
    const revOf = async (device: Device) =>
      String(
        (await device.buffer().allDocs({ keys: ['article:NW4'], include_docs: true })).rows[0]!.doc!._rev,
      );
    const replaced = [await revOf(a), await revOf(b)];
    const now = Date.now();
    await updateArticle(a.library, 'NW4', { read: true }, new Date(now + 1000));
    await updateArticle(b.library, 'NW4', { category: '乙' }, new Date(now + 1000));
    await syncAll(a, b, a, b);
    const answer = await couch.request('GET', `/${config.database}/article:NW4?conflicts=true`);
    expect((answer.body as { _conflicts?: unknown })._conflicts).toBeUndefined();
    expect(await getArticle(a.library, 'NW4')).toMatchObject({ read: true, category: '乙' });
    // Only the revision ids stay, for finding a common ancestor: a buffer does not grow with each edit.
    for (const device of [a, b]) {
      const answers = await device.buffer().get('article:NW4', { open_revs: replaced });
      expect(answers).toEqual(replaced.map((rev) => ({ missing: rev })));
    }
  });

  it('delete vs edit: an edit after the delete brings the article back; an edit before it does not', async () => {
    const [a, b] = await pair();
    await saveArticle(a.library, article(5));
    await saveArticle(a.library, article(6));
    await syncAll(a, b);
    const now = Date.now();
    await deleteArticle(a.library, 'NW5');
    await updateArticle(b.library, 'NW5', { read: true }, new Date(now + 60_000));
    await updateArticle(b.library, 'NW6', { read: true }, new Date(now - 60_000));
    await deleteArticle(a.library, 'NW6');
    await syncAll(a, b, a);
    for (const device of [a, b]) {
      expect((await getArticle(device.library, 'NW5'))?.read).toBe(true);
      expect(await getArticle(device.library, 'NW6')).toBeUndefined();
    }
  });

  it('documents without a jianbao/ type are never shown, changed or deleted', async () => {
    const [a, b, config] = await pair();
    await couch.request('PUT', `/${config.database}/todo-1`, { title: 'buy milk', done: false });
    await couch.request('PUT', `/${config.database}/article:NW99`, { title: 'not ours', content: 1 });
    const before = await couch.allDocs(config.database);
    await saveArticle(a.library, article(7));
    await saveArticle(a.library, article(99));
    await syncAll(a, b, a);
    expect((await listSummaries(b.library)).map((s) => s.id)).toEqual(['NW7']);
    // A's own NW99 stays local rather than overwrite the foreign document under its id.
    expect(await getArticle(a.library, 'NW99')).toBeDefined();
    expect(await readOutbox(a.library)).toEqual([]);
    const after = await couch.allDocs(config.database);
    for (const doc of before) expect(after).toContainEqual(doc);
  });

  // A device that pushes an article before it ever pulled another program's document under the same id
  // makes the two revisions siblings on the server; which one wins is the luck of their hashes.
  it.each([
    ['Jianbao', '00000000000000000000000000000000'],
    ["another program's", 'ffffffffffffffffffffffffffffffff'],
  ])(
    "a Jianbao revision in conflict with another program's document is withdrawn (%s revision winning)",
    async (_winner, foreignHash) => {
      const [a, b, config] = await pair();
      await saveArticle(a.library, article(42));
      await syncAll(a);
      const path = `/${config.database}/article:NW42`;
      const foreign = { _id: 'article:NW42', _rev: `1-${foreignHash}`, title: 'not ours', content: 1 };
      const put = await couch.request('POST', `/${config.database}/_bulk_docs`, {
        docs: [foreign],
        new_edits: false,
      });
      expect(put.status).toBe(201);
      expect((await couch.request('GET', `${path}?conflicts=true`)).body).toHaveProperty('_conflicts');
      await syncAll(b, b, a);
      expect(await getArticle(b.library, 'NW42')).toBeUndefined();
      expect((await couch.request('GET', `${path}?conflicts=true`)).body).toEqual(foreign);
      // The article stays where it was saved.
      expect((await getArticle(a.library, 'NW42'))?.title).toBe('第42篇 央行宣布降准');
    },
  );

  it('a text-only device receives articles without their images and sends none', async () => {
    const config = await adminConfig();
    const a = await makeDevice();
    const text = await makeDevice();
    await a.engine.enableSync(config);
    await text.engine.enableSync({ ...config, textOnly: true });
    await saveArticle(a.library, article(8));
    await putImages(
      a.library,
      'NW8',
      [{ url: 'https://img.example.com/8.jpg', blob: new Blob(['jpeg-8']) }],
      [],
    );
    await syncAll(a, text);
    expect((await getArticle(text.library, 'NW8'))?.imagesStored).toBeUndefined();
    expect(await getImage(text.library, 'NW8', 'https://img.example.com/8.jpg')).toBeUndefined();
    const { rows } = await text.buffer().allDocs({});
    expect(rows.map((r) => r.id)).toEqual(['article:NW8']);
  });

  it('a long first sync fills the library while replication still runs, and tells pages as it goes', async () => {
    const config = await adminConfig();
    const a = await makeDevice();
    const b = await makeDevice(undefined, { applyEvery: 100 });
    expect(await a.engine.enableSync(config)).toEqual({ ok: true });
    await saveArticles(
      a.library,
      Array.from({ length: 300 }, (_, i) => article(500 + i)),
    );
    await syncAll(a);
    couch.setLatency(30);
    try {
      let ended = false;
      expect(await b.engine.enableSync(config)).toEqual({ ok: true });
      const round = b.engine.syncNow().finally(() => {
        ended = true;
      });
      // What the popup would list while the round is still going.
      const counts: number[] = [];
      while (!ended) {
        counts.push((await listSummaries(b.library)).length);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await round).error).toBeUndefined();
      expect(counts.some((n) => n > 0 && n < 300)).toBe(true);
      expect((await listSummaries(b.library)).length).toBe(300);
      // Pages heard of the articles in parts, each id once.
      expect(b.notified.length).toBeGreaterThan(1);
      const told = b.notified.flat();
      expect(new Set(told).size).toBe(300);
      expect(told).toHaveLength(300);
    } finally {
      couch.setLatency(0);
    }
  });

  it('after a first sync, the next round does not compare the arrived documents with the server again', async () => {
    const [a, b] = await pair();
    await saveArticles(
      a.library,
      Array.from({ length: 250 }, (_, i) => article(900 + i)),
    );
    await syncAll(a, b);
    expect((await listSummaries(b.library)).length).toBe(250);
    const before = couch.requests.length;
    await syncAll(b);
    // The push's catch-up ran in the first sync: a round with nothing new asks no _revs_diff.
    const asked = couch.requests.slice(before).filter((r) => r.url.includes('/_revs_diff'));
    expect(asked).toEqual([]);
  });

  it('a round cut off mid-way keeps what arrived; a restarted engine resumes from the checkpoints', async () => {
    const [a, b, config] = await pair();
    await saveArticles(
      a.library,
      Array.from({ length: 250 }, (_, i) => article(100 + i)),
    );
    await syncAll(a);
    couch.setLatency(40);
    const start = couch.requests.length;
    const round = b.engine.syncNow();
    // Cut once the pull has written its first checkpoint (a batch of 100 is in B's buffer).
    const checkpointed = () =>
      couch.requests
        .slice(start)
        .some((r) => r.method === 'PUT' && r.url.includes('/_local/') && r.status === 201);
    const started = Date.now();
    while (!checkpointed() && Date.now() - started < 20_000)
      await new Promise((resolve) => setTimeout(resolve, 10));
    couch.cut();
    expect((await round).error).toBe('unreachable');
    const kept = (await listSummaries(b.library)).length;
    expect(kept).toBeGreaterThanOrEqual(100);
    expect(kept).toBeLessThan(250);
    // Applying resumes too: the applied checkpoint moved with what the library holds.
    expect((await getSyncState(b.library))?.appliedSeq).toBeGreaterThan(0);
    couch.setLatency(0);
    couch.restore();
    const mark = couch.requests.length;
    const restarted = await makeDevice(b);
    await syncAll(restarted);
    expect((await listSummaries(b.library)).length).toBe(250);
    expect(await readOutbox(b.library)).toEqual([]);
    // The pull resumed from its checkpoint, and fetched only documents it did not have.
    const after = couch.requests.slice(mark);
    const pulls = after.filter((r) => r.url.includes(`/${config.database}/_changes`));
    expect(pulls[0]?.url).not.toMatch(/[?&]since=0(&|$)/);
    const fetched = after.filter((r) => r.url.includes('/_bulk_get')).reduce((n, r) => n + (r.docs ?? 0), 0);
    expect(fetched).toBeLessThanOrEqual(250 - 100);
  });
});

describe('turning sync on and off', () => {
  it('refuses a non-http URL, a wrong password, a server that is not CouchDB, and one that is not there', async () => {
    const device = await makeDevice();
    const database = await couch.createDatabase('checks');
    expect(await device.engine.enableSync(configFor('ftp://127.0.0.1', database))).toEqual({
      ok: false,
      error: 'bad-url',
    });
    expect(
      await device.engine.enableSync(
        configFor(couch.url, database, { username: couch.admin.username, password: 'wrong' }),
      ),
    ).toEqual({ ok: false, error: 'unauthorized' });
    const html = await startHtmlServer();
    expect(await device.engine.enableSync(configFor(html.url, database))).toEqual({
      ok: false,
      error: 'not-couchdb',
    });
    await html.close();
    expect(await device.engine.enableSync(configFor(html.url, database))).toEqual({
      ok: false,
      error: 'unreachable',
    });
    expect((await device.engine.getSyncStatus()).enabled).toBe(false);
    expect(device.storage.size).toBe(0);
  });

  it('a user who may not create the database gets no-database; a non-member gets forbidden', async () => {
    const device = await makeDevice();
    const user = await couch.createUser('reader', 'secret');
    expect(
      await device.engine.enableSync(
        configFor(couch.url, 'missing-db', { username: user, password: 'secret' }),
      ),
    ).toEqual({ ok: false, error: 'no-database' });
    const database = await couch.createDatabase('private');
    const other = await couch.createUser('member', 'secret');
    await couch.allowUser(database, other);
    expect(
      await device.engine.enableSync(configFor(couch.url, database, { username: user, password: 'secret' })),
    ).toEqual({ ok: false, error: 'forbidden' });
  });

  it('announces status changes: syncing during a round, then idle with the time', async () => {
    const device = await makeDevice();
    expect(await device.engine.enableSync(await adminConfig())).toEqual({ ok: true });
    await device.engine.syncNow();
    const seen: string[] = [];
    const stop = device.engine.onStatus((status) => seen.push(status.state));
    await saveArticle(device.library, article(60));
    expect((await device.engine.getSyncStatus()).pending).toBe(1);
    const done = await device.engine.syncNow();
    stop();
    // A round queued by turning sync on may run as well: each round says syncing, then idle.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length % 2).toBe(0);
    seen.forEach((state, i) => expect(state).toBe(i % 2 ? 'idle' : 'syncing'));
    expect(done).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('an admin’s missing database is created; turning off keeps the library and forgets the password', async () => {
    const device = await makeDevice();
    const name = `created-${Date.now()}`;
    await saveArticle(device.library, article(50));
    expect(await device.engine.enableSync(configFor(couch.url, name, couch.admin))).toEqual({ ok: true });
    await syncAll(device);
    expect((await couch.allDocs(name)).map((d) => d._id)).toContain('article:NW50');
    expect(couch.requests.every((r) => !r.url.includes(couch.admin.password))).toBe(true);
    await device.engine.disableSync();
    expect(await getArticle(device.library, 'NW50')).toBeDefined();
    expect(await device.engine.getSyncStatus()).toEqual({ enabled: false, state: 'off', pending: 0 });
    expect(JSON.stringify([...device.storage.values()])).not.toContain(couch.admin.password);
    await updateArticle(device.library, 'NW50', { read: true });
    expect(await readOutbox(device.library)).toEqual([]);
    await couch.deleteDatabase(name);
  });
});

async function startHtmlServer(): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>Router</title><p>Welcome');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
