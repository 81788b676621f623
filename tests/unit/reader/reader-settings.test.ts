import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPTIONS,
  READER_LIMITS,
  READER_THEMES,
  type ReaderSettings,
} from '../../../src/shared/options.ts';
import { nextTheme, SETTING_STEPS, stepFontSize, stepMeasure } from '../../../src/reader/reader-settings.ts';
import { neighboursOf } from '../../../src/reader/neighbours.ts';
import { positionOf, scrollTopFor } from '../../../src/reader/reading-position.ts';

const base = DEFAULT_OPTIONS.reader;

describe('setting steps', () => {
  it('steps font size and measure and stops at the limits', () => {
    expect(stepFontSize(base, 1).fontSize).toBe(base.fontSize + SETTING_STEPS.fontSizePx);
    expect(stepFontSize({ ...base, fontSize: READER_LIMITS.maxFontSize }, 1).fontSize).toBe(
      READER_LIMITS.maxFontSize,
    );
    expect(stepFontSize({ ...base, fontSize: READER_LIMITS.minFontSize }, -1).fontSize).toBe(
      READER_LIMITS.minFontSize,
    );
    expect(stepMeasure(base, -1).measure).toBe(base.measure - SETTING_STEPS.measureEm);
    expect(stepMeasure({ ...base, measure: READER_LIMITS.maxMeasure - 1 }, 1).measure).toBe(
      READER_LIMITS.maxMeasure,
    );
  });

  it('cycles every theme and comes back to the first', () => {
    let settings: ReaderSettings = { ...base, theme: READER_THEMES[0] };
    const seen = [];
    for (let i = 0; i < READER_THEMES.length; i++) {
      settings = nextTheme(settings);
      seen.push(settings.theme);
    }
    expect(seen).toEqual([...READER_THEMES.slice(1), READER_THEMES[0]]);
  });
});

describe('reading position', () => {
  it('is a fraction of the scrollable range and maps back to the same offset', () => {
    expect(positionOf(500, 3000, 1000)).toBe(0.25);
    expect(scrollTopFor(0.25, 3000, 1000)).toBe(500);
    expect(positionOf(0, 800, 1000)).toBe(0);
    expect(positionOf(5000, 3000, 1000)).toBe(1);
    expect(scrollTopFor(2, 3000, 1000)).toBe(2000);
  });
});

describe('neighboursOf', () => {
  const summary = (id: string, category: string, savedAt: string) => ({ id, title: id, category, savedAt });
  const all = [
    summary('a', '财联社', '2022-01-03T10:00:00+08:00'),
    summary('x', '证券时报', '2022-01-02T12:00:00+08:00'),
    summary('b', '财联社', '2022-01-02T10:00:00+08:00'),
    summary('c', '财联社', '2022-01-01T10:00:00+08:00'),
  ];

  it('finds the newer and older article of the same category, skipping others', () => {
    const found = neighboursOf([...all].reverse(), { id: 'b', category: '财联社' });
    expect(found.previous?.id).toBe('a');
    expect(found.next?.id).toBe('c');
  });

  it('has no previous at the top, no next at the bottom, and nothing for an unknown id', () => {
    expect(neighboursOf(all, { id: 'a', category: '财联社' })).toEqual({ next: all[2] });
    expect(neighboursOf(all, { id: 'c', category: '财联社' })).toEqual({ previous: all[2] });
    expect(neighboursOf(all, { id: 'zz', category: '财联社' })).toEqual({});
  });
});
