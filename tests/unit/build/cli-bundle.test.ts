/**
 * The command line's bundle (build/build-cli.ts) answers exactly as the TypeScript it is built from, and
 * bin/jianbao.js runs it only while it is as new as every source listed beside it (bin/fresh-bundle.js).
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../../../bin/fresh-bundle.js';
import { buildCli, CLI_BUNDLE, CLI_INPUTS } from '../../../build/build-cli.ts';
import pkg from '../../../package.json';
import { main as fromSource } from '../../../src/cli/main.ts';
import { parsePage } from '../../../src/cli/page-dom.ts';
import { repoRoot } from '../../../testkit/corpus.ts';
import { listFixtures, loadFixture } from '../../../testkit/fixtures.ts';

type Main = typeof fromSource;

async function run(main: Main, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { status, out, err };
}

// Under node_modules, so that the bundle's bare imports (jsdom, linkedom, parse5) resolve as they do
// from dist-cli/, and its package.json lookup walks up to the repository's.
const outdir = path.join(repoRoot, 'node_modules', '.cache', `jianbao-cli-test-${process.pid}`);
const pages = mkdtempSync(path.join(tmpdir(), 'jianbao-cli-bundle-'));
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(pages, { recursive: true, force: true });
});

describe('the bundled command line', { timeout: 60_000 }, () => {
  it('prints what the sources print (a share page, a generic page, a refusal, the version) beside them', async () => {
    const bundle = await buildCli(outdir);
    const { main: fromBundle } = (await import(pathToFileURL(bundle).href)) as { main: Main };
    const share = loadFixture(listFixtures().find((n) => n.startsWith('eastmoney-share-'))!);
    const generic = loadFixture(listFixtures().find((n) => n.startsWith('generic-'))!);
    const cases: string[][] = [['--version'], ['extract', path.join(pages, 'missing.html')]];
    for (const [name, fixture] of [
      ['share.html', share],
      ['generic.html', generic],
    ] as const) {
      writeFileSync(path.join(pages, name), fixture.html);
      cases.push(['extract', path.join(pages, name), '--url', fixture.spec.url]);
    }
    for (const argv of cases) {
      const want = await run(fromSource, ...argv);
      expect(await run(fromBundle, ...argv), argv.join(' ')).toEqual(want);
    }
    expect((await run(fromBundle, '--version')).out).toEqual([`jianbao ${pkg.version}`]);
    expect(JSON.parse((await run(fromBundle, ...cases[2]!)).out[0]!)).toMatchObject({
      id: share.expected!.id,
    });
    // Both copies of the code corrected the one linkedom this process loaded: a page the sources parse
    // after the bundle ran still resolves its links against its own address.
    const page = 'https://news.example.cn/a/b.html';
    expect(parsePage('<a href="x">x</a>', page).querySelector('a')!.baseURI).toBe(page);
  });
});

describe('freshBundle', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'jianbao-fresh-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const at = (file: string) => path.join(root, file);
  const rootUrl = pathToFileURL(`${root}/`);
  const bundleUrl = pathToFileURL(at(`dist-cli/${CLI_BUNDLE}`)).href;
  const setTime = (file: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(at(file), when, when);
  };

  function layout(inputs: unknown): void {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(at('src/cli'), { recursive: true });
    mkdirSync(at('dist-cli'), { recursive: true });
    writeFileSync(at('src/cli/main.ts'), 'export {};');
    writeFileSync(at('src/cli/args.ts'), 'export {};');
    setTime('src/cli/main.ts', 60);
    setTime('src/cli/args.ts', 60);
    writeFileSync(at(`dist-cli/${CLI_BUNDLE}`), 'export {};');
    writeFileSync(at(`dist-cli/${CLI_INPUTS}`), JSON.stringify(inputs));
  }

  it('runs the bundle when every listed source is older', () => {
    layout(['src/cli/main.ts', 'src/cli/args.ts']);
    expect(freshBundle(rootUrl)?.href).toBe(bundleUrl);
  });
  it('falls back to the sources when one was edited after the build', () => {
    layout(['src/cli/main.ts', 'src/cli/args.ts']);
    setTime('src/cli/args.ts', 0);
    setTime(`dist-cli/${CLI_BUNDLE}`, 30);
    expect(freshBundle(rootUrl)).toBeUndefined();
  });
  it.each([
    ['a listed source is gone', ['src/cli/main.ts', 'src/cli/gone.ts']],
    ['the list is empty', []],
    ['the list is not a list', { 'src/cli/main.ts': true }],
    ['the list holds a non-path', ['src/cli/main.ts', 7]],
  ])('falls back to the sources when %s', (_why, inputs) => {
    layout(inputs);
    expect(freshBundle(rootUrl)).toBeUndefined();
  });
  it('falls back to the sources when there is no bundle or no list', () => {
    layout(['src/cli/main.ts']);
    rmSync(at(`dist-cli/${CLI_INPUTS}`));
    expect(freshBundle(rootUrl)).toBeUndefined();
    layout(['src/cli/main.ts']);
    rmSync(at(`dist-cli/${CLI_BUNDLE}`));
    expect(freshBundle(rootUrl)).toBeUndefined();
  });
});
