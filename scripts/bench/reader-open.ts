/**
 * The reader opening one article, timed from navigation start to the moment its body is in the DOM
 * with every highlight painted (issue 17 §4: an article with 50 highlights within 1.2× the same
 * article without them). A MutationObserver installed before the page's scripts sets the mark, so the
 * time is the DOM change itself, not the next poll.
 */
import type { Page } from 'playwright-core';
import type { BenchSession } from '../../testkit/browser/bench-dist.ts';
import { readerPath } from '../../src/shared/reader-url.ts';

export const READER_READY_MARK = 'bench:reader-ready';

/** Installed before the page's own scripts: sets the mark once the body and `want` highlights are in. */
const READY_SCRIPT = `function (want, mark) {
  function ready() {
    var body = document.querySelector('.article-body');
    if (!body || !body.textContent) return false;
    if (!want) return true;
    var ids = new Set();
    body.querySelectorAll('mark[data-hl]').forEach(function (m) { ids.add(m.getAttribute('data-hl')); });
    return ids.size >= want;
  }
  var observer = new MutationObserver(function () {
    if (!ready()) return;
    performance.mark(mark);
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
}`;

/** Milliseconds from navigation start until the body holds text and `marks` distinct highlights. */
export async function timeReaderOpen(session: BenchSession, id: string, marks: number): Promise<number> {
  const page: Page = await session.context.newPage();
  try {
    // A string, not a function: tsx wraps named functions in a helper the page does not have.
    await page.addInitScript(
      `(${READY_SCRIPT})(${JSON.stringify(marks)}, ${JSON.stringify(READER_READY_MARK)})`,
    );
    await page.goto(session.url(readerPath(id)));
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      READER_READY_MARK,
      { timeout: 20_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}
