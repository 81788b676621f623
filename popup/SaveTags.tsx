import { useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { refusalText } from './TagEditor.tsx';
import { parseTagInput } from './tag-input.ts';
import { TagOptions } from './TagOptions.tsx';
import type { TagCount } from '../src/store/index.ts';

type Stage = { kind: 'editing'; error?: string } | { kind: 'saving' } | { kind: 'done'; tags: string[] };

interface Props {
  tags: readonly TagCount[];
  onWantTags: () => void;
  /** Adds these tags to the saved article; resolves to the words to show when that failed. */
  onAdd: (tags: string[]) => Promise<string | undefined>;
}

/** The optional tags of the page just saved: several at once, separated by commas. */
export function SaveTags({ tags, onWantTags, onAdd }: Props) {
  const [value, setValue] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'editing' });
  const submit = (event: Event): void => {
    event.preventDefault();
    const parsed = parseTagInput(value);
    if (parsed.refused) {
      setStage({ kind: 'editing', error: refusalText(parsed.refused) });
      return;
    }
    setStage({ kind: 'saving' });
    void onAdd(parsed.tags).then((failure) => {
      if (failure !== undefined) return setStage({ kind: 'editing', error: failure });
      setValue('');
      setStage({ kind: 'done', tags: parsed.tags });
    });
  };
  const error = stage.kind === 'editing' ? stage.error : undefined;
  return (
    <form class="save-tags" onSubmit={submit}>
      <label for="save-tags-input">{t('popup_tags_save_label')}</label>
      <input
        id="save-tags-input"
        list="save-tags-options"
        value={value}
        placeholder={t('popup_tags_save_placeholder')}
        autoComplete="off"
        spellcheck={false}
        aria-invalid={error !== undefined}
        aria-describedby={error ? 'save-tags-error' : undefined}
        onFocus={onWantTags}
        onInput={(event) => {
          setValue(event.currentTarget.value);
          if (stage.kind !== 'saving') setStage({ kind: 'editing' });
        }}
      />
      <button type="submit" disabled={stage.kind === 'saving'}>
        {t('popup_tags_add')}
      </button>
      <TagOptions id="save-tags-options" tags={tags} />
      {error && (
        <p id="save-tags-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <p class="save-tags-done" role="status">
        {stage.kind === 'done' ? t('popup_tags_saved', stage.tags.join(' · ')) : ''}
      </p>
    </form>
  );
}
