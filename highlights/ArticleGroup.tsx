import { readerPath } from '../src/shared/reader-url.ts';
import type { HighlightGroupView } from './filter-highlights.ts';
import { HighlightItem } from './HighlightItem.tsx';

/** `2021-12-22T14:06:54+08:00` → `2021-12-22`: the date as written, whatever the viewer's time zone. */
const dayOf = (iso: string): string => iso.slice(0, 10);

/** One article's heading (title in the article's language, source, date) and its highlights. */
export function ArticleGroup({ group }: { group: HighlightGroupView }) {
  const { summary, highlights } = group;
  const date = summary.publishedAt ?? summary.savedAt;
  return (
    <li class="group" data-article={summary.id}>
      <h2 class="group-title">
        <a href={readerPath(summary.id)} lang={summary.lang}>
          {summary.title}
        </a>
      </h2>
      <p class="group-meta">
        {summary.source && (
          <span class="source" lang={summary.lang}>
            {summary.source}
          </span>
        )}
        {summary.source && ' · '}
        <time dateTime={date}>{dayOf(date)}</time>
      </p>
      <ol class="highlight-list">
        {highlights.map((highlight) => (
          <HighlightItem
            key={highlight.id}
            articleId={summary.id}
            lang={summary.lang}
            highlight={highlight}
          />
        ))}
      </ol>
    </li>
  );
}
