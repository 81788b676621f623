import type { Ref } from 'preact';
import { t } from '../src/shared/i18n.ts';
import { resultCountText } from './count-text.ts';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onInput: (value: string) => void;
  /** Down arrow leaves the box for the first result, as in a combobox. */
  onArrowDown: () => void;
  /** Shown (and announced) while a query is active, with the query those results answer. */
  results?: { query: string; count: number; more?: boolean };
}

export function SearchBox({ inputRef, value, onInput, onArrowDown, results }: Props) {
  return (
    <search class="search">
      <label class="visually-hidden" for="search-input">
        {t('popupSearchLabel')}
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        value={value}
        placeholder={t('popupSearchPlaceholder')}
        autoComplete="off"
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onArrowDown();
          }
        }}
      />
      <p class="result-count" role="status" data-query={results?.query}>
        {results ? resultCountText(results.count, results.more) : ''}
      </p>
    </search>
  );
}
