import type { Highlight } from '../src/annotations/types.ts';
import { t } from '../src/shared/i18n.ts';
import { COLOR_NAMES } from './color-names.ts';
import { highlightHref } from './page-url.ts';

/** One highlight: its quote opens the reader scrolled to it; its note and a detached mark follow. */
export function HighlightItem({
  articleId,
  lang,
  highlight,
}: {
  articleId: string;
  lang?: string;
  highlight: Highlight;
}) {
  return (
    <li
      class="highlight"
      data-id={highlight.id}
      data-color={highlight.color}
      data-detached={highlight.detached ? 'true' : undefined}
    >
      {/* Outside the link, so the link's name is the quote alone and its box is the quote's. */}
      <span class="visually-hidden">{t('hlpage_colorLabel', t(COLOR_NAMES[highlight.color]))} </span>
      <a class="quote-link" href={highlightHref(articleId, highlight.id)} title={t('hlpage_openInReader')}>
        <span class="quote" lang={lang}>
          {highlight.quote.exact}
        </span>
      </a>
      {highlight.detached && (
        <p class="detached">
          <span class="badge">{t('hlpage_detached')}</span> {t('hlpage_detachedHint')}
        </p>
      )}
      {highlight.note && (
        <p class="note">
          <span class="visually-hidden">{t('hlpage_noteLabel')} </span>
          {highlight.note}
        </p>
      )}
    </li>
  );
}
