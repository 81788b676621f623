/** Keyboard map of the library list (tree-like: headers fold, articles open). Pure, so it is unit-tested. */
import type { Row } from './rows.ts';

export type ListAction =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' | 'pageDown' | 'pageUp' }
  | {
      kind:
        | 'collapse'
        | 'expand'
        | 'toHeader'
        | 'open'
        | 'delete'
        | 'toggleRead'
        | 'changeCategory'
        | 'toggleFavourite'
        | 'toggleArchive'
        | 'editTags'
        | 'toSearch'
        | 'undo';
    };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const MOVES: Record<string, ListAction> = {
  ArrowDown: { kind: 'move', to: 'next' },
  ArrowUp: { kind: 'move', to: 'previous' },
  Home: { kind: 'move', to: 'first' },
  End: { kind: 'move', to: 'last' },
  PageDown: { kind: 'move', to: 'pageDown' },
  PageUp: { kind: 'move', to: 'pageUp' },
};

/**
 * What a key does on the focused row; undefined leaves the key to the browser (Tab, Space on a button…).
 * Enter on a header is left to its native button (toggle); Enter on an article opens it.
 */
export function listAction(input: KeyInput, row: Row | undefined): ListAction | undefined {
  const { key } = input;
  if ((input.ctrlKey || input.metaKey) && key.toLowerCase() === 'z') return { kind: 'undo' };
  if (input.ctrlKey || input.metaKey || input.altKey) return undefined;
  const move = MOVES[key];
  if (move) return move;
  if (key === 'Escape') return { kind: 'toSearch' };
  if (!row) return undefined;
  if (row.kind === 'group') {
    if (key === 'ArrowLeft' && !row.collapsed) return { kind: 'collapse' };
    if (key === 'ArrowRight' && row.collapsed) return { kind: 'expand' };
    return undefined;
  }
  switch (key) {
    case 'Enter':
      return { kind: 'open' };
    case 'ArrowLeft':
      return row.group === undefined ? undefined : { kind: 'toHeader' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'r':
    case 'R':
      return { kind: 'toggleRead' };
    case 'c':
    case 'C':
      return { kind: 'changeCategory' };
    case 'f':
    case 'F':
      return { kind: 'toggleFavourite' };
    case 'a':
    case 'A':
      return { kind: 'toggleArchive' };
    case 't':
    case 'T':
      return { kind: 'editTags' };
    default:
      return undefined;
  }
}

/** The row a move lands on, from `index` in a list of `count` rows showing about `page` rows. */
export function moveTarget(
  to: Extract<ListAction, { kind: 'move' }>['to'],
  index: number,
  count: number,
  page: number,
): number {
  if (count === 0) return -1;
  const target = {
    next: index + 1,
    previous: index - 1,
    first: 0,
    last: count - 1,
    pageDown: index + page,
    pageUp: index - page,
  }[to];
  return Math.min(count - 1, Math.max(0, target));
}
