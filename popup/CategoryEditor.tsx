import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';

interface Props {
  title: string;
  current: string;
  /** Existing categories, offered as suggestions. */
  categories: readonly string[];
  onMove: (category: string) => void;
  onCancel: () => void;
}

/**
 * Moves one article to another (or a new) category.
 * An empty name is refused with a message, changing nothing.
 */
export function CategoryEditor({ title, current, categories, onMove, onCancel }: Props) {
  const [value, setValue] = useState(current);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The autofocus attribute is honoured once per document only, so focus by hand each time the editor opens.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const submit = (event: Event): void => {
    event.preventDefault();
    const category = value.trim();
    if (!category) {
      setEmpty(true);
      return;
    }
    onMove(category);
  };
  return (
    <form
      class="category-editor"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label for="category-input">{t('popupMoveTo', title)}</label>
      <div class="category-row">
        <input
          id="category-input"
          list="category-options"
          ref={input}
          value={value}
          autoComplete="off"
          aria-invalid={empty}
          aria-describedby={empty ? 'category-error' : undefined}
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setEmpty(false);
          }}
        />
        <button type="submit">{t('popupMove')}</button>
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
      <datalist id="category-options">
        {categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      {empty && (
        <p id="category-error" class="field-error" role="alert">
          {t('popupCategoryEmpty')}
        </p>
      )}
    </form>
  );
}
