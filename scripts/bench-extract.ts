/**
 * `npm run bench:extract`: Jianbao and plain Readability on the same fixture pages, in one run.
 * Field accuracy = share of expected.json fields matched; body F1 against the corpus body; ms per page.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { extract, extractFromShareEndpoint } from '../src/extract/index.ts';
import { familyOf, type Fixture, listFixtures, loadFixture, paragraphs } from './lib/fixtures.ts';
import { bodyF1, percentile } from './lib/score.ts';

const RUNS = { warmup: 2, timed: 5 } as const;

interface Row { fields: number; f1: number; ms: number[] }

const expectedText = (f: Fixture) => paragraphs(f.post.bodyHtml).join('\n');

const parse = (f: Fixture) => new JSDOM(f.html, { url: f.spec.url }).window.document;

async function jianbao(f: Fixture, document: Document): Promise<{ article?: Record<string, unknown>; text: string }> {
  const r = f.endpointJson
    ? await extractFromShareEndpoint(document, f.spec.url, async () => f.endpointJson!)
    : extract(document, f.spec.url);
  return r.ok ? { article: r.article as unknown as Record<string, unknown>, text: r.article.textContent } : { text: '' };
}

function readability(document: Document): { title: string; text: string; time?: string } {
  const r = new Readability(document).parse();
  return { title: r?.title ?? '', text: r?.textContent ?? '', time: r?.publishedTime ?? undefined };
}

function fieldScore(f: Fixture, a: Record<string, unknown> | undefined): number {
  if (!a || !f.expected) return 0;
  const paras = paragraphs(String(a.contentHtml));
  const actual: Record<string, unknown> = { ...a, firstParagraph: paras[0] ?? '', lastParagraph: paras.at(-1) ?? '', imageCount: (String(a.contentHtml).match(/<img\b/g) ?? []).length };
  const keys = Object.keys(f.expected) as Array<keyof typeof f.expected>;
  return keys.filter((k) => JSON.stringify(actual[k]) === JSON.stringify(f.expected![k])).length / keys.length;
}

/** Readability has only title and published time to compare; both are scored as it reports them. */
function readabilityFieldScore(f: Fixture, r: { title: string; time?: string }): number {
  const ok = [r.title === f.expected?.title, !!r.time && Date.parse(r.time) === Date.parse(f.expected?.publishedAt ?? '')];
  return ok.filter(Boolean).length / ok.length;
}

/** Times `fn` on a freshly parsed page each run: parsing is the browser's job, not the extractor's. */
async function time<T>(f: Fixture, fn: (doc: Document) => T | Promise<T>): Promise<{ value: T; ms: number[] }> {
  for (let i = 0; i < RUNS.warmup; i++) await fn(parse(f));
  const ms: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS.timed; i++) {
    const doc = parse(f);
    const t = performance.now();
    value = await fn(doc);
    ms.push(performance.now() - t);
  }
  return { value, ms };
}

const add = (m: Map<string, Row[]>, k: string, r: Row) => m.set(k, [...(m.get(k) ?? []), r]);

async function main(): Promise<void> {
  const ours = new Map<string, Row[]>();
  const theirs = new Map<string, Row[]>();
  for (const name of listFixtures()) {
    const f = loadFixture(name);
    const family = familyOf(name);
    const want = expectedText(f);
    const j = await time(f, (d) => jianbao(f, d));
    add(ours, family, { fields: fieldScore(f, j.value.article), f1: bodyF1(j.value.text, want), ms: j.ms });
    const r = await time(f, readability);
    add(theirs, family, { fields: readabilityFieldScore(f, r.value), f1: bodyF1(r.value.text, want), ms: r.ms });
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const fmt = (rows: Row[]) => {
    const ms = rows.flatMap((r) => r.ms);
    return `${(100 * mean(rows.map((r) => r.fields))).toFixed(0).padStart(4)}% ${mean(rows.map((r) => r.f1)).toFixed(3)} ${percentile(ms, 50).toFixed(1).padStart(6)} ${percentile(ms, 95).toFixed(1).padStart(6)}`;
  };
  console.log('(ms = extraction only, page already parsed; Readability fields = title + published time only)');
  console.log(`${'family'.padEnd(24)} n  | Jianbao fields  F1   p50ms  p95ms | Readability fields F1 p50ms  p95ms`);
  for (const [family, rows] of ours) console.log(`${family.padEnd(24)} ${String(rows.length).padStart(2)} | ${fmt(rows)} | ${fmt(theirs.get(family)!)}`);
  await largePage();
}

/** A 5 MB page: the share body repeated until the page is that big. */
async function largePage(): Promise<void> {
  const f = loadFixture(listFixtures().find((n) => familyOf(n) === 'eastmoney-share')!);
  const filler = `<p>${'重复段落用于测量大页面的提取速度。'.repeat(40)}</p>\n`;
  // UTF-8 Chinese is 3 bytes a character, so 5 MB is about 1.7M characters.
  const html = f.html.replace('</div>\n</div>', `${filler.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(filler)))}</div>\n</div>`);
  const ms: number[] = [];
  let ok = false;
  for (let i = 0; i < 3; i++) {
    const { document } = new JSDOM(html, { url: f.spec.url }).window;
    const t = performance.now();
    ok = extract(document, f.spec.url).ok;
    ms.push(performance.now() - t);
  }
  console.log(`5 MB page (${(Buffer.byteLength(html) / 2 ** 20).toFixed(1)} MiB): extract ${ms.map((m) => m.toFixed(0)).join(' / ')} ms (cold / warm / warm), ok=${ok}`);
}

await main();
