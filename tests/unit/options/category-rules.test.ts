import { describe, expect, it } from 'vitest';
import { applyCategoryRules, explainInvalidRule } from '../../../src/shared/category-rules.ts';
import { normalizeOptions } from '../../../src/shared/options.ts';

const article = { id: 'NW1', category: '南方Plus', source: '南方Plus', title: 't' };

describe('applyCategoryRules', () => {
  it('renames a source', () => {
    expect(applyCategoryRules(article, [{ from: '南方Plus', to: '南方日报' }])).toEqual({
      ...article,
      category: '南方日报',
    });
  });

  it('merges several sources into one category, matching the source or the extracted category', () => {
    const rules = [
      { from: '证券时报', to: '证券' },
      { from: 'stcn.com', to: '证券' },
    ];
    expect(applyCategoryRules({ category: '证券时报', source: '证券时报' }, rules).category).toBe('证券');
    expect(applyCategoryRules({ category: 'stcn.com', source: undefined }, rules).category).toBe('证券');
    expect(applyCategoryRules({ category: '券商中国', source: '券商中国' }, rules).category).toBe('券商中国');
  });

  it('uses the first matching rule and does not chain rules', () => {
    const rules = [
      { from: '南方Plus', to: 'A' },
      { from: 'A', to: 'B' },
      { from: '南方Plus', to: 'C' },
    ];
    expect(applyCategoryRules(article, rules).category).toBe('A');
  });

  it('returns the same object when nothing matches, and leaves the input untouched', () => {
    const copy = { ...article };
    expect(applyCategoryRules(article, [{ from: '别的', to: 'x' }])).toBe(article);
    applyCategoryRules(article, [{ from: '南方Plus', to: 'x' }]);
    expect(article).toEqual(copy);
  });

  it('ignores blank targets and surrounding spaces', () => {
    expect(applyCategoryRules(article, [{ from: '南方Plus', to: '  ' }])).toBe(article);
    expect(applyCategoryRules(article, [{ from: ' 南方Plus ', to: ' 南方 ' }]).category).toBe('南方');
  });
});

describe('explainInvalidRule', () => {
  const existing = [{ from: '南方Plus', to: '南方' }];
  it('says what is wrong', () => {
    expect(explainInvalidRule({ from: '', to: 'x' }, existing, 10)).toBe('ruleEmpty');
    expect(explainInvalidRule({ from: 'a'.repeat(11), to: 'x' }, existing, 10)).toBe('ruleTooLong');
    expect(explainInvalidRule({ from: 'x', to: 'x' }, existing, 10)).toBe('ruleSame');
    expect(explainInvalidRule({ from: ' 南方Plus', to: 'y' }, existing, 10)).toBe('ruleDuplicate');
    expect(explainInvalidRule({ from: '证券时报', to: '南方' }, existing, 10)).toBeUndefined();
  });

  it('normalizeOptions keeps only well-formed rules, without extra keys', () => {
    const options = normalizeOptions({
      categoryRules: [{ from: 'a', to: 'b', extra: 1 }, { from: 1, to: 'b' }, 'x'],
    });
    expect(options.categoryRules).toEqual([{ from: 'a', to: 'b' }]);
  });
});
