import { describe, expect, it } from 'vitest';
import { formatPublished, offsetLabel } from '../../../src/reader/published-time.ts';

/** ICU versions differ in the space before AM/PM (U+202F or U+0020); the tests compare words, not spaces. */
const spaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPublished', () => {
  it('shows the wall-clock time at the original offset in Chinese and English', () => {
    expect(formatPublished('2021-12-22T14:06:54+08:00', 'zh-CN')).toBe('2021年12月22日 14:06 (UTC+8)');
    expect(spaces(formatPublished('2021-12-22T14:06:54+08:00', 'en-US'))).toBe(
      'Dec 22, 2021, 2:06 PM (UTC+8)',
    );
  });

  it('does not convert to the viewer time zone', () => {
    // 23:30 in Beijing is still the 22nd there,
    // though it is the 22nd 15:30 in UTC and the 22nd 10:30 in New York.
    const text = formatPublished('2021-12-22T23:30:00+08:00', 'en-GB');
    expect(spaces(text)).toBe('22 Dec 2021, 23:30 (UTC+8)');
  });

  it('names negative, half-hour and zero offsets', () => {
    expect(spaces(formatPublished('2022-01-07T08:14:19-05:00', 'en-US'))).toBe(
      'Jan 7, 2022, 8:14 AM (UTC\u22125)',
    );
    expect(formatPublished('2022-01-07T08:14:19+0530', 'zh-CN')).toBe('2022年1月7日 8:14 (UTC+5:30)');
    expect(formatPublished('2022-01-07T08:14:19Z', 'zh-CN')).toBe('2022年1月7日 8:14 (UTC)');
  });

  it('shows a time without an offset as written, with no offset claimed', () => {
    expect(formatPublished('2022-01-07T08:14:19', 'zh-CN')).toBe('2022年1月7日 8:14');
  });

  it('shows a date-only value as a date', () => {
    expect(spaces(formatPublished('2022-01-07', 'en-US'))).toBe('Jan 7, 2022');
  });

  it('returns an unreadable value unchanged instead of "Invalid Date"', () => {
    expect(formatPublished('昨天 14:06', 'zh-CN')).toBe('昨天 14:06');
    expect(formatPublished('2022-13-45T99:99:00+08:00', 'en-US')).toBe('2022-13-45T99:99:00+08:00');
  });
});

describe('offsetLabel', () => {
  it('writes hours, and minutes only when there are some', () => {
    expect(offsetLabel(480)).toBe('UTC+8');
    expect(offsetLabel(-570)).toBe('UTC\u22129:30');
    expect(offsetLabel(0)).toBe('UTC');
  });
});
