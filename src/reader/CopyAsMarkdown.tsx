/**
 * "Copy as Markdown" for one article: the same Jekyll post the ZIP export writes.
 * Mounted in the reader's toolbar.
 */
import { useState } from 'preact/hooks';
import { articleToJekyll, type JekyllInput } from '../export/jekyll.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

export function CopyAsMarkdown({ article }: { article: JekyllInput }) {
  const [done, setDone] = useState<MessageKey>();
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(articleToJekyll(article));
      setDone('copiedAsMarkdown');
    } catch {
      setDone('copyFailed');
    }
  };
  return (
    <span class="copy-markdown">
      <button type="button" class="copy-markdown-button" onClick={() => void copy()}>{t('copyAsMarkdown')}</button>
      <span role="status" data-result={done}>{done ? t(done) : ''}</span>
    </span>
  );
}
