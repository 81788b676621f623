/** The ZIP writer, read back by Info-ZIP's unzip and by a reader written here against the spec. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/export/crc32.ts';
import { libraryToMarkdownZip, uniqueFileNames } from '../../../src/export/markdown-zip.ts';
import { writeZip } from '../../../src/export/zip.ts';
import type { Article } from '../../../src/shared/article.ts';

/** unzip prints names in the locale's charset: ask for UTF-8. */
const UTF8 = { encoding: 'utf8' as const, env: { ...process.env, LC_ALL: 'C.UTF-8' } };
const dir = mkdtempSync(join(tmpdir(), 'jianbao-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Entries from the central directory, each checked against its local header. */
function readZip(bytes: Uint8Array): Array<{ name: string; data: Uint8Array; crc: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({ name, data: bytes.subarray(dataAt, dataAt + size), crc });
    at += 46 + nameLength;
  }
  return out;
}

describe('crc32', () => {
  it('agrees with zlib on text, binary and empty input', () => {
    for (const input of ['', 'The quick brown fox', '南方Plus新闻'.repeat(100)]) {
      const bytes = new TextEncoder().encode(input);
      expect(crc32(bytes)).toBe(nodeCrc32(bytes));
    }
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff);
    expect(crc32(noise)).toBe(nodeCrc32(noise));
  });
});

describe('writeZip', () => {
  const entries = [
    {
      name: '_posts/2021-12-22-NW202112222222635819.md',
      data: new TextEncoder().encode('---\ntitle: "南方Plus"\n---\n'),
      modified: new Date(2021, 11, 22, 14, 6, 54),
    },
    { name: '_posts/空.md', data: new Uint8Array(), modified: new Date(2021, 11, 22) },
    {
      name: 'bin.dat',
      data: Uint8Array.from({ length: 70_000 }, (_, i) => i & 0xff),
      modified: new Date(2024, 0, 1),
    },
  ];
  const zip = writeZip(entries);

  it('reads back byte for byte with correct CRCs', () => {
    const back = readZip(zip);
    expect(back.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    back.forEach((entry, i) => {
      expect([...entry.data]).toEqual([...entries[i]!.data]);
      expect(entry.crc).toBe(nodeCrc32(entries[i]!.data));
    });
  });

  it('passes `unzip -t` and lists UTF-8 names with their sizes and dates', () => {
    const file = join(dir, 'a.zip');
    writeFileSync(file, zip);
    expect(execFileSync('unzip', ['-t', file], UTF8)).toContain('No errors detected');
    const listing = execFileSync('unzip', ['-l', file], UTF8);
    expect(listing).toContain('_posts/空.md');
    expect(listing).toMatch(/70000\s+2024-01-01 00:00\s+bin\.dat/);
    expect(listing).toMatch(/2021-12-22 14:06\s+_posts\/2021-12-22-NW202112222222635819\.md/);
    expect(execFileSync('unzip', ['-p', file, '_posts/2021-12-22-NW202112222222635819.md'], UTF8)).toBe(
      '---\ntitle: "南方Plus"\n---\n',
    );
  });
});

describe('writeZip with a deflate function', () => {
  const text = new TextEncoder().encode('南方Plus新闻 '.repeat(2000));
  const tiny = new TextEncoder().encode('x');
  const zip = writeZip(
    [
      { name: 'a.txt', data: text, modified: new Date(2024, 0, 1) },
      { name: 'b.txt', data: tiny, modified: new Date(2024, 0, 1) },
    ],
    (d) => deflateRawSync(d),
  );

  it('deflates what shrinks, stores what does not, and unzip reads both', () => {
    expect(zip.length).toBeLessThan(text.length / 10);
    const [a, b] = readZip(zip);
    expect(inflateRawSync(a!.data).equals(Buffer.from(text))).toBe(true);
    expect([...b!.data]).toEqual([...tiny]);
    const file = join(dir, 'deflated.zip');
    writeFileSync(file, zip);
    expect(execFileSync('unzip', ['-t', file], UTF8)).toContain('No errors detected');
    expect(execFileSync('unzip', ['-p', file, 'a.txt'], UTF8)).toBe('南方Plus新闻 '.repeat(2000));
  });
});

describe('libraryToMarkdownZip', () => {
  const base = {
    url: 'http://finews.zning.xyz/a?infoCode=NW202112222222635819',
    contentHtml: '<p>正文</p>',
    category: '南方Plus',
    source: '南方Plus',
    savedAt: '2021-12-22T15:00:00+08:00',
    tags: [],
    excerpt: '',
    textContent: '正文',
    extractor: 'eastmoney-share',
  };
  const articles = [
    { ...base, id: 'url:https://ex.com/a', title: 'A', publishedAt: '2021-12-22T14:06:54+08:00' },
    { ...base, id: 'url:https://ex.com/a/', title: 'B', publishedAt: '2021-12-22T10:00:00+08:00' },
  ] as Article[];

  it('puts one post per article under _posts/, with distinct names when ids clean to the same one', () => {
    expect(uniqueFileNames(articles)).toEqual([
      '2021-12-22-url-https-ex-com-a.md',
      '2021-12-22-url-https-ex-com-a-2.md',
    ]);
    const back = readZip(libraryToMarkdownZip(articles, new Date(2024, 0, 1)));
    expect(back.map((e) => e.name)).toEqual([
      '_posts/2021-12-22-url-https-ex-com-a.md',
      '_posts/2021-12-22-url-https-ex-com-a-2.md',
    ]);
    expect(new TextDecoder().decode(back[1]!.data)).toContain(
      'title: "B"\ndate: 2021-12-22 10:00:00 +0800\ncategories: nanfangPlus\n',
    );
  });
});
