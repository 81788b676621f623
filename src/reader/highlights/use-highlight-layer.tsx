/**
 * The reader's highlights: painted into the body from the record, made from a selection (toolbar or
 * `h` / `n`), opened by a click (or Enter on a focused highlight), changed and deleted through the store.
 * A selection outside the body, inside the toolbar or of nothing but whitespace is ignored without a word.
 */
import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Highlight, HighlightColor } from '../../annotations/types.ts';
import type { Article } from '../../shared/article.ts';
import { t } from '../../shared/i18n.ts';
import { addHighlight, editHighlight, removeHighlight } from '../../store/index.ts';
import type { ArticleWriter } from '../article-writer.ts';
import { imagesSettled, POSITION_TUNING } from '../reading-position.ts';
import { DetachedHighlights } from './DetachedHighlights.tsx';
import { HighlightPopover } from './HighlightPopover.tsx';
import { lastHighlightColor, rememberHighlightColor } from './last-color.ts';
import { newHighlight } from './new-highlight.ts';
import { MARK_CLASS, MARK_ID_ATTRIBUTE, paint } from './paint.ts';
import { placeHighlights } from './placement.ts';
import { popoverPosition, toolbarPosition } from './position.ts';
import { describeSelection, rangeInside } from './selection.ts';
import { SelectionToolbar, type ToolbarPosition } from './SelectionToolbar.tsx';
import { buildTextMap } from './text-map.ts';

/** What the reader's shortcuts ask of the highlights. */
export interface HighlightCommands {
  /** Text of the article body is selected. */
  hasSelection: () => boolean;
  /** Highlights the selection in the last colour; false when there is nothing to highlight. */
  highlight: () => boolean;
  /** Highlights the selection and opens its note; false when there is nothing to highlight. */
  note: () => boolean;
  /** Closes an open highlight; false when none is open. */
  close: () => boolean;
  /** Opens the first highlight inside the focused link of the body; false when there is none. */
  openInFocusedLink: () => boolean;
}

interface LayerInput {
  body: HTMLElement | null;
  /** The highlight the page was opened on (`#hl-<id>`, from the Highlights page): scrolled to and focused. */
  target: string | undefined;
  /** The body's HTML: a new one replaces the body's nodes, and the marks are painted again. */
  html: string;
  /** Undefined while the article loads. */
  article: Article | undefined;
  write: ArticleWriter | undefined;
}

interface Layer {
  /** The toolbar, the open highlight and the status line, drawn over the page. */
  overlay: VNode;
  /** After the article: the detached highlights. */
  footer: VNode;
  commands: HighlightCommands;
}

interface Opened {
  id: string;
  focusNote: boolean;
}

const NO_HIGHLIGHTS: readonly Highlight[] = [];

const markSelector = (id: string): string => `mark.${MARK_CLASS}[${MARK_ID_ATTRIBUTE}="${CSS.escape(id)}"]`;

/** The highlight named by the address's fragment, `#hl-<id>`. */
export function highlightTarget(hash: string): string | undefined {
  if (!hash.startsWith('#hl-')) return undefined;
  try {
    return decodeURIComponent(hash.slice(4)) || undefined;
  } catch {
    return undefined;
  }
}

export function useHighlightLayer({ body, target, html, article, write }: LayerInput): Layer {
  const highlights = article?.highlights ?? NO_HIGHLIGHTS;
  // Every write hands back a new record: the body is painted again only when its highlights changed,
  // so a tag or a note leaves the marks (and a selection in them) alone.
  const paintKey = JSON.stringify(highlights);
  const [detached, setDetached] = useState<readonly Highlight[]>(NO_HIGHLIGHTS);
  // Bumped after each paint: the open highlight's popover is placed at its mark, which exists from then.
  const [, setPainted] = useState(0);
  const [toolbarAt, setToolbarAt] = useState<ToolbarPosition>();
  const [opened, setOpened] = useState<Opened>();
  const [status, setStatus] = useState('');

  useLayoutEffect(() => {
    if (!body) return;
    const { placed, detached: lost } = placeHighlights(buildTextMap(body).text, highlights);
    paint(body, placed);
    // The first mark of each highlight takes focus, so a keyboard opens it too; not inside a link,
    // where Enter follows the link.
    for (const { id } of placed) {
      const first = body.querySelector<HTMLElement>(markSelector(id));
      if (first && !first.closest('a')) first.tabIndex = 0;
    }
    setDetached(lost.length ? lost : NO_HIGHLIGHTS);
    setPainted((n) => n + 1);
  }, [body, html, paintKey]);

  // Once the marks are painted and the images have their size, the target is brought into view.
  const reachedTarget = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!body || !target || reachedTarget.current === target || !highlights.some((h) => h.id === target))
      return;
    reachedTarget.current = target;
    void imagesSettled(body, POSITION_TUNING.imageWaitMs).then(() => {
      const element =
        body.querySelector<HTMLElement>(markSelector(target)) ??
        document.querySelector<HTMLElement>(`[data-hl-detached="${CSS.escape(target)}"]`);
      if (!element) return;
      element.scrollIntoView({ block: 'center' });
      element.classList.add('hl-target');
      if (!element.closest('a')) {
        // Focusable from script only, unless painting already put it in the tab order.
        if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
        element.focus({ preventScroll: true });
      }
    });
  }, [body, target, highlights]);

  useEffect(() => {
    let frame = 0;
    const update = (): void => {
      frame = 0;
      const range = body ? rangeInside(getSelection(), body) : undefined;
      setToolbarAt(
        range && range.toString().trim() ? toolbarPosition(range.getBoundingClientRect(), window) : undefined,
      );
    };
    const onChange = (): void => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      cancelAnimationFrame(frame);
    };
  }, [body]);

  /** Opens the highlight `mark` paints; false when it is no mark of one. */
  const openAtMark = (mark: Element | null | undefined): boolean => {
    const id = mark?.getAttribute(MARK_ID_ATTRIBUTE);
    if (!id) return false;
    setOpened({ id, focusNote: false });
    return true;
  };

  useEffect(() => {
    if (!body) return;
    const open = (target: EventTarget | null): boolean =>
      openAtMark(target instanceof Element ? target.closest(`mark.${MARK_CLASS}`) : null);
    const onClick = (event: MouseEvent): void => {
      // The end of a drag is a selection, not a click; a link keeps its own click.
      if (!getSelection()?.isCollapsed) return;
      if (event.target instanceof Element && event.target.closest('a')) return;
      open(event.target);
    };
    const onKey = (event: KeyboardEvent): void => {
      if ((event.key === 'Enter' || event.key === ' ') && open(event.target)) event.preventDefault();
    };
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKey);
    return () => {
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKey);
    };
  }, [body]);

  // A press anywhere outside the open highlight and the marks closes it, as a popover does.
  useEffect(() => {
    if (!opened) return;
    const onPress = (event: PointerEvent): void => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(`.hl-popover, mark.${MARK_CLASS}`)) return;
      setOpened(undefined);
    };
    document.addEventListener('pointerdown', onPress);
    return () => document.removeEventListener('pointerdown', onPress);
  }, [opened]);

  const report = (failure: string | undefined, done: string): void =>
    setStatus(failure === undefined ? done : t('reader_hl_save_failed', failure));

  const create = (color: HighlightColor, thenNote: boolean): boolean => {
    if (!body || !write) return false;
    const range = rangeInside(getSelection(), body);
    const selectors = range && describeSelection(range, body);
    if (!selectors) return false;
    const highlight = newHighlight(selectors, color);
    rememberHighlightColor(color);
    getSelection()?.removeAllRanges();
    void write((db, id) => addHighlight(db, id, highlight)).then((failure) => {
      report(failure, t('reader_hl_added'));
      if (failure === undefined && thenNote) setOpened({ id: highlight.id, focusNote: true });
    });
    return true;
  };

  const copy = (): void => {
    const range = body ? rangeInside(getSelection(), body) : undefined;
    if (!range) return;
    navigator.clipboard.writeText(range.toString()).then(
      () => setStatus(t('reader_hl_copied')),
      () => setStatus(t('reader_hl_copy_failed')),
    );
  };

  const remove = async (id: string): Promise<string | undefined> => {
    if (!write) return undefined;
    const failure = await write((db, articleId) => removeHighlight(db, articleId, id));
    report(failure, t('reader_hl_deleted'));
    if (failure === undefined) setOpened(undefined);
    return failure;
  };

  /** Closes the open highlight; focus goes back to its mark, or to the link the mark is in. */
  const closeOpened = (): void => {
    const mark = opened && body?.querySelector<HTMLElement>(markSelector(opened.id));
    setOpened(undefined);
    const focusable = mark?.hasAttribute('tabindex') ? mark : mark?.closest<HTMLElement>('a[href]');
    focusable?.focus({ preventScroll: true });
  };

  const commands: HighlightCommands = {
    hasSelection: () => Boolean(body && rangeInside(getSelection(), body)),
    highlight: () => create(lastHighlightColor(), false),
    note: () => create(lastHighlightColor(), true),
    close: () => {
      if (!opened) return false;
      closeOpened();
      return true;
    },
    openInFocusedLink: () => {
      const link = document.activeElement?.closest('a');
      return openAtMark(link && body?.contains(link) ? link.querySelector(`mark.${MARK_CLASS}`) : null);
    },
  };
  // The shortcut handler keeps one object; the latest render's closures answer it.
  const commandsRef = useRef(commands);
  commandsRef.current = commands;
  const stable = useRef<HighlightCommands>({
    hasSelection: () => commandsRef.current.hasSelection(),
    highlight: () => commandsRef.current.highlight(),
    note: () => commandsRef.current.note(),
    close: () => commandsRef.current.close(),
    openInFocusedLink: () => commandsRef.current.openInFocusedLink(),
  });

  const openHighlight = opened && highlights.find((h) => h.id === opened.id);
  const openMark = openHighlight && body?.querySelector(markSelector(openHighlight.id));
  const overlay = (
    <>
      {toolbarAt && (
        <SelectionToolbar
          at={toolbarAt}
          onColor={(color) => void create(color, false)}
          onNote={() => void create(lastHighlightColor(), true)}
          onCopy={copy}
        />
      )}
      {openHighlight && openMark && write && (
        <HighlightPopover
          key={openHighlight.id}
          highlight={openHighlight}
          at={popoverPosition(openMark.getBoundingClientRect(), window)}
          focusNote={opened.focusNote}
          onColor={(color) => {
            rememberHighlightColor(color);
            return write((db, id) => editHighlight(db, id, openHighlight.id, { color }));
          }}
          onNote={(note) => write((db, id) => editHighlight(db, id, openHighlight.id, { note }))}
          onDelete={() => remove(openHighlight.id)}
          onClose={closeOpened}
        />
      )}
      <p class="hl-status" role="status">
        {status}
      </p>
    </>
  );
  const footer = <DetachedHighlights highlights={detached} onDelete={(id) => void remove(id)} />;
  return { overlay, footer, commands: stable.current };
}
