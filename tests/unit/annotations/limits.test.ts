import { describe, expect, it } from 'vitest';

import {
  DEFAULT_HIGHLIGHT_COLOR,
  HIGHLIGHT_COLORS,
  NOTE_MAX_CHARS,
  TAG_MAX_CHARS,
  isHighlightColor,
  limitNote,
  normalizeTag,
  validateTag,
} from '../../../src/annotations/limits.ts';

describe('highlight colours', () => {
  it('offers four colours, yellow first and by default', () => {
    expect(HIGHLIGHT_COLORS).toEqual(['yellow', 'green', 'blue', 'pink']);
    expect(DEFAULT_HIGHLIGHT_COLOR).toBe('yellow');
  });

  it.each([
    ['yellow', true],
    ['pink', true],
    ['red', false],
    ['Yellow', false],
    [3, false],
    [undefined, false],
  ])('isHighlightColor(%s) is %s', (value, expected) => {
    expect(isHighlightColor(value)).toBe(expected);
  });
});

describe('limitNote', () => {
  it('keeps a note within the limit as it is', () => {
    const note = '  第一行\n第二行  ';
    expect(limitNote(note)).toEqual({ note, cut: false });
    const full = '字'.repeat(NOTE_MAX_CHARS);
    expect(limitNote(full)).toEqual({ note: full, cut: false });
  });

  it('cuts a note of 100,000 characters to 10,000 and says so', () => {
    expect(NOTE_MAX_CHARS).toBe(10_000);
    const result = limitNote('长'.repeat(100_000));
    expect(result.cut).toBe(true);
    expect(result.note).toBe('长'.repeat(10_000));
  });

  it('counts characters, not code units, and never cuts one in half', () => {
    const rare = '𠀀'; // two code units
    const atLimit = rare.repeat(NOTE_MAX_CHARS);
    expect(limitNote(atLimit)).toEqual({ note: atLimit, cut: false });
    const over = `${'a'.repeat(NOTE_MAX_CHARS - 1)}${rare}${rare}`;
    expect(limitNote(over)).toEqual({ note: `${'a'.repeat(NOTE_MAX_CHARS - 1)}${rare}`, cut: true });
  });
});

describe('validateTag', () => {
  it.each([
    ['财经', '财经'],
    ['  宏观 经济  ', '宏观 经济'],
    ['two \t\n words', 'two words'],
    ['\u3000央行\u3000\u3000动态\u3000', '央行 动态'],
  ])('accepts %j as %j', (raw, tag) => {
    expect(validateTag(raw)).toEqual({ ok: true, tag });
    expect(normalizeTag(raw)).toBe(tag);
  });

  it.each(['', '   ', '\u3000\u3000', '\n\t '])('refuses %j as empty', (raw) => {
    expect(validateTag(raw)).toEqual({ ok: false, reason: 'empty' });
  });

  it('accepts 64 characters and refuses 65 as too long, counted after trimming', () => {
    expect(TAG_MAX_CHARS).toBe(64);
    expect(validateTag(`  ${'标'.repeat(64)}  `)).toEqual({ ok: true, tag: '标'.repeat(64) });
    expect(validateTag('标'.repeat(65))).toEqual({ ok: false, reason: 'too-long' });
    expect(validateTag('𠀀'.repeat(64))).toEqual({ ok: true, tag: '𠀀'.repeat(64) });
  });
});
