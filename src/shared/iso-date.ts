/** ISO 8601 timestamps that keep an explicit offset (`2021-12-22T14:06:54+08:00`), never `Z`-normalised. */

const pad = (n: number, width = 2): string => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** Formats `offsetMinutes` (east of UTC is positive) as `+08:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(abs / 60)}:${pad(abs % 60)}`;
}

/**
 * Formats an instant as local wall-clock time at the given offset.
 * @param offsetMinutes minutes east of UTC; defaults to this machine's offset at that instant.
 */
export function toIsoWithOffset(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const wall = new Date(date.getTime() + offsetMinutes * 60_000);
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    formatOffset(offsetMinutes)
  );
}

/**
 * `toIsoWithOffset` to the millisecond (`2021-12-22T14:06:54.123+08:00`): for instants that order a
 * list, where two saves in one second must still come newest first.
 */
export function toIsoWithOffsetMs(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const seconds = toIsoWithOffset(date, offsetMinutes);
  const ms = pad(((date.getTime() % 1000) + 1000) % 1000, 3);
  return `${seconds.slice(0, 19)}.${ms}${seconds.slice(19)}`;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Splits an ISO timestamp into its wall-clock parts and offset; undefined when it has no explicit offset. */
export function parseIsoWithOffset(iso: string):
  | {
      year: number;
      month: number;
      day: number;
      hour: number;
      minute: number;
      second: number;
      offsetMinutes: number;
    }
  | undefined {
  const m = ISO_WITH_OFFSET.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, off] = m;
  let offsetMinutes = 0;
  if (off && off !== 'Z') {
    const sign = off.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
  }
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s ?? 0),
    offsetMinutes,
  };
}
