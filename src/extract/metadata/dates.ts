/** Publication times from meta values and Chinese page text, always as ISO 8601 with an offset. */
import { formatOffset, parseIsoWithOffset } from '../../shared/iso-date.ts';

const DATE_RULES = {
  /** China Standard Time: Chinese news sites print wall-clock Beijing time without an offset. */
  chinaOffsetMinutes: 8 * 60,
  /** Anything else without an offset is taken as UTC, the only neutral guess. */
  otherOffsetMinutes: 0,
  /**
   * `2021-12-22 14:06:54`, `2021/12/22`, `2021.12.22`, `2021年12月22日 14:06`, ISO `2021-12-22T14:06:54+08:00`.
   */
  full: /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/,
  /** `12-22 14:06` or `12月22日 14:06` on rolling feeds: the year comes from context. */
  short: /(?<![\d-])(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/,
} as const;

export interface DateContext {
  /** Page language; `zh*` (or unknown on a Chinese page) means +08:00 for times without offset. */
  chinese: boolean;
  /** Year for `MM-DD hh:mm` dates, e.g. from the URL's infoCode or the page's copyright line. */
  year?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offset: string,
): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
}

function offsetOf(raw: string | undefined, ctx: DateContext): string {
  if (!raw) return formatOffset(ctx.chinese ? DATE_RULES.chinaOffsetMinutes : DATE_RULES.otherOffsetMinutes);
  if (raw === 'Z') return '+00:00';
  return raw.includes(':') ? raw : `${raw.slice(0, 3)}:${raw.slice(3)}`;
}

/**
 * How much of the time a reading tells. Zero seconds (`14:06:00`) and midnight (`00:00:00`) count as not
 * told: meta values pad a minute or a day with them, and the page's own `14:06:54` is then the finer reading.
 */
export type DatePrecision = 'day' | 'minute' | 'second';

export interface DateReading {
  /** ISO 8601 with offset. */
  iso: string;
  precision: DatePrecision;
}

const precisionOf = (h: number, mi: number, s: number): DatePrecision =>
  s ? 'second' : h || mi ? 'minute' : 'day';

function reading(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: string) {
  const iso = build(y, mo, d, h, mi, s, offset);
  return iso ? { iso, precision: precisionOf(h, mi, s) } : undefined;
}

/** The first date in `text` with how precise it is, or undefined. */
export function readDate(text: string | null | undefined, ctx: DateContext): DateReading | undefined {
  if (!text) return undefined;
  const iso = parseIsoWithOffset(text.trim());
  if (iso) {
    const { year, month, day, hour, minute, second, offsetMinutes } = iso;
    return reading(year, month, day, hour, minute, second, formatOffset(offsetMinutes));
  }
  const m = DATE_RULES.full.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, off] = m;
    return reading(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), offsetOf(off, ctx));
  }
  const short = DATE_RULES.short.exec(text);
  if (short && ctx.year) {
    const [, mo, d, h, mi, s] = short;
    return reading(ctx.year, +mo!, +d!, +h!, +mi!, +(s ?? 0), offsetOf(undefined, ctx));
  }
  return undefined;
}

/** The first date in `text` as ISO with offset, or undefined. */
export const parseDate = (text: string | null | undefined, ctx: DateContext): string | undefined =>
  readDate(text, ctx)?.iso;

/**
 * A Unix time in seconds or milliseconds (`1640153214`, `1640153214000`, as page scripts carry it), at the
 * page's offset (see `DateContext`).
 */
export function readEpoch(value: string, ctx: DateContext): DateReading | undefined {
  if (!/^\d{10}(\d{3})?$/.test(value)) return undefined;
  const ms = value.length === 13 ? Number(value) : Number(value) * 1000;
  const offset = ctx.chinese ? DATE_RULES.chinaOffsetMinutes : DATE_RULES.otherOffsetMinutes;
  const wall = new Date(ms + offset * 60_000);
  return reading(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    formatOffset(offset),
  );
}
