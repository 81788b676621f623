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
import { keepStoppingServiceWorker, readLibrary, type LibraryState } from './harness/hostile.ts';
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
 * While saves run, a worker is stopped 150 ms after it appears: long enough to start and take the saves
 * waiting for it, far shorter than the save of a long article (its search index takes a while to write).
 */
const STOPPING = { pauseMs: 20, graceMs: 150 } as const;
const posts = sharePagePosts();

let mount: string;
let session: ExtensionSession;
let server: FixtureServer;
let library: Page;

/** A long article (its search index takes a while to write), under its own code. */
function longPost(post: CorpusPost, copies: number, infoCode: string): CorpusPost {
  return { ...post, infoCode, body: Array.from({ length: copies }, () => post.body).join('\n') };
}
/** Up to three rounds of four long articles, each round under codes of its own. */
const LONG_ROUNDS = [1, 2, 3].map((round) =>
  posts
    .slice(2, 6)
    .map((post, i) => longPost(post, 60, `NW202202020000000${String(round)}${String(i + 10)}`)),
);

beforeAll(async () => {
  server = await startFixtureServer();
  const byCode = new Map([...posts, ...LONG_ROUNDS.flat()].map((post) => [post.infoCode, post]));
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

/** A notice that no longer says the save is under way. */
const ended = (text: string | undefined): boolean =>
  Boolean(text && !text.includes(englishMessage('noticeSaving')));

const finalNotice = (page: Page, timeoutMs = 60_000) =>
  waitFor(() => readNotice(session.context, page), ended, timeoutMs);

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
    // From before the pages open until every page has given up or finished, each worker is stopped soon
    // after it starts, so each save is cut wherever it is. A save can still fit between two stops on a loaded
    // machine; a round in which all of them did proves nothing, so a fresh set of pages tries again.
    let cut: string[] = [];
    let lastRound: CorpusPost[] = [];
    for (const round of LONG_ROUNDS) {
      const killer = await keepStoppingServiceWorker(session.context, library, session.extensionId, STOPPING);
      const pages = await Promise.all(round.map(visit)).catch(async (error: unknown) => {
        await killer.stop();
        throw error;
      });
      const notices = await waitFor(
        () => Promise.all(pages.map((page) => readNotice(session.context, page))),
        (texts) => texts.every(ended),
        120_000,
      );
      const kills = await killer.stop();
      expect(kills).toBeGreaterThan(0);
      for (const text of notices)
        expect(ended(text), `every page says how its save ended: ${String(text)}`).toBe(true);
      cut = notices.filter((text): text is string => Boolean(text?.includes(FAILED_PREFIX.trim())));
      expectConsistent(await readLibrary(library));
      await Promise.all(pages.map((page) => page.close()));
      lastRound = round;
      if (cut.length > 0) break;
    }
    // Each save cut short says so in plain words.
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut)
      expect(
        CUT_REASONS.some((reason) => text.includes(reason)),
        text,
      ).toBe(true);

    // With the worker left alone, the same pages save whole.
    for (const post of lastRound) {
      const page = await visit(post);
      await finalNotice(page);
      await page.close();
    }
    const state = await readLibrary(library);
    expectConsistent(state);
    for (const post of lastRound) expect(idsOf(state)).toContain(post.infoCode);
  }, 420_000);
});
