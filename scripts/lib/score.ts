/** Body similarity for the bench: character-bigram F1 for Chinese text, word F1 otherwise. */

function grams(text: string): Map<string, number> {
  const chinese = /[\u4e00-\u9fff]/.test(text);
  const units = chinese
    ? [...text.replace(/\s+/g, '')].map((c, i, a) => c + (a[i + 1] ?? '')).slice(0, -1)
    : text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  return counts;
}

export function bodyF1(actual: string, expected: string): number {
  const a = grams(actual);
  const e = grams(expected);
  let overlap = 0;
  let na = 0;
  let ne = 0;
  for (const n of a.values()) na += n;
  for (const [g, n] of e) {
    ne += n;
    overlap += Math.min(n, a.get(g) ?? 0);
  }
  if (!na || !ne) return na === ne ? 1 : 0;
  const precision = overlap / na;
  const recall = overlap / ne;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}
