import { describe, expect, it } from 'vitest';
import { endsOpen } from '../../../src/import/json.ts';
import { cleanTags, isoFromText, isoFromUnixSeconds, lineAt } from '../../../src/import/normalize.ts';

describe('import normalization', () => {
  it.each([
    ['2024-03-01T10:20:30.000Z', '2024-03-01T10:20:30+00:00'],
    ['2024-05-01T09:30:00+0800', '2024-05-01T09:30:00+08:00'],
    ['2024-05-01T09:30:00-05:30', '2024-05-01T09:30:00-05:30'],
    [1700000000, '2023-11-14T22:13:20+00:00'],
    [1700000000000, '2023-11-14T22:13:20+00:00'],
    ['', undefined],
    [null, undefined],
    ['not a date', null],
    [{}, null],
  ])('isoFromText(%j) is %j', (input, expected) => {
    expect(isoFromText(input)).toBe(expected);
  });

  it.each([
    ['1700000000', '2023-11-14T22:13:20+00:00'],
    [' 1600000000 ', '2020-09-13T12:26:40+00:00'],
    ['0', undefined],
    ['', undefined],
    ['12abc', null],
  ])('isoFromUnixSeconds(%j) is %j', (input, expected) => {
    expect(isoFromUnixSeconds(input)).toBe(expected);
  });

  it('keeps the first spelling of each tag, trimmed, without empties', () => {
    expect(cleanTags([' News ', 'news', '', '财经', '  ', '财经'])).toEqual(['News', '财经']);
  });

  it('counts lines from 1', () => {
    expect(lineAt('a\nb\r\nc', 0)).toBe(1);
    expect(lineAt('a\nb\r\nc', 2)).toBe(2);
    expect(lineAt('a\nb\r\nc', 5)).toBe(3);
  });

  it.each([
    ['[{"a": "b"}', true],
    ['[{"a": "b', true],
    ['{"a": "\\""', true],
    ['[{"a": "]"}]', false],
    ['[1,,2]', false],
  ])('endsOpen(%j) is %j', (text, open) => {
    expect(endsOpen(text)).toBe(open);
  });
});
