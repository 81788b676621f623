/**
 * Issue #17 §1 and the reader's side of §2 in real Chromium: highlights made from a real selection (set
 * through the DOM as a drag leaves it, across bold text, a link and paragraphs), kept through a reload
 * and a re-save with a changed body, their notes, deletion; tags, favourite and archive; bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Highlight } from '../../src/annotations/types.ts';
import { NOTE_MAX_CHARS, TAG_MAX_CHARS } from '../../src/annotations/limits.ts';
import { sharePagePosts } from '../../testkit/corpus.ts';
import { waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { describeViolations, runAxe, seriousOrWorse } from './harness/axe.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import {
  launchWithLibrary,
  shareUrlOf,
  sourceOfItem,
  withInfoCode,
  type SeededLibrary,
  type ShareItem,
} from './harness/reader-library.ts';

const post = withInfoCode(sharePagePosts())[4]!;
/** Two paragraphs of our own before the post's body: bold text and a link inside the first. */
const LEAD =
  '<p>甲段开头的文字，<b>加粗的词语</b>接着是<a href="https://example.com/more">一个链接</a>和后面的文字。</p>' +
  '<p>乙段说的是另一件事情，也有几句话。</p>';
const INSERTED = '<p>新插入的一段话放在最前面，让后面的位置都往后移动。</p>';
const item: ShareItem = { post, body: LEAD + post.body };
const id = post.infoCode;
/** Another article, whose tag completes the tag field of the first. */
const other: ShareItem = { post: withInfoCode(sharePagePosts())[5]! };

/** Across the bold text and into the link. */
const QUOTE_A = '开头的文字，加粗的词语接着是一个';
/** Across the paragraph break. */
const QUOTE_B = '和后面的文字。\n乙段说的是另一件';

let library: SeededLibrary;
let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  library = await launchWithLibrary([item, other]);
  ({ session, server } = library);
});

afterAll(async () => {
  await library?.close();
});

type Stored = {
  highlights?: Highlight[];
  highlightTombstones?: Array<{ id: string }>;
  note?: string;
  tags?: string[];
  favourite?: boolean;
  archived?: boolean;
  textContent: string;
};

async function stored(): Promise<Stored> {
  const records = await session.readArticles();
  return records.find((record) => record.id === id) as unknown as Stored;
}

async function openReader(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url(`reader.html?id=${id}`));
  await page.waitForSelector('.article-body p');
  return page;
}

interface Point {
  /** CSS selector of the element holding the text. */
  in: string;
  /** Text in one of its text nodes; the point is at its start, or its end with `after`. */
  text: string;
  after?: boolean;
}

/** Selects from one point to another the way a mouse drag leaves the selection: anchor and focus in text. */
async function select(page: Page, from: Point, to: Point): Promise<void> {
  await page.evaluate(
    ([start, end]) => {
      const find = (point: { in: string; text: string; after?: boolean }): [Text, number] => {
        const root = document.querySelector(point.in);
        if (!root) throw new Error(`no ${point.in}`);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(point.text);
          if (at !== -1) return [node as Text, at + (point.after ? point.text.length : 0)];
        }
        throw new Error(`no "${point.text}" in ${point.in}`);
      };
      const [startNode, startOffset] = find(start);
      const [endNode, endOffset] = find(end);
      getSelection()!.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
    },
    [from, to] as const,
  );
}

const FIRST = '.article-body p:first-of-type';
const SECOND = '.article-body p:nth-of-type(2)';
/** After the re-save a paragraph comes before these two: then they are found by their words. */
const BODY = '.article-body';

/** The text each highlight shows in the body, by highlight id (its marks joined). */
async function markedText(page: Page): Promise<Record<string, { text: string; classes: string[] }>> {
  return page.$$eval('mark.hl', (marks) => {
    const out: Record<string, { text: string; classes: string[] }> = {};
    for (const mark of marks) {
      const key = mark.getAttribute('data-hl') ?? '';
      const entry = (out[key] ??= { text: '', classes: [] });
      entry.text += mark.textContent ?? '';
      for (const name of mark.classList) if (!entry.classes.includes(name)) entry.classes.push(name);
    }
    return out;
  });
}

const highlightWith = (record: Stored, exact: string): Highlight | undefined =>
  record.highlights?.find((h) => h.quote.exact === exact);

describe('highlights in the reader', () => {
  let idA = '';
  let idB = '';

  it('highlights a selection across bold text and a link with h, and shows it again after a reload', async () => {
    const page = await openReader();
    await select(page, { in: FIRST, text: '开头' }, { in: `${FIRST} a`, text: '一个', after: true });
    await page.waitForSelector('.hl-toolbar');
    await page.keyboard.press('h');
    const record = await waitFor(stored, (r) => Boolean(highlightWith(r, QUOTE_A)));
    const made = highlightWith(record, QUOTE_A)!;
    idA = made.id;
    expect(made.color).toBe('yellow');
    expect(record.textContent.slice(made.position.start, made.position.end)).toBe(QUOTE_A);
    expect(made.quote.prefix.endsWith('甲段')).toBe(true);
    // The selection is gone, and the toolbar with it.
    await page.waitForSelector('.hl-toolbar', { state: 'detached' });

    await page.reload();
    await page.waitForSelector(`mark[data-hl="${idA}"]`);
    const marks = await markedText(page);
    expect(marks[idA]?.text).toBe('开头的文字，加粗的词语接着是一个');
    expect(marks[idA]?.classes).toContain('hl-yellow');
    expect(await page.locator(`${FIRST} b mark[data-hl="${idA}"]`).count()).toBe(1);
    expect(await page.locator(`${FIRST} a mark[data-hl="${idA}"]`).count()).toBe(1);
    await page.close();
  });

  it('changes a highlight’s colour from its popover, and h then uses that colour', async () => {
    const page = await openReader();
    await page.click(`mark[data-hl="${idA}"] >> nth=0`);
    await page.waitForSelector(`.hl-popover[data-hl-open="${idA}"]`);
    await page.click('.hl-popover button[data-color="pink"]');
    await waitFor(stored, (r) => highlightWith(r, QUOTE_A)?.color === 'pink');
    await page.waitForSelector(`mark.hl-pink[data-hl="${idA}"]`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.hl-popover', { state: 'detached' });
    // Focus is back on the highlight, and Enter opens it again from the keyboard.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hl'))).toBe(idA);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.hl-popover[data-hl-open="${idA}"]`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.hl-popover', { state: 'detached' });

    await select(page, { in: FIRST, text: '和后面' }, { in: SECOND, text: '另一件', after: true });
    await page.keyboard.press('H');
    const record = await waitFor(stored, (r) => Boolean(highlightWith(r, QUOTE_B)));
    const made = highlightWith(record, QUOTE_B)!;
    idB = made.id;
    expect(made.color).toBe('pink');
    await page.reload();
    await page.waitForSelector(`mark[data-hl="${idB}"]`);
    const marks = await markedText(page);
    expect(marks[idA]?.classes).toContain('hl-pink');
    expect(marks[idB]?.text).toBe('和后面的文字。乙段说的是另一件');
    expect(await page.locator(`${SECOND} mark[data-hl="${idB}"]`).count()).toBe(1);
    await page.close();
  });

  it('adds a note with n, kept as text, and cuts a note over the limit with a message', async () => {
    const page = await openReader();
    await select(page, { in: SECOND, text: '事情' }, { in: SECOND, text: '几句话', after: true });
    await page.keyboard.press('n');
    await page.waitForSelector('.hl-popover textarea:focus');
    const note = '我的<b>批注</b> & <img src=x onerror=alert(1)>';
    await page.keyboard.insertText(note);
    await page.click('.hl-popover .hl-save-note');
    const record = await waitFor(stored, (r) => highlightWith(r, '事情，也有几句话')?.note === note);
    const made = highlightWith(record, '事情，也有几句话')!;
    expect(made.note).toBe(note);
    await page.waitForSelector('.hl-popover .hl-message:has-text("Note saved")');

    await page.reload();
    const mark = page.locator(`mark[data-hl="${made.id}"]`).first();
    expect(await mark.getAttribute('title')).toBe(note);
    await mark.click();
    expect(await page.inputValue('.hl-popover textarea')).toBe(note);
    expect(await page.locator('.hl-popover b, .hl-popover img, .article-body img[src="x"]').count()).toBe(0);

    await page.fill('.hl-popover textarea', '长'.repeat(100_000));
    await page.click('.hl-popover .hl-save-note');
    await page.waitForSelector('.hl-popover .hl-message:has-text("cut to its first 10000 characters")');
    const cut = await waitFor(
      stored,
      (r) => highlightWith(r, '事情，也有几句话')?.note?.length === NOTE_MAX_CHARS,
    );
    expect(highlightWith(cut, '事情，也有几句话')?.note).toBe('长'.repeat(NOTE_MAX_CHARS));
    await page.click('.hl-popover .hl-delete');
    await waitFor(stored, (r) => !highlightWith(r, '事情，也有几句话'));
    await page.close();
  });

  it('keeps the highlights placed when the article is saved again with a paragraph inserted before them, and lists one whose words are gone', async () => {
    const marking = await openReader();
    await select(
      marking,
      { in: SECOND, text: '也有几句话' },
      { in: SECOND, text: '也有几句话', after: true },
    );
    await marking.keyboard.press('h');
    await waitFor(stored, (r) => Boolean(highlightWith(r, '也有几句话')));
    await marking.close();
    const before = await stored();
    const oldStart = highlightWith(before, QUOTE_A)!.position.start;
    item.body = INSERTED + LEAD.replace('也有几句话', '后来改写成了别的内容') + post.body;
    const share = await session.context.newPage();
    await share.goto(shareUrlOf(server, item));
    const after = await waitFor(stored, (r) => r.textContent.startsWith('新插入的一段话'));
    await share.close();

    const page = await openReader();
    await page.waitForSelector(`mark[data-hl="${idB}"]`);
    const marks = await markedText(page);
    expect(marks[idA]?.text).toBe('开头的文字，加粗的词语接着是一个');
    expect(marks[idB]?.text).toBe('和后面的文字。乙段说的是另一件');
    expect(await page.textContent('.hl-detached blockquote')).toBe('也有几句话');
    expect(await page.locator('.hl-detached li').count()).toBe(1);
    await page.close();

    // The store placed them again too, on the new text, and kept the lost one as detached.
    const a = highlightWith(after, QUOTE_A)!;
    expect(a.detached).toBeUndefined();
    expect(a.position.start).toBeGreaterThan(oldStart);
    expect(after.textContent.slice(a.position.start, a.position.end)).toBe(QUOTE_A);
    expect(highlightWith(after, '也有几句话')?.detached).toBe(true);
  });

  it('copies the article as Markdown with its highlights after the body', async () => {
    const page = await openReader();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.waitForSelector('.copy-markdown [data-result="copiedAsMarkdown"]');
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'paste-target';
      document.body.append(field);
      field.focus();
    });
    await page.keyboard.press('Control+V');
    const copied = await page.inputValue('#paste-target');
    expect(copied).toMatch(/^---\nlayout: post\n/);
    const section = copied.slice(copied.indexOf('\n## Highlights\n'));
    expect(section).toContain(`> ${QUOTE_A}`);
    expect(section).toContain('> 也有几句话');
    await page.close();
  });

  it('deletes a highlight from its popover or from the detached list, for good', async () => {
    const page = await openReader();
    await page.click('.hl-detached .hl-delete');
    await page.waitForSelector('.hl-detached', { state: 'detached' });
    await waitFor(stored, (r) => !highlightWith(r, '也有几句话'));
    await page.click(`mark[data-hl="${idA}"] >> nth=0`);
    await page.click('.hl-popover .hl-delete');
    await page.waitForSelector(`mark[data-hl="${idA}"]`, { state: 'detached' });
    const record = await waitFor(stored, (r) => !r.highlights?.some((h) => h.id === idA));
    expect(record.highlightTombstones?.map((t) => t.id)).toContain(idA);
    await page.reload();
    await page.waitForSelector(`mark[data-hl="${idB}"]`);
    expect(await page.locator(`mark[data-hl="${idA}"]`).count()).toBe(0);
    await page.close();
  });

  it('opens a highlight inside a link with h once the link has focus, and Escape gives the link its focus back', async () => {
    // The body's first link is the lead paragraph's (the re-save above put a paragraph before it).
    const page = await openReader();
    await select(page, { in: `${BODY} a`, text: '链接' }, { in: `${BODY} a`, text: '链接', after: true });
    await page.keyboard.press('h');
    const inLink = highlightWith(await waitFor(stored, (r) => Boolean(highlightWith(r, '链接'))), '链接')!.id;
    await page.reload();
    await page.waitForSelector(`${BODY} a mark[data-hl="${inLink}"]`);
    // Enter on the link follows it, so its mark takes no focus: h opens it.
    expect(await page.getAttribute(`mark[data-hl="${inLink}"]`, 'tabindex')).toBeNull();
    await page.focus(`${BODY} a`);
    await page.keyboard.press('h');
    await page.waitForSelector(`.hl-popover[data-hl-open="${inLink}"]`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.hl-popover', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('一个链接');
    // With focus elsewhere, h without a selection does nothing.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('h');
    expect(await page.locator('.hl-popover').count()).toBe(0);
    await page.close();
  });

  it('opens scrolled to the highlight its address names (#hl-<id>, as the Highlights page links it)', async () => {
    const page = await openReader();
    const last = '.article-body p:last-of-type';
    const words = (await page.textContent(last))!.trim().slice(0, 6);
    await select(page, { in: last, text: words }, { in: last, text: words, after: true });
    await page.keyboard.press('h');
    const record = await waitFor(stored, (r) => Boolean(highlightWith(r, words)));
    const target = highlightWith(record, words)!.id;
    await page.close();
    // A new page, as the Highlights page opens it, in a window short enough to need scrolling.
    const opened = await session.context.newPage();
    await opened.setViewportSize({ width: 700, height: 300 });
    await opened.goto(session.url(`reader.html?id=${id}#hl-${encodeURIComponent(target)}`));
    await opened.waitForSelector(`mark.hl-target[data-hl="${target}"]`);
    const placed = await opened.evaluate((hl) => {
      const mark = document.querySelector(`mark[data-hl="${hl}"]`)!;
      const box = mark.getBoundingClientRect();
      return {
        top: box.top,
        bottom: box.bottom,
        scrolled: scrollY,
        focused: document.activeElement === mark,
      };
    }, target);
    expect(placed.scrolled).toBeGreaterThan(0);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.bottom).toBeLessThanOrEqual(300);
    expect(placed.focused).toBe(true);
    await opened.close();
  });

  it('does nothing and says nothing for a selection outside the body, inside the toolbar or of whitespace', async () => {
    const page = await openReader();
    const count = (await stored()).highlights?.length ?? 0;
    // The title is outside the body.
    await select(
      page,
      { in: '.article-title', text: post.title.slice(0, 4) },
      {
        in: '.article-title',
        text: post.title.slice(4, 8),
        after: true,
      },
    );
    await page.keyboard.press('h');
    // Only whitespace: from the end of one paragraph to the start of the next.
    await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('.article-body p')];
      const a = paragraphs.find((p) => p.textContent?.startsWith('甲段'))!;
      const b = paragraphs.find((p) => p.textContent?.startsWith('乙段'))!;
      getSelection()!.setBaseAndExtent(a, a.childNodes.length, b, 0);
    });
    await page.keyboard.press('h');
    // Inside the toolbar: opened by a real selection, then the toolbar's own words selected.
    await select(page, { in: BODY, text: '乙段' }, { in: BODY, text: '乙段说的', after: true });
    await page.waitForSelector('.hl-toolbar');
    await select(page, { in: '.hl-toolbar', text: 'Add' }, { in: '.hl-toolbar', text: 'note', after: true });
    await page.keyboard.press('h');
    await page.waitForTimeout(500);
    expect((await stored()).highlights?.length ?? 0).toBe(count);
    expect(await page.textContent('.hl-status')).toBe('');
    expect(await page.locator('.hl-popover').count()).toBe(0);
    await page.close();
  });

  it('lists h and n in the ? help, and axe finds no serious violations with the toolbar or a highlight open', async () => {
    const page = await openReader();
    await page.keyboard.press('?');
    await page.waitForSelector('.shortcut-help[open]');
    expect(await page.textContent('.shortcut[data-action="highlight"]')).toContain('h');
    expect(await page.textContent('.shortcut[data-action="note"]')).toContain('n');
    expect(await page.textContent('.shortcut[data-action="openHighlightInLink"]')).toContain('h');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.shortcut-help[open]', { state: 'detached' });

    await select(page, { in: BODY, text: '乙段' }, { in: BODY, text: '乙段说的', after: true });
    await page.waitForSelector('.hl-toolbar');
    expect(describeViolations(seriousOrWorse(await runAxe(page)))).toEqual([]);
    await page.click(`mark[data-hl="${idB}"] >> nth=0`);
    await page.waitForSelector('.hl-popover');
    expect(describeViolations(seriousOrWorse(await runAxe(page)))).toEqual([]);
    // Highlight fills keep text and links readable in the dark and sepia themes too (t cycles themes).
    for (const theme of ['dark', 'sepia']) {
      while ((await page.getAttribute('html', 'data-theme')) !== theme) await page.keyboard.press('t');
      expect(describeViolations(seriousOrWorse(await runAxe(page))), theme).toEqual([]);
    }
    await page.keyboard.press('t');
    // A press outside the open highlight closes it.
    await page.click('.article-title');
    await page.waitForSelector('.hl-popover', { state: 'detached' });
    await page.close();
  });
});

it('links the Highlights page from its toolbar', async () => {
  const page = await openReader();
  const link = page.getByRole('link', { name: 'All highlights', exact: true });
  await Promise.all([page.waitForURL(session.url('highlights.html')), link.click()]);
  expect(await page.title()).not.toBe('');
  await page.close();
});

describe('tags, favourite and archive in the reader', () => {
  it('adds and removes a tag, and refuses one of spaces or over the limit with a message', async () => {
    const page = await openReader();
    const automatic = `${sourceOfItem(item)}新闻`;
    expect(await page.textContent(`.tag[data-tag="${automatic}"]`)).toContain('automatic');

    await page.fill('.tag-input', '   \u3000 ');
    await page.click('.tag-add-button');
    await page.waitForSelector('.user-state-message:has-text("at least one character")');
    await page.fill('.tag-input', '长'.repeat(TAG_MAX_CHARS + 1));
    await page.click('.tag-add-button');
    await page.waitForSelector(`.user-state-message:has-text("at most ${TAG_MAX_CHARS} characters")`);
    expect((await stored()).tags).toEqual([automatic]);
    // The refused tag stays in the field to be corrected.
    expect(await page.inputValue('.tag-input')).toBe('长'.repeat(TAG_MAX_CHARS + 1));

    await page.fill('.tag-input', '  待读   清单 ');
    await page.press('.tag-input', 'Enter');
    await page.waitForSelector('.tag[data-tag="待读 清单"]');
    expect((await waitFor(stored, (r) => r.tags?.length === 2)).tags).toEqual([automatic, '待读 清单']);
    expect(await page.textContent('.user-state-message')).toBe('');

    // Another article's tag completes the field here.
    const elsewhere = await session.context.newPage();
    await elsewhere.goto(session.url(`reader.html?id=${other.post.infoCode}`));
    await elsewhere.fill('.tag-input', '宏观研究');
    await elsewhere.press('.tag-input', 'Enter');
    await elsewhere.waitForSelector('.tag[data-tag="宏观研究"]');
    await elsewhere.close();

    await page.reload();
    await page.waitForSelector('.tag[data-tag="待读 清单"]');
    await page.waitForSelector('#reader-known-tags option[value="宏观研究"]', { state: 'attached' });
    // Tags the article has already are not offered again.
    expect(await page.locator('#reader-known-tags option[value="待读 清单"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Remove tag 待读 清单' }).click();
    await page.waitForSelector('.tag[data-tag="待读 清单"]', { state: 'detached' });
    expect((await waitFor(stored, (r) => r.tags?.length === 1)).tags).toEqual([automatic]);
    await page.close();
  });

  it('switches favourite and archive, and they persist', async () => {
    const page = await openReader();
    const favourite = page.getByRole('button', { name: 'Favourite' });
    const archive = page.getByRole('button', { name: 'Archive' });
    expect(await favourite.getAttribute('aria-pressed')).toBe('false');
    await favourite.click();
    await archive.click();
    await waitFor(stored, (r) => r.favourite === true && r.archived === true);
    await page.reload();
    await page.waitForSelector('.favourite-toggle[aria-pressed="true"]');
    expect(await archive.getAttribute('aria-pressed')).toBe('true');
    await archive.click();
    const record = await waitFor(stored, (r) => !r.archived);
    expect(record.favourite).toBe(true);
    await page.close();
  });

  it('keeps the article note under the title, as text, and cuts one over the limit with a message', async () => {
    const page = await openReader();
    const note = '读后感：<script>alert(1)</script>值得再看';
    await page.fill('.article-note-text', note);
    await page.click('.article-note-save');
    await waitFor(stored, (r) => r.note === note);
    await page.reload();
    expect(await page.inputValue('.article-note-text')).toBe(note);
    expect(await page.locator('.article-note script').count()).toBe(0);

    await page.fill('.article-note-text', 'x'.repeat(100_000));
    await page.click('.article-note-save');
    await page.waitForSelector('.article-note-message:has-text("cut to its first 10000 characters")');
    await waitFor(stored, (r) => r.note?.length === NOTE_MAX_CHARS);
    expect(await page.inputValue('.article-note-text')).toHaveLength(NOTE_MAX_CHARS);
    await page.close();
  });
});
