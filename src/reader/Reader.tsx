import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../shared/article.ts';
import { t } from '../shared/i18n.ts';
import { onLibraryMessage } from '../shared/library-channel.ts';
import { LIBRARY_PATH, readerPath } from '../shared/reader-url.ts';
import { openLibrary, type LibraryDb } from '../store/index.ts';
import { ArticleNote } from './ArticleNote.tsx';
import { articleWriter } from './article-writer.ts';
import { ArticleView } from './ArticleView.tsx';
import { CategoryNav } from './CategoryNav.tsx';
import { highlightTarget, useHighlightLayer } from './highlights/use-highlight-layer.tsx';
import { loadArticle, type LoadedArticle } from './load-article.ts';
import { nextTheme, stepFontSize, stepMeasure } from './reader-settings.ts';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import type { ReaderAction } from './shortcuts.ts';
import { TagsBar } from './TagsBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useReaderSettings } from './use-reader-settings.ts';
import { useReadingPosition } from './use-reading-position.ts';
import { useShortcuts } from './use-shortcuts.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; detail: string }
  | { kind: 'ready'; db: LibraryDb; loaded: LoadedArticle };

/** Loads one article by id and shows it with its controls, shortcuts and neighbours. */
export function Reader({ id }: { id: string | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, update] = useReaderSettings();
  const [helpOpen, setHelpOpen] = useState(false);
  // Bumped when sync applies another device's change to this article (or deletes it): it is read again.
  const [revision, setRevision] = useState(0);

  useEffect(
    () =>
      onLibraryMessage((message) => {
        if (message.type === 'library-changed' && id && message.ids.includes(id)) setRevision((n) => n + 1);
      }),
    [id],
  );

  useEffect(() => {
    let objectUrls: string[] = [];
    void (async () => {
      try {
        const db = await openLibrary();
        const loaded = id ? await loadArticle(db, id) : undefined;
        if (!loaded) return setState({ kind: 'missing' });
        objectUrls = loaded.objectUrls;
        document.title = loaded.article.title;
        setState({ kind: 'ready', db, loaded });
      } catch (error) {
        setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => objectUrls.forEach((url) => URL.revokeObjectURL(url));
  }, [id, revision]);

  const ready = state.kind === 'ready' ? state : undefined;
  // The record as the reader's own edits (highlights, note, tags, flags) left it; a reload starts over.
  const [edited, setEdited] = useState<{ from: LoadedArticle; article: Article }>();
  const article = ready && edited?.from === ready.loaded ? edited.article : ready?.loaded.article;
  const write = useMemo(
    () =>
      ready
        ? articleWriter(ready.db, ready.loaded.article.id, (next) =>
            setEdited({ from: ready.loaded, article: next }),
          )
        : undefined,
    [ready],
  );
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const [target, setTarget] = useState(() => highlightTarget(location.hash));
  useEffect(() => {
    const onHash = (): void => setTarget(highlightTarget(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const layer = useHighlightLayer({ body, target, html: ready?.loaded.html ?? '', article, write });
  const positionFailure = useReadingPosition(
    ready?.db,
    ready?.loaded.article.id,
    // Opened on a highlight: the highlight decides where the page is, not the last reading position.
    target ? undefined : ready?.loaded.article.readingPosition,
  );

  useShortcuts((action: ReaderAction) => {
    const neighbours = ready?.loaded.neighbours;
    switch (action) {
      case 'help':
        setHelpOpen((open) => !open);
        return true;
      case 'highlight':
        return layer.commands.highlight();
      case 'note':
        return layer.commands.note();
      case 'openHighlightInLink':
        return layer.commands.openInFocusedLink();
      case 'close':
        if (!helpOpen) return layer.commands.close();
        setHelpOpen(false);
        return true;
      case 'theme':
        update(nextTheme);
        return true;
      case 'fontLarger':
        update((s) => stepFontSize(s, 1));
        return true;
      case 'fontSmaller':
        update((s) => stepFontSize(s, -1));
        return true;
      case 'wider':
        update((s) => stepMeasure(s, 1));
        return true;
      case 'narrower':
        update((s) => stepMeasure(s, -1));
        return true;
      case 'next':
      case 'previous': {
        const target = neighbours?.[action];
        if (!target) return false;
        location.assign(readerPath(target.id));
        return true;
      }
      case 'original':
        if (!ready) return false;
        window.open(ready.loaded.article.url, '_blank', 'noopener,noreferrer');
        return true;
    }
  }, layer.commands.hasSelection);

  return (
    <>
      <Toolbar article={article} settings={settings} update={update} onHelp={() => setHelpOpen(true)} />
      <main class="reader" id="main">
        {state.kind === 'loading' && <p class="status">{t('readerLoading')}</p>}
        {state.kind === 'missing' && (
          <div class="status" role="alert">
            <p>{t('readerNotFound')}</p>
            <p>
              <a href={LIBRARY_PATH}>{t('reader_open_library')}</a>
            </p>
          </div>
        )}
        {state.kind === 'failed' && (
          <p class="status" role="alert">
            {t('readerLoadFailed', state.detail)}
          </p>
        )}
        {ready && article && write && (
          <ArticleView article={article} safeHtml={ready.loaded.html} bodyRef={setBody} footer={layer.footer}>
            <TagsBar db={ready.db} article={article} write={write} />
            <ArticleNote key={`${ready.loaded.article.id}:${revision}`} article={article} write={write} />
          </ArticleView>
        )}
        {ready && (
          <CategoryNav category={ready.loaded.article.category} neighbours={ready.loaded.neighbours} />
        )}
        {positionFailure && (
          <p class="status" role="status">
            {t('readerSaveFailed', positionFailure)}
          </p>
        )}
      </main>
      {layer.overlay}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
