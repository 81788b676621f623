import type { Range } from '../src/store/index.ts';

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Cuts `text` at the hit ranges. Ranges are sorted and merged by the store; this still clamps and skips
 * overlaps so a stale or odd range can never duplicate or drop text.
 */
export function highlightParts(text: string, ranges: readonly Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of ranges) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.max(start, Math.min(rawEnd, text.length));
    if (end === start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}
