import { HIGHLIGHT_COLORS } from '../src/annotations/limits.ts';
import type { HighlightColor } from '../src/annotations/types.ts';
import { t } from '../src/shared/i18n.ts';
import { COLOR_NAMES } from './color-names.ts';
import type { HighlightFilter } from './filter-highlights.ts';

/** The search box, the colour choice and the tag choice; every change applies at once. */
export function Filters({
  filter,
  tags,
  onChange,
}: {
  filter: HighlightFilter;
  tags: readonly string[];
  onChange: (filter: HighlightFilter) => void;
}) {
  // A tag from the address that no highlighted article carries still shows as chosen (and matches nothing).
  const tagChoices = filter.tag && !tags.includes(filter.tag) ? [filter.tag, ...tags] : tags;
  const colorChoice = (color: HighlightColor | undefined, label: string) => (
    <label key={color ?? 'all'} class="chip" data-color={color ?? 'all'}>
      <input
        type="radio"
        name="color"
        value={color ?? ''}
        checked={filter.color === color}
        onChange={() => onChange({ ...filter, color })}
      />
      {color && <span class="swatch" aria-hidden="true" />}
      {label}
    </label>
  );
  return (
    <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="search">
        <span class="label">{t('hlpage_search')}</span>
        <input
          type="search"
          name="q"
          value={filter.words}
          placeholder={t('hlpage_searchPlaceholder')}
          onInput={(event) => onChange({ ...filter, words: event.currentTarget.value })}
        />
      </label>
      <fieldset class="colors">
        <legend class="label">{t('hlpage_colour')}</legend>
        {colorChoice(undefined, t('hlpage_allColours'))}
        {HIGHLIGHT_COLORS.map((color) => colorChoice(color, t(COLOR_NAMES[color])))}
      </fieldset>
      <label class="tag">
        <span class="label">{t('hlpage_tag')}</span>
        <select
          name="tag"
          value={filter.tag ?? ''}
          onChange={(event) => onChange({ ...filter, tag: event.currentTarget.value || undefined })}
        >
          <option value="">{t('hlpage_allTags')}</option>
          {tagChoices.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
