import { describe, expect, it } from 'vitest';
import { Pace } from '../../../src/background/fetch-queue/pace.ts';
import { timeLeftWords } from '../../../src/shared/fetch-queue-view.ts';

describe('Pace', () => {
  it('knows nothing before its pages, then the mean page time and the pages ended per second', () => {
    const pace = new Pace();
    expect(pace.pageMs()).toBeUndefined();
    pace.record(0, 1_000);
    expect(pace.perSecond()).toBeUndefined();
    pace.record(500, 2_500);
    pace.record(2_000, 5_000);
    expect(pace.pageMs()).toBe(2_000);
    expect(pace.perSecond()).toBe(0.5);
  });

  it('follows the last twenty pages only', () => {
    const pace = new Pace();
    for (let i = 0; i < 30; i++) pace.record(i * 1_000, i * 1_000 + (i < 10 ? 9_000 : 500));
    expect(pace.pageMs()).toBe(500);
  });
});

describe('timeLeftWords', () => {
  it('words minutes, and hours with minutes past the hour', () => {
    expect(timeLeftWords(10)).toBe('about 1 min left');
    expect(timeLeftWords(12 * 60)).toBe('about 12 min left');
    expect(timeLeftWords(6 * 3600 + 10 * 60)).toBe('about 6 h 10 min left');
  });
});
