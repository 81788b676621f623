/**
 * `npm run bench:extract`: Jianbao and plain Readability on the same pages, in one run, alternating.
 * Field accuracy = share of expected.json fields matched; body F1 against the corpus body; times are for
 * extraction only (the page is parsed beforehand: parsing is the browser's job). See scripts/lib/timing.ts
 * for why CPU time is the headline figure.
 */
import { Readability } from '@mozilla/readability';
import { jsdomPage } from '../testkit/jsdom-page.ts';
import { parsePage, sanitizerWindow } from '../src/cli/page-dom.ts';
import { extract, extractFromShareEndpoint } from '../src/extract/index.ts';
import type { ExtractedArticle } from '../src/shared/article.ts';
import { type BenchPage, largePages, pagesWithoutArticle } from './lib/bench-pages.ts';
import { summarize, timeInChromium } from './lib/browser-bench.ts';
import {
  bodyText,
  type Expected,
  familyOf,
  type Fixture,
  listFixtures,
  loadFixture,
  recordOf,
} from '../testkit/fixtures.ts';
import { appendBenchLog, type BenchFigures } from './lib/bench-log.ts';
import { bodyF1 } from './lib/score.ts';
import { timeCliCommand } from './bench/cli-command.ts';
import { loadLine } from './bench/load.ts';
import { readabilityCorpus } from './bench/readability-corpus.ts';
import { contest, cpuMs, geomean, median, type Sample } from './lib/timing.ts';

const RUNS = {
  fixtures: { warmup: 1, runs: 5 },
  large: { warmup: 0, runs: 2 },
  /** Warm-up runs are part of it: the median of 15 is a warm figure; the first run is the cold one. */
  chromium: { runs: 15 },
  /** The content script polls every ~200 ms: many calls on the same unfinished page. */
  polling: { calls: 20, runs: 3 },
} as const;

/** Families served by a layout adapter (issue #3: at least 5× faster than Readability on the same page). */
const ADAPTER_FAMILIES = /^(eastmoney-|blog-mirror)/;

interface Row {
  fields: number;
  f1: number;
  rf1: number;
  ours: Sample[];
  theirs: Sample[];
}

const parse = (html: string, url: string) => () => jsdomPage(html, url).window.document;

async function jianbao(f: Fixture, document: Document): Promise<ExtractedArticle | undefined> {
  const r = f.endpointJson
    ? await extractFromShareEndpoint(document, f.spec.url, () => Promise.resolve(f.endpointJson!))
    : extract(document, f.spec.url);
  return r.ok ? r.article : undefined;
}

function readability(document: Document): { title: string; text: string; time?: string } {
  const r = new Readability(document).parse();
  return { title: r?.title ?? '', text: r?.textContent ?? '', time: r?.publishedTime ?? undefined };
}

function fieldScore(f: Fixture, a: ExtractedArticle | undefined): number {
  if (!a || !f.expected) return 0;
  const actual = recordOf(a);
  const keys = Object.keys(f.expected) as Array<keyof Expected>;
  return (
    keys.filter((k) => JSON.stringify(actual[k]) === JSON.stringify(f.expected![k])).length / keys.length
  );
}

const cpu = (xs: Sample[]) => median(xs.map((s) => s.cpu));
const wall = (xs: Sample[]) => median(xs.map((s) => s.wall));
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 0).padStart(7);

async function fixtures(): Promise<BenchFigures> {
  const families = new Map<string, Row[]>();
  for (const name of listFixtures()) {
    const f = loadFixture(name);
    const want = bodyText(f.post.bodyHtml);
    const c = await contest({
      prepare: parse(f.html, f.spec.url),
      ours: (d) => jianbao(f, d),
      theirs: readability,
      ...RUNS.fixtures,
    });
    const row = {
      fields: fieldScore(f, c.ours),
      f1: bodyF1(String(c.ours?.textContent ?? ''), want),
      rf1: bodyF1(c.theirs.text, want),
      ours: c.oursMs,
      theirs: c.theirsMs,
    };
    families.set(familyOf(name), [...(families.get(familyOf(name)) ?? []), row]);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  console.log(
    `Fixtures (median ms per page; speed-up = geometric mean over pages of Readability cpu / Jianbao cpu; ${loadLine()})`,
  );
  console.log(
    `${'family'.padEnd(24)}  n  path    | fields  F1 Jb  F1 Rd | cpu Jb  cpu Rd  speed-up | wall Jb wall Rd`,
  );
  for (const [family, rows] of families) {
    const speedUp = geomean(rows.map((r) => cpu(r.theirs) / Math.max(cpu(r.ours), 0.01)));
    console.log(
      [
        `${family.padEnd(24)} ${String(rows.length).padStart(2)}  ${ADAPTER_FAMILIES.test(family) ? 'adapter' : 'generic'} |`,
        `${(100 * mean(rows.map((r) => r.fields))).toFixed(0).padStart(5)}% ${mean(rows.map((r) => r.f1)).toFixed(3)}  ${mean(rows.map((r) => r.rf1)).toFixed(3)} |`,
        `${ms(median(rows.map((r) => cpu(r.ours))))} ${ms(median(rows.map((r) => cpu(r.theirs))))}  ${speedUp.toFixed(1).padStart(6)}× |`,
        `${ms(median(rows.map((r) => wall(r.ours))))} ${ms(median(rows.map((r) => wall(r.theirs))))}`,
      ].join(' '),
    );
  }
  const all = [...families.values()].flat();
  const readabilityF1 = [...families.values()].map((rows) => mean(rows.map((r) => r.rf1)));
  return {
    fixtures: all.length,
    families: families.size,
    fields_pct: (100 * mean(all.map((r) => r.fields))).toFixed(1),
    f1_jianbao: mean(all.map((r) => r.f1)).toFixed(3),
    f1_readability_min: Math.min(...readabilityF1).toFixed(2),
    f1_readability_max: Math.max(...readabilityF1).toFixed(2),
  };
}

/**
 * The same fixture pages in Chromium, where the extension runs (jsdom's DOM costs tens of microseconds
 * per node and per document, which swamps small pages). Script-rendered share pages are left out: their
 * article comes from the endpoint, not the page.
 */
async function fixturesInChromium(): Promise<BenchFigures> {
  const names = listFixtures().filter((n) => !loadFixture(n).endpointJson);
  const pages = names.map((n) => {
    const f = loadFixture(n);
    return { label: n, url: f.spec.url, html: f.html, expectedHtml: f.post.bodyHtml };
  });
  const times = await timeInChromium(pages, RUNS.chromium.runs);
  const families = new Map<string, Array<{ ours: number; theirs: number; purify: number }>>();
  names.forEach((n, i) =>
    families.set(familyOf(n), [
      ...(families.get(familyOf(n)) ?? []),
      {
        ours: median(times[i]!.jianbao),
        theirs: median(times[i]!.readability),
        purify: median(times[i]!.purify),
      },
    ]),
  );
  console.log(
    `\nFixtures in Chromium (median ms per page over ${RUNS.chromium.runs} runs; Readability includes the page copy it needs; ${loadLine()})`,
  );
  console.log(
    'DOMPurify = DOMPurify alone on the finished body, which every extraction pays (issue #2: sanitized before',
  );
  console.log(
    'it is stored); ceiling = Readability / DOMPurify, the best speed-up any extractor that sanitizes could show.',
  );
  console.log(
    "rest speed-up = Readability / (Jianbao less DOMPurify), issue #19's adapter target (≥ 5×); ÷ DOMPurify =",
  );
  console.log(
    'Jianbao / DOMPurify (adapter target ≤ 1.3×); ÷ Readability = Jianbao / Readability (generic ≤ 1.3×);',
  );
  console.log(
    'Rd+DOMPurify = (Readability + DOMPurify) / Readability, the least a generic path that runs Readability',
  );
  console.log('and sanitizes its result once could take, before any work of its own.');
  console.log(
    `${'family'.padEnd(24)}  n  path    | Jianbao Readability speed-up | DOMPurify ceiling | rest speed-up ÷ DOMPurify ÷ Readability Rd+DOMPurify`,
  );
  const adapter = {
    speedUps: [] as number[],
    ceilings: [] as number[],
    rest: [] as number[],
    floor: [] as number[],
  };
  const genericRatios: number[] = [];
  const genericLeast: number[] = [];
  for (const [family, rows] of families) {
    const speedUp = geomean(rows.map((r) => r.theirs / Math.max(r.ours, 0.001)));
    const ceiling = geomean(rows.map((r) => r.theirs / Math.max(r.purify, 0.001)));
    const rest = geomean(rows.map((r) => r.theirs / Math.max(r.ours - r.purify, 0.001)));
    const overFloor = geomean(rows.map((r) => r.ours / Math.max(r.purify, 0.001)));
    const overReadability = geomean(rows.map((r) => r.ours / Math.max(r.theirs, 0.001)));
    const least = geomean(rows.map((r) => (r.theirs + r.purify) / Math.max(r.theirs, 0.001)));
    const isAdapter = ADAPTER_FAMILIES.test(family);
    if (isAdapter) {
      adapter.speedUps.push(speedUp);
      adapter.ceilings.push(ceiling);
      adapter.rest.push(rest);
      adapter.floor.push(overFloor);
    } else {
      genericRatios.push(overReadability);
      genericLeast.push(least);
    }
    console.log(
      `${family.padEnd(24)} ${String(rows.length).padStart(2)}  ${isAdapter ? 'adapter' : 'generic'} | ${ms(median(rows.map((r) => r.ours)))} ${ms(median(rows.map((r) => r.theirs)))}     ${speedUp.toFixed(1).padStart(5)}× | ${ms(median(rows.map((r) => r.purify)))}  ${ceiling.toFixed(1).padStart(5)}× | ${rest.toFixed(1).padStart(12)}× ${overFloor.toFixed(2).padStart(10)}× ${overReadability.toFixed(2).padStart(12)}×${isAdapter ? '' : `${least.toFixed(2).padStart(12)}×`}`,
    );
  }
  return {
    chromium_adapter_speedup_min: Math.min(...adapter.speedUps).toFixed(1),
    chromium_adapter_speedup_max: Math.max(...adapter.speedUps).toFixed(1),
    chromium_adapter_purify_ceiling_min: Math.min(...adapter.ceilings).toFixed(1),
    chromium_adapter_rest_speedup_min: Math.min(...adapter.rest).toFixed(1),
    chromium_adapter_over_purify_max: Math.max(...adapter.floor).toFixed(2),
    chromium_generic_over_readability_max: Math.max(...genericRatios).toFixed(2),
    chromium_generic_readability_purify_min: Math.min(...genericLeast).toFixed(2),
    chromium_generic_readability_purify_max: Math.max(...genericLeast).toFixed(2),
  };
}

/** The failure path: per call on a page that has no article yet, as the content script polls it. */
async function polling(pages: BenchPage[]): Promise<void> {
  console.log(
    `\nNo article yet (ms per call, ${RUNS.polling.calls} calls on the same page; Readability needs a fresh page per call; ${loadLine()})`,
  );
  for (const page of pages) {
    const c = await contest({
      prepare: parse(page.html, page.url),
      ours: (d) => {
        for (let i = 0; i < RUNS.polling.calls; i++)
          if (extract(d, page.url).ok) throw new Error(`${page.label}: found an article`);
      },
      theirs: readability,
      warmup: 1,
      runs: RUNS.polling.runs,
    });
    const perCall = cpu(c.oursMs) / RUNS.polling.calls;
    console.log(
      `${page.label.padEnd(32)} Jianbao cpu ${ms(perCall)}  Readability cpu ${ms(cpu(c.theirsMs))}  (${(cpu(c.theirsMs) / perCall).toFixed(0)}× cheaper)`,
    );
  }
}

interface LargeFigures {
  chromium: number;
  purify: number;
  jsdom: number;
  cli: number;
  /** Wall ms of the whole `jianbao extract` command, start-up included (median of its runs). */
  command: number;
}

/**
 * Per page, in the order given: medians in Chromium (Jianbao, DOMPurify alone), Jianbao's cpu in jsdom,
 * the CLI's own work and the whole command.
 */
async function large(pages: BenchPage[]): Promise<Array<LargeFigures>> {
  console.log(`\nLarge pages (ms; cold = first run in this process; ${loadLine()})`);
  const out: LargeFigures[] = [];
  for (const page of pages) {
    const want = bodyText(page.expectedHtml);
    const c = await contest({
      prepare: parse(page.html, page.url),
      ours: (d) => extract(d, page.url),
      theirs: readability,
      ...RUNS.large,
    });
    const f1 = c.ours.ok ? bodyF1(c.ours.article.textContent, want) : 0;
    const line = (name: string, xs: Sample[], score: number) =>
      `${name} cpu ${ms(xs[0]!.cpu)} cold ${ms(cpu(xs))} median, wall ${ms(wall(xs))} median, F1 ${score.toFixed(3)}`;
    console.log(`${page.label}: ${c.ours.ok ? 'ok' : c.ours.error.code}`);
    console.log(`  ${line('Jianbao    ', c.oursMs, f1)}`);
    console.log(`  ${line('Readability', c.theirsMs, bodyF1(c.theirs.text, want))}`);
    const [b] = await timeInChromium([page], RUNS.large.runs + 1);
    console.log(
      `  in Chromium: Jianbao ${summarize(b!.jianbao)} (${b!.jianbaoChars} chars) | Readability incl. its page copy ${summarize(b!.readability)} (${b!.readabilityChars} chars) | DOMPurify alone on the body ${summarize(b!.purify)}`,
    );
    // The CLI parses the page itself (parse5's tree in linkedom) and sanitizes in jsdom: src/cli/page-dom.ts.
    const start = cpuMs();
    const cliDoc = parsePage(page.html, page.url);
    const parsing = cpuMs() - start;
    const cliResult = extract(cliDoc, page.url, { sanitizerWindow });
    const cli = cpuMs() - start;
    const cliF1 = cliResult.ok ? bodyF1(cliResult.article.textContent, want) : 0;
    console.log(
      `  CLI in Node: parse ${ms(parsing)} + Jianbao ${ms(cli - parsing)} = ${ms(cli)} cpu, F1 ${cliF1.toFixed(3)} | ${loadLine()}`,
    );
    const command = await timeCliCommand(page);
    console.log(
      `  \`jianbao extract\` as typed (${command.entry}): ${command.runs.map((t) => ms(t).trim()).join(', ')} wall, ` +
        `median ${ms(command.median).trim()}, of which start-up (\`jianbao --version\`) ${ms(command.startUp).trim()}`,
    );
    out.push({
      chromium: median(b!.jianbao),
      purify: median(b!.purify),
      jsdom: cpu(c.oursMs),
      cli,
      command: command.median,
    });
  }
  return out;
}

const only = process.argv[2];
const accuracy = !only || only === 'fixtures' ? await fixtures() : {};
const inChromium = !only || only === 'chromium' ? await fixturesInChromium() : {};
if (!only || only === 'polling')
  await polling(
    pagesWithoutArticle('eastmoney-share-script-text-field-many-images', 'generic-zh-jsonld-sina-suffix'),
  );
const corpus = !only || only === 'corpus' ? readabilityCorpus() : {};
const large5mb =
  !only || only === 'large'
    ? await large(largePages('eastmoney-share-server-rendered', 'generic-zh-jsonld-sina-suffix'))
    : [];

// A partial run is not logged: its line would leave the other sections' columns empty.
if (!only) {
  const [share, generic] = large5mb;
  const logged = appendBenchLog('bench-extract', {
    ...accuracy,
    ...inChromium,
    ...corpus,
    large_share_chromium_ms: share!.chromium.toFixed(0),
    large_share_purify_ms: share!.purify.toFixed(0),
    large_generic_chromium_ms: generic!.chromium.toFixed(0),
    large_generic_jsdom_ms: generic!.jsdom.toFixed(0),
    large_generic_cli_ms: generic!.cli.toFixed(0),
    large_generic_command_ms: generic!.command.toFixed(0),
  });
  console.log(`\nthis run's figures appended to ${logged}`);
}
