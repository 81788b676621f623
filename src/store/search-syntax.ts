/**
 * The search box's small language: filters written among the words, as in `央行 tag:财经 is:fav`.
 *
 * - `tag:X` keeps articles tagged X; `tag:"two words"` (or `tag:“两个 词”`) takes a tag with spaces.
 * - `is:fav`, `is:archived`, `is:read`, `is:unread`; `has:highlights`, `has:note`.
 * - Keys are case-insensitive and take a half-width or full-width colon (`tag：财经`, as a Chinese
 *   keyboard types it). A key starts a filter after whitespace, at the start, or right after a Han
 *   character (`央行tag:财经`), never inside a Latin word (`hashtag:x` is a word).
 * - Anything else stays in `words`: an unknown key (`foo:bar`), a known key with an unknown value
 *   (`is:later`). A key with nothing after it (`tag:` while being typed) filters nothing.
 */
import { normalizeTag } from '../annotations/limits.ts';

export type IsFilter = 'fav' | 'archived' | 'read' | 'unread';
export type HasFilter = 'highlights' | 'note';

export interface ParsedSearch {
  /** What is left for the full-text search, whitespace collapsed to single spaces. */
  words: string;
  /** Tags to filter by (all of them), normalized like stored tags, without repeats. */
  tags: string[];
  is: IsFilter[];
  has: HasFilter[];
}

const IS_VALUES: Record<string, IsFilter> = {
  fav: 'fav',
  favorite: 'fav',
  favourite: 'fav',
  starred: 'fav',
  archived: 'archived',
  archive: 'archived',
  read: 'read',
  unread: 'unread',
};

const HAS_VALUES: Record<string, HasFilter> = {
  highlights: 'highlights',
  highlight: 'highlights',
  note: 'note',
  notes: 'note',
};

/** `tag:`, `is:` or `has:` at this point of the string (sticky). */
const KEY = /(tag|is|has)[:：]/iy;
/** A character that continues a Latin word, so a key right after it is part of that word. */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}_\-.@/]/u;
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
const WHITESPACE = /\s/;

interface Filter {
  key: 'tag' | 'is' | 'has';
  value: string;
  /** Offset just after the filter. */
  end: number;
}

function readFilter(input: string, at: number): Filter | undefined {
  const previous = at > 0 ? input.charAt(at - 1) : '';
  if (previous && WORD_CHAR.test(previous)) return undefined;
  KEY.lastIndex = at;
  const key = KEY.exec(input);
  if (!key) return undefined;
  const name = (key[1] ?? '').toLowerCase() as Filter['key'];
  let from = at + key[0].length;
  const closing = CLOSING_QUOTE[input.charAt(from)];
  if (closing) {
    from += 1;
    const close = input.indexOf(closing, from);
    const to = close === -1 ? input.length : close;
    return { key: name, value: input.slice(from, to), end: close === -1 ? to : to + 1 };
  }
  let to = from;
  while (to < input.length && !WHITESPACE.test(input.charAt(to))) to += 1;
  return { key: name, value: input.slice(from, to), end: to };
}

function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

export function parseSearch(input: string): ParsedSearch {
  const parsed: ParsedSearch = { words: '', tags: [], is: [], has: [] };
  const words: string[] = [];
  let i = 0;
  while (i < input.length) {
    const filter = readFilter(input, i);
    if (!filter) {
      words.push(input.charAt(i));
      i += 1;
      continue;
    }
    const value = filter.value.trim();
    const lower = value.toLowerCase();
    const isValue = IS_VALUES[lower];
    const hasValue = HAS_VALUES[lower];
    if (value === '') {
      // A key still being typed filters nothing and searches for nothing.
    } else if (filter.key === 'tag') {
      addOnce(parsed.tags, normalizeTag(value));
    } else if (filter.key === 'is' && isValue) {
      addOnce(parsed.is, isValue);
    } else if (filter.key === 'has' && hasValue) {
      addOnce(parsed.has, hasValue);
    } else {
      words.push(input.slice(i, filter.end));
      i = filter.end;
      continue;
    }
    words.push(' ');
    i = filter.end;
  }
  parsed.words = words.join('').replace(/\s+/g, ' ').trim();
  return parsed;
}
