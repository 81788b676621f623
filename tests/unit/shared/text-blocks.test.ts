import { describe, expect, it } from 'vitest';
import { settleLines } from '../../../src/shared/text-blocks.ts';

/** What settleLines promises, written the slow and obvious way: a string per line. */
const byLines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

/** A small deterministic generator, so a failure names its case. */
function* randomTexts(count: number): Generator<string> {
  const alphabet = ['a', 'bc', '中', ' ', ' ', '  ', '\t', '\n', '\n\n', '\u3000', '\u00a0', '\r', '\u2028'];
  let seed = 20261206;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let n = 0; n < count; n++) {
    const length = Math.floor(next() * 24);
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    yield text;
  }
}

describe('settleLines', () => {
  it.each([
    ['a lone space stays', 'a b', 'a b'],
    ['a run of spaces and tabs becomes one space', 'a \t  b', 'a b'],
    ['an ideographic or no-break space is a space', 'a\u3000b\u00a0\u00a0c', 'a b c'],
    ['spaces around a break go', 'a  \n  b', 'a\nb'],
    ['empty lines go', 'a\n \n\t\n\nb', 'a\nb'],
    ['both ends are trimmed', ' \n a \n ', 'a'],
  ])('%s', (_rule, text, settled) => {
    expect(settleLines(text)).toBe(settled);
  });

  it('gives what splitting into lines and trimming each gives, on 5,000 generated texts', () => {
    const differing = [...randomTexts(5000)].filter((text) => settleLines(text) !== byLines(text));
    expect(differing).toEqual([]);
  });
});
