// @vitest-environment jsdom
/** The content script's wait for script-rendered articles, on a real (jsdom) DOM with real timers. */
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../src/shared/article.ts';
import { waitForArticle } from '../../../src/content/wait-for-article.ts';

/** A stand-in extractor: an article exists once #body holds text (what the real adapters check first). */
function attemptOn(doc: Document, counter = { calls: 0 }): () => ExtractResult {
  return () => {
    counter.calls += 1;
    const text = doc.getElementById('body')?.textContent ?? '';
    if (!text) return { ok: false, error: { code: 'no-article' } };
    return {
      ok: true,
      article: {
        id: 'NW202112222222635819',
        url: location.href,
        title: 't',
        category: 'c',
        tags: [],
        excerpt: text,
        contentHtml: `<p>${text}</p>`,
        textContent: text,
        extractor: 'test',
      },
    };
  };
}

function freshPage(body = ''): Document {
  document.body.innerHTML = `<div id="body">${body}</div>`;
  return document;
}

describe('waitForArticle', () => {
  it('resolves with an article that is already there', async () => {
    const doc = freshPage('正文');
    const result = await waitForArticle(doc, attemptOn(doc), { timeoutMs: 3_000 });
    expect(result.ok && result.article.textContent).toBe('正文');
  });

  it('extracts a page that does not change once, and again after any change, attributes included', async () => {
    const still = freshPage('正文');
    const once = { calls: 0 };
    await waitForArticle(still, attemptOn(still, once), { timeoutMs: 3_000 });
    expect(once.calls).toBe(1);

    const lazy = freshPage('正文');
    const twice = { calls: 0 };
    setTimeout(() => lazy.getElementById('body')!.setAttribute('data-loaded', ''), 50);
    await waitForArticle(lazy, attemptOn(lazy, twice), { timeoutMs: 3_000 });
    expect(twice.calls).toBe(2);
  });

  it('waits for an article rendered later and returns it complete, not half-rendered', async () => {
    const doc = freshPage();
    setTimeout(() => (doc.getElementById('body')!.textContent = '第一段'), 150);
    setTimeout(() => (doc.getElementById('body')!.textContent = '第一段第二段'), 300);
    const result = await waitForArticle(doc, attemptOn(doc), { timeoutMs: 5_000 });
    expect(result.ok && result.article.textContent).toBe('第一段第二段');
  });

  it('gives up with "timeout" when no article ever appears', async () => {
    const doc = freshPage();
    const result = await waitForArticle(doc, attemptOn(doc), { timeoutMs: 600 });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('stops at once on a failure more rendering cannot cure', async () => {
    const doc = freshPage();
    const counter = { calls: 0 };
    const result = await waitForArticle(
      doc,
      () => (counter.calls++, { ok: false, error: { code: 'too-large' } }),
      {
        timeoutMs: 5_000,
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    // Polling would have called it every 200 ms until the 5 s timeout.
    expect(counter.calls).toBe(1);
  });

  it('uses the fallback when the page does not render by itself', async () => {
    const doc = freshPage();
    const fromEndpoint: ExtractResult = { ok: false, error: { code: 'no-article' } };
    let asked = 0;
    const result = await waitForArticle(doc, attemptOn(doc), {
      timeoutMs: 2_000,
      fallbackAfterMs: 100,
      fallback: () => {
        asked += 1;
        doc.getElementById('body')!.textContent = '接口正文';
        return Promise.resolve(fromEndpoint);
      },
    });
    expect(asked).toBe(1);
    expect(result.ok && result.article.textContent).toBe('接口正文');
  });
});
