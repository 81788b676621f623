import type { Article } from '../shared/article.ts';
import { t } from '../shared/i18n.ts';

/** The article itself. `safeHtml` must already be sanitized: it is inserted as HTML. */
export function ArticleView({ article, safeHtml }: { article: Article; safeHtml: string }) {
  return (
    <article class="article" lang={article.lang}>
      <header class="article-header">
        <h1 class="article-title">{article.title}</h1>
        <dl class="article-meta">
          {article.source && <Meta label={t('readerSource')} value={article.source} name="source" />}
          {article.publishedAt && (
            <Meta label={t('readerPublished')} name="published">
              <time dateTime={article.publishedAt}>{article.publishedAt.replace('T', ' ')}</time>
            </Meta>
          )}
          <Meta label={t('readerCategory')} value={article.category} name="category" />
          {article.author && <Meta label={t('readerAuthor')} value={article.author} name="author" />}
          {article.editor && <Meta label={t('readerEditor')} value={article.editor} name="editor" />}
        </dl>
        <a class="original-link" href={article.url} rel="noopener noreferrer" target="_blank">{t('readerOriginal')}</a>
      </header>
      <div class="article-body" dangerouslySetInnerHTML={{ __html: safeHtml }} />
    </article>
  );
}

function Meta({ label, value, name, children }: { label: string; value?: string; name: string; children?: preact.ComponentChildren }) {
  return (
    <div class="meta" data-meta={name}>
      <dt>{label}</dt>
      <dd>{children ?? value}</dd>
    </div>
  );
}
