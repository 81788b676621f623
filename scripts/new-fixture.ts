/**
 * `npm run new:fixture -- <from-fixture> <behaviour> <corpus-file>`: a new fixture folder
 * `<family>-<behaviour>` (named for what it covers, e.g. `eastmoney-share-source-label`), with the page
 * template and notes of `<from-fixture>`, filled with another corpus post (every extraction bug starts as a
 * fixture). The expectation is derived from the corpus and the template (never from the extractor) and
 * written once here; afterwards it changes only with `UPDATE_FIXTURES=1`.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../testkit/corpus.ts';
import {
  behaviourOf,
  deriveExpected,
  type FixtureSpec,
  fixturesDir,
  listFixtures,
  loadFixture,
  readSpec,
} from '../testkit/fixtures.ts';

const [from = '', behaviour = '', corpusFile = ''] = process.argv.slice(2);
const fail = (why: string): never => {
  console.error(
    `new:fixture: ${why}\n` +
      'usage: npm run new:fixture -- <from-fixture> <behaviour> <corpus-file.md>\n' +
      '  e.g. npm run new:fixture -- eastmoney-share-server-rendered source-label 2022-01-07-NW….md',
  );
  process.exit(1);
};
if (!listFixtures().includes(from)) fail(`no fixture "${from}" to copy; start one with npm run new:adapter`);
const { family } = readSpec(from);
const name = `${family}-${behaviour}`;
if (!behaviourOf(name, family))
  fail(`"${behaviour}" should say what the page covers in lower-case words joined by hyphens`);
if (existsSync(path.join(fixturesDir, name))) fail(`tests/fixtures/${name} already exists`);
if (!existsSync(path.join(CORPUS_DIR, corpusFile))) fail(`no corpus post ${corpusFile} in ${CORPUS_DIR}`);

const dir = path.join(fixturesDir, name);
cpSync(path.join(fixturesDir, from), dir, { recursive: true });
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

const fixture = loadFixture(name);
writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(deriveExpected(fixture), null, 2)}\n`);
console.log(`created tests/fixtures/${name}/ from ${from} with ${corpusFile} (url ${spec.url})
check fixture.json (url, meta, known/assumed) and expected.json by hand, then run the fixture tests.`);
