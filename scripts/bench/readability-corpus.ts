/**
 * The Readability test pages as a family of `npm run bench:extract` (issue #19 §3): per page, Jianbao's
 * generic path and plain Readability (run here, in jsdom, on the same page) against the output
 * Readability's own suite expects — body F1 on the text, and whether title, byline and publish time agree
 * with its expected metadata. The pages are read in place (testkit/readability-pages.ts), never copied.
 */
import { Readability } from '@mozilla/readability';
import { jsdomPage } from '../../testkit/jsdom-page.ts';
import { extract } from '../../src/extract/index.ts';
import {
  htmlBlocks,
  listReadabilityPages,
  READABILITY_PAGE_URL,
  readReadabilityPage,
  type ReadabilityPageMeta,
} from '../../testkit/readability-pages.ts';
import { bodyF1 } from '../lib/score.ts';
import type { BenchFigures } from '../lib/bench-log.ts';

/** What one extractor gave for one page, in the expected metadata's terms. */
interface Reading {
  text: string;
  title?: string;
  byline?: string;
  publishedTime?: string;
}

interface Tally {
  f1: number[];
  title: number;
  byline: number;
  /** Same second as the expected publish time, or both without one. */
  time: number;
  /** A publish time where the expected output has none (Readability's metadata pass found none). */
  timeExtra: number;
  /** None where the expected output has one. */
  timeMissing: number;
}

const newTally = (): Tally => ({ f1: [], title: 0, byline: 0, time: 0, timeExtra: 0, timeMissing: 0 });

/** A page's F1 below Readability's by more than this counts as a page where Jianbao loses. */
const LOSS_MARGIN = 0.01;

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** What separates a site's name from the headline in a `<title>`: `Headline | Site`, `Headline - Site`. */
const SITE_SUFFIX = /^\s*[-|_–—·:•]/;

/** The expected title, or the expected title less its site suffix (Jianbao drops it on purpose). */
function sameTitle(title: string | undefined, expected: string | undefined): boolean {
  const [a, b] = [squash(title), squash(expected)];
  return a === b || (a.length > 0 && b.startsWith(a) && SITE_SUFFIX.test(b.slice(a.length)));
}

/** A byline's `By ` (`Par `, `Von `…) is how it was printed, not part of the name: compared without it. */
const BYLINE_LEAD_IN = /^(?:by|par|von|por|door)\s+/i;
const sameByline = (a: string | undefined, b: string | null | undefined): boolean =>
  squash(a).replace(BYLINE_LEAD_IN, '') === squash(b).replace(BYLINE_LEAD_IN, '');

/**
 * Two times agree when both name the same second (offsets may be written apart; Jianbao keeps seconds,
 * the expected output sometimes milliseconds).
 */
function sameSecond(a: string, b: string): boolean {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(ta) || Number.isNaN(tb) ? a === b : Math.floor(ta / 1000) === Math.floor(tb / 1000);
}

function jianbao(source: string): Reading {
  const result = extract(jsdomPage(source, READABILITY_PAGE_URL).window.document, READABILITY_PAGE_URL);
  if (!result.ok) return { text: '' };
  const { article } = result;
  return {
    text: article.textContent,
    title: article.title,
    byline: article.author,
    publishedTime: article.publishedAt,
  };
}

function readability(source: string): Reading {
  const parsed = new Readability(jsdomPage(source, READABILITY_PAGE_URL).window.document).parse();
  return {
    text: parsed?.textContent ?? '',
    title: parsed?.title ?? undefined,
    byline: parsed?.byline ?? undefined,
    publishedTime: parsed?.publishedTime ?? undefined,
  };
}

function score(tally: Tally, reading: Reading, expectedText: string, meta: ReadabilityPageMeta): number {
  const f1 = bodyF1(reading.text, expectedText);
  tally.f1.push(f1);
  if (sameTitle(reading.title, meta.title)) tally.title++;
  if (sameByline(reading.byline, meta.byline)) tally.byline++;
  const [time, expected] = [reading.publishedTime, meta.publishedTime];
  if (time && !expected) tally.timeExtra++;
  else if (!time && expected) tally.timeMissing++;
  else if (!time || !expected || sameSecond(time, expected)) tally.time++;
  return f1;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Runs both extractors over every page, prints the family's lines and returns its figures for the log. */
export function readabilityCorpus(): BenchFigures {
  const names = listReadabilityPages();
  const ours = newTally();
  const theirs = newTally();
  const losses: Array<{ name: string; by: number }> = [];
  for (const name of names) {
    const page = readReadabilityPage(name);
    const expectedText = htmlBlocks(page.expectedHtml).join('\n');
    const a = score(ours, jianbao(page.source), expectedText, page.meta);
    const b = score(theirs, readability(page.source), expectedText, page.meta);
    if (a < b - LOSS_MARGIN) losses.push({ name, by: b - a });
  }
  const n = names.length;
  const line = (who: string, t: Tally) =>
    `  ${who} body F1 mean ${mean(t.f1).toFixed(3)}; agrees with the expected title (or it less a site ` +
    `suffix) on ${t.title}/${n}, ` +
    `byline ${t.byline}/${n}, publish time ${t.time}/${n} (and ${t.timeExtra} found where it has none, ` +
    `${t.timeMissing} missing)`;
  console.log(`\nReadability's test pages (${n}, against the output its own suite expects)`);
  console.log(line('Jianbao    ', ours));
  // The expected output is Readability's own (an older version of it): its agreement is the ceiling.
  console.log(`${line('Readability', theirs)} (its own expected output)`);
  losses.sort((x, y) => y.by - x.by);
  console.log(
    `  pages where Jianbao's F1 is more than ${LOSS_MARGIN} below Readability's (the unit test lists those ` +
      `whose expected output is not the article): ${losses.length}` +
      (losses.length ? ` (${losses.map((l) => `${l.name} −${l.by.toFixed(3)}`).join(', ')})` : ''),
  );
  return {
    corpus_pages: n,
    corpus_f1: mean(ours.f1).toFixed(3),
    corpus_readability_f1: mean(theirs.f1).toFixed(3),
    corpus_pages_losing: losses.length,
    corpus_title: ours.title,
    corpus_readability_title: theirs.title,
    corpus_byline: ours.byline,
    corpus_readability_byline: theirs.byline,
    corpus_time: ours.time,
    corpus_time_extra: ours.timeExtra,
    corpus_time_missing: ours.timeMissing,
    corpus_readability_time: theirs.time,
  };
}
