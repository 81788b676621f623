/**
 * Publish times are shown as the wall-clock time where the article was published, in the reader's
 * locale, with the original offset named: `2021-12-22T14:06:54+08:00` reads "Dec 22, 2021, 2:06 PM
 * (UTC+8)" everywhere, not "7:06 AM" in London. A news time belongs to the newsroom's clock.
 */

const ISO_WITH_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Offset minutes from `Z`, `+08:00` or `-0530`. */
function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** `UTC+8`, `UTC+5:30`, `UTC−3` (a true minus sign), `UTC` for zero. */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '\u2212' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The publish time for display.
 * @param iso the record's `publishedAt` (ISO 8601, normally with its offset).
 * @param locale BCP 47 tag of the reader's locale, e.g. `zh-CN`.
 * @returns the formatted text; an unreadable value comes back unchanged rather than as "Invalid Date".
 */
export function formatPublished(iso: string, locale: string): string {
  const trimmed = iso.trim();
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [, y, m, d] = date.map(Number) as [number, number, number, number];
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, d)),
    );
  }
  const match = ISO_WITH_TIME.exec(trimmed);
  if (!match) return iso;
  const [, y, mo, d, h, mi, s, zone] = match;
  // The wall-clock fields are formatted as if they were UTC, so no time zone of the viewer interferes.
  const wall = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)),
  );
  // Date.UTC rolls 2022-13-45 over into 2023; a value that does not come back the same is not a real time.
  if (
    wall.getUTCMonth() !== Number(mo) - 1 ||
    wall.getUTCDate() !== Number(d) ||
    wall.getUTCHours() !== Number(h) ||
    wall.getUTCMinutes() !== Number(mi)
  )
    return iso;
  const text = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(wall);
  return zone ? `${text} (${offsetLabel(offsetMinutes(zone))})` : text;
}
