import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { ArticleGroup } from './ArticleGroup.tsx';
import { highlightCountText } from './count-text.ts';
import {
  countHighlights,
  filterHighlights,
  firstGroups,
  tagsOf,
  type HighlightFilter,
  type HighlightGroupView,
} from './filter-highlights.ts';
import { Filters } from './Filters.tsx';
import { filterFromSearch, searchFromFilter } from './page-url.ts';
import { useHighlightGroups } from './use-highlight-groups.ts';

/**
 * Highlights drawn at first, and added by each "Show more": a library can hold tens of thousands, and
 * drawing them all at once would keep the page blank for seconds.
 */
const PAGE_SIZE = 300;

const NO_FILTER: HighlightFilter = { words: '' };

/** Every highlight in the library with its note, newest first, grouped by article, filtered in place. */
export function HighlightsPage() {
  const load = useHighlightGroups();
  const [filter, setFilter] = useState<HighlightFilter>(() => filterFromSearch(location.search));
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => {
    history.replaceState(history.state, '', `${location.pathname}${searchFromFilter(filter)}`);
    setLimit(PAGE_SIZE);
  }, [filter]);

  const groups = load.state === 'ready' ? load.groups : [];
  const tags = useMemo(() => tagsOf(groups, document.documentElement.lang), [groups]);
  const matching = useMemo(() => filterHighlights(groups, filter), [groups, filter]);

  return (
    <main class="highlights-page">
      <h1>{t('hlpage_title')}</h1>
      {load.state === 'loading' && <p class="status">{t('hlpage_loading')}</p>}
      {load.state === 'failed' && (
        <p class="problem" role="alert">
          {t('hlpage_loadFailed', load.error)}
        </p>
      )}
      {load.state === 'ready' && groups.length === 0 && <p class="empty">{t('hlpage_empty')}</p>}
      {groups.length > 0 && (
        <Results
          filter={filter}
          tags={tags}
          matching={matching}
          limit={limit}
          onFilter={setFilter}
          onMore={() => setLimit((shown) => shown + PAGE_SIZE)}
        />
      )}
    </main>
  );
}

function Results({
  filter,
  tags,
  matching,
  limit,
  onFilter,
  onMore,
}: {
  filter: HighlightFilter;
  tags: readonly string[];
  matching: HighlightGroupView[];
  limit: number;
  onFilter: (filter: HighlightFilter) => void;
  onMore: () => void;
}) {
  const shown = firstGroups(matching, limit);
  const total = countHighlights(matching);
  const left = total - countHighlights(shown);
  return (
    <>
      <Filters filter={filter} tags={tags} onChange={onFilter} />
      <p class="count" role="status">
        {highlightCountText(total, matching.length)}
      </p>
      {matching.length === 0 && (
        <p class="no-match">
          {t('hlpage_noMatch')}{' '}
          <button type="button" class="clear-filters" onClick={() => onFilter(NO_FILTER)}>
            {t('hlpage_clearFilters')}
          </button>
        </p>
      )}
      <ol class="groups">
        {shown.map((group) => (
          <ArticleGroup key={group.summary.id} group={group} />
        ))}
      </ol>
      {left > 0 && (
        <button type="button" class="show-more" onClick={onMore}>
          {t('hlpage_showMore', String(Math.min(left, PAGE_SIZE)))}
        </button>
      )}
    </>
  );
}
