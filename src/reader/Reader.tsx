import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../shared/article.ts';
import { sanitizeHtml } from '../extract/sanitize.ts';
import { t } from '../shared/i18n.ts';
import { getArticle, openLibrary } from '../store/index.ts';
import { ArticleView } from './ArticleView.tsx';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; article: Article; safeHtml: string };

/** Loads one article by id and shows it; the stored HTML is sanitized again right before it is shown. */
export function Reader({ id }: { id: string | null }) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const article = id ? await getArticle(await openLibrary(), id) : undefined;
      if (!article) {
        setState({ kind: 'missing' });
        return;
      }
      document.title = article.title;
      setState({ kind: 'ready', article, safeHtml: sanitizeHtml(article.contentHtml, window, article.url) });
    })();
  }, [id]);

  if (state.kind === 'loading') return <p class="status">{t('readerLoading')}</p>;
  if (state.kind === 'missing') return <p class="status" role="alert">{t('readerNotFound')}</p>;
  return <ArticleView article={state.article} safeHtml={state.safeHtml} />;
}
