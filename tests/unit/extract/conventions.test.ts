// House rules that keep the adapter folder honest (STYLE.md: "the folder is the registry, and a test keeps
// the convention"): every adapter file is registered and has fixtures; expectations change only on request.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS } from '../../../src/extract/adapters/index.ts';
import type { Adapter } from '../../../src/extract/adapters/types.ts';
import { repoRoot } from '../../../testkit/corpus.ts';
import {
  deriveExpected,
  fixturesDir,
  listFixtures,
  loadFixture,
  readSpec,
} from '../../../testkit/fixtures.ts';

const adaptersDir = path.join(repoRoot, 'src', 'extract', 'adapters');
/** The registry, the adapter contract and the helpers adapters share: not adapters themselves. */
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts', 'helpers.ts']);
const adapterFiles = readdirSync(adaptersDir).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));

const isAdapter = (v: unknown): v is Adapter =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as Adapter).id === 'string' &&
  typeof (v as Adapter).matches === 'function' &&
  typeof (v as Adapter).extract === 'function';

describe('the adapter registry', () => {
  it.each(adapterFiles)('%s exports an adapter that adapters/index.ts registers', async (file) => {
    const url = pathToFileURL(path.join(adaptersDir, file)).href;
    const exported = Object.values((await import(url)) as Record<string, unknown>).filter(isAdapter);
    expect(exported, `${file} exports no adapter object`).not.toHaveLength(0);
    for (const adapter of exported)
      expect(ADAPTERS, `${adapter.id} (${file}) is missing from ADAPTERS`).toContain(adapter);
  });

  it('has unique ids and ends with the fallback that matches everything', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A plain page: no layout adapter may claim it, only the fallback.
    const plain = new JSDOM('<!doctype html><title>t</title><h1>t</h1><p>text</p>').window.document;
    const url = new URL('https://example.org/news/1.html');
    expect(ADAPTERS.map((a) => a.matches(url, plain))).toEqual(
      ADAPTERS.map((_, i) => i === ADAPTERS.length - 1),
    );
  });

  it.each(ADAPTERS.map((a) => a.id))('adapter %s has at least one fixture folder', (id) => {
    const covering = listFixtures().filter((name) => readSpec(name).extractor === id);
    expect(
      covering,
      `no tests/fixtures/<family>-<behaviour>/fixture.json names extractor "${id}"`,
    ).not.toHaveLength(0);
  });
});

describe('golden expectations', () => {
  const name = listFixtures().find((n) => readSpec(n).extractor === 'eastmoney-share')!;
  let root: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('are not written without UPDATE_FIXTURES=1, and a missing one stays missing', () => {
    root = mkdtempSync(path.join(tmpdir(), 'jianbao-fixtures-'));
    cpSync(path.join(fixturesDir, name), path.join(root, name), { recursive: true });
    rmSync(path.join(root, name, 'expected.json'));
    vi.stubEnv('UPDATE_FIXTURES', '');
    expect(loadFixture(name, root).expected).toBeUndefined();
    expect(existsSync(path.join(root, name, 'expected.json'))).toBe(false);
  });

  it('are derived from the corpus and the fixture with UPDATE_FIXTURES=1, matching the committed file', () => {
    root = mkdtempSync(path.join(tmpdir(), 'jianbao-fixtures-'));
    cpSync(path.join(fixturesDir, name), path.join(root, name), { recursive: true });
    rmSync(path.join(root, name, 'expected.json'));
    vi.stubEnv('UPDATE_FIXTURES', '1');
    const fixture = loadFixture(name, root);
    const written: unknown = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8'));
    expect(written).toEqual(deriveExpected(fixture));
    expect(written).toEqual(JSON.parse(readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')));
  });
});
