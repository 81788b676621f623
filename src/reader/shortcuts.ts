/** The reader's keyboard shortcuts: one table, read by the key handler and by the `?` help list. */
import type { MessageKey } from '../shared/i18n.ts';

export type ReaderAction =
  | 'help'
  | 'close'
  | 'next'
  | 'previous'
  | 'theme'
  | 'fontLarger'
  | 'fontSmaller'
  | 'wider'
  | 'narrower'
  | 'original'
  | 'highlight'
  | 'note'
  | 'openHighlightInLink';

export interface Shortcut {
  action: ReaderAction;
  /** `KeyboardEvent.key` values; the first is the one shown in the help list. */
  keys: readonly string[];
  /** What the help list says it does. */
  label: MessageKey;
  /** Applies only while text of the article is selected, and then before the same key's other action. */
  withSelection?: true;
}

/**
 * Single keys without modifiers, as in most feed readers; Ctrl/Cmd/Alt combinations stay the browser's.
 * With text selected, `h` and `n` act on the selection (as in Readwise Reader); with none, `n` is next
 * and `h` opens a highlight inside the focused link (Enter there follows the link, so its marks take
 * no focus of their own).
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'next', keys: ['n', 'j'], label: 'readerKeyNext' },
  { action: 'previous', keys: ['p', 'k'], label: 'readerKeyPrevious' },
  { action: 'theme', keys: ['t'], label: 'readerKeyTheme' },
  { action: 'fontLarger', keys: ['+', '='], label: 'readerKeyFontLarger' },
  { action: 'fontSmaller', keys: ['-', '_'], label: 'readerKeyFontSmaller' },
  { action: 'wider', keys: [']'], label: 'readerKeyWider' },
  { action: 'narrower', keys: ['['], label: 'readerKeyNarrower' },
  { action: 'original', keys: ['o'], label: 'readerKeyOriginal' },
  { action: 'highlight', keys: ['h'], label: 'reader_hl_key_highlight', withSelection: true },
  { action: 'note', keys: ['n'], label: 'reader_hl_key_note', withSelection: true },
  { action: 'openHighlightInLink', keys: ['h'], label: 'reader_hl_key_open_in_link' },
  { action: 'help', keys: ['?'], label: 'readerKeyHelp' },
  { action: 'close', keys: ['Escape'], label: 'readerKeyClose' },
];

/** The parts of a KeyboardEvent the decision depends on (plain data, so it is testable without a DOM). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field, select or editable element: keys are typing there, not commands. */
  inEditable: boolean;
  /** Text of the article is selected. */
  hasSelection?: boolean;
}

/** The action a key press asks for, or undefined when the press is not the reader's. */
export function actionFor(press: KeyPress): ReaderAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (press.inEditable && press.key !== 'Escape') return undefined;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const matching = SHORTCUTS.filter((shortcut) => shortcut.keys.includes(key));
  const chosen = press.hasSelection
    ? (matching.find((shortcut) => shortcut.withSelection) ?? matching[0])
    : matching.find((shortcut) => !shortcut.withSelection);
  return chosen?.action;
}
