import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/store/index.ts';
import { foldPerChar } from '../../../src/store/tokenize.ts';
import { planQuery } from '../../../src/store/query.ts';
import { decodePostings, encodePostings, FLAG, mergePostings } from '../../../src/store/postings.ts';
import { docTerms } from '../../../src/store/search-index.ts';

describe('foldPerChar', () => {
  it('folds exactly as per-character NFKC + lower-case, fast path included', () => {
    const text = 'ＡＢＣ abc XYZ 中国人民银行，降准０.５％！\u3000Ⅻ ﬁ 𠀀 Émile 﨑';
    const slow = [...Array(text.length).keys()]
      .map((i) => {
        const f = text[i]!.normalize('NFKC').toLowerCase();
        return f.length === 1 ? f : text[i]!;
      })
      .join('');
    expect(foldPerChar(text)).toBe(slow);
    expect(foldPerChar(text)).toHaveLength(text.length);
  });
});

describe('tokenize', () => {
  it('emits every Han bigram, across word boundaries', () => {
    const tokens = tokenize('人民银行决定');
    for (const b of ['人民', '民银', '银行', '行决', '决定']) expect(tokens).toContain(b);
  });

  it('folds Latin case and full width', () => {
    expect(tokenize('ＲＥＵＴＥＲＳ 报道 iPhone１５')).toEqual(
      expect.arrayContaining(['reuters', 'iphone15', '报道']),
    );
    expect(tokenize('Reuters')).toEqual(tokenize('ｒｅｕｔｅｒｓ'));
  });

  // Node's ICU segments 房地产市场回暖 as 房地产|市场|回暖 (checked with Intl.Segmenter('zh')).
  it('adds the segmenter word of 3+ Han characters to the bigrams', () => {
    expect(tokenize('房地产市场回暖')).toEqual(['房地', '地产', '产市', '市场', '场回', '回暖', '房地产']);
    expect(tokenize('房地产')).toEqual(['房地', '地产', '房地产']);
  });

  it('does not repeat a 2-character segmenter word, already its own bigram', () => {
    // 市场 and 回暖 are segmenter words and bigrams: each must be counted once, not twice.
    const tokens = tokenize('房地产市场回暖');
    expect(tokens.filter((t) => t === '市场')).toHaveLength(1);
    expect(tokens.filter((t) => t === '回暖')).toHaveLength(1);
    expect(tokenize('市场')).toEqual(['市场']);
    // A single mention stays in the "once" frequency bucket in the index.
    const terms = docTerms({ title: '新闻', textContent: '房地产市场回暖' });
    expect(terms.get('市场')).toBe(1);
    expect(terms.get('房地产')).toBe(1);
    expect(docTerms({ title: '市场', textContent: '无关' }).get('市场')).toBe(FLAG.title);
  });

  it('drops single Latin letters and lone Han characters', () => {
    expect(tokenize('a 中 b')).toEqual([]);
  });
});

describe('planQuery', () => {
  it('turns a Chinese phrase into its bigrams and a lone character into a prefix', () => {
    expect(planQuery('存款准备').clauses).toEqual([
      { kind: 'token', token: '存款' },
      { kind: 'token', token: '款准' },
      { kind: 'token', token: '准备' },
    ]);
    expect(planQuery('金').clauses).toEqual([{ kind: 'prefix', prefix: '金' }]);
  });

  it('treats the last Latin word as a prefix while typing, exact after a space', () => {
    expect(planQuery('ＲＥＵＴ').clauses).toEqual([{ kind: 'prefix', prefix: 'reut' }]);
    expect(planQuery('reuters ').clauses).toEqual([{ kind: 'token', token: 'reuters' }]);
  });
});

describe('postings', () => {
  it('round-trips and merges', () => {
    const bytes = encodePostings([1, 2, 300, 70000], [1, 5, 15, 3]);
    expect([...decodePostings(bytes).docs]).toEqual([1, 2, 300, 70000]);
    expect([...decodePostings(bytes).flags]).toEqual([1, 5, 15, 3]);
    const merged = mergePostings(
      bytes,
      [
        [5, 2],
        [70001, 1],
      ],
      new Set([2, 300]),
    );
    expect([...decodePostings(merged).docs]).toEqual([1, 5, 70000, 70001]);
    expect(mergePostings(encodePostings([4], [1]), [], new Set([4]))).toBeUndefined();
  });
});
