/**
 * What makes a line in an article's plain text (`textContent`): the elements that end one, and how the
 * joined text settles into lines. Search, excerpts and highlight offsets all read that one string, so
 * every reader of it shares these rules: the DOM walk in src/extract/text.ts and the DOM-free reading of
 * serialized HTML in src/shared/html-text.ts use both, and the reader's text map (which settles one
 * character at a time, to keep each character's offset) uses the block list.
 */

/** Block elements (upper-case node names) with a line break before and after their content. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'LI',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'TR',
  'TABLE',
  'FIGURE',
  'FIGCAPTION',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'HR',
  'BR',
  'CAPTION',
]);

/**
 * Text joined with a `\n` at every block boundary, settled into lines: each run of spaces without a break
 * becomes one space, then each run of spaces and breaks one break. Lines come out trimmed and empty lines
 * dropped, as splitting into lines and trimming each would give, without a string per line. (One
 * pattern like `\s*\n\s*` would backtrack over a long run of spaces at every position in it.)
 *
 * The first pattern leaves a lone space alone, the commonest run by far (every word gap in English):
 * matching and rewriting each of them made that pass 15 times slower on a 7 MB text.
 */
export function settleLines(joined: string): string {
  return joined
    .replace(/[^\S\n ][^\S\n]*| [^\S\n]+/g, ' ')
    .replace(/ ?(?:\n ?)+/g, '\n')
    .trim();
}
