import { describe, expect, it } from 'vitest';
import { TAG_MAX_CHARS } from '../../../src/annotations/limits.ts';
import { parseTagInput, withoutTag, withTags } from '../../../popup/tag-input.ts';

describe('the tag boxes', () => {
  it('take several tags separated by commas (half- and full-width) or 、, spaces kept inside', () => {
    expect(parseTagInput(' 宏观，待读、机器  学习, 宏观 ')).toEqual({ tags: ['宏观', '待读', '机器 学习'] });
  });

  it('skip an empty piece between separators, and refuse a box with no tag in it', () => {
    expect(parseTagInput('宏观,,待读,')).toEqual({ tags: ['宏观', '待读'] });
    expect(parseTagInput('   ').refused).toEqual({ text: '', reason: 'empty' });
    expect(parseTagInput(' , ， ').refused?.reason).toBe('empty');
  });

  it(`refuse a tag over ${TAG_MAX_CHARS} characters and keep the others`, () => {
    const long = '长'.repeat(TAG_MAX_CHARS + 1);
    const parsed = parseTagInput(`宏观, ${long}`);
    expect(parsed.tags).toEqual(['宏观']);
    expect(parsed.refused).toEqual({ text: long, reason: 'too-long' });
    expect(parseTagInput('长'.repeat(TAG_MAX_CHARS)).refused).toBeUndefined();
  });

  it('add each tag once, in order, and remove one', () => {
    expect(withTags(['财经新闻', '宏观'], ['宏观', '待读'])).toEqual(['财经新闻', '宏观', '待读']);
    expect(withoutTag(['财经新闻', '宏观'], '财经新闻')).toEqual(['宏观']);
  });
});
