import { t } from '../src/shared/i18n.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import type { CategoryGroup } from './group-by-category.ts';

/** Saved articles grouped by category, each group headed by its name and count. */
export function ArticleList({ groups, onOpen }: { groups: CategoryGroup[]; onOpen: (id: string) => void }) {
  if (groups.length === 0) return <p class="empty">{t('popupEmpty')}</p>;
  return (
    <div class="groups">
      {groups.map(({ category, articles }) => (
        <section class="group" key={category} data-category={category}>
          <h2 class="group-title">
            <span class="group-name">{category}</span> <span class="group-count">{articles.length}</span>
          </h2>
          <ul class="articles">
            {articles.map((article) => (
              <li class="article" key={article.id} data-id={article.id}>
                <a href={readerPath(article.id)} onClick={(event) => { event.preventDefault(); onOpen(article.id); }}>
                  {article.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
