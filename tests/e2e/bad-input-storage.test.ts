/**
 * Issue #7 §3, storage failures in the real browser: the disk filling up under a save, and the service worker
 * killed while saves are under way. Either way the user gets a clear message and the library stays whole.
 *
 * The manifest asks for `unlimitedStorage`, so Chromium's per-origin quota never applies (a CDP quota
 * override does not make writes fail); what does run out is the disk. The profile's IndexedDB directory
 * therefore lives on a small tmpfs mounted here (root, as on every machine of this project), which is
 * filled right before the save. Only that directory: with the whole profile on a full disk, Chromium 150
 * refuses to load pages (ERR_INSUFFICIENT_RESOURCES) or closes them, before any extension code runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishMessage } from '../../src/shared/english-messages.ts';
import type { MessageKey } from '../../src/shared/i18n.ts';
import type { Page } from 'playwright-core';
import { sharePagePosts, type CorpusPost } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { readLibrary, stopServiceWorker, type LibraryState } from './harness/hostile.ts';
import { readNotice } from './harness/notice.ts';
import { serverRenderedSharePage } from './harness/pages.ts';

const SHARE_PATH = '/html_News/NewsShare.html';
const FAILED_PREFIX = englishMessage('noticeFailed', '');
const reasons = (...keys: MessageKey[]): string[] => keys.map((key) => englishMessage(key));
/**
 * A full disk is named as such:
 * quota-exceeded for QuotaExceededError, write-failed for the backend's IO error.
 */
const DISK_FULL_REASONS = reasons('reason_quota_exceeded', 'reason_write_failed');
/** A save the worker never answered, because it was stopped under it. */
const CUT_REASONS = reasons('reason_interrupted');
const DISK = { sizeMb: 300, leaveKb: 64 } as const;
/**
 * The worker is killed back to back while saves run, and the pages' notices are read only every few kills:
 * a save of a long article (its search index takes a while to write) cannot finish between two kills,
 * so at least one is cut on any machine, however fast. (At 250 ms apart, a fast machine finished all four.)
 */
const KILL_EVERY_MS = 20;
const READ_NOTICES_EVERY = 10;
const posts = sharePagePosts();

let mount: string;
let session: ExtensionSession;
let server: FixtureServer;
let library: Page;

/** A long article (its search index takes a while to write), under its own code. */
function longPost(post: CorpusPost, copies: number, infoCode: string): CorpusPost {
  return { ...post, infoCode, body: Array.from({ length: copies }, () => post.body).join('\n') };
}
const LONG = posts.slice(2, 6).map((post, i) => longPost(post, 60, `NW2022020200000000${String(i + 10)}`));

beforeAll(async () => {
  server = await startFixtureServer();
  const byCode = new Map([...posts, ...LONG].map((post) => [post.infoCode, post]));
  server.route(SHARE_PATH, (_request, url) => {
    const post = byCode.get(url.searchParams.get('infoCode') ?? '');
    return post ? { body: serverRenderedSharePage(post) } : { status: 404, body: 'gone' };
  });
  session = await launchExtension({
    beforeLaunch: (userDataDir) => {
      mount = join(userDataDir, 'Default', 'IndexedDB');
      mkdirSync(mount, { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK.sizeMb}m`, 'tmpfs', mount]);
    },
  });
  library = await session.context.newPage();
  await library.goto(session.url('popup.html?view=library'));
}, 90_000);

afterAll(async () => {
  // The profile cannot be removed whole while the tmpfs sits in it: unmounted, then removed again.
  await session?.close().catch(() => undefined);
  await server?.close();
  if (mount) {
    execFileSync('umount', ['-l', mount]);
    rmSync(dirname(dirname(dirname(mount))), { recursive: true, force: true });
  }
});

async function visit(post: CorpusPost): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}${SHARE_PATH}?infoCode=${post.infoCode}`, {
    waitUntil: 'domcontentloaded',
  });
  return page;
}

const finalNotice = (page: Page, timeoutMs = 60_000) =>
  waitFor(
    () => readNotice(session.context, page),
    (text) => Boolean(text && !text.includes(englishMessage('noticeSaving'))),
    timeoutMs,
  );

const idsOf = (state: LibraryState | string): string[] =>
  typeof state === 'string' ? [] : state.articles.map((a) => a.id).sort();

/** Every record complete and matched by its summary; the stats count them. */
function expectConsistent(state: LibraryState | string): void {
  if (typeof state === 'string') throw new Error(`library unreadable: ${state}`);
  expect(state.summaryIds.sort()).toEqual(idsOf(state));
  for (const article of state.articles) expect(article.textLength, article.id).toBeGreaterThan(100);
  if (state.docCount !== undefined) expect(state.docCount).toBe(state.articles.length);
}

describe('storage failures', () => {
  it('says so clearly when the disk is full, and keeps every earlier article', async () => {
    for (const post of posts.slice(0, 2)) {
      const page = await visit(post);
      await finalNotice(page);
      await page.close();
    }
    const before = await readLibrary(library);
    expect(idsOf(before)).toEqual([posts[0]!.infoCode, posts[1]!.infoCode].sort());

    const filler = join(mount, 'filler');
    const free = Number(execFileSync('df', ['-k', '--output=avail', mount]).toString().split('\n')[1]);
    execFileSync('fallocate', ['-l', String((free - DISK.leaveKb) * 1024), filler]);
    try {
      const page = await visit(posts[6]!);
      const notice = await finalNotice(page);
      expect(notice).toContain(FAILED_PREFIX.trim());
      expect(
        DISK_FULL_REASONS.some((reason) => notice?.includes(reason)),
        notice,
      ).toBe(true);
      await page.close();
    } finally {
      rmSync(filler, { force: true });
    }
    const after = await readLibrary(library);
    expectConsistent(after);
    expect(idsOf(after)).toEqual(idsOf(before));
  }, 180_000);

  it('leaves no half record when the worker is killed during saves, and saves again afterwards', async () => {
    const pages = await Promise.all(LONG.map(visit));
    let kills = 0;
    const notices: Array<string | undefined> = [];
    // Kill the worker over and over until every page has given up or finished:
    // each save is cut wherever it is.
    const deadline = Date.now() + 120_000;
    for (let round = 1; Date.now() < deadline; round++) {
      if (await stopServiceWorker(session.context, library, session.extensionId)) kills += 1;
      await new Promise((resolve) => setTimeout(resolve, KILL_EVERY_MS));
      if (round % READ_NOTICES_EVERY) continue;
      const texts = await Promise.all(pages.map((page) => readNotice(session.context, page)));
      if (texts.every((text) => text && !text.includes(englishMessage('noticeSaving')))) {
        notices.push(...texts);
        break;
      }
    }
    expect(kills).toBeGreaterThan(0);
    expect(notices).toHaveLength(LONG.length);
    // At least one save was cut short (the others may have finished between kills):
    // each says so in plain words.
    const cut = notices.filter((text) => text?.includes(FAILED_PREFIX.trim()));
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut)
      expect(
        CUT_REASONS.some((reason) => text?.includes(reason)),
        text,
      ).toBe(true);
    expectConsistent(await readLibrary(library));
    await Promise.all(pages.map((page) => page.close()));

    // With the worker left alone, the same pages save whole.
    for (const post of LONG) {
      const page = await visit(post);
      await finalNotice(page);
      await page.close();
    }
    const state = await readLibrary(library);
    expectConsistent(state);
    for (const post of LONG) expect(idsOf(state)).toContain(post.infoCode);
  }, 300_000);
});
