import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS } from '../../../src/annotations/limits.ts';
import { noteSavedMessage } from '../../../src/reader/note-message.ts';

describe("the article note's status after a save", () => {
  it('says saved for a note, removed for a note cleared, and nothing for an empty note never written', () => {
    expect(noteSavedMessage('', '记得对比', false)).toBe('Note saved');
    expect(noteSavedMessage('旧笔记', '新笔记', false)).toBe('Note saved');
    expect(noteSavedMessage('旧笔记', '', false)).toBe('Note removed');
    expect(noteSavedMessage('', '', false)).toBe('');
  });

  it('says the note was cut to the limit, naming it', () => {
    expect(noteSavedMessage('', 'x'.repeat(NOTE_MAX_CHARS), true)).toContain(String(NOTE_MAX_CHARS));
  });
});
