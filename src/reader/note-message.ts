/** What the article note's status line says after a save: saved, cut to the limit, removed, or nothing. */
import { NOTE_MAX_CHARS } from '../annotations/limits.ts';
import { t } from '../shared/i18n.ts';

/**
 * @param before the note as stored before this save ('' for none).
 * @param after the note as stored now, already cut to the limit.
 * @param cut whether the limit cut what was typed.
 */
export function noteSavedMessage(before: string, after: string, cut: boolean): string {
  if (cut) return t('reader_hl_note_cut', String(NOTE_MAX_CHARS));
  if (after) return t('reader_hl_note_saved');
  // An empty note is no note: saying "saved" after clearing it would leave the reader unsure.
  return before ? t('reader_hl_note_removed') : '';
}
