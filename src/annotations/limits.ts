/**
 * The limits of what a reader writes, and the checks the UI runs before storing it. Lengths count
 * characters as a person does (Unicode code points), so a cut never leaves half an emoji or a rare Han
 * character from outside the Basic Multilingual Plane.
 */
import type { HighlightColor } from './types.ts';

/** The highlight colours, in the order the toolbar shows them; the first is the default. */
export const HIGHLIGHT_COLORS = [
  'yellow',
  'green',
  'blue',
  'pink',
] as const satisfies readonly HighlightColor[];

export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = HIGHLIGHT_COLORS[0];

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** A note (on a highlight or on the article) keeps at most this many characters; the rest is cut. */
export const NOTE_MAX_CHARS = 10_000;

/** A tag is at most this many characters once its whitespace is normalized. */
export const TAG_MAX_CHARS = 64;

export interface LimitedNote {
  note: string;
  /** True when the note was longer than `NOTE_MAX_CHARS` and lost its end: the UI says so. */
  cut: boolean;
}

/** The note as it can be stored: its first `NOTE_MAX_CHARS` characters. */
export function limitNote(note: string): LimitedNote {
  // Each code point takes one or two code units: a note within the limit in code units is within it.
  if (note.length <= NOTE_MAX_CHARS) return { note, cut: false };
  let end = 0;
  let count = 0;
  while (end < note.length && count < NOTE_MAX_CHARS) {
    end += (note.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    count += 1;
  }
  return end < note.length ? { note: note.slice(0, end), cut: true } : { note, cut: false };
}

export type TagRefusal = 'empty' | 'too-long';

export type TagCheck = { ok: true; tag: string } | { ok: false; reason: TagRefusal };

/** Trims a tag and turns each run of whitespace inside it (U+3000 and line breaks too) into one space. */
export function normalizeTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The tag as stored, or why it is refused: nothing but whitespace, or longer than `TAG_MAX_CHARS`. */
export function validateTag(raw: string): TagCheck {
  const tag = normalizeTag(raw);
  if (tag === '') return { ok: false, reason: 'empty' };
  if ([...tag].length > TAG_MAX_CHARS) return { ok: false, reason: 'too-long' };
  return { ok: true, tag };
}
