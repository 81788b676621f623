import { articleLang } from './article-lang.ts';
import type { GroupRow } from './rows.ts';

/** A category header: a disclosure button with the name and the article count. */
export function GroupHeader({
  row,
  index,
  tabbable,
  onToggle,
}: {
  row: GroupRow;
  index: number;
  tabbable: boolean;
  onToggle: (category: string) => void;
}) {
  return (
    <h2 class="group-title" data-row={index}>
      <button
        type="button"
        class="group-toggle row-focus"
        data-key={row.key}
        aria-expanded={!row.collapsed}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onToggle(row.category)}
      >
        <span class="chevron" aria-hidden="true" />
        <span class="group-name" lang={articleLang(undefined, row.category)}>
          {row.category}
        </span>{' '}
        <span class="group-count">{row.count}</span>
      </button>
    </h2>
  );
}
