import type { Article } from '../shared/article.ts';
import { t } from '../shared/i18n.ts';
import { LIBRARY_PATH } from '../shared/reader-url.ts';
import { Controls, type ControlsProps } from './Controls.tsx';
import { CopyAsMarkdown } from './CopyAsMarkdown.tsx';

interface ToolbarProps extends ControlsProps {
  /** The article on screen; Copy as Markdown waits for it. */
  article: Article | undefined;
}

/**
 * The reader's banner, as wide as the text column below it: where to go (Library, All highlights) and
 * Copy as Markdown on the first row, the reading settings on the second. The tab order follows the rows.
 */
export function Toolbar({ article, ...controls }: ToolbarProps) {
  return (
    <header class="toolbar">
      <div class="toolbar-inner">
        <a class="library-link" href={LIBRARY_PATH}>
          {t('reader_library_link')}
        </a>
        <a class="highlights-link" href="highlights.html">
          {t('reader_hl_page_link')}
        </a>
        {article && <CopyAsMarkdown article={article} />}
        <Controls {...controls} />
      </div>
    </header>
  );
}
