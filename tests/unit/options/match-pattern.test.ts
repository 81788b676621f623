import { describe, expect, it } from 'vitest';
import { isShareUrl } from '../../../src/extract/info-code.ts';
import { explainInvalidPattern, originOf } from '../../../src/shared/match-pattern.ts';
import { DEFAULT_SHARE_PATTERNS, normalizeOptions, OPTION_LIMITS, sharePatternsOf } from '../../../src/shared/options.ts';

describe('share-page patterns', () => {
  it('accepts host patterns with http, https or * and any path', () => {
    for (const ok of ['https://news.example.com/*', '*://*.example.com/share/*', 'http://127.0.0.1/*', 'https://xn--fiqs8s.cn/a?b=*']) {
      expect(explainInvalidPattern(ok), ok).toBeUndefined();
    }
  });

  it('says what is wrong with each bad pattern', () => {
    expect(explainInvalidPattern('')).toBe('patternEmpty');
    expect(explainInvalidPattern(`https://a.com/${'x'.repeat(400)}`)).toBe('patternTooLong');
    expect(explainInvalidPattern('news.example.com')).toBe('patternSyntax');
    expect(explainInvalidPattern('ftp://example.com/*')).toBe('patternSyntax');
    expect(explainInvalidPattern('https://example.com')).toBe('patternSyntax');
    expect(explainInvalidPattern('https://example.com:8080/*')).toBe('patternSyntax');
    expect(explainInvalidPattern('https://*/*')).toBe('patternAllHosts');
    expect(explainInvalidPattern('https://exa_mple.com/*')).toBe('patternBadHost');
    expect(explainInvalidPattern('https://news.*.com/*')).toBe('patternSyntax');
  });

  it('asks for the pattern host origin, whatever the path', () => {
    expect(originOf('https://News.Example.com/share/*')).toBe('https://news.example.com/*');
    expect(originOf('*://*.example.com/a')).toBe('*://*.example.com/*');
  });

  it('built-in patterns cover East Money hosts and any URL with an infoCode; user patterns add to them', () => {
    const builtIn = sharePatternsOf(normalizeOptions(undefined));
    expect(builtIn).toEqual([...DEFAULT_SHARE_PATTERNS]);
    expect(isShareUrl('https://wap.eastmoney.com/a/x.html?infoCode=NW202112222222635819', builtIn)).toBe(true);
    expect(isShareUrl('http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112222222635819', builtIn)).toBe(true);
    expect(isShareUrl('http://127.0.0.1:8080/s.html?infocode=NW202112222222635819', builtIn)).toBe(true);
    expect(isShareUrl('https://news.example.com/a.html', builtIn)).toBe(false);
    const withUser = sharePatternsOf({ sharePatterns: ['https://news.example.com/*', DEFAULT_SHARE_PATTERNS[0]!] });
    expect(withUser).toEqual([...DEFAULT_SHARE_PATTERNS, 'https://news.example.com/*']);
  });

  it('normalizes stored patterns: strings only, no duplicates, at most the limit', () => {
    const many = Array.from({ length: OPTION_LIMITS.maxPatterns + 5 }, (_, i) => `https://h${i}.com/*`);
    const options = normalizeOptions({ sharePatterns: ['https://a.com/*', 7, 'https://a.com/*', ...many] });
    expect(options.sharePatterns[0]).toBe('https://a.com/*');
    expect(options.sharePatterns).toHaveLength(OPTION_LIMITS.maxPatterns);
    expect(new Set(options.sharePatterns).size).toBe(options.sharePatterns.length);
  });
});
