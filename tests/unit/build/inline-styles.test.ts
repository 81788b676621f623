/** Each extension page ships its stylesheet inside, allowed by hash (build/inline-styles.ts). */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineStylesheet, withStyleHashes } from '../../../build/inline-styles.ts';
import { parseCsp } from '../security/csp-policy.ts';

/** Every folder a test wrote pages into: some tests write more than one. */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function page(html: string, css: string): { html: string; css: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-inline-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'page.html'), html);
  writeFileSync(join(dir, 'page.css'), css);
  return { html: join(dir, 'page.html'), css: join(dir, 'page.css') };
}

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineStylesheet', () => {
  it('puts the file in a <style> element and hashes exactly the text between its tags', () => {
    const css = 'body { margin: 0; }\n.title::before { content: "剪报"; }\n';
    const { html, hash } = inlineStylesheet(
      page('<head><link rel="stylesheet" href="page.css"></head><body></body>', css),
    );
    const inside = /<style>([\s\S]*)<\/style>/.exec(html)?.[1];
    expect(inside).toBe(css);
    expect(html).not.toContain('<link');
    // What the browser hashes: the element's text, UTF-8.
    expect(hash).toBe(sha256(inside!));
  });

  it('takes the self-closing spelling Prettier writes, and CSS with replacement patterns verbatim', () => {
    const css = 'a::after { content: "$&"; }';
    const { html } = inlineStylesheet(page('<head><link rel="stylesheet" href="page.css" /></head>', css));
    expect(html).toBe(`<head><style>${css}</style></head>`);
  });

  it('refuses a page that does not link the stylesheet, and a stylesheet that would close its element', () => {
    expect(() => inlineStylesheet(page('<head></head>', 'a {}'))).toThrow(/does not link/);
    expect(() =>
      inlineStylesheet(page('<link rel="stylesheet" href="page.css">', 'a { content: "</style>" }')),
    ).toThrow(/end its own/);
  });
});

describe('withStyleHashes', () => {
  it('lets style-src allow only the hashes and leaves every other directive as it was', () => {
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
    const csp = parseCsp(withStyleHashes(policy, ["'sha256-a'", "'sha256-b'"]));
    expect(csp.get('style-src')).toEqual(["'sha256-a'", "'sha256-b'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });
});
