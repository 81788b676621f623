import { useEffect, useRef, useState } from 'preact/hooks';
import { isAutomaticTag } from '../src/annotations/automatic-tag.ts';
import { TAG_MAX_CHARS } from '../src/annotations/limits.ts';
import { t } from '../src/shared/i18n.ts';
import type { ArticleSummary } from '../src/store/index.ts';
import { articleLang } from './article-lang.ts';
import { parseTagInput, withoutTag, withTags, type ParsedTags } from './tag-input.ts';
import { TagOptions } from './TagOptions.tsx';
import type { TagCount } from '../src/store/index.ts';

interface Props {
  /** The article as the list holds it now: its tags follow each change. */
  summary: ArticleSummary;
  tags: readonly TagCount[];
  onWantTags: () => void;
  /** Stores the article's whole tag list. */
  onChange: (tags: string[]) => Promise<void>;
  onClose: () => void;
}

/** The words for a refused tag box: nothing but spaces, or a tag over the limit. */
export function refusalText(refused: NonNullable<ParsedTags['refused']>): string {
  return refused.reason === 'empty'
    ? t('popup_tags_empty')
    : t('popup_tags_too_long', [String(TAG_MAX_CHARS), refused.text.slice(0, 20)]);
}

/**
 * Adds and removes one article's tags. The tag extraction gave (`<source>新闻`) is marked automatic and
 * can be removed like any other. Each change is stored at once; Escape or Done closes the editor.
 */
export function TagEditor({ summary, tags, onWantTags, onChange, onClose }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const current = summary.tags ?? [];
  useEffect(() => {
    input.current?.focus();
  }, []);
  const add = (event: Event): void => {
    event.preventDefault();
    const parsed = parseTagInput(value);
    if (parsed.refused) {
      setError(refusalText(parsed.refused));
      return;
    }
    setError(undefined);
    setValue('');
    void onChange(withTags(current, parsed.tags));
  };
  const remove = (tag: string): void => {
    void onChange(withoutTag(current, tag));
    input.current?.focus();
  };
  return (
    <form
      class="tag-editor"
      onSubmit={add}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label for="tag-editor-input">
        {t('popup_tags_editor_label')}{' '}
        <span class="tag-editor-title" lang={articleLang(summary.lang, summary.title)}>
          {summary.title}
        </span>
      </label>
      {current.length > 0 ? (
        <ul class="tag-chips" aria-label={t('popup_tags_current')}>
          {current.map((tag) => {
            const automatic = isAutomaticTag(summary, tag);
            return (
              <li key={tag} class="tag-chip" data-tag={tag} data-automatic={automatic ? 'true' : undefined}>
                <span lang={articleLang(undefined, tag)}>{tag}</span>
                {automatic && <span class="tag-auto">{t('popup_tags_automatic')}</span>}
                <button
                  type="button"
                  class="tag-remove"
                  title={t('popup_tags_remove', tag)}
                  aria-label={t('popup_tags_remove', tag)}
                  onClick={() => remove(tag)}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="tag-none">{t('popup_tags_none')}</p>
      )}
      <div class="tag-add-row">
        <input
          id="tag-editor-input"
          ref={input}
          list="tag-editor-options"
          value={value}
          placeholder={t('popup_tags_add_placeholder')}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'tag-editor-error' : undefined}
          onFocus={onWantTags}
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setError(undefined);
          }}
        />
        <button type="submit">{t('popup_tags_add')}</button>
        <button type="button" onClick={onClose}>
          {t('popup_tags_done')}
        </button>
      </div>
      <TagOptions id="tag-editor-options" tags={tags.filter(({ tag }) => !current.includes(tag))} />
      {error && (
        <p id="tag-editor-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
