/**
 * Anchoring over real article bodies from the corpus (../shared/corpus/finews, read in place): a highlight
 * made in one rendering of a body is found again in others.
 */
import { describe, expect, it } from 'vitest';

import { anchorHighlight } from '../../../src/annotations/anchor.ts';
import { describeRange } from '../../../src/annotations/describe.ts';
import { normalizeForMatching } from '../../../src/annotations/normalize.ts';
import { listCorpusFiles, readCorpusPost } from '../../../testkit/corpus.ts';
import { paragraphsOf } from '../../../testkit/generate-articles.ts';

/** Bodies of at least four paragraphs, the third one long enough to highlight inside it. */
const bodies = listCorpusFiles()
  .map((file) => paragraphsOf(readCorpusPost(file).body))
  .filter((paragraphs) => paragraphs.length >= 4 && (paragraphs[2]?.length ?? 0) >= 40);

/** A small deterministic generator, so every run checks the same ranges. */
function* offsets(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield state;
  }
}

describe('anchoring in real corpus bodies', () => {
  it('has bodies to work on', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(3);
  });

  it('finds a highlight again after a re-save that inserts a paragraph and joins paragraphs differently', () => {
    for (const paragraphs of bodies.slice(0, 10)) {
      const saved = paragraphs.join('\n');
      const start = saved.indexOf(paragraphs[2] ?? '') + 10;
      const selectors = describeRange(saved, start, start + 24);
      if (!selectors) throw new Error('test setup: nothing to describe');
      const resaved = ['【编者按】本文根据公开资料整理，仅供参考。', ...paragraphs].join('\n\n');
      const anchor = anchorHighlight(resaved, selectors);
      expect(anchor?.how).toBe('exact');
      expect(resaved.slice(anchor?.start, anchor?.end)).toBe(selectors.quote.exact);
    }
  });

  it('places a highlight with one character changed inside it by a fuzzy match', () => {
    const paragraphs = bodies[0] ?? [];
    const saved = paragraphs.join('\n');
    const start = saved.indexOf(paragraphs[2] ?? '') + 5;
    const selectors = describeRange(saved, start, start + 30);
    if (!selectors) throw new Error('test setup: nothing to describe');
    const middle = start + 15;
    const edited = `${saved.slice(0, middle)}※${saved.slice(middle + 1)}`;
    const resaved = `导语：全文如下。\n${edited}`;
    const anchor = anchorHighlight(resaved, selectors);
    expect(anchor?.how).toBe('fuzzy');
    expect(resaved.slice(anchor?.start, anchor?.end)).toBe(edited.slice(start, start + 30).trim());
  });

  it('puts each of many highlights back at its place in the body rendered without line breaks', () => {
    const random = offsets(17);
    for (const paragraphs of bodies.slice(0, 8)) {
      const saved = paragraphs.join('\n');
      const flattened = paragraphs.join('');
      for (let n = 0; n < 12; n += 1) {
        const start = random.next().value % (saved.length - 20);
        const length = 6 + (random.next().value % 40);
        const selectors = describeRange(saved, start, Math.min(saved.length, start + length));
        if (!selectors) continue;
        expect(anchorHighlight(saved, selectors)?.how).toBe('position');
        const anchor = anchorHighlight(flattened, selectors);
        expect(anchor).toBeDefined();
        const found = flattened.slice(anchor?.start, anchor?.end);
        expect(normalizeForMatching(found).text).toBe(normalizeForMatching(selectors.quote.exact).text);
        // The same place, not just the same words: the prefix and suffix pick this copy among several.
        const before = saved.slice(0, selectors.position.start).replace(/\n/g, '');
        expect(anchor?.start).toBe(before.length);
      }
    }
  });
});
