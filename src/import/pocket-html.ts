/**
 * Pocket's HTML export (`ril_export.html`): `<h1>Unread</h1>` and `<h1>Read Archive</h1>`, each followed
 * by a list of `<a href="…" time_added="…" tags="a,b">title</a>`.
 *
 * Read with a small attribute reader rather than DOMParser: the file is machine-written and flat (only
 * headings and links matter), this module stays pure (no DOM in a service worker or in Node), and the
 * reader walks quoted values properly, so a `>` inside a title attribute or URL does not end a tag
 * early, which a one-line regex would get wrong. A full HTML tokenizer would add nothing here.
 */
import { cleanTags, checkedUrl, isoFromUnixSeconds, lineAt } from './normalize.ts';
import type { ImportError, ImportedItem } from './types.ts';

const FORMAT = 'pocket-html';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references as Pocket writes them: the five named ones, nbsp, and numeric ones. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** Index just past the tag's `>`. */
  end: number;
}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** Reads the tag opening at `start` (`source[start] === '<'`), or undefined when it is not a tag. */
function readTag(source: string, start: number): Tag | undefined {
  let i = start + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  const nameMatch = /^[a-z][a-z0-9]*/i.exec(source.slice(i, i + 16));
  if (!nameMatch) return undefined;
  const name = nameMatch[0].toLowerCase();
  i += nameMatch[0].length;
  const attributes = new Map<string, string>();
  while (i < source.length && source[i] !== '>') {
    if (isSpace(source[i]) || source[i] === '/') {
      i++;
      continue;
    }
    let key = '';
    while (i < source.length && !isSpace(source[i]) && !'=>/'.includes(source[i]!)) key += source[i++];
    while (isSpace(source[i])) i++;
    let value = '';
    if (source[i] === '=') {
      i++;
      while (isSpace(source[i])) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        value = source.slice(i + 1, close === -1 ? source.length : close);
        i = close === -1 ? source.length : close + 1;
      } else {
        while (i < source.length && !isSpace(source[i]) && source[i] !== '>') value += source[i++];
      }
    }
    if (key) attributes.set(key.toLowerCase(), decodeEntities(value));
  }
  return { name, closing, attributes, end: i + 1 };
}

/** The text up to the closing tag `</name>`, tags inside dropped, and where that closing tag ends. */
function textUntilClose(source: string, from: number, name: string): { text: string; end: number } {
  // A case-insensitive search from `from` (not a lower-cased copy: lower-casing can change lengths).
  const closing = new RegExp(`</${name}\\b`, 'gi');
  closing.lastIndex = from;
  const close = closing.exec(source)?.index ?? -1;
  const inner = source.slice(from, close === -1 ? source.length : close);
  const end = close === -1 ? source.length : source.indexOf('>', close) + 1 || source.length;
  return {
    text: decodeEntities(inner.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
    end,
  };
}

/** Whether `text` is Pocket's HTML export: it has one of its section headings. */
export const looksLikePocketHtml = (text: string): boolean =>
  /<h1[^>]*>\s*(unread|read archive)\s*<\/h1>/i.test(text);

/** The items of both sections in file order (Read Archive ones archived), or the first bad link. */
export function parsePocketHtml(source: string): { items: ImportedItem[] } | { error: ImportError } {
  const items: ImportedItem[] = [];
  let archived = false;
  for (let i = source.indexOf('<'); i !== -1; i = source.indexOf('<', i)) {
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      i = close === -1 ? source.length : close + 3;
      continue;
    }
    const tag = readTag(source, i);
    if (!tag || tag.closing || (tag.name !== 'h1' && tag.name !== 'a')) {
      i = tag ? tag.end : i + 1;
      continue;
    }
    const { text, end } = textUntilClose(source, tag.end, tag.name);
    if (tag.name === 'h1') {
      archived = /archive/i.test(text);
    } else {
      const url = checkedUrl(tag.attributes.get('href'));
      const savedAt = isoFromUnixSeconds(tag.attributes.get('time_added'));
      const bad = !url ? 'href' : savedAt === null ? 'time_added' : undefined;
      if (bad || !url || savedAt === null) {
        return { error: { code: 'bad-row', format: FORMAT, line: lineAt(source, i), detail: bad } };
      }
      items.push({
        url,
        title: text || undefined,
        savedAt,
        tags: cleanTags((tag.attributes.get('tags') ?? '').split(',')),
        archived,
        favourite: false,
        read: archived,
        highlights: [],
      });
    }
    i = end;
  }
  return { items };
}
