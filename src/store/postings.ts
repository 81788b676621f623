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

/** Entries must be sorted by doc ascending and distinct. */
export function encodePostings(docs: ArrayLike<number>, flags: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(docs.length * 5);
  let at = 0;
  let prev = 0;
  for (let i = 0; i < docs.length; i++) {
    let v = (docs[i]! - prev) * 16 + (flags[i]! & 15);
    prev = docs[i]!;
    while (v >= 128) { out[at++] = (v % 128) | 128; v = Math.floor(v / 128); }
    out[at++] = v;
  }
  return out.slice(0, at);
}

export function decodePostings(bytes: Uint8Array | undefined): Postings {
  if (!bytes || !bytes.length) return { docs: new Uint32Array(0), flags: new Uint8Array(0) };
  const docs = new Uint32Array(bytes.length);
  const flags = new Uint8Array(bytes.length);
  let n = 0;
  let prev = 0;
  for (let at = 0; at < bytes.length;) {
    let v = 0;
    let scale = 1;
    let b: number;
    do { b = bytes[at++]!; v += (b & 127) * scale; scale *= 128; } while (b & 128);
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
): Uint8Array | undefined {
  const old = decodePostings(bytes);
  const docs: number[] = [];
  const flags: number[] = [];
  let j = 0;
  for (let i = 0; i < old.docs.length || j < add.length;) {
    const a = add[j];
    const od = i < old.docs.length ? old.docs[i]! : Infinity;
    if (a && a[0] <= od) {
      docs.push(a[0]); flags.push(a[1]); j++;
      if (a[0] === od) i++; // a re-added doc replaces its old entry
    } else {
      if (!remove.has(od)) { docs.push(od); flags.push(old.flags[i]!); }
      i++;
    }
  }
  return docs.length ? encodePostings(docs, flags) : undefined;
}
