/**
 * Omnivore's `highlights/<slug>.md`: each highlight a block of `> quote` lines, its note (if any) as
 * plain lines below it, blocks apart by blank lines. Omnivore ends a quote with a link back to the
 * highlight, `[⤴️](https://omnivore.app/…)`, which is not part of the quote and is dropped.
 */
import type { ImportedHighlight } from './types.ts';

/** A trailing markdown link with a short (icon) text: Omnivore's link back to the highlight. */
const BACK_LINK = /\s*\[[^\]]{0,4}\]\([^)\s]*\)\s*$/u;

export function parseOmnivoreHighlights(markdown: string): ImportedHighlight[] {
  const highlights: ImportedHighlight[] = [];
  let quote: string[] | undefined;
  let note: string[] = [];
  /** A blank line after the quote: a further `>` line starts the next highlight. */
  let quoteEnded = false;
  const flush = (): void => {
    const text = quote?.join('\n').replace(BACK_LINK, '').trim();
    const noteText = note.join('\n').trim();
    if (text) highlights.push(noteText ? { quote: text, note: noteText } : { quote: text });
    quote = undefined;
    note = [];
    quoteEnded = false;
  };
  for (const line of markdown.replace(/^\ufeff/, '').split(/\r?\n/)) {
    if (line.startsWith('>')) {
      if (quote && (quoteEnded || note.length)) flush();
      quote ??= [];
      quote.push(line.replace(/^>\s?/, ''));
    } else if (!line.trim()) {
      if (quote) quoteEnded = true;
      if (note.length) note.push('');
    } else if (quote) {
      quoteEnded = true;
      note.push(line);
    }
  }
  flush();
  return highlights;
}
