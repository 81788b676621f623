/**
 * Node-side sanity benchmark of src/store on fake-indexeddb (not the browser benchmark:
 * fake-indexeddb is far slower than Chromium's, so absolute times here are only an upper bound).
 * Usage: npx tsx scripts/bench-store-node.ts [articles=2000]
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { ExtractedArticle } from '../src/shared/article.ts';
import {
  listCategories,
  listSummaries,
  openLibrary,
  saveArticles,
  scanSearch,
  searchArticles,
} from '../src/store/index.ts';

const N = Number(process.argv[2] ?? 2000);

/** Deterministic PRNG so runs compare. */
let seed = 42;
/** mulberry32: a plain LCG in doubles loses precision and repeats itself. */
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Zipf-ish: small indexes far more often, like real word frequencies. */
const zipf = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rand() ** 2)]!;

/** ~3,000 distinct characters, as in news text; a flatter skew than words so bigrams vary like real text. */
const CHARS = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20900)));
const WORDS = Array.from({ length: 20000 }, () =>
  Array.from(
    { length: 2 + Math.floor(rand() * 3) },
    () => CHARS[Math.floor(CHARS.length * rand() ** 1.5)]!,
  ).join(''),
);
const LATIN = ['AI', 'GDP', 'Reuters', 'iPhone', 'Tesla', 'ChatGPT', 'IPO', 'CPI', 'NASDAQ', 'OpenAI'];
const CATEGORIES = Array.from({ length: 40 }, (_, i) => `来源${i}`);

function text(chars: number): string {
  let out = '';
  while (out.length < chars) {
    out += rand() < 0.03 ? ` ${pick(LATIN)} ` : zipf(WORDS);
    if (rand() < 0.08) out += pick(['，', '。', '；']);
  }
  return out;
}

function article(i: number): ExtractedArticle {
  const body = text(1700); // ≈ 5 KB of UTF-8
  return {
    id: `NW${String(i).padStart(8, '0')}`,
    infoCode: `NW${String(i).padStart(8, '0')}`,
    url: `https://news.example.cn/a/${i}.html`,
    title: text(18),
    source: pick(CATEGORIES),
    category: pick(CATEGORIES),
    tags: [],
    excerpt: body.slice(0, 80),
    contentHtml: `<p>${body}</p>`,
    textContent: body,
    extractor: 'bench',
    publishedAt: '2024-01-01T08:00:00+08:00',
  };
}

const ms = (t0: number) => performance.now() - t0;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)]!,
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!,
  };
};

const db = await openLibrary(new IDBFactory());
const list = Array.from({ length: N }, (_, i) => article(i));
let t0 = performance.now();
await saveArticles(db, list);
console.log(`insert ${N}: ${ms(t0).toFixed(0)} ms`);

const opens: number[] = [];
for (let i = 0; i < 10; i++) {
  t0 = performance.now();
  await listSummaries(db);
  await listCategories(db);
  opens.push(ms(t0));
}
const first: number[] = [];
for (let i = 0; i < 10; i++) {
  t0 = performance.now();
  await listSummaries(db, { limit: 50 });
  first.push(ms(t0));
}
console.log(
  `list all summaries + categories: median ${stats(opens).median.toFixed(1)} ms; first 50: ${stats(first).median.toFixed(1)} ms`,
);

const queries = [
  ...Array.from({ length: 12 }, () => zipf(WORDS)),
  ...Array.from({ length: 8 }, () => pick(WORDS)),
  ...LATIN.slice(0, 5).map((w) => w.toLowerCase()),
  '不存在的词',
  'xyzzy',
  '龘龘',
  'zzz',
  '鱻鱻',
];
const fast: number[] = [];
const slow: number[] = [];
for (const q of queries) {
  t0 = performance.now();
  const hits = await searchArticles(db, q);
  fast.push(ms(t0));
  t0 = performance.now();
  const ref = await scanSearch(db, q);
  slow.push(ms(t0));
  if (process.env.VERBOSE)
    console.log(`  ${q}: ${fast.at(-1)!.toFixed(1)} ms, ${hits.length} hits (scan ${ref.length})`);
  if (hits.length === 0 && ref.length > 0) console.warn(`index missed "${q}" (scan found ${ref.length})`);
}
const f = stats(fast);
const s = stats(slow);
console.log(
  `search (${queries.length} queries): median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms; scan median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms; speed-up ×${(s.median / f.median).toFixed(0)}`,
);

const enc = new TextEncoder();
let raw = 0;
for (const a of list) raw += enc.encode(a.title + a.textContent).length;
let postingBytes = 0;
let tokenBytes = 0;
let tokenCount = 0;
const tx = db.transaction('postings');
for (let c = await tx.store.openCursor(); c; c = await c.continue()) {
  postingBytes += c.value.byteLength;
  tokenBytes += enc.encode(c.key[0]).length + 2;
  tokenCount++;
}
let summaryBytes = 0;
for (const r of await db.getAll('summaries')) summaryBytes += enc.encode(JSON.stringify(r)).length;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
console.log(
  `raw text ${mb(raw)}; ${tokenCount} tokens; index: postings ${mb(postingBytes)} + keys ${mb(tokenBytes)} + summaries ${mb(summaryBytes)} = ${((postingBytes + tokenBytes + summaryBytes) / raw).toFixed(2)}× raw text`,
);
