/**
 * The reader's tags, favourite (★) and archive switches for the open article. Tags are added with
 * completion from the library's tags and removed one by one; the automatic `<source>新闻` tag is marked.
 * A tag of only spaces or longer than the limit is refused with a message, and the field keeps it.
 */
import { useEffect, useState } from 'preact/hooks';
import { isAutomaticTag } from '../annotations/automatic-tag.ts';
import { TAG_MAX_CHARS, validateTag } from '../annotations/limits.ts';
import type { Article } from '../shared/article.ts';
import { t } from '../shared/i18n.ts';
import { listTags, updateArticle, type LibraryDb } from '../store/index.ts';
import type { ArticleWriter } from './article-writer.ts';

interface TagsBarProps {
  db: LibraryDb;
  article: Article;
  write: ArticleWriter;
}

export function TagsBar({ db, article, write }: TagsBarProps) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const [known, setKnown] = useState<string[]>([]);
  const tags = article.tags ?? [];

  useEffect(() => {
    // Completion is a help: without it (an unreadable library) tags are still typed in full.
    listTags(db).then(
      (rows) => setKnown(rows.map((row) => row.tag)),
      () => setKnown([]),
    );
  }, [db, article.tags]);

  const save = async (next: Partial<Pick<Article, 'tags' | 'favourite' | 'archived'>>): Promise<boolean> => {
    const failure = await write((database, id) => updateArticle(database, id, next));
    setMessage(failure === undefined ? '' : t('reader_tags_save_failed', failure));
    return failure === undefined;
  };

  const add = async (): Promise<void> => {
    const check = validateTag(draft);
    if (!check.ok) {
      setMessage(
        check.reason === 'empty' ? t('reader_tags_empty') : t('reader_tags_too_long', String(TAG_MAX_CHARS)),
      );
      return;
    }
    if (tags.includes(check.tag)) {
      setMessage(t('reader_tags_exists'));
      return;
    }
    if (await save({ tags: [...tags, check.tag] })) setDraft('');
  };

  return (
    <div class="user-state">
      <div class="flags">
        <button
          type="button"
          class="favourite-toggle"
          aria-pressed={Boolean(article.favourite)}
          onClick={() => void save({ favourite: !article.favourite })}
        >
          <span aria-hidden="true">{article.favourite ? '★' : '☆'}</span> {t('reader_tags_favourite')}
        </button>
        <button
          type="button"
          class="archive-toggle"
          aria-pressed={Boolean(article.archived)}
          onClick={() => void save({ archived: !article.archived })}
        >
          {t('reader_tags_archive')}
        </button>
      </div>
      <div class="tags" role="group" aria-label={t('reader_tags_label')}>
        <ul class="tag-list">
          {tags.map((tag) => (
            <li key={tag} class="tag" data-tag={tag}>
              <span>{tag}</span>
              {isAutomaticTag(article, tag) && (
                <span class="tag-automatic"> ({t('reader_tags_automatic')})</span>
              )}
              <button
                type="button"
                class="tag-remove"
                aria-label={t('reader_tags_remove', tag)}
                title={t('reader_tags_remove', tag)}
                onClick={() => void save({ tags: tags.filter((other) => other !== tag) })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <form
          class="tag-add"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <label>
            <span class="visually-hidden">{t('reader_tags_input')}</span>
            <input
              type="text"
              class="tag-input"
              list="reader-known-tags"
              placeholder={t('reader_tags_input')}
              value={draft}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
          </label>
          <datalist id="reader-known-tags">
            {known
              .filter((tag) => !tags.includes(tag))
              .map((tag) => (
                <option key={tag} value={tag} />
              ))}
          </datalist>
          <button type="submit" class="tag-add-button">
            {t('reader_tags_add')}
          </button>
        </form>
      </div>
      <p class="user-state-message" role="status">
        {message}
      </p>
    </div>
  );
}
