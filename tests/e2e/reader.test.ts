/** Issue #2: the reader view shows the saved body and never a script from the page. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sharePagePosts, type CorpusPost } from '../../testkit/corpus.ts';
import { launchExtension, waitFor, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { serverRenderedSharePage, sourceOf } from './harness/pages.ts';

const post = sharePagePosts()[3] as CorpusPost;
let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const hostile = post.body.replace(
    '</p>',
    '</p><script>window.__pwned = 1; fetch("/beacon-script")</script><p><img src="/beacon-img.png" onerror="window.__pwned=2">配图</p>',
  );
  server.route('/html_News/NewsShare.html', { body: serverRenderedSharePage({ ...post, body: hostile }) });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

it('shows title, source, time, category, original link and body, and runs no page script', async () => {
  const page = await session.context.newPage();
  const shareUrl = `${server.origin}/html_News/NewsShare.html?infoCode=${post.infoCode}`;
  await page.goto(shareUrl);
  await waitFor(
    () => session.readArticles(),
    (records) => records.length === 1,
  );
  const requestsBeforeReader = server.requests.length;
  const dialogs: string[] = [];
  const reader = await session.context.newPage();
  reader.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  await reader.goto(session.url(`reader.html?id=${post.infoCode}`));
  await reader.waitForSelector('.article-body p');

  expect(await reader.textContent('.article-title')).toBe(post.title);
  expect(await reader.textContent('[data-meta="source"] dd')).toBe(sourceOf(post));
  // The category is the source's name here, so the header says it once.
  expect(await reader.locator('[data-meta="category"]').count()).toBe(0);
  expect(await reader.getAttribute('[data-meta="published"] time', 'datetime')).toMatch(/\+08:00$/);
  expect(await reader.getAttribute('.original-link', 'href')).toBe(shareUrl);
  const firstParagraph = /<p>([^<]{10,})/.exec(post.body)?.[1]?.slice(0, 10) ?? '';
  expect(await reader.textContent('.article-body')).toContain(firstParagraph);

  expect(await reader.locator('.article-body script').count()).toBe(0);
  expect(await reader.locator('.article-body [onerror]').count()).toBe(0);
  expect(await reader.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The share page itself ran its script; the reader must not have run it again.
  expect(server.requests.slice(requestsBeforeReader)).not.toContain('/beacon-script');
  await Promise.all([page.close(), reader.close()]);
});

it('sanitizes a stored body again before showing it, whatever wrote the record', async () => {
  // A record written by another copy of the library (an import, an older version) is not trusted either:
  // it goes into the store as it is, around the extractor's sanitizer.
  const payload =
    '<p>未经清洗的正文</p><script>window.__pwned = 3</script><img src="/beacon-stored.png" onerror="window.__pwned = 4">' +
    '<a href="javascript:window.__pwned = 5" id="js-link">链接</a><iframe src="/beacon-frame"></iframe><p onclick="window.__pwned = 6">段落</p>';
  await session.worker.evaluate(
    async ({ id, html }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('jianbao');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('the jianbao database did not open'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('articles', 'readwrite');
        const store = tx.objectStore('articles');
        const read = store.get(id);
        read.onsuccess = () => store.put({ ...read.result, contentHtml: html });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('writing the article failed'));
      });
      db.close();
    },
    { id: post.infoCode!, html: payload },
  );
  const requestsBefore = server.requests.length;
  const reader = await session.context.newPage();
  await reader.goto(session.url(`reader.html?id=${post.infoCode}`));
  await reader.waitForSelector('.article-body p');

  expect(await reader.textContent('.article-body')).toContain('未经清洗的正文');
  const body = await reader.innerHTML('.article-body');
  expect(body).not.toMatch(/<script|<iframe|onerror|onclick|javascript:/i);
  expect(await reader.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(server.requests.slice(requestsBefore).filter((path) => path.startsWith('/beacon-frame'))).toEqual(
    [],
  );
  await reader.close();
});

it('copies the article as a Jekyll Markdown post from the toolbar', async () => {
  const reader = await session.context.newPage();
  await reader.goto(session.url(`reader.html?id=${post.infoCode}`));
  await reader.getByRole('button', { name: 'Copy as Markdown' }).click();
  await reader.waitForSelector('.copy-markdown [data-result="copiedAsMarkdown"]');
  // Read the clipboard back the way a person would: paste it into a text field.
  await reader.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'paste-target';
    document.body.append(field);
    field.focus();
  });
  await reader.keyboard.press('Control+V');
  const copied = await reader.inputValue('#paste-target');
  expect(copied).toMatch(/^---\nlayout: post\ntitle: ".+"\ndate: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0800\n/);
  expect(copied).toContain(`tags: ${sourceOf(post)}新闻`);
  expect(copied).toContain(`<${server.origin}/html_News/NewsShare.html?infoCode=${post.infoCode}>`);
  await reader.close();
});
