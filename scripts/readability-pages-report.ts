/**
 * `npx tsx scripts/readability-pages-report.ts [page…]`: per page of Readability's test suite, the text its
 * expected output keeps and Jianbao's generic path lacks, split into what plain Readability (run
 * here, in jsdom) already lacks and what Jianbao's cleaning after it removes; then the other way round.
 */
import { Readability } from '@mozilla/readability';
import { jsdomPage } from '../testkit/jsdom-page.ts';
import { extract } from '../src/extract/index.ts';
import {
  htmlBlocks,
  listReadabilityPages,
  READABILITY_PAGE_URL,
  readReadabilityPage,
  textLoss,
} from '../testkit/readability-pages.ts';

const verbose = process.argv.includes('--verbose');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const names = only.length ? only : listReadabilityPages();
let totalExpected = 0;
let totalMissing = 0;
let totalExtra = 0;
for (const name of names) {
  const page = readReadabilityPage(name);
  const expected = htmlBlocks(page.expectedHtml);
  const doc = () => jsdomPage(page.source, READABILITY_PAGE_URL).window.document;
  const started = performance.now();
  const result = extract(doc(), READABILITY_PAGE_URL);
  const ms = performance.now() - started;
  const ours = result.ok ? result.article.textContent.split('\n') : [];
  const raw = new Readability(doc()).parse();
  const rawBlocks = raw?.content ? htmlBlocks(raw.content) : [];
  const lost = textLoss(expected, ours);
  const rawLost = textLoss(expected, rawBlocks);
  const extra = textLoss(ours, expected);
  totalExpected += lost.expectedChars;
  totalMissing += lost.missingChars;
  totalExtra += extra.missingChars;
  const pct = (n: number, of: number) => (of ? ((100 * n) / of).toFixed(1) : '0.0');
  console.log(
    [
      name.padEnd(44),
      result.ok ? result.article.extractor.padEnd(12) : `FAIL ${result.error.code}`.padEnd(12),
      `exp ${lost.expectedChars}`.padEnd(10),
      `lacks ${lost.missingChars} (${pct(lost.missingChars, lost.expectedChars)}%)`.padEnd(22),
      `plain readability lacks ${rawLost.missingChars}`.padEnd(30),
      `extra ${extra.missingChars}`.padEnd(12),
      `${ms.toFixed(0)} ms`,
    ].join(' '),
  );
  if (verbose) {
    const rawHay = rawBlocks.join('').replace(/\s+/g, '');
    for (const s of lost.missing)
      console.log(`   ${rawHay.includes(s.replace(/\s+/g, '')) ? 'CLEANED' : 'raw    '} ${s.slice(0, 140)}`);
  }
}
console.log(
  `total: expected ${totalExpected}, Jianbao lacks ${totalMissing} (${((100 * totalMissing) / totalExpected).toFixed(2)}%), extra ${totalExtra}`,
);
