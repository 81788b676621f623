import { t } from '../src/shared/i18n.ts';
import { articleLang } from './article-lang.ts';
import type { GroupRow } from './rows.ts';

/**
 * A group header: a disclosure button with the category's name (or, for the group gathering the
 * one-article categories, the words that say so: "other" beside real groups, "all" when it is alone)
 * and the article count.
 */
export function GroupHeader({
  row,
  index,
  tabbable,
  onToggle,
}: {
  row: GroupRow;
  index: number;
  tabbable: boolean;
  onToggle: (key: string) => void;
}) {
  return (
    <h2 class="group-title" data-row={index}>
      <button
        type="button"
        class="group-toggle row-focus"
        data-key={row.key}
        aria-expanded={!row.collapsed}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onToggle(row.key)}
      >
        <span class="chevron" aria-hidden="true" />
        {row.category === undefined ? (
          <span class="group-name">{t(row.gathersAll ? 'popup_group_all' : 'popup_group_other')}</span>
        ) : (
          <span class="group-name" lang={articleLang(undefined, row.category)}>
            {row.category}
          </span>
        )}{' '}
        <span class="group-count">{row.count}</span>
      </button>
    </h2>
  );
}
