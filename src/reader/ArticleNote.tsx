/**
 * The reader's note on the whole article, under its title: shown as text (never HTML), edited in a text
 * field. A note over the limit is cut to it, and the reader is told.
 */
import { useState } from 'preact/hooks';
import { limitNote } from '../annotations/limits.ts';
import type { Article } from '../shared/article.ts';
import { t } from '../shared/i18n.ts';
import { updateArticle } from '../store/index.ts';
import type { ArticleWriter } from './article-writer.ts';
import { noteSavedMessage } from './note-message.ts';

export function ArticleNote({ article, write }: { article: Article; write: ArticleWriter }) {
  const [draft, setDraft] = useState(article.note ?? '');
  const [stored, setStored] = useState(article.note ?? '');
  const [message, setMessage] = useState('');

  const save = async (): Promise<void> => {
    const limited = limitNote(draft);
    setDraft(limited.note);
    const failure = await write((db, id) => updateArticle(db, id, { note: limited.note }));
    if (failure !== undefined) {
      setMessage(t('reader_hl_save_failed', failure));
      return;
    }
    setMessage(noteSavedMessage(stored, limited.note, limited.cut));
    setStored(limited.note);
  };

  return (
    <form
      class="article-note"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label>
        <span class="article-note-label">{t('reader_hl_article_note')}</span>
        <textarea
          class="article-note-text"
          rows={Math.min(8, Math.max(2, draft.split('\n').length))}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
      </label>
      <button type="submit" class="article-note-save">
        {t('reader_hl_save_note')}
      </button>
      <span class="article-note-message" role="status">
        {message}
      </span>
    </form>
  );
}
