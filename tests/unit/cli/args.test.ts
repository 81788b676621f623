import { describe, expect, it } from 'vitest';
import { isAbsoluteHttpUrl, parseArgs } from '../../../src/cli/args.ts';

describe('parseArgs', () => {
  it.each([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['help'], 'help'],
    [['extract', '--help'], 'help'],
    [['extract', 'a.html', '--url', 'https://x.cn/a', '-h'], 'help'],
    [['--version'], 'version'],
    [['-V'], 'version'],
    [['extract', '-V'], 'version'],
  ])('%j asks for %s', (argv, kind) => {
    expect(parseArgs(argv).kind).toBe(kind);
  });

  it('reads the file and --url in either spelling, in any order', () => {
    const expected = { kind: 'extract', file: 'a.html', url: 'https://x.cn/a' };
    expect(parseArgs(['extract', 'a.html', '--url', 'https://x.cn/a'])).toEqual(expected);
    expect(parseArgs(['extract', '--url=https://x.cn/a', 'a.html'])).toEqual(expected);
    expect(parseArgs(['extract', 'a.html'])).toEqual({ kind: 'extract', file: 'a.html', url: undefined });
    expect(parseArgs(['extract', '--', '-odd name.html'])).toMatchObject({ file: '-odd name.html' });
  });

  it.each([
    [[], 'no command'],
    [['frobnicate'], 'unknown command frobnicate'],
    [['extract'], 'no file'],
    [['extract', 'a.html', 'b.html'], 'unexpected b.html'],
    [['extract', 'a.html', '--url'], '--url needs a value'],
    [['extract', 'a.html', '--verbose'], 'unknown option --verbose'],
  ])('%j is a usage error: %s', (argv, detail) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage', detail });
  });
});

describe('isAbsoluteHttpUrl', () => {
  it('accepts only absolute http(s) addresses', () => {
    expect(isAbsoluteHttpUrl('https://finance.eastmoney.com/a/202112222222635819.html')).toBe(true);
    expect(isAbsoluteHttpUrl('http://127.0.0.1:8080/x?infoCode=NW1')).toBe(true);
    for (const bad of ['not a url', '/a/1.html', 'example.com/a', 'file:///tmp/a.html', 'ftp://x.cn/a', ''])
      expect(isAbsoluteHttpUrl(bad), bad).toBe(false);
  });
});
