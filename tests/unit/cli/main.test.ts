/** The CLI in-process (injected stdout/stderr): what it prints, on which stream, with which exit code. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import en from '../../../_locales/en/messages.json';
import pkg from '../../../package.json';
import { main } from '../../../src/cli/main.ts';
import { extractFromShareEndpoint } from '../../../src/extract/index.ts';
import { listFixtures, loadFixture } from '../../../testkit/fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-cli-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SHARE_URL = 'https://x.cn/html_News/NewsShare.html?infoCode=NW202112222222635819';
const SCRIPT_RENDERED =
  '<html><body><div id="newsContent"></div><div class="app-download">打开APP</div></body></html>';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { status, stdout: out.join('\n'), stderr: err };
}

function page(name: string, html: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  return file;
}

const share = loadFixture(listFixtures().find((n) => n.startsWith('eastmoney-share-'))!);

describe('jianbao --help and --version', () => {
  it.each([['--help'], ['-h'], ['extract', '--help']])(
    '%j prints the usage on stdout and exits 0',
    async (...a) => {
      const r = await run(...a);
      expect(r.status).toBe(0);
      expect(r.stderr).toEqual([]);
      expect(r.stdout.startsWith(en.cliUsage.message)).toBe(true);
      expect(r.stdout).toContain('--url <original-url>');
      expect(r.stdout).toMatch(/exit codes:[\s\S]*\b2\b.*usage/);
    },
  );

  it.each([['--version'], ['-V']])('%s prints the package version and exits 0', async (flag) => {
    const r = await run(flag);
    expect(r).toEqual({ status: 0, stdout: `jianbao ${pkg.version}`, stderr: [] });
  });
});

describe('jianbao extract: errors are one line on stderr', () => {
  it.each([
    [['extract', 'a.html', '--url', 'not a url'], 'bad-url', en.cliBadUrl.message],
    [['extract', 'a.html', '--url', 'finance.eastmoney.com/a/1.html'], 'bad-url', en.cliBadUrl.message],
    [['extract', 'a.html', '--url'], 'usage', en.cliUsage.message],
    [['extract', 'a.html', '--verbose'], 'usage', en.cliUsage.message],
    [[], 'usage', en.cliUsage.message],
  ])('%j exits 2 with reason %s', async (argv, reason, wording) => {
    const r = await run(...argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]!.startsWith(`reason: ${reason} — ${wording}`)).toBe(true);
  });

  it('refuses a page that names no address of its own when --url is missing (exit 2)', async () => {
    const file = page('no-canonical.html', share.html.replace(/<link[^>]*canonical[^>]*>/gi, ''));
    const r = await run('extract', file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual([`reason: needs-url — ${en.cliNeedsUrl.message} (${file})`]);
  });

  it('hints, for a script-rendered share page, at the article-data endpoint it does not call', async () => {
    let fetched = '';
    await extractFromShareEndpoint(new JSDOM(SCRIPT_RENDERED).window.document, SHARE_URL, (url) => {
      fetched = url;
      return Promise.reject(new Error('offline'));
    });
    expect(fetched).toContain('GetNewsText.do');
    const r = await run('extract', page('empty.html', SCRIPT_RENDERED), '--url', SHARE_URL);
    expect(r.status).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(
      new RegExp(`^reason: no-article — ${en.reason_no_article.message}.*; hint: `),
    );
    expect(
      r.stderr[0]!.endsWith(
        `${fetched}, which the command line does not call (it never goes to the network)`,
      ),
    ).toBe(true);
  });

  it('gives no endpoint hint for a page that is not a share page', async () => {
    const r = await run('extract', page('empty2.html', SCRIPT_RENDERED), '--url', 'https://x.cn/news/1.html');
    expect(r.status).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).not.toContain('hint');
  });
});

describe('jianbao extract without --url', () => {
  it("uses the page's canonical address, says so in one note on stderr, and builds the id from it", async () => {
    const canonical = `<link rel="canonical" href="${share.spec.url}">`;
    const html = share.html
      .replace(/<link[^>]*canonical[^>]*>/gi, '')
      .replace(/<head[^>]*>/i, `$&${canonical}`);
    const r = await run('extract', page('canonical.html', html));
    expect(r.status).toBe(0);
    expect(r.stderr).toEqual([
      `note: no --url given; ids and links use the page's canonical address ${share.spec.url}`,
    ]);
    const record = JSON.parse(r.stdout) as { id: string; url: string };
    expect(record).toMatchObject({ id: share.expected!.id, url: share.spec.url });
  });

  it("ignores a canonical that is relative or the site's front page", async () => {
    for (const href of ['/a/1.html', 'https://x.cn/']) {
      const html = `<html><head><link rel="canonical" href="${href}"></head><body><p>正文</p></body></html>`;
      const r = await run('extract', page('weak-canonical.html', html));
      expect(r.status, href).toBe(2);
      expect(r.stderr[0], href).toMatch(/^reason: needs-url — /);
    }
  });
});
