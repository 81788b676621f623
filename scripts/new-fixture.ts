/**
 * `npm run new:fixture -- <family> <corpus-file>`: the next `<family>-NN` folder, with the family's latest
 * page template and notes, filled with another corpus post (every extraction bug starts as a fixture).
 * The expectation is derived from the corpus and the template (never from the extractor) and written once
 * here; afterwards it changes only with `UPDATE_FIXTURES=1`.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../testkit/corpus.ts';
import {
  deriveExpected,
  type FixtureSpec,
  fixturesDir,
  listFixtures,
  loadFixture,
} from '../testkit/fixtures.ts';

const [family = '', corpusFile = ''] = process.argv.slice(2);
const fail = (why: string): never => {
  console.error(`new:fixture: ${why}\nusage: npm run new:fixture -- <family> <corpus-file.md>`);
  process.exit(1);
};
const siblings = listFixtures().filter((n) => n.replace(/-\d+$/, '') === family);
if (!siblings.length)
  fail(`no fixture of family "${family}" to copy; start one with npm run new:adapter or by hand`);
if (!existsSync(path.join(CORPUS_DIR, corpusFile))) fail(`no corpus post ${corpusFile} in ${CORPUS_DIR}`);

const latest = siblings.at(-1)!;
const next = `${family}-${String(Number(/(\d+)$/.exec(latest)![1]) + 1).padStart(2, '0')}`;
const dir = path.join(fixturesDir, next);
cpSync(path.join(fixturesDir, latest), dir, { recursive: true });
rmSync(path.join(dir, 'expected.json'), { force: true });
rmSync(path.join(dir, 'body.html'), { force: true });

const spec = JSON.parse(readFileSync(path.join(dir, 'fixture.json'), 'utf8')) as FixtureSpec;
spec.corpus = corpusFile;
// The URL carries the article's code on share and East Money pages: swap in the new post's.
const code = /(\d{18})\.md$/.exec(corpusFile)?.[1];
if (code) spec.url = spec.url.replace(/\d{18}/, code);
// Title and date come from the new post's front matter, not the copied fixture's.
delete spec.meta?.title;
delete spec.meta?.date;
writeFileSync(path.join(dir, 'fixture.json'), `${JSON.stringify(spec, null, 2)}\n`);

const fixture = loadFixture(next);
writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(deriveExpected(fixture), null, 2)}\n`);
console.log(`created tests/fixtures/${next}/ from ${latest} with ${corpusFile} (url ${spec.url})
check fixture.json (url, meta, known/assumed) and expected.json by hand, then run the fixture tests.`);
