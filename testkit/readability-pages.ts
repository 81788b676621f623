/**
 * Mozilla Readability's own test pages (../shared/corpus/readability-test-pages, Apache-2.0), read in place:
 * each folder has `source.html`, `expected.html` (Readability's article) and `expected-metadata.json`.
 * They measure what the generic path loses of what Readability keeps; they are never copied into the
 * repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { blockText } from '../src/extract/text.ts';
import { repoRoot } from './corpus.ts';

export const READABILITY_PAGES_DIR = path.resolve(
  repoRoot,
  '..',
  'shared',
  'corpus',
  'readability-test-pages',
);

/** The address Readability's own test suite gives every page (relative links resolve against it). */
export const READABILITY_PAGE_URL = 'http://fakehost/test/page.html';

export interface ReadabilityPageMeta {
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string;
  readerable?: boolean;
}

export interface ReadabilityPage {
  name: string;
  source: string;
  expectedHtml: string;
  meta: ReadabilityPageMeta;
}

export function listReadabilityPages(dir: string = READABILITY_PAGES_DIR): string[] {
  if (!existsSync(dir))
    throw new Error(
      `Readability's test pages are missing: expected at ${dir} (../shared/corpus/readability-test-pages ` +
        'beside the repository). They are read in place and never copied into the repository.',
    );
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'expected.html')))
    .map((e) => e.name)
    .sort();
}

export function readReadabilityPage(name: string, dir: string = READABILITY_PAGES_DIR): ReadabilityPage {
  const at = (file: string) => readFileSync(path.join(dir, name, file), 'utf8');
  return {
    name,
    source: at('source.html'),
    expectedHtml: at('expected.html'),
    meta: JSON.parse(at('expected-metadata.json')) as ReadabilityPageMeta,
  };
}

/** The paragraphs of an HTML fragment, one per block, whitespace collapsed. */
export function htmlBlocks(html: string): string[] {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  return blockText(document.body).split('\n').filter(Boolean);
}

/** Text compared without any whitespace: the two sides break lines and join inline runs differently. */
const squash = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, '');

/** Sentences of a block, so one dropped sentence in a long paragraph counts as that sentence only. */
const sentences = (block: string) => block.split(/(?<=[.!?。！？])\s+|(?<=[。！？])/).filter((s) => s.trim());

export interface TextLoss {
  /** Characters (without whitespace) of the expected text. */
  expectedChars: number;
  /** Characters of the expected text that the other text lacks. */
  missingChars: number;
  /** The expected sentences the other text lacks. */
  missing: string[];
}

/**
 * What `expected` holds that `actual` lacks: every expected block is looked up in the whole actual text
 * (whitespace ignored); a block that is not found counts by its sentences, each looked up on its own.
 */
export function textLoss(expected: readonly string[], actual: readonly string[]): TextLoss {
  const haystack = squash(actual.join(''));
  const loss: TextLoss = { expectedChars: 0, missingChars: 0, missing: [] };
  for (const block of expected) {
    const whole = squash(block);
    loss.expectedChars += whole.length;
    if (haystack.includes(whole)) continue;
    for (const sentence of sentences(block)) {
      const s = squash(sentence);
      if (!s || haystack.includes(s)) continue;
      loss.missingChars += s.length;
      loss.missing.push(sentence.trim());
    }
  }
  return loss;
}
