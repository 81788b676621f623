/**
 * The plain text `blockText` (src/extract/text.ts) gives of a body, read from the body's serialized HTML
 * without a DOM: Chromium's service worker has none, and sync (docs/sync.md) sends an article's text
 * only when this reading of its `contentHtml` would not give it back exactly.
 *
 * A serialized tree lists its nodes in the order a walk of the tree visits them, so reading the tokens
 * in order gives what the walk gives, with no tree built: a start tag opens an element, an end tag closes
 * it, and the text between tags is the text nodes' data with the five escapes a serializer writes
 * (`&amp;` `&lt;` `&gt;` `&quot;` `&nbsp;`, plus numeric references) undone. That is why this is a
 * scanner and not an HTML parser library: a parser rebuilds the tree a browser would make of the string,
 * which for markup a script built can differ from the tree that was serialized. The scanner is linear
 * whatever the input (an unclosed quote or comment ends at the end of the input).
 *
 * Markup a serializer does not write (a raw `<` in text, an unknown entity, an end tag left out) reads
 * differently from the DOM; the sending side compares before it leaves the text out, so that costs only
 * the saving.
 */
import { BLOCK_ELEMENTS, settleLines } from './text-blocks.ts';

/** Void elements that are blocks: a line break before and after, and no end tag to give the second. */
const VOID_BLOCKS = new Set(['BR', 'HR']);

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|nbsp));/g;

function codePointText(value: number): string | undefined {
  return value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff)
    ? String.fromCodePoint(value)
    : undefined;
}

/** Text data with the serializer's escapes undone; anything else stays as written. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? whole;
    return codePointText(dec ? Number(dec) : Number.parseInt(hex ?? '', 16)) ?? whole;
  });
}

const isNameStart = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;

/** A tag's name ends at a space, `/` or `>`. */
const endsName = (c: number): boolean => isSpace(c) || c === 0x2f || c === 0x3e;

/**
 * Index just past the `>` that ends the tag whose name ends at `from`, read as the HTML tokenizer reads
 * attributes: a quote opens a value only after `=` (an attribute's name may itself hold quotes, and a
 * quoted value may hold `>`).
 */
function tagEnd(html: string, from: number): number {
  const n = html.length;
  let i = from;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (isSpace(c) || c === 0x2f) {
      i++;
      continue;
    }
    // An attribute's name: its first character may be `=`.
    i++;
    while (i < n && !isSpace(html.charCodeAt(i)) && !'/>='.includes(html[i]!)) i++;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (html.charCodeAt(i) !== 0x3d) continue;
    i++;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    const quote = html[i];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1);
      if (close < 0) return n;
      i = close + 1;
    } else {
      while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3e) i++;
    }
  }
  return n;
}

/** `blockText` of the tree `html` serializes: one line per block, spaces collapsed. */
export function textOfHtml(html: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) parts.push(decode(html.slice(i, textEnd)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      // Not a tag: a parser reads this `<` as text too.
      parts.push('<');
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && !endsName(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toUpperCase();
    i = tagEnd(html, nameEnd);
    if (!BLOCK_ELEMENTS.has(name)) continue;
    parts.push(!closing && VOID_BLOCKS.has(name) ? '\n\n' : '\n');
  }
  return settleLines(parts.join(''));
}
