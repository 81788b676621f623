/**
 * "Copy as Markdown" for one article: the same Jekyll post the ZIP export writes, with the reader's
 * highlights after it (`## 高亮` / `## Highlights` in the UI's language).
 * Mounted in the reader's toolbar. The exporter (with its pinyin dictionary, ~600 KB) loads on the
 * first click, so opening the reader never waits for it.
 */
import { useState } from 'preact/hooks';
import type { JekyllInput } from '../export/jekyll.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

export function CopyAsMarkdown({ article }: { article: JekyllInput }) {
  const [done, setDone] = useState<MessageKey>();
  const copy = async (): Promise<void> => {
    try {
      const [{ articleToMarkdown }, { uiMarkdownLang }] = await Promise.all([
        import('../export/jekyll.ts'),
        import('../export/highlights-markdown.ts'),
      ]);
      await navigator.clipboard.writeText(articleToMarkdown(article, uiMarkdownLang()));
      setDone('copiedAsMarkdown');
    } catch {
      setDone('copyFailed');
    }
  };
  return (
    <span class="copy-markdown">
      <button type="button" class="copy-markdown-button" onClick={() => void copy()}>
        {t('copyAsMarkdown')}
      </button>
      <span class="copy-status" role="status" data-result={done}>
        {done ? t(done) : ''}
      </span>
    </span>
  );
}
