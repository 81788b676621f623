import { readInfoCode, isShareUrl } from '../extract/info-code.ts';
import { describeFailure } from '../shared/failure.ts';
import { sharePatternsOf } from '../shared/options.ts';
import { loadOptions } from '../shared/options-storage.ts';
import { sendToBackground } from '../shared/runtime.ts';
import { extractThisPage } from './extract-page.ts';
import { createNotice } from './notice.ts';

/** Back from the reader to a share page must show the page, not bounce to the reader again. */
function cameBackInHistory(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.type === 'back_forward';
}

/** On a share page: wait for the article, save it, then open the reader or say so in a small notice. */
export async function autoSaveSharePage(): Promise<void> {
  const url = location.href;
  const options = await loadOptions();
  // The user's own patterns come from storage: they make pages without an infoCode share pages too.
  if (options.sharePageAction === 'off' || !isShareUrl(url, sharePatternsOf(options))) return;
  const notice = createNotice(document);
  const code = readInfoCode(url);
  if (!code.ok && code.reason === 'malformed') {
    notice.show({ kind: 'failed', reason: describeFailure({ code: 'invalid-info-code' }) });
    return;
  }
  notice.show({ kind: 'saving' });
  const extracted = await extractThisPage(true);
  if (!extracted.ok) {
    notice.show({ kind: 'failed', reason: describeFailure(extracted.error) });
    return;
  }
  const saved = await sendToBackground('saveExtracted', { article: extracted.article });
  if (!saved.ok) {
    notice.show({ kind: 'failed', reason: describeFailure(saved.error) });
    return;
  }
  const { id, created } = saved.value;
  if (options.sharePageAction === 'auto-open' && !cameBackInHistory()) {
    await sendToBackground('openReader', { id, inPlace: true });
    return;
  }
  notice.show({ kind: 'saved', created, onOpen: () => void sendToBackground('openReader', { id }) });
}
