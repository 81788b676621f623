import { t } from '../src/shared/i18n.ts';
import { TagOptions } from './TagOptions.tsx';
import type { TagCount } from '../src/store/index.ts';

interface Props {
  /** What the box holds: the list keeps the articles with exactly this tag (none when empty). */
  value: string;
  tags: readonly TagCount[];
  onInput: (value: string) => void;
  /** The box got the focus: time to read the tags for completion. */
  onWantTags: () => void;
}

/** Keeps the list to the articles with one tag; completion offers the library's tags. */
export function TagFilter({ value, tags, onInput, onWantTags }: Props) {
  return (
    <div class="tag-filter">
      <label class="visually-hidden" for="tag-filter-input">
        {t('popup_tags_filter_label')}
      </label>
      <input
        id="tag-filter-input"
        type="search"
        list="tag-filter-options"
        value={value}
        placeholder={t('popup_tags_filter_placeholder')}
        autoComplete="off"
        spellcheck={false}
        onFocus={onWantTags}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <TagOptions id="tag-filter-options" tags={tags} />
    </div>
  );
}
