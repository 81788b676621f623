/**
 * The highlights the body no longer holds (it changed after they were made): listed after the article
 * with their quotes and notes, as text, so nothing the reader marked or wrote is lost.
 */
import type { Highlight } from '../../annotations/types.ts';
import { t } from '../../shared/i18n.ts';

interface DetachedHighlightsProps {
  highlights: readonly Highlight[];
  onDelete: (id: string) => void;
}

export function DetachedHighlights({ highlights, onDelete }: DetachedHighlightsProps) {
  if (highlights.length === 0) return null;
  return (
    <section class="hl-detached" aria-labelledby="hl-detached-title">
      <h2 id="hl-detached-title">{t('reader_hl_detached_title')}</h2>
      <p class="hl-detached-intro">{t('reader_hl_detached_intro')}</p>
      <ul>
        {highlights.map((highlight) => (
          <li
            key={highlight.id}
            class={`hl-detached-item hl-edge-${highlight.color}`}
            data-hl-detached={highlight.id}
          >
            <blockquote>{highlight.quote.exact}</blockquote>
            {highlight.note && <p class="hl-detached-note">{highlight.note}</p>}
            <button type="button" class="hl-delete" onClick={() => onDelete(highlight.id)}>
              {t('reader_hl_delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
