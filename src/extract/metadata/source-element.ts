/**
 * A source printed bare under the headline, named only by its class: `<span class="a_source">东方财富网</span>`
 * (generic-zh-portal-tencent-editor-id). Portals label the element, not the text, so there is no `来源：`
 * to find.
 */
import { builtIn } from '../dom.ts';
import { readSource } from './text-patterns.ts';

const SOURCE_ELEMENT_RULES = {
  /**
   * Whole class names portals give the element that holds the source: `source` (Sina), `a_source` (Tencent),
   * `post_source` (NetEase), `media-name`/`media` (media accounts), `come-from`. Whole names only: a
   * `source-list` or `resource` is something else.
   */
  classes: [
    'source',
    'a_source',
    'post_source',
    'article-source',
    'source-name',
    'media',
    'media-name',
    'come-from',
  ],
  /**
   * A lead-in some portals print inside the element (`来自 X`, `来源 X`, `Source: X`, `From: X`). A Latin word
   * is a lead-in only before a colon or a space: `Sourcewire` is a name.
   */
  leadIn: /^(?:(?:来源|来自|出处)\s*[:：]?|(?:source|from)(?:\s*[:：]|\s))\s*/i,
  /**
   * A `source` in a picture's caption credits the picture (`(Bild: Hersteller)`), not the article, even when
   * the picture sits under the headline.
   */
  imageCredit: 'figure, figcaption',
  /** Same limit as a `来源：` byline: longer text is a sentence, not a name. */
  maxChars: 24,
  /** A value that has a date or time or no letters at all is a stamp, not a name. */
  notName: /\d{1,4}\s*[-/:年月日]|^[\d\s\p{P}]*$/u,
} as const;

const SELECTOR = SOURCE_ELEMENT_RULES.classes.map((c) => `[class~="${c}"]`).join(', ');

/**
 * @param near the text under the headline (bylines only, see page-meta): an element counts only when its
 *   text is printed there, so a `media` box in the sidebar or a source list further down is never read.
 */
export function readSourceElement(doc: Document, near: string): string | undefined {
  if (!near.trim()) return undefined;
  for (const el of doc.querySelectorAll(SELECTOR)) {
    // The prototype's method: a hostile `<form class="source">` can shadow `closest` with a named control.
    const closest = builtIn<(selector: string) => Element | null>(el, 'closest');
    if (closest?.call(el, SOURCE_ELEMENT_RULES.imageCredit)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const value = readSource(text) ?? text.replace(SOURCE_ELEMENT_RULES.leadIn, '').trim();
    if (!value || value.length > SOURCE_ELEMENT_RULES.maxChars || SOURCE_ELEMENT_RULES.notName.test(value))
      continue;
    if (near.includes(text)) return value;
  }
  return undefined;
}
