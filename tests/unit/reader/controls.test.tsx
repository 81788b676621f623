// @vitest-environment jsdom
/** The reader's settings controls: words for every symbol, tooltips, captions, and the limits. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Controls } from '../../../src/reader/Controls.tsx';
import { DEFAULT_OPTIONS, READER_LIMITS, type ReaderSettings } from '../../../src/shared/options.ts';

type Change = (current: ReaderSettings) => ReaderSettings;

function mount(settings: ReaderSettings): { root: HTMLElement; changes: Change[] } {
  const changes: Change[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  render(<Controls settings={settings} update={(change) => changes.push(change)} onHelp={() => {}} />, root);
  return { root, changes };
}

const button = (root: HTMLElement, name: string): HTMLButtonElement =>
  root.querySelector<HTMLButtonElement>(`button.${name}`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Controls', () => {
  it('gives every symbol button a tooltip that is its accessible name in words', () => {
    const { root } = mount(DEFAULT_OPTIONS.reader);
    const named = [...root.querySelectorAll('button')].map((b) => [
      b.title,
      b.querySelector('.visually-hidden')?.textContent,
    ]);
    expect(named).toEqual([
      ['Smaller text', 'Smaller text'],
      ['Larger text', 'Larger text'],
      ['Narrower column', 'Narrower column'],
      ['Wider column', 'Wider column'],
      ['Keyboard shortcuts', 'Keyboard shortcuts'],
    ]);
    // The symbols themselves are hidden from screen readers, which read the words.
    for (const icon of root.querySelectorAll('button .icon'))
      expect(icon.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws the column-width buttons as pictures, not arrow characters', () => {
    const { root } = mount(DEFAULT_OPTIONS.reader);
    for (const name of ['measure-narrower', 'measure-wider']) {
      expect(button(root, name).querySelector('svg.measure-icon')).not.toBeNull();
      expect(button(root, name).querySelector('.icon')!.textContent).toBe('');
    }
  });

  it('captions each control with its name, and keeps each value for screen readers', () => {
    const { root } = mount(DEFAULT_OPTIONS.reader);
    expect([...root.querySelectorAll('.caption')].map((c) => c.textContent)).toEqual([
      'Theme',
      'Text size',
      'Column width',
    ]);
    expect(root.querySelector('output.font-size-value')!.textContent).toBe('18');
    expect(root.querySelector('output.measure-value')!.textContent).toBe('38');
  });

  it('steps the settings, and disables a step past a limit', () => {
    const { root, changes } = mount(DEFAULT_OPTIONS.reader);
    button(root, 'font-larger').click();
    button(root, 'measure-narrower').click();
    const stepped = changes.reduce((settings, change) => change(settings), DEFAULT_OPTIONS.reader);
    expect(stepped).toMatchObject({ fontSize: 20, measure: 34 });

    document.body.innerHTML = '';
    const atLimits = mount({
      ...DEFAULT_OPTIONS.reader,
      fontSize: READER_LIMITS.maxFontSize,
      measure: READER_LIMITS.minMeasure,
    }).root;
    expect(button(atLimits, 'font-larger').disabled).toBe(true);
    expect(button(atLimits, 'font-smaller').disabled).toBe(false);
    expect(button(atLimits, 'measure-narrower').disabled).toBe(true);
    expect(button(atLimits, 'measure-wider').disabled).toBe(false);
  });
});
