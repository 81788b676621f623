/**
 * Where each of an article's highlights sits in the body on screen: found by its selectors in the text
 * the body shows (createAnchorer), or detached when it cannot be placed (kept and listed, never dropped).
 */
import { createAnchorer } from '../../annotations/anchor.ts';
import type { Highlight } from '../../annotations/types.ts';
import type { PlacedHighlight } from './paint.ts';

export interface Placement {
  placed: PlacedHighlight[];
  detached: Highlight[];
}

export function placeHighlights(text: string, highlights: readonly Highlight[]): Placement {
  const anchor = createAnchorer(text);
  const placed: PlacedHighlight[] = [];
  const detached: Highlight[] = [];
  for (const highlight of highlights) {
    const at = highlight.detached ? undefined : anchor(highlight);
    if (!at) {
      detached.push(highlight);
      continue;
    }
    const entry: PlacedHighlight = { id: highlight.id, color: highlight.color, start: at.start, end: at.end };
    if (highlight.note) entry.note = highlight.note;
    placed.push(entry);
  }
  return { placed, detached };
}
