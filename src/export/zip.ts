/**
 * A minimal ZIP writer: stored entries, or deflated ones when the caller brings a raw-deflate
 * function (node:zlib in build/package.ts); UTF-8 names, no ZIP64.
 * Why not a library: Markdown of a few thousand articles is tens of MB at most, every unzip tool
 * reads stored entries, and ~100 lines with a CRC are easier to audit than a dependency.
 */
import { crc32 } from './crc32.ts';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  data: Uint8Array;
  /** Modification time written to the entry (local wall-clock fields, as ZIP stores them). */
  modified: Date;
}

/** ZIP without ZIP64 stores sizes and offsets in 32 bits and counts in 16. */
const ZIP_LIMITS = { maxBytes: 0xffffffff, maxEntries: 0xffff } as const;

/** General-purpose flag bit 11: the name is UTF-8 (Chinese titles in names stay readable). */
const UTF8_FLAG = 0x0800;
const VERSION = 20;
/**
 * "Made by" Unix (high byte 3), spec 3.0: Info-ZIP's unzip converts names of DOS-made archives from
 * the OEM code page even when the UTF-8 flag is set, which garbles Chinese names.
 */
const MADE_BY = (3 << 8) | 30;
/** Unix mode 0644 regular file, in the high half of the external attributes. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;

function dosTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

class Writer {
  readonly parts: Uint8Array[] = [];
  length = 0;
  bytes(data: Uint8Array): void {
    this.parts.push(data);
    this.length += data.length;
  }
  fields(sizes: number[], values: number[]): void {
    const buf = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
    const view = new DataView(buf.buffer);
    let at = 0;
    sizes.forEach((size, i) => {
      if (size === 2) view.setUint16(at, values[i]!, true);
      else view.setUint32(at, values[i]!, true);
      at += size;
    });
    this.bytes(buf);
  }
}

/** Raw DEFLATE (RFC 1951, no zlib header), e.g. node:zlib's deflateRawSync. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

const STORED = 0;
const DEFLATED = 8;

/**
 * The archive's bytes. Throws when it would need ZIP64.
 * @param deflateRaw compresses each entry; an entry that does not shrink is stored instead.
 */
export function writeZip(entries: readonly ZipEntry[], deflateRaw?: DeflateRaw): Uint8Array {
  if (entries.length > ZIP_LIMITS.maxEntries)
    throw new RangeError(`too many files for a ZIP: ${entries.length}`);
  const out = new Writer();
  const central = new Writer();
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const crc = crc32(entry.data);
    const { time, day } = dosTime(entry.modified);
    const offset = out.length;
    const packed = deflateRaw?.(entry.data);
    const [method, body] =
      packed && packed.length < entry.data.length ? [DEFLATED, packed] : [STORED, entry.data];
    if (offset + body.length > ZIP_LIMITS.maxBytes || entry.data.length > ZIP_LIMITS.maxBytes)
      throw new RangeError('archive larger than 4 GB');
    // Local header: signature, version, flags, method, time,
    // date, crc, packed size, size, name length, extra length.
    out.fields(
      [4, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2],
      [
        0x04034b50,
        VERSION,
        UTF8_FLAG,
        method,
        time,
        day,
        crc,
        body.length,
        entry.data.length,
        name.length,
        0,
      ],
    );
    out.bytes(name);
    out.bytes(body);
    // Central directory record:
    // as above plus made-by, comment, disk, attributes and the local header's offset.
    central.fields(
      [4, 2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4],
      [
        0x02014b50,
        MADE_BY,
        VERSION,
        UTF8_FLAG,
        method,
        time,
        day,
        crc,
        body.length,
        entry.data.length,
        name.length,
        0,
        0,
        0,
        0,
        FILE_ATTRIBUTES,
        offset,
      ],
    );
    central.bytes(name);
  }
  const centralOffset = out.length;
  for (const part of central.parts) out.bytes(part);
  out.fields(
    [4, 2, 2, 2, 2, 4, 4, 2],
    [0x06054b50, 0, 0, entries.length, entries.length, central.length, centralOffset, 0],
  );
  const result = new Uint8Array(out.length);
  let at = 0;
  for (const part of out.parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}
