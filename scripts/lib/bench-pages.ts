/**
 * Pages the bench builds beyond the fixtures: 5 MB pages (issue #3: "a 5 MB page extracts in under a
 * second") and pages with no article yet, the content script's polling case.
 */
import { readCorpusArticle } from '../../testkit/corpus-html.ts';
import { listCorpusFiles } from '../../testkit/corpus.ts';
import { type Fixture, loadFixture } from '../../testkit/fixtures.ts';

export interface BenchPage {
  label: string;
  url: string;
  html: string;
  /** Body text a perfect extraction returns; empty for pages without an article. */
  expectedHtml: string;
}

const MIB = 1024 * 1024;

/** Every corpus body in turn, repeated until the concatenation is `bytes` long (UTF-8). */
function corpusBodies(bytes: number): string {
  const bodies = listCorpusFiles().map((f) => readCorpusArticle(f).bodyHtml);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  return parts.join('\n');
}

/** `fixture`'s page with its corpus body replaced by `body`. */
function withBody(fixture: Fixture, body: string): string {
  const at = fixture.html.indexOf(fixture.post.bodyHtml);
  if (at < 0) throw new Error(`${fixture.name}: body not found in the page`);
  return fixture.html.slice(0, at) + body + fixture.html.slice(at + fixture.post.bodyHtml.length);
}

/** A share page and a generic news page whose bodies are about `mib` MiB of real corpus articles. */
export function largePages(shareFixture: string, genericFixture: string, mib = 5): BenchPage[] {
  return [shareFixture, genericFixture].map((name) => {
    const fixture = loadFixture(name);
    const body = corpusBodies(mib * MIB - Buffer.byteLength(fixture.html));
    const html = withBody(fixture, body);
    return {
      label: `${(Buffer.byteLength(html) / MIB).toFixed(1)} MiB ${fixture.spec.family}`,
      url: fixture.spec.url,
      html,
      expectedHtml: body,
    };
  });
}

/**
 * Pages where extraction must say `no-article` cheaply: a share page whose script has not filled the
 * article yet, and a news page whose article container is still empty (nav, sidebar and footer only).
 */
export function pagesWithoutArticle(scriptShareFixture: string, genericFixture: string): BenchPage[] {
  const share = loadFixture(scriptShareFixture);
  const generic = loadFixture(genericFixture);
  return [
    { label: 'share page, not rendered yet', url: share.spec.url, html: share.html, expectedHtml: '' },
    {
      label: 'news page, empty article',
      url: generic.spec.url,
      html: withBody(generic, ''),
      expectedHtml: '',
    },
  ];
}
