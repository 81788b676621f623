import { describe, expect, it } from 'vitest';
import { READING_SPEED, readingMinutes } from '../../../src/reader/reading-time.ts';

describe('readingMinutes', () => {
  it('reads Chinese by character at the named speed', () => {
    const chars = '北向资金延续净买入态势'.repeat(200); // 2,200 characters
    expect(readingMinutes(chars)).toBe(Math.round(2200 / READING_SPEED.cjkCharsPerMinute));
  });

  it('reads Latin text by word', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    expect(readingMinutes(words)).toBe(Math.round(1000 / READING_SPEED.latinWordsPerMinute));
  });

  it('adds both for mixed text, counting 0.37% or 8642亿 sensibly', () => {
    const mixed = `${'沪指微涨0.37%，成交额8642亿。'.repeat(100)} ${'The index rose today. '.repeat(100)}`;
    const cjk = '沪指微涨成交额亿'.length * 100;
    const words = 2 * 100 + 4 * 100; // "0.37" and "8642" per sentence, four words per English sentence
    expect(readingMinutes(mixed)).toBe(
      Math.round(cjk / READING_SPEED.cjkCharsPerMinute + words / READING_SPEED.latinWordsPerMinute),
    );
  });

  it('says at least one minute for a short text and zero for nothing', () => {
    expect(readingMinutes('短讯。')).toBe(1);
    expect(readingMinutes('  \n ')).toBe(0);
  });
});
