/**
 * Issue 17 §3 in real Chromium: a library with highlights (one deleted), tags, a note, a favourite and an
 * archived article, exported to JSON from the options page and imported into a fresh profile, gives the
 * same records, and exporting there gives the same file. The reader's state is written through the real
 * store from a test-only extension page (harness/reader-state-page.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { launchExtension, type ExtensionSession } from '../../testkit/browser/extension.ts';
import {
  launchWithLibrary,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';
import { buildReaderStateDist, callReaderState, openReaderState } from './harness/reader-state-page.ts';
import type { PageDist } from '../../testkit/browser/page-dist.ts';

const posts = withInfoCode(sharePagePosts());
const items: ShareItem[] = [{ post: posts[0]! }, { post: posts[1]! }, { post: posts[2]! }];
const [A, B] = items.map((item) => item.post.infoCode) as [string, string, string];
/** The fields the reader's layer adds to a record. */
const READER_FIELDS = [
  'tags',
  'editedFields',
  'favourite',
  'archived',
  'note',
  'highlights',
  'highlightTombstones',
];

let dist: PageDist;
let library: SeededLibrary;
let fresh: ExtensionSession;
const dir = mkdtempSync(join(tmpdir(), 'jianbao-export-highlights-'));

beforeAll(async () => {
  dist = await buildReaderStateDist();
  library = await launchWithLibrary(items, { args: dist.args });
  fresh = await launchExtension();
}, 90_000);

afterAll(async () => {
  await Promise.all([library?.close(), fresh?.close()]);
  dist?.remove();
  rmSync(dir, { recursive: true, force: true });
});

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('options.html'));
  await page.locator('main.options').waitFor();
  return page;
}

async function exportJson(options: Page): Promise<string> {
  const started = options.waitForEvent('download');
  await options.click('button.export-json');
  return readFileSync(await (await started).path()).toString('utf8');
}

/** Imports a file through the options page, confirming it where the page asks first. */
async function importFile(options: Page, path: string): Promise<string> {
  await options.setInputFiles('input[name="import"]', path);
  const confirm = options.locator('.import-confirm button.confirm-import');
  const done = options.locator('.export-import .status[data-kind="ok"]:has-text("Imported")');
  await confirm.or(done).first().waitFor();
  if (await confirm.isVisible()) await confirm.click();
  await done.waitFor();
  return (await done.textContent()) ?? '';
}

/** Each record's reader fields, by id. */
async function readerState(session: ExtensionSession): Promise<Record<string, Record<string, unknown>>> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const record of await session.readArticles())
    state[record.id as string] = Object.fromEntries(READER_FIELDS.map((key) => [key, record[key]]));
  return state;
}

const withoutTime = (text: string): string => text.replace(/"exportedAt": "[^"]*"/, '');

describe('export → import into a fresh profile', () => {
  let exported: string;

  it('exports highlights, their tombstones, note, tags, favourite and archive', async () => {
    const page = await openReaderState(library.session);
    await callReaderState(page, 'update', A, {
      tags: ['货币政策', 'two words'],
      favourite: true,
      note: '值得再读：\n降准的背景。',
    });
    const { id: first } = await callReaderState(page, 'highlight', A, {
      start: 0,
      end: 12,
      color: 'green',
      note: '开头',
      at: '2026-12-01T10:00:00+08:00',
    });
    const { id: gone } = await callReaderState(page, 'highlight', A, {
      start: 20,
      end: 30,
      color: 'pink',
      at: '2026-12-01T10:05:00+08:00',
    });
    await callReaderState(page, 'highlight', B, {
      start: 5,
      end: 15,
      color: 'blue',
      at: '2026-12-02T09:00:00+08:00',
    });
    await callReaderState(page, 'removeHighlight', A, gone);
    await callReaderState(page, 'update', B, { archived: true });

    exported = await exportJson(await openOptions(library.session));
    const file = JSON.parse(exported) as { articles: Array<Record<string, unknown>> };
    const a = file.articles.find((r) => r.id === A)!;
    expect(
      (a.highlights as Array<{ id: string; color: string; note?: string }>).map((h) => [
        h.id,
        h.color,
        h.note,
      ]),
    ).toEqual([[first, 'green', '开头']]);
    expect((a.highlightTombstones as Array<{ id: string }>).map((t) => t.id)).toEqual([gone]);
    expect(a).toMatchObject({ favourite: true, note: '值得再读：\n降准的背景。', editedFields: ['tags'] });
    expect(a.tags).toEqual(expect.arrayContaining(['货币政策', 'two words']));
    expect(file.articles.find((r) => r.id === B)).toMatchObject({ archived: true });
  });

  it('imports into a fresh profile with the same reader state, and exports the same file again', async () => {
    const path = join(dir, 'library.json');
    writeFileSync(path, exported);
    const options = await openOptions(fresh);
    expect(await importFile(options, path)).toContain('3 added, 0 updated, 0 kept');
    expect(await readerState(fresh)).toEqual(await readerState(library.session));
    expect(withoutTime(await exportJson(options))).toBe(withoutTime(exported));
  });
});
