import { describe, expect, it } from 'vitest';
import { parseIsoWithOffset, toIsoWithOffset, toIsoWithOffsetMs } from '../../../src/shared/iso-date.ts';

const instant = new Date(Date.UTC(2021, 11, 22, 6, 6, 54, 7));

describe('ISO timestamps with their offset', () => {
  it('write the wall clock at the given offset, to the second', () => {
    expect(toIsoWithOffset(instant, 480)).toBe('2021-12-22T14:06:54+08:00');
    expect(toIsoWithOffset(instant, -300)).toBe('2021-12-22T01:06:54-05:00');
    expect(toIsoWithOffset(instant, 0)).toBe('2021-12-22T06:06:54+00:00');
  });

  it('write milliseconds when asked, so two saves in one second keep their order', () => {
    expect(toIsoWithOffsetMs(instant, 480)).toBe('2021-12-22T14:06:54.007+08:00');
    const later = new Date(instant.getTime() + 500);
    expect(toIsoWithOffsetMs(later, 480)).toBe('2021-12-22T14:06:54.507+08:00');
    expect(Date.parse(toIsoWithOffsetMs(later, 480))).toBeGreaterThan(
      Date.parse(toIsoWithOffsetMs(instant, 480)),
    );
    expect(Date.parse(toIsoWithOffsetMs(instant, 480))).toBe(instant.getTime());
  });

  it('read back either form into the same wall clock and offset', () => {
    const parts = { year: 2021, month: 12, day: 22, hour: 14, minute: 6, second: 54, offsetMinutes: 480 };
    expect(parseIsoWithOffset(toIsoWithOffset(instant, 480))).toEqual(parts);
    expect(parseIsoWithOffset(toIsoWithOffsetMs(instant, 480))).toEqual(parts);
    expect(parseIsoWithOffset('2021-12-22T14:06:54')).toBeUndefined();
  });
});
