import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { onLibraryMessage } from '../shared/library-channel.ts';
import { readerPath } from '../shared/reader-url.ts';
import { openLibrary, type LibraryDb } from '../store/index.ts';
import { ArticleView } from './ArticleView.tsx';
import { CategoryNav } from './CategoryNav.tsx';
import { Controls } from './Controls.tsx';
import { CopyAsMarkdown } from './CopyAsMarkdown.tsx';
import { loadArticle, type LoadedArticle } from './load-article.ts';
import { nextTheme, stepFontSize, stepMeasure } from './reader-settings.ts';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import type { ReaderAction } from './shortcuts.ts';
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
  const positionFailure = useReadingPosition(
    ready?.db,
    ready?.loaded.article.id,
    ready?.loaded.article.readingPosition,
  );

  useShortcuts((action: ReaderAction) => {
    const neighbours = ready?.loaded.neighbours;
    switch (action) {
      case 'help':
        setHelpOpen((open) => !open);
        return true;
      case 'close':
        if (!helpOpen) return false;
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
  });

  return (
    <>
      <header class="toolbar">
        <Controls settings={settings} update={update} onHelp={() => setHelpOpen(true)} />
        {ready && <CopyAsMarkdown article={ready.loaded.article} />}
      </header>
      <main class="reader" id="main">
        {state.kind === 'loading' && <p class="status">{t('readerLoading')}</p>}
        {state.kind === 'missing' && (
          <p class="status" role="alert">
            {t('readerNotFound')}
          </p>
        )}
        {state.kind === 'failed' && (
          <p class="status" role="alert">
            {t('readerLoadFailed', state.detail)}
          </p>
        )}
        {ready && <ArticleView article={ready.loaded.article} safeHtml={ready.loaded.html} />}
        {ready && (
          <CategoryNav category={ready.loaded.article.category} neighbours={ready.loaded.neighbours} />
        )}
        {positionFailure && (
          <p class="status" role="status">
            {t('readerSaveFailed', positionFailure)}
          </p>
        )}
      </main>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
