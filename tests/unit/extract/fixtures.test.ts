// Golden fixtures: every field and the whole body text of every page. Expectations come from the corpus
// front matter and each fixture's own template values (testkit/fixtures.ts); UPDATE_FIXTURES=1 rewrites
// them from that.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract, extractFromShareEndpoint } from '../../../src/extract/index.ts';
import type { ExtractResult } from '../../../src/shared/article.ts';
import {
  behaviourOf,
  type Expected,
  familyOf,
  type Fixture,
  listFixtures,
  loadFixture,
  recordOf,
} from '../../../testkit/fixtures.ts';

async function run(fixture: Fixture): Promise<ExtractResult> {
  const { document } = new JSDOM(fixture.html, { url: fixture.spec.url }).window;
  if (!fixture.endpointJson) return extract(document, fixture.spec.url);
  // Script-rendered: the empty page must not yield an article, the endpoint must.
  expect(extract(document, fixture.spec.url)).toMatchObject({ ok: false, error: { code: 'no-article' } });
  const requested: string[] = [];
  const result = await extractFromShareEndpoint(document, fixture.spec.url, (u) => {
    requested.push(u);
    return Promise.resolve(fixture.endpointJson!);
  });
  expect(requested).toEqual([
    `${new URL(fixture.spec.url).origin}/NewsData/GetNewsText.do?id=${fixture.expected!.id}`,
  ]);
  return result;
}

function actualRecord(result: ExtractResult): Expected {
  if (!result.ok) throw new Error(`extraction failed: ${result.error.code} ${result.error.detail ?? ''}`);
  return recordOf(result.article);
}

const names = listFixtures();

describe('fixtures', () => {
  it('cover at least 40 pages over at least 8 families', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(new Set(names.map((n) => familyOf(n))).size).toBeGreaterThanOrEqual(8);
  });

  it('are each named for their family and the behaviour they cover', () => {
    const unnamed = names.filter((n) => behaviourOf(n, familyOf(n)) === undefined);
    expect(unnamed, 'rename these to <family>-<behaviour>, e.g. eastmoney-share-source-label').toEqual([]);
  });

  for (const name of names) {
    it(name, async () => {
      const fixture = loadFixture(name);
      expect(
        fixture.expected,
        `${name}/expected.json is missing; derive it with UPDATE_FIXTURES=1 and check it`,
      ).toBeDefined();
      expect(fixture.spec.known.length + fixture.spec.assumed.length).toBeGreaterThan(0);
      const result = await run(fixture);
      expect(actualRecord(result)).toEqual(fixture.expected);
    });
  }
});
