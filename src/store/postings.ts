/**
 * Packed posting lists: for one token, the docs containing it, ascending, each as one varint of
 * `gap * 16 + flags` (gap = doc minus the previous doc). Most entries take 1–2 bytes, which keeps
 * the index well under the size of the text it indexes (issue #4 §5: stored size ≤ 1.5× raw text).
 */

/** Field flags, 4 bits. Bits 0–1: body frequency bucket; bit 2: in title; bit 3: in source. */
export const FLAG = { tfMask: 0b0011, title: 0b0100, source: 0b1000 } as const;

/** Body term frequency → 2-bit bucket: 0 absent, 1 once, 2 twice or three times, 3 four or more. */
export function tfBucket(count: number): number {
  return count <= 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3;
}

export interface Postings {
  docs: Uint32Array;
  flags: Uint8Array;
}

/**
 * Entries must be sorted by doc ascending and distinct.
 * @param base the doc the first gap counts from (a segment's first doc), keeping the first varint short.
 */
export function encodePostings(docs: ArrayLike<number>, flags: ArrayLike<number>, base = 0): Uint8Array {
  const out = new Uint8Array(docs.length * 5);
  let at = 0;
  let prev = base;
  for (let i = 0; i < docs.length; i++) {
    let v = (docs[i]! - prev) * 16 + (flags[i]! & 15);
    prev = docs[i]!;
    while (v >= 128) {
      out[at++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    out[at++] = v;
  }
  return out.slice(0, at);
}

export function decodePostings(bytes: Uint8Array | undefined, base = 0): Postings {
  if (!bytes || !bytes.length) return { docs: new Uint32Array(0), flags: new Uint8Array(0) };
  const docs = new Uint32Array(bytes.length);
  const flags = new Uint8Array(bytes.length);
  let n = 0;
  let prev = base;
  for (let at = 0; at < bytes.length;) {
    let v = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes[at++]!;
      v += (b & 127) * scale;
      scale *= 128;
    } while (b & 128);
    prev += Math.floor(v / 16);
    docs[n] = prev;
    flags[n++] = v % 16;
  }
  return { docs: docs.subarray(0, n), flags: flags.subarray(0, n) };
}

/**
 * Removes `remove` docs from a packed list and adds `add` entries (sorted by doc).
 * Returns undefined when nothing is left, so the caller deletes the row.
 */
export function mergePostings(
  bytes: Uint8Array | undefined,
  add: ReadonlyArray<readonly [doc: number, flags: number]>,
  remove: ReadonlySet<number>,
  base = 0,
): Uint8Array | undefined {
  const old = decodePostings(bytes, base);
  const docs: number[] = [];
  const flags: number[] = [];
  let j = 0;
  for (let i = 0; i < old.docs.length || j < add.length;) {
    const a = add[j];
    const od = i < old.docs.length ? old.docs[i]! : Infinity;
    if (a && a[0] <= od) {
      docs.push(a[0]);
      flags.push(a[1]);
      j++;
      if (a[0] === od) i++; // a re-added doc replaces its old entry
    } else {
      if (!remove.has(od)) {
        docs.push(od);
        flags.push(old.flags[i]!);
      }
      i++;
    }
  }
  return docs.length ? encodePostings(docs, flags, base) : undefined;
}

/**
 * A token's posting list is stored in segments of SEGMENT_DOCS doc numbers, key [token, segment]:
 * a save rewrites only the newest, short segment of each of its tokens instead of the whole list
 * (which for 的 or 中国 holds every article), so insert time does not grow with the library.
 */
export const SEGMENT_DOCS = 1024;

export const segmentOf = (doc: number): number => Math.floor(doc / SEGMENT_DOCS);

/** Concatenates decoded segments given in ascending segment order (as a key-range read returns them). */
export function joinSegments(rows: ReadonlyArray<{ segment: number; bytes: Uint8Array }>): Postings {
  if (rows.length === 1) return decodePostings(rows[0]!.bytes, rows[0]!.segment * SEGMENT_DOCS);
  const parts = rows.map((r) => decodePostings(r.bytes, r.segment * SEGMENT_DOCS));
  const total = parts.reduce((n, p) => n + p.docs.length, 0);
  const docs = new Uint32Array(total);
  const flags = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    docs.set(p.docs, at);
    flags.set(p.flags, at);
    at += p.docs.length;
  }
  return { docs, flags };
}
