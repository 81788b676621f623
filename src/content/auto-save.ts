import { readInfoCode, isShareUrl } from '../extract/info-code.ts';
import { describeFailure } from '../shared/failure.ts';
import { sendToBackground } from '../shared/runtime.ts';
import { extractThisPage } from './extract-page.ts';
import { createNotice } from './notice.ts';

/** On a share page: wait for the article, save it, and say so in a small in-page notice. */
export async function autoSaveSharePage(): Promise<void> {
  const url = location.href;
  if (!isShareUrl(url)) return;
  const notice = createNotice(document);
  if (!readInfoCode(url).ok) {
    notice.show({ kind: 'failed', reason: describeFailure({ code: 'invalid-info-code' }) });
    return;
  }
  const extracted = await extractThisPage();
  if (!extracted.ok) {
    notice.show({ kind: 'failed', reason: describeFailure({ code: extracted.reason }) });
    return;
  }
  const saved = await sendToBackground('saveExtracted', { article: extracted.article });
  if (!saved.ok) {
    notice.show({ kind: 'failed', reason: describeFailure(saved.error) });
    return;
  }
  const { id, created } = saved.value;
  notice.show({ kind: 'saved', created, onOpen: () => void sendToBackground('openReader', { id }) });
}
