import { t } from '../shared/i18n.ts';
import { readerPath } from '../shared/reader-url.ts';
import type { Neighbours } from './neighbours.ts';

/** Links to the articles above and below this one in its category's list. */
export function CategoryNav({ category, neighbours }: { category: string; neighbours: Neighbours }) {
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  return (
    <nav class="article-nav" aria-label={t('readerCategoryNav', category)}>
      {previous && (
        <a class="nav-previous" rel="prev" href={readerPath(previous.id)}>
          <span class="nav-label">← {t('readerPrevious')}</span>
          <span class="nav-title">{previous.title}</span>
        </a>
      )}
      {next && (
        <a class="nav-next" rel="next" href={readerPath(next.id)}>
          <span class="nav-label">{t('readerNext')} →</span>
          <span class="nav-title">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
