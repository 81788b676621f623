/** Small conversions every import format shares: text from bytes, times, tags, URLs. Pure. */
import { toIsoWithOffset } from '../shared/iso-date.ts';

const utf8 = new TextDecoder('utf-8');

/** UTF-8 text of a file; the decoder drops a leading BOM, as every export here is UTF-8. */
export const decodeText = (bytes: Uint8Array): string => utf8.decode(bytes);

/** A text that still starts with a BOM (handed over as a string) without it. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Unix seconds as ISO 8601 at +00:00: the number carries no zone, and a fixed one keeps the same file
 * giving the same records on every machine. Undefined for an empty field or 0 (Pocket's "unknown").
 */
export function isoFromUnixSeconds(value: string | number | undefined): string | undefined | null {
  if (value === undefined || value === '') return undefined;
  const seconds = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(seconds)) return null;
  if (seconds <= 0) return undefined;
  return toIsoWithOffset(new Date(seconds * 1000), 0);
}

/** `+0100`, `+01`, `+01:00` or `Z` at the end of a timestamp. */
const OFFSET = /(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * A timestamp from a JSON export as ISO 8601 with offset, keeping the offset it was written with
 * (`2024-03-01T18:20:30+08:00` stays at +08:00; `…Z` becomes `+00:00`). Undefined when absent,
 * null when it is there but is not a time.
 */
export function isoFromText(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return isoFromUnixSeconds(value > 1e11 ? value / 1000 : value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const instant = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (!Number.isFinite(instant)) return null;
  const offset = OFFSET.exec(text)?.[1];
  let offsetMinutes = 0;
  if (offset && offset.toUpperCase() !== 'Z') {
    const digits = offset.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
  }
  return toIsoWithOffset(new Date(instant), offsetMinutes);
}

/** Tags trimmed, empties dropped, the first spelling of each kept (case-insensitively). */
export function cleanTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** The URL as given (trimmed) when it parses as an absolute URL, else undefined. */
export function checkedUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (!url || !URL.canParse(url)) return undefined;
  return url;
}

/** A non-empty trimmed string, else undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed || undefined;
}

/** 1-based line number of character `index` in `source`. */
export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** A title on one line: a quoted newline or run of spaces in a CSV field becomes one space. */
export const oneLine = (value: string): string | undefined => value.replace(/\s+/g, ' ').trim() || undefined;

/** Multi-line text (a quote, a note) with `\r\n` as `\n`. */
export const unixLines = (value: string): string => value.replace(/\r\n?/g, '\n');
