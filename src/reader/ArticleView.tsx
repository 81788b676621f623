import type { ComponentChildren, Ref } from 'preact';
import type { Article } from '../shared/article.ts';
import { t } from '../shared/i18n.ts';
import { uiLanguage } from '../shared/page-language.ts';
import { formatPublished } from './published-time.ts';
import { readingMinutes } from './reading-time.ts';

interface ArticleViewProps {
  article: Article;
  /** Already sanitized: it is inserted as HTML. */
  safeHtml: string;
  /** The body element, where highlights are painted and selections measured. */
  bodyRef?: Ref<HTMLDivElement>;
  /** The reader's own layer under the title: tags, favourite, archive, the article's note. */
  children?: ComponentChildren;
  /** After the body: the highlights that no longer fit it. */
  footer?: ComponentChildren;
}

/** The article itself. */
export function ArticleView({ article, safeHtml, bodyRef, children, footer }: ArticleViewProps) {
  const minutes = readingMinutes(article.textContent);
  return (
    <article class="article" lang={article.lang} aria-labelledby="article-title">
      <header class="article-header">
        <h1 class="article-title" id="article-title">
          {article.title}
        </h1>
        <dl class="article-meta">
          {article.source && <Meta label={t('readerSource')} value={article.source} name="source" />}
          {article.publishedAt && (
            <Meta label={t('readerPublished')} name="published">
              {/* The viewer's own locale formats the date; the newsroom's offset keeps the clock time. */}
              <time dateTime={article.publishedAt}>
                {formatPublished(article.publishedAt, navigator.language)}
              </time>
            </Meta>
          )}
          {/* A share page's category is often its source's name: one line says it once. */}
          {article.category !== article.source && (
            <Meta label={t('readerCategory')} value={article.category} name="category" />
          )}
          {article.author && <Meta label={t('readerAuthor')} value={article.author} name="author" />}
          {article.editor && <Meta label={t('readerEditor')} value={article.editor} name="editor" />}
          {minutes > 0 && (
            <Meta
              label={t('readerReadingTimeLabel')}
              value={t('readerReadingTime', String(minutes))}
              name="reading-time"
            />
          )}
        </dl>
        <a class="original-link" href={article.url} rel="noopener noreferrer" target="_blank">
          {t('readerOriginal')}
        </a>
        {children}
      </header>
      <div class="article-body" ref={bodyRef} dangerouslySetInnerHTML={{ __html: safeHtml }} />
      {footer}
    </article>
  );
}

function Meta({
  label,
  value,
  name,
  children,
}: {
  label: string;
  value?: string;
  name: string;
  children?: preact.ComponentChildren;
}) {
  return (
    <div class="meta" data-meta={name}>
      {/* The label is the UI's word inside the article's language: its colon follows the UI. */}
      <dt lang={uiLanguage()}>{label}</dt>
      <dd>{children ?? value}</dd>
    </div>
  );
}
