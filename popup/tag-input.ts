/**
 * What a tag box holds, as tags: several may be typed at once, separated by commas (`,` `，` `、`) or
 * semicolons; spaces stay inside a tag (`机器 学习` is one tag). Pure, so it is unit-tested.
 */
import { validateTag, type TagRefusal } from '../src/annotations/limits.ts';

const SEPARATORS = /[,，、;；\n]/;

export interface ParsedTags {
  /** Valid tags, normalized as stored, each once, in the order typed. */
  tags: string[];
  /** The first refused piece and why: one too long, or no tag in the whole box. */
  refused?: { text: string; reason: TagRefusal };
}

export function parseTagInput(text: string): ParsedTags {
  const pieces = text.split(SEPARATORS);
  const tags: string[] = [];
  let refused: ParsedTags['refused'];
  for (const piece of pieces) {
    const check = validateTag(piece);
    if (check.ok) {
      if (!tags.includes(check.tag)) tags.push(check.tag);
    } else if (check.reason === 'too-long') {
      refused ??= { text: piece.trim(), reason: check.reason };
    }
  }
  // An empty piece between two commas is a slip of the keyboard; a box with no tag at all is refused.
  if (!tags.length) refused ??= { text: text.trim(), reason: 'empty' };
  return refused ? { tags, refused } : { tags };
}

/** `current` with `added` appended, each tag once. */
export function withTags(current: readonly string[], added: readonly string[]): string[] {
  return [...current, ...added.filter((tag) => !current.includes(tag))];
}

/** `current` without `tag`. */
export const withoutTag = (current: readonly string[], tag: string): string[] =>
  current.filter((t) => t !== tag);
