import { describe, expect, it } from 'vitest';
import en from '../../../_locales/en/messages.json';
import zh from '../../../_locales/zh_CN/messages.json';
import { actionFor, SHORTCUTS, type KeyPress } from '../../../src/reader/shortcuts.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inEditable: false,
  ...extra,
});

describe('reader shortcuts', () => {
  it('maps each listed key to its action, letters in either case', () => {
    expect(actionFor(press('?'))).toBe('help');
    expect(actionFor(press('n'))).toBe('next');
    expect(actionFor(press('N'))).toBe('next');
    expect(actionFor(press('k'))).toBe('previous');
    expect(actionFor(press('t'))).toBe('theme');
    expect(actionFor(press('='))).toBe('fontLarger');
    expect(actionFor(press('-'))).toBe('fontSmaller');
    expect(actionFor(press(']'))).toBe('wider');
    expect(actionFor(press('['))).toBe('narrower');
    expect(actionFor(press('o'))).toBe('original');
    expect(actionFor(press('Escape'))).toBe('close');
    expect(actionFor(press('x'))).toBeUndefined();
  });

  it('leaves browser combinations and typing alone', () => {
    expect(actionFor(press('t', { ctrlKey: true }))).toBeUndefined();
    expect(actionFor(press('n', { metaKey: true }))).toBeUndefined();
    expect(actionFor(press('p', { altKey: true }))).toBeUndefined();
    expect(actionFor(press('n', { inEditable: true }))).toBeUndefined();
    expect(actionFor(press('Escape', { inEditable: true }))).toBe('close');
  });

  it('highlights with h and writes a note with n only while text is selected', () => {
    expect(actionFor(press('h', { hasSelection: true }))).toBe('highlight');
    expect(actionFor(press('H', { hasSelection: true }))).toBe('highlight');
    expect(actionFor(press('n', { hasSelection: true }))).toBe('note');
    expect(actionFor(press('N', { hasSelection: true }))).toBe('note');
    expect(actionFor(press('t', { hasSelection: true }))).toBe('theme');
    expect(actionFor(press('h'))).toBe('openHighlightInLink');
    expect(actionFor(press('n'))).toBe('next');
    expect(actionFor(press('h', { hasSelection: true, inEditable: true }))).toBeUndefined();
  });

  it('gives each key one action in each context and each action a label in both languages', () => {
    for (const withSelection of [true, false]) {
      const keys = SHORTCUTS.filter((s) => Boolean(s.withSelection) === withSelection).flatMap((s) => s.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
    for (const shortcut of SHORTCUTS) {
      expect(en[shortcut.label].message).not.toBe('');
      expect(zh[shortcut.label].message).not.toBe('');
    }
  });
});
